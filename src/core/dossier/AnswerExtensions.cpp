#include "dossier/AnswerExtensions.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "dossier/AnswerInbox.h"
#include "dossier/Answers.h"
#include "vault/Sql.h"

namespace inzage {

namespace {

QDateTime readUtc(const QString& iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString day(const QDateTime& t) { return t.date().toString(Qt::ISODate); }

} // namespace

AnswerExtensions::AnswerExtensions(Vault& vault, const Actor& actor)
    : m_vault(vault)
    , m_actor(actorFor(vault, actor.name))
{
}

bool AnswerExtensions::isAvgRequest(AnswerKind kind) { return kind == AnswerKind::Correctieverzoek; }

QDateTime AnswerExtensions::extendedDeadline(const QString& createdAt)
{
    const QDateTime first = AnswerInbox::replyDeadline(createdAt);
    return first.isValid() ? first.addMonths(2) : QDateTime();
}

Status AnswerExtensions::mayExtend(const Answer& a, const QDateTime& now)
{
    if (!isAvgRequest(a.kind))
        return Status(ErrorCode::InvalidInput,
            tr("Reactie %1 is geen verzoek op grond van de AVG maar een reactie van de soort '%2'. Alleen de "
               "termijn van een correctieverzoek kan worden verlengd.")
                .arg(a.id)
                .arg(toString(a.kind)));
    if (a.extension)
        return Status(ErrorCode::Exists,
            tr("De termijn van reactie %1 is al verlengd, tot %2. De AVG staat maar één verlenging toe.")
                .arg(a.id)
                .arg(day(readUtc(a.extension->until))));
    if (!AnswerInbox::isOpen(a.status))
        return Status(ErrorCode::InvalidInput,
            tr("Reactie %1 is al afgehandeld (%2); er is geen termijn meer om te verlengen.")
                .arg(a.id)
                .arg(toString(a.status)));
    const QDateTime first = AnswerInbox::replyDeadline(a.createdAt);
    if (!first.isValid())
        return Status(ErrorCode::Damaged,
            tr("De datum van reactie %1 kan niet worden gelezen, dus ook de termijn niet. Er is niets verlengd.")
                .arg(a.id));
    if (now.toUTC() > first)
        return Status(ErrorCode::InvalidInput,
            tr("De termijn van reactie %1 is op %2 verstreken. Verlengen kan alleen binnen die termijn; "
               "beantwoord het verzoek zo snel mogelijk.")
                .arg(a.id)
                .arg(day(first)));
    return Status::ok();
}

Status AnswerExtensions::checkRecord(const QString& createdAt, const AnswerExtension& x)
{
    const QDateTime until = readUtc(x.until);
    const QDateTime at = readUtc(x.extendedAt);
    const QDateTime first = AnswerInbox::replyDeadline(createdAt);
    const bool ok = !x.reason.trimmed().isEmpty() && x.reason.size() <= kMaxReasonLength
        && !x.extendedBy.trimmed().isEmpty() && until.isValid() && at.isValid() && first.isValid()
        && until == extendedDeadline(createdAt) && at <= first;
    return ok ? Status::ok()
              : Status(ErrorCode::InvalidInput, tr("Een verlenging van een termijn is onvolledig of klopt niet."));
}

QString AnswerExtensions::describe(const AnswerExtension& x)
{
    return QStringLiteral("until=%1; reason=%2").arg(x.until, textFingerprint(x.reason));
}

Result<AnswerExtension> AnswerExtensions::extend(Id answerId, const QString& reason, const QDateTime& now)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::AnswerHandling); !s)
        return s;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Status(ErrorCode::InvalidInput,
            tr("Schrijf waarom de termijn wordt verlengd; de ouder ziet die reden."));
    if (why.size() > kMaxReasonLength)
        return Status(ErrorCode::InvalidInput,
            tr("De reden is te lang: %1 tekens, er passen er %2. Er is niets verlengd.")
                .arg(why.size())
                .arg(kMaxReasonLength));
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto a = Answers(m_vault, m_actor).get(answerId);
    if (!a)
        return a.status();
    if (Status s = mayExtend(*a, now); !s)
        return s;
    const AnswerExtension x { extendedDeadline(a->createdAt).toString(Qt::ISODateWithMs), why,
        now.toUTC().toString(Qt::ISODateWithMs), m_actor.describe() };
    Statement ins(db,
        "INSERT INTO answer_extension(answer_id, until, reason, extended_at, extended_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    ins.bind(1, answerId).bind(2, x.until).bind(3, x.reason).bind(4, x.extendedAt).bind(5, x.extendedBy);
    if (Status s = ins.exec(tr("De verlenging kon niet worden opgeslagen.")); !s)
        return s;
    if (Status s = AuditChain::append(db,
            { m_actor.describe(), QStringLiteral("answer.extend"), QStringLiteral("answer:%1").arg(a->uid),
                QStringLiteral("until=%1").arg(AnswerInbox::replyDeadline(a->createdAt).toString(Qt::ISODateWithMs)),
                describe(x) });
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return x;
}

} // namespace inzage
