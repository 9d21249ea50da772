#include "AnswerTravel.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "exchange/AnswerExchange.h"
#include "vault/Sql.h"

namespace inzage {

namespace {

const QString kSent = QStringLiteral("answers.sent");

// "answer:<uid> entry:<id>" or "answer:<uid>" → uid.
QString uidOf(const QString& object)
{
    if (!object.startsWith(QLatin1String("answer:")))
        return {};
    const QString rest = object.mid(7);
    const qsizetype space = rest.indexOf(QLatin1Char(' '));
    return space < 0 ? rest : rest.left(space);
}

} // namespace

Status AnswerTravel::exportAnswers(Vault& parentCopy, const Actor& actor, const QString& file)
{
    if (parentCopy.kind() != VaultKind::Ouderexemplaar)
        return AnswerExchange::exportAnswers(parentCopy, file); // refuses, saying where answer files are made
    const Actor who = actorFor(parentCopy, actor.name); // the role follows from the file, not the caller
    if (Status s = checkWrite(parentCopy, who, Write::ParentAnswer); !s)
        return s;
    sqlite3* db = parentCopy.db();
    // Written and recorded under one write lock: an answer saved meanwhile by another window is
    // either in the file and before the record, or after both.
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = AnswerExchange::exportAnswers(parentCopy, file); !s)
        return s;
    if (Status s = AuditChain::append(db, { who.describe(), kSent, QStringLiteral("answers"), {}, {} }); !s)
        return s;
    return tx.commit();
}

Result<QHash<QString, AnswerTravelState>> AnswerTravel::states(Vault& parentCopy, std::int64_t seenUpTo)
{
    sqlite3* db = parentCopy.db();
    Statement st(db,
        "SELECT seq, ts, action, object FROM audit WHERE action IN "
        "('answer.add', 'answer.revise', 'answer.import', 'answers.sent') ORDER BY seq");
    QHash<QString, AnswerTravelState> out;
    QHash<QString, bool> waiting; // changed here, not yet written into a file
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const std::int64_t seq = st.integer(0);
        const QString ts = st.text(1);
        const QString action = st.text(2);
        if (action == kSent) {
            for (auto it = waiting.begin(); it != waiting.end(); ++it) {
                AnswerTravelState& s = out[it.key()];
                s.sent = true;
                s.sentAt = ts;
            }
            waiting.clear();
            continue;
        }
        const QString uid = uidOf(st.text(3));
        if (uid.isEmpty())
            continue;
        AnswerTravelState& s = out[uid];
        if (action == QLatin1String("answer.import")) {
            if (seenUpTo > 0 && seq > seenUpTo)
                s.replyNew = true;
            continue;
        }
        s.sent = false;
        waiting.insert(uid, true);
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, tr("Er kon niet worden gelezen welke reacties al verstuurd zijn."));
    return out;
}

Result<std::int64_t> AnswerTravel::lastSeq(Vault& vault)
{
    Statement st(vault.db(), "SELECT COALESCE(MAX(seq), 0) FROM audit");
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return sqlError(vault.db(), rc, tr("Het logboek van het dossier kon niet worden gelezen."));
    return st.integer(0);
}

} // namespace inzage
