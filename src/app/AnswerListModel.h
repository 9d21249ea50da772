#pragma once

#include "dossier/Model.h"
#include "exchange/AnswerTravel.h"

#include <QAbstractListModel>

#include <vector>

namespace inzage {
class Vault;
}

namespace inzage::app {

// "Mijn reacties": every answer with its status and the professional's reply.
class AnswerListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerListModel)
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    enum Role {
        AnswerIdRole = Qt::UserRole + 1, // int
        EntryIdRole,                     // the entry answered (int)
        EntryTextRole,                   // a short excerpt of that entry
        KindRole,                        // the kind, in words ("Dit klopt niet")
        TextRole,                        // the parent's own words
        StatusRole,                      // verstuurd, in-behandeling, verwerkt, afgewezen
        StatusNameRole,                  // the status in words
        ReplyRole,                       // the professional's reply ("" when none yet)
        HandledByRole,                   // who replied
        ChangedSinceRole,                // bool: the entry changed after this answer
        DateRole,                        // when the answer was last changed, in words
        KindKeyRole,                     // the kind as stored (klopt-niet), to pre-fill a change
        VersionsRole,                    // how many versions of the parent's text exist (1 = never changed)
        SentRole,                        // bool: written into an answer file (or came from the professional)
        NewRole,                         // bool: a status or reply came in since the last visit
        EntryLabelRole,                  // the label of the entry answered (feit, mening, bron, onbeoordeeld)
        ExtendedUntilRole,               // the extended AVG deadline, in words ("" when not extended)
        ExtensionReasonRole,             // why the professional extended it ("" when not extended)
    };
    Q_ENUM(Role)

    explicit AnswerListModel(QObject* parent = nullptr);
    void setVault(Vault* vault);
    Q_INVOKABLE void reload();
    // The audit seq seen at the last visit: replies that came in later are marked new.
    void setSeenUpTo(qint64 seq) { m_seenUpTo = seq; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

Q_SIGNALS:
    void changed();

private:
    int textVersions(Id answerId) const;

    Vault* m_vault = nullptr;
    std::vector<Answer> m_rows;
    std::vector<QString> m_excerpts;
    std::vector<QString> m_labels;
    std::vector<int> m_versions;
    QHash<QString, AnswerTravelState> m_travel;
    qint64 m_seenUpTo = 0;
};

} // namespace inzage::app
