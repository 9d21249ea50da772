#pragma once

#include "dossier/Model.h"
#include "vault/SecureBytes.h"
#include "vault/Vault.h"

#include <QObject>
#include <QVariantList>

namespace inzage::app {

// The professional's "Ouders" page: a parent copy made for a named parent, update files written
// for a copy, answer files read in. The rules are the core's (ParentCopy, ParentCopies,
// AnswerExchange), the same as inzage-cli parent-copy / updates-export / answers-import; each action
// returns "" or a sentence for the professional, and changes nothing when it fails.
class ParentCopyController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParentCopyController)
    // [{personId, name, relation, role, refusal, copies: [{exchangeId, createdAt}]}] and, for copies
    // of unknown person (made before schema 2), one row with personId 0.
    Q_PROPERTY(QVariantList recipients READ recipients NOTIFY changed)
    Q_PROPERTY(QString loadMessage READ loadMessage NOTIFY changed)

public:
    explicit ParentCopyController(QObject* parent = nullptr);

    // `ownPassphrase`: the passphrase the professional opened the vault with (moved in, wiped on
    // close); a copy never gets the same one.
    void setVault(Vault* vault, const QString& actorName, SecureBytes ownPassphrase);

    Q_INVOKABLE void refresh();
    // A full path for a new file beside the vault: kind "ouderexemplaar" (.inzage) or "update" (.inzage-update).
    Q_INVOKABLE QString suggestedFile(const QString& kind, int personId) const;
    // Makes the copy; the two passphrase fields must agree. Returns "" when made.
    Q_INVOKABLE QString makeCopy(int personId, const QString& pathOrUrl, const QString& passphrase,
                                 const QString& repeated);
    Q_INVOKABLE QString writeUpdate(const QString& exchangeId, const QString& pathOrUrl);
    // {ok, message}: what the answer file brought, in words.
    Q_INVOKABLE QVariantMap readAnswers(const QString& pathOrUrl);
    // What the last successful action did, for the page to say (file, counts).
    Q_INVOKABLE QString lastDone() const { return m_lastDone; }

    QVariantList recipients() const { return m_recipients; }
    QString loadMessage() const { return m_loadMessage; }

Q_SIGNALS:
    void changed();
    // Answers came in: the inbox and the check reload.
    void answersRead();

private:
    QString notOpen() const;

    Vault* m_vault = nullptr;
    Actor m_actor;
    SecureBytes m_own;
    QVariantList m_recipients;
    QString m_loadMessage, m_lastDone;
};

} // namespace inzage::app
