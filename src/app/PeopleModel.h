#pragma once

#include "dossier/Contacts.h"

#include <QAbstractListModel>

namespace inzage::app {

// The "Gesproken met" page: one row per person, family members first, never-spoken-to visible.
class PeopleModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleModel)
    Q_PROPERTY(QString notSpokenToText READ notSpokenToText NOTIFY changed)

public:
    enum Role {
        PersonIdRole = Qt::UserRole + 1, // int, for filtering the dossier on this person
        NameRole,                        // as the reader may see it ("Afgeschermde bron" when shielded)
        RelationRole,                    // relation to the child, organisation
        EntryCountRole,                  // in how many entries they were spoken to
        MomentsRole,                     // "op 12 maart 2026 bij een huisbezoek; …"
        IsFamilyRole,                    // bool: parent or child
        NotSpokenToRole,                 // bool: family member never spoken to
        ShieldReasonRole,                // the legal reason when shielded, else ""
        MomentCountRole,                 // how many conversations (int)
        SummaryRole,                     // "14 keer gesproken, van 3 januari 2026 tot 12 maart 2026" (or "op …")
        MethodsRole,                     // "9 keer in een gesprek, 5 keer aan de telefoon", most first
    };
    Q_ENUM(Role)

    explicit PeopleModel(QObject* parent = nullptr);
    // Read when first wanted (the Gesproken met page is shown, or the dossier's person filter gets
    // the focus or is opened), not when the file opens: at a million entries it is a scan of every
    // current revision's spoken-to lines. The same file again (new language, an update) is read
    // again at once when it was wanted.
    void setVault(Vault* vault);
    Q_INVOKABLE void ensureLoaded();
    bool loaded() const { return m_loaded; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString notSpokenToText() const;
    // [{name, personId}] of everyone spoken to at least once, for the dossier's person filter.
    Q_INVOKABLE QVariantList choices() const;

Q_SIGNALS:
    void changed();

private:
    void read();

    Vault* m_vault = nullptr;
    bool m_wanted = false;
    bool m_loaded = false;
    std::vector<ContactSummary> m_rows;
};

} // namespace inzage::app
