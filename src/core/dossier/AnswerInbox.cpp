#include "dossier/AnswerInbox.h"

#include "dossier/Access.h"
#include "dossier/AnswerExtensions.h"
#include "dossier/Answers.h"
#include "dossier/Entries.h"
#include "vault/Sql.h"

#include <algorithm>

namespace inzage {

AnswerInbox::AnswerInbox(Vault& vault, const Actor& actor) : m_vault(vault), m_actor(actorFor(vault, actor.name)) {}

QDateTime AnswerInbox::replyDeadline(const QString& createdAt)
{
    QDateTime given = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    if (!given.isValid())
        given = QDateTime::fromString(createdAt, Qt::ISODate);
    return given.isValid() ? given.toUTC().addMonths(1) : QDateTime();
}

QDateTime AnswerInbox::deadlineOf(const Answer& answer)
{
    if (answer.extension) {
        QDateTime until = QDateTime::fromString(answer.extension->until, Qt::ISODateWithMs);
        if (!until.isValid())
            until = QDateTime::fromString(answer.extension->until, Qt::ISODate);
        return until.isValid() ? until.toUTC() : QDateTime();
    }
    return replyDeadline(answer.createdAt);
}

QDate AnswerInbox::conceptReactionDeadline(const QDate& sentOn)
{
    if (!sentOn.isValid())
        return {};
    QDate day = sentOn;
    int working = 0;
    while (working < 5) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5)
            ++working;
    }
    return day;
}

bool AnswerInbox::isOpen(AnswerStatus status)
{
    return status != AnswerStatus::Verwerkt && status != AnswerStatus::Afgewezen;
}

void AnswerInbox::order(std::vector<InboxItem>& items)
{
    auto rank = [](const InboxItem& i) { return i.overdue ? 0 : i.open ? 1 : 2; };
    std::stable_sort(items.begin(), items.end(), [&](const InboxItem& a, const InboxItem& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (rank(a) == 2)
            return a.answer.createdAt > b.answer.createdAt;
        if (a.deadline != b.deadline)
            return a.deadline < b.deadline;
        return a.answer.id < b.answer.id;
    });
}

Result<std::vector<InboxItem>> AnswerInbox::list(const QDateTime& now) const
{
    if (m_vault.role() != Role::Professional)
        return Status(ErrorCode::Forbidden,
            tr("De reacties van ouders behandelt de professional, in het eigen dossier. Open het dossier als "
               "professional."));
    auto answers = Answers(m_vault, m_actor).all();
    if (!answers)
        return answers.status();
    Entries entries(m_vault, m_actor);
    // Not through report/ConceptRelease: the inbox is also in the fuzz build, the report is not.
    Statement inConcept(m_vault.db(),
        "SELECT r.react_until FROM concept_release_entry ce JOIN concept_release r ON r.id = ce.release_id "
        "WHERE ce.entry_id = ?1 AND r.released_at <= ?2 ORDER BY r.id DESC LIMIT 1");
    std::vector<InboxItem> items;
    items.reserve(answers->size());
    for (const Answer& a : *answers) {
        InboxItem item;
        item.answer = a;
        auto e = entries.get(a.entryId);
        if (!e)
            return e.status();
        item.entryLabel = e->content.label;
        item.entryText = e->content.text;
        item.section = e->content.section;
        item.deadline = deadlineOf(a);
        const QDateTime first = replyDeadline(a.createdAt);
        const QDateTime given = first.isValid() ? first.addMonths(-1) : QDateTime();
        item.ageDays = given.isValid() ? int(std::max<qint64>(0, given.daysTo(now.toUTC()))) : 0;
        item.open = isOpen(a.status);
        item.overdue = item.open && item.deadline.isValid() && now > item.deadline;
        item.extended = a.extension.has_value();
        item.mayExtend = AnswerExtensions::mayExtend(a, now).isOk();
        inConcept.bind(1, a.entryId).bind(2, a.createdAt);
        if (inConcept.step() == SQLITE_ROW)
            item.conceptUntil = QDate::fromString(inConcept.text(0), Qt::ISODate);
        inConcept.reset();
        items.push_back(std::move(item));
    }
    order(items);
    return items;
}

Result<AnswerInbox::Target> AnswerInbox::target(Id answerId) const
{
    auto a = Answers(m_vault, m_actor).get(answerId);
    if (!a)
        return a.status();
    if (!isOpen(a->status))
        return Status(ErrorCode::InvalidInput,
            tr("Reactie %1 is al afgehandeld (%2). Een nieuwe stap begint met een nieuwe reactie van de ouder.")
                .arg(answerId)
                .arg(toString(a->status)));
    auto e = Entries(m_vault, m_actor).get(a->entryId);
    if (!e)
        return e.status();
    return Target {*a, *e};
}

Status AnswerInbox::acceptCorrection(Id answerId, const QString& correctedText, const QString& reason)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    auto t = target(answerId);
    if (!t)
        return t.status();
    if (t->entry.content.label != Label::Feit)
        return Status(ErrorCode::InvalidInput,
            tr("Notitie %1 is geen feit. Alleen een feit wordt verbeterd; bij een mening voegt u de eigen visie "
               "van de ouder toe, de mening zelf blijft staan.")
                .arg(t->entry.id));
    const QString text = correctedText.trimmed();
    if (text.isEmpty())
        return Status(ErrorCode::InvalidInput, tr("Schrijf de verbeterde tekst van de notitie."));
    if (text == t->entry.content.text.trimmed())
        return Status(ErrorCode::InvalidInput,
            tr("De verbeterde tekst is gelijk aan de huidige tekst. Pas de tekst aan, of wijs het verzoek af."));
    if (reason.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
            tr("Schrijf waarom de notitie wordt verbeterd; de ouder ziet die reden."));
    Transaction tx(m_vault.db());
    if (!tx.begun())
        return tx.begun();
    EntryContent c = t->entry.content;
    c.text = text;
    if (Status s = Entries(m_vault, m_actor).revise(t->entry.id, c, reason.trimmed()); !s)
        return s;
    if (Status s = Answers(m_vault, m_actor).handle(answerId, AnswerStatus::Verwerkt, reason.trimmed()); !s)
        return s;
    return tx.commit();
}

Result<Id> AnswerInbox::addOwnView(Id answerId, const QString& ownView, const QString& reply)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    auto t = target(answerId);
    if (!t)
        return t.status();
    if (t->entry.content.label != Label::Mening)
        return Status(ErrorCode::InvalidInput,
            tr("Notitie %1 is geen mening. Een eigen visie komt naast een mening te staan.").arg(t->entry.id));
    if (!t->answer.ownerId)
        return Status(ErrorCode::InvalidInput,
            tr("Van wie reactie %1 is, is niet bekend. Een eigen visie staat op naam van de ouder.").arg(answerId));
    const QString text = ownView.trimmed();
    if (text.isEmpty())
        return Status(ErrorCode::InvalidInput, tr("Schrijf de eigen visie van de ouder."));
    EntryContent c;
    c.text = text;
    c.section = t->entry.content.section;
    c.eventDate = t->entry.content.eventDate;
    c.label = Label::Mening;
    c.holderId = t->answer.ownerId;
    c.visibleToParent = true;
    Transaction tx(m_vault.db());
    if (!tx.begun())
        return tx.begun();
    auto id = Entries(m_vault, m_actor)
                  .add(c, tr("Eigen visie van de ouder bij notitie %1 (reactie %2)").arg(t->entry.id).arg(answerId));
    if (!id)
        return id.status();
    const QString answerReply = reply.trimmed().isEmpty()
        ? tr("Uw eigen visie staat nu als notitie %1 naast de mening in het dossier.").arg(*id)
        : reply.trimmed();
    if (Status s = Answers(m_vault, m_actor).handle(answerId, AnswerStatus::Verwerkt, answerReply); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return *id;
}

} // namespace inzage
