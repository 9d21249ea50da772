#include "DomainSupport.h"

#include "audit/AuditChain.h"
#include "dossier/Answers.h"
#include "dossier/CaseFile.h"

using namespace inzage;
using namespace inzage::test;

namespace {

Person someone()
{
    Person p;
    p.name = QStringLiteral("Juf Anna");
    p.relation = QStringLiteral("leerkracht");
    return p;
}

Appointment visit()
{
    Appointment a;
    a.description = QStringLiteral("Huisbezoek");
    a.plannedAt = QStringLiteral("2024-04-02T10:00");
    return a;
}

// Everything an actor could try to change in the case file itself.
void checkCaseFileWritesRefused(Vault& v, const Actor& actor, Id entry, Id person, Id appointment)
{
    Entries entries(v, actor);
    CHECK(entries.add(note(QStringLiteral("nieuw"))).code() == ErrorCode::Forbidden);
    CHECK(entries.addAll({note(QStringLiteral("a")), note(QStringLiteral("b"))}, {}).code() == ErrorCode::Forbidden);
    CHECK(entries.revise(entry, note(QStringLiteral("anders")), {}).code() == ErrorCode::Forbidden);
    CHECK(entries.setLabel(entry, Label::Mening, BasisKind::Geen, {}, std::nullopt, {}).code() == ErrorCode::Forbidden);
    CHECK(entries.addSpokenTo(entry, spoke(person)).code() == ErrorCode::Forbidden);

    Persons persons(v, actor);
    Person p = someone();
    p.name = QStringLiteral("Nieuwe persoon");
    CHECK(persons.add(p).code() == ErrorCode::Forbidden);
    PersonRef ref;
    ref.nameOrId = QStringLiteral("Weer een nieuwe persoon");
    CHECK(persons.resolve(ref).code() == ErrorCode::Forbidden);
    CHECK(persons.shield(person, QStringLiteral("art. 4.1.1 Wmo")).code() == ErrorCode::Forbidden);

    CaseFile caseFile(v, actor);
    CaseInfo info;
    info.caseNumber = QStringLiteral("ander nummer");
    CHECK(caseFile.setInfo(info).code() == ErrorCode::Forbidden);
    CHECK(caseFile.addAppointment(visit()).code() == ErrorCode::Forbidden);
    CHECK(caseFile.setAppointmentStatus(appointment, AppointmentStatus::Afgezegd, QStringLiteral("ziek")).code()
          == ErrorCode::Forbidden);
}

} // namespace

TEST_CASE("a vault opened read-only is read by a reviewer, who cannot write anything, whatever actor is named",
          "[roles]")
{
    TempVault t;
    const Id person = addPerson(*t.vault, QStringLiteral("Juf Anna"), PersonRole::Ouder);
    const Id entry = addEntry(*t.vault, QStringLiteral("Tim is vaak moe."));
    auto answer = Answers(*t.vault, professional()).add(entry, AnswerKind::Vraag, QStringLiteral("Sinds wanneer?"), person);
    REQUIRE(answer.isOk());
    auto appointment = CaseFile(*t.vault, professional()).addAppointment(visit());
    REQUIRE(appointment.isOk());
    t.vault.reset();
    const QByteArray fileBefore = readAll(t.path);

    auto opened = Vault::open(t.path, pass("correct paard batterij"), OpenMode::ReadOnly);
    REQUIRE(opened.isOk());
    Vault& v = **opened;
    CHECK(v.role() == Role::Reviewer);
    // The caller claims to be the professional: the file decides.
    checkCaseFileWritesRefused(v, professional(), entry, person, *appointment);
    Answers answers(v, professional());
    CHECK(answers.add(entry, AnswerKind::Klopt, {}).code() == ErrorCode::Forbidden);
    CHECK(answers.revise(answer->id, AnswerKind::Vraag, QStringLiteral("anders")).code() == ErrorCode::Forbidden);
    CHECK(answers.handle(answer->id, AnswerStatus::Verwerkt, QStringLiteral("ok")).code() == ErrorCode::Forbidden);
    CHECK(answers.share(answer->id, person).code() == ErrorCode::Forbidden);
    const Status s = Entries(v, professional()).add(note(QStringLiteral("x"))).status();
    CHECK(s.message().contains(QStringLiteral("reviewer")));

    // Reading and checking is what a reviewer is for, and it sees everything.
    CHECK(Entries(v, reviewer()).list(EntryFilter {}).isOk());
    CHECK(Entries(v, reviewer()).history(entry).isOk());
    CHECK(Answers(v, reviewer()).all()->size() == 1);
    CHECK(AuditChain::verify(v.db()).isOk());
    opened->reset();
    CHECK(readAll(t.path) == fileBefore);
}

TEST_CASE("a parent copy is read as its parent: no entries, labels, persons or case information", "[roles]")
{
    TempVault t;
    addPerson(*t.vault, QStringLiteral("Juf Anna"));
    const Id entry = addEntry(*t.vault, QStringLiteral("Tim is vaak moe."));
    auto appointment = CaseFile(*t.vault, professional()).addAppointment(visit());
    REQUIRE(appointment.isOk());
    auto view = parentViewOf(*t.vault);
    Vault& v = *view->vault;
    CHECK(v.role() == Role::Ouder);
    const std::int64_t auditBefore = auditRows(v);
    const Id parentId = *v.parentPersonId();

    checkCaseFileWritesRefused(v, professional(), entry, parentId, *appointment);

    auto e = Entries(v, professional()).get(entry);
    REQUIRE(e.isOk());
    CHECK(e->rev == 1);
    CHECK(e->content.label == Label::Onbeoordeeld);
    CHECK(auditRows(v) == auditBefore);
}

TEST_CASE("an actor without a name cannot change anything", "[roles]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Actor nameless {QStringLiteral("  "), Role::Professional};
    CHECK(Entries(v, nameless).add(note(QStringLiteral("x"))).code() == ErrorCode::InvalidInput);
    CHECK(Persons(v, nameless).add(someone()).code() == ErrorCode::InvalidInput);
    CHECK(auditRows(v) == 0);
}

TEST_CASE("an unknown vault kind is refused, never read as the professional's", "[roles]")
{
    TempVault t;
    rawSql(*t.vault, "UPDATE meta SET value = 'beheerder' WHERE key = 'kind'");
    t.vault.reset();
    const QByteArray before = readAll(t.path);
    auto opened = Vault::open(t.path, pass("correct paard batterij"));
    CHECK(opened.code() == ErrorCode::NewerFormat);
    CHECK(opened.message().contains(QStringLiteral("beheerder")));
    CHECK(readAll(t.path) == before);
}

TEST_CASE("in a parent copy the parent answers and changes only their own answers, handling is not theirs",
          "[roles][ouderexemplaar]")
{
    TempVault t;
    const Id entry = addEntry(*t.vault, QStringLiteral("Moeder kwam te laat."));
    auto view = parentViewOf(*t.vault);
    Vault& v = *view->vault;

    // Who is named does not matter: in this file the one who answers is its parent.
    auto answer = Answers(v, professional()).add(entry, AnswerKind::KloptNiet, QStringLiteral("Ik was op tijd."));
    INFO(str(answer.message()));
    REQUIRE(answer.isOk());
    CHECK(answer->status == AnswerStatus::Verstuurd);
    CHECK(answer->ownerId == v.parentPersonId());
    CHECK(answer->changedBy == QStringLiteral("Ouder Test (ouder)"));
    REQUIRE(Answers(v, parent()).revise(answer->id, AnswerKind::KloptNiet, QStringLiteral("Ik was om 9 uur binnen.")).isOk());

    // Handling is the professional's, in the professional's vault, not here.
    CHECK(Answers(v, professional()).handle(answer->id, AnswerStatus::Verwerkt, QStringLiteral("ok")).code()
          == ErrorCode::Forbidden);
    auto now = Answers(v, parent()).get(answer->id);
    REQUIRE(now.isOk());
    CHECK(now->status == AnswerStatus::Verstuurd);
    CHECK(now->rev == 2);
}

TEST_CASE("in the professional's vault an answer on paper is recorded for a parent, handled, never rewritten",
          "[roles]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id entry = addEntry(v, QStringLiteral("x"));
    const Id mother = addPerson(v, QStringLiteral("Moeder"), PersonRole::Ouder);
    const Id teacher = addPerson(v, QStringLiteral("Juf"));
    CHECK(Answers(v, professional()).add(entry, AnswerKind::KloptNiet, QStringLiteral("x"), teacher).code()
          == ErrorCode::InvalidInput);
    auto answer = Answers(v, professional()).add(entry, AnswerKind::KloptNiet, QStringLiteral("Op papier ontvangen."), mother);
    REQUIRE(answer.isOk());
    CHECK(answer->ownerId == mother);
    const Status rewrite = Answers(v, professional()).revise(answer->id, AnswerKind::Klopt, QStringLiteral("Toch goed."));
    CHECK(rewrite.code() == ErrorCode::Forbidden);
    CHECK(rewrite.message().contains(QStringLiteral("ouder")));
    REQUIRE(Answers(v, professional()).handle(answer->id, AnswerStatus::Verwerkt, QStringLiteral("Aangepast.")).isOk());
    CHECK(Answers(v, reviewer()).get(answer->id)->status == AnswerStatus::Verwerkt);
    CHECK(Answers(v, reviewer()).get(answer->id)->text == QStringLiteral("Op papier ontvangen."));
}
