#pragma once

#include "audit/ChangeHistory.h"

#include <QAbstractListModel>

#include <vector>

namespace inzage {
class Vault;
}

namespace inzage::app {

// "Veranderingen": who changed what in the file and when, newest first, as the core's
// ChangeHistory says it for the reader of the open file.
class ChangeHistoryModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeHistoryModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Why the history could not be read ("" when it was).
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        WhoRole = Qt::UserRole + 1, // "Anouk Verbeek (hulpverlener)", "U"
        WhatRole,                   // "heeft het label van nr. 12 veranderd van mening in feit"
        WhenRole,                   // "2 december 2026 om 14:05"
        SentenceRole,               // who and what as one sentence (for a screen reader)
        EntryRole,                  // the entry it is about, 0 when none
        CountRole,                  // entries added at once (1 for other lines)
    };
    Q_ENUM(Role)

    explicit ChangeHistoryModel(QObject* parent = nullptr);
    // The history is read when it is first wanted (the page is shown), not when the file opens: on
    // a large file it is the slowest thing to read, and most visits never open the page.
    void setVault(Vault* vault);
    // Reads the history again (after an answer was saved or an update read), once it is wanted.
    Q_INVOKABLE void reload();
    // The page is shown: read the history now if it was not read yet.
    Q_INVOKABLE void ensureLoaded();
    bool loaded() const { return m_loaded; }

    int count() const { return int(m_rows.size()); }
    QString error() const { return m_error; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    Vault* m_vault = nullptr;
    bool m_wanted = false; // the page was shown since the file was opened
    bool m_loaded = false;
    std::vector<ChangeLine> m_rows;
    QString m_error;
};

} // namespace inzage::app
