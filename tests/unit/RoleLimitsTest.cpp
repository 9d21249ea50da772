#include "DomainSupport.h"

#include "audit/AuditChain.h"
#include "dossier/Answers.h"
#include "dossier/CaseFile.h"

using namespace inzage;
using namespace inzage::test;

namespace {

// A parent copy is filled by the export, not through the professional's API (which it refuses),
// so the test puts an entry in with raw SQL.
Id seedEntryInParentCopy(Vault& v)
{
    rawSql(v, "INSERT INTO entry(id, position, created_at) VALUES (1, 1, '2024-03-01T10:00:00.000Z');"
              "INSERT INTO entry_revision(id, entry_id, rev, text, recorded_at, changed_by) "
              "VALUES (1, 1, 1, 'Moeder kwam te laat.', '2024-03-01T10:00:00.000Z', 'export');"
              "UPDATE entry SET current_revision_id = 1 WHERE id = 1;");
    return 1;
}

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
    CHECK(persons.findOrAdd(p).code() == ErrorCode::Forbidden);

    CaseFile caseFile(v, actor);
    CaseInfo info;
    info.caseNumber = QStringLiteral("ander nummer");
    CHECK(caseFile.setInfo(info).code() == ErrorCode::Forbidden);
    CHECK(caseFile.addAppointment(visit()).code() == ErrorCode::Forbidden);
    CHECK(caseFile.setAppointmentStatus(appointment, AppointmentStatus::Afgezegd, QStringLiteral("ziek")).code()
          == ErrorCode::Forbidden);
}

} // namespace

TEST_CASE("a reviewer cannot write anything", "[roles]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id person = addPerson(v, QStringLiteral("Juf Anna"));
    const Id entry = addEntry(v, QStringLiteral("Tim is vaak moe."));
    auto answer = Answers(v, parent()).add(entry, AnswerKind::Vraag, QStringLiteral("Sinds wanneer?"));
    REQUIRE(answer.isOk());
    auto appointment = CaseFile(v, professional()).addAppointment(visit());
    REQUIRE(appointment.isOk());
    const std::int64_t auditBefore = auditRows(v);
    const QByteArray headBefore = AuditChain::head(v.db());

    checkCaseFileWritesRefused(v, reviewer(), entry, person, *appointment);
    Answers answers(v, reviewer());
    CHECK(answers.add(entry, AnswerKind::Klopt, {}).code() == ErrorCode::Forbidden);
    CHECK(answers.revise(answer->id, AnswerKind::Vraag, QStringLiteral("anders")).code() == ErrorCode::Forbidden);
    CHECK(answers.handle(answer->id, AnswerStatus::Verwerkt, QStringLiteral("ok")).code() == ErrorCode::Forbidden);

    const Status s = Entries(v, reviewer()).add(note(QStringLiteral("x"))).status();
    CHECK(s.message().contains(QStringLiteral("reviewer")));

    CHECK(auditRows(v) == auditBefore);
    CHECK(AuditChain::head(v.db()) == headBefore);
    CHECK(scalar(v, "SELECT count(*) FROM entry") == 1);
    CHECK(scalar(v, "SELECT count(*) FROM person") == 1);

    // Reading and checking is what a reviewer is for.
    CHECK(Entries(v, reviewer()).list(EntryFilter {}).isOk());
    CHECK(Entries(v, reviewer()).history(entry).isOk());
    CHECK(Answers(v, reviewer()).all().isOk());
    CHECK(AuditChain::verify(v.db()).isOk());
}

TEST_CASE("a parent cannot add or label entries, add persons or set case information", "[roles]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id person = addPerson(v, QStringLiteral("Juf Anna"));
    const Id entry = addEntry(v, QStringLiteral("Tim is vaak moe."));
    auto appointment = CaseFile(v, professional()).addAppointment(visit());
    REQUIRE(appointment.isOk());
    const std::int64_t auditBefore = auditRows(v);

    checkCaseFileWritesRefused(v, parent(), entry, person, *appointment);

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

TEST_CASE("in a parent copy a professional cannot write and the parent can answer", "[roles][ouderexemplaar]")
{
    TempVault t("ouder wachtwoord", VaultKind::Ouderexemplaar);
    Vault& v = *t.vault;
    REQUIRE(v.kind() == VaultKind::Ouderexemplaar);
    const Id entry = seedEntryInParentCopy(v);

    // The professional's own actions are refused in the parent's file.
    Entries entries(v, professional());
    CHECK(entries.add(note(QStringLiteral("x"))).code() == ErrorCode::Forbidden);
    CHECK(entries.setLabel(entry, Label::Mening, BasisKind::Geen, {}, std::nullopt, {}).code() == ErrorCode::Forbidden);
    CHECK(Persons(v, professional()).add(someone()).code() == ErrorCode::Forbidden);
    CaseInfo info;
    CHECK(CaseFile(v, professional()).setInfo(info).code() == ErrorCode::Forbidden);
    CHECK(CaseFile(v, professional()).addAppointment(visit()).code() == ErrorCode::Forbidden);
    const Status proAnswer = Answers(v, professional()).add(entry, AnswerKind::Klopt, {}).status();
    CHECK(proAnswer.code() == ErrorCode::Forbidden);
    CHECK(proAnswer.message().contains(QStringLiteral("ouderexemplaar")));
    CHECK(Answers(v, reviewer()).add(entry, AnswerKind::Klopt, {}).code() == ErrorCode::Forbidden);
    CHECK(auditRows(v) == 0);

    // The parent answers, and may change the answer.
    auto answer = Answers(v, parent()).add(entry, AnswerKind::KloptNiet, QStringLiteral("Ik was op tijd."));
    INFO(str(answer.message()));
    REQUIRE(answer.isOk());
    CHECK(answer->status == AnswerStatus::Verstuurd);
    REQUIRE(Answers(v, parent()).revise(answer->id, AnswerKind::KloptNiet, QStringLiteral("Ik was om 9 uur binnen.")).isOk());
    CHECK(auditRows(v) == 2);

    // Handling is the professional's, in the professional's vault, not here.
    CHECK(Answers(v, professional()).handle(answer->id, AnswerStatus::Verwerkt, QStringLiteral("ok")).code()
          == ErrorCode::Forbidden);
    CHECK(Answers(v, parent()).handle(answer->id, AnswerStatus::Verwerkt, QStringLiteral("ok")).code()
          == ErrorCode::Forbidden);
    auto now = Answers(v, parent()).get(answer->id);
    REQUIRE(now.isOk());
    CHECK(now->status == AnswerStatus::Verstuurd);
    CHECK(now->rev == 2);
}

TEST_CASE("in a professional vault only a professional can handle answers", "[roles]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id entry = addEntry(v, QStringLiteral("x"));
    auto answer = Answers(v, parent()).add(entry, AnswerKind::Correctieverzoek, QStringLiteral("Onjuist."));
    REQUIRE(answer.isOk());

    const Status byParent = Answers(v, parent()).handle(answer->id, AnswerStatus::Verwerkt, QStringLiteral("zelf gedaan"));
    CHECK(byParent.code() == ErrorCode::Forbidden);
    CHECK(Answers(v, reviewer()).handle(answer->id, AnswerStatus::Afgewezen, QStringLiteral("nee")).code()
          == ErrorCode::Forbidden);
    CHECK(Answers(v, parent()).get(answer->id)->status == AnswerStatus::Verstuurd);

    REQUIRE(Answers(v, professional()).handle(answer->id, AnswerStatus::Verwerkt, QStringLiteral("Aangepast.")).isOk());
    CHECK(Answers(v, parent()).get(answer->id)->status == AnswerStatus::Verwerkt);
}

TEST_CASE("only the parent can change the words of an answer, also in the professional's vault", "[roles]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id entry = addEntry(v, QStringLiteral("x"));
    // A professional may record an answer that came in on paper...
    auto answer = Answers(v, professional()).add(entry, AnswerKind::KloptNiet, QStringLiteral("Op papier ontvangen."));
    REQUIRE(answer.isOk());
    // ...but never rewrite it.
    const Status rewrite = Answers(v, professional()).revise(answer->id, AnswerKind::Klopt, QStringLiteral("Toch goed."));
    CHECK(rewrite.code() == ErrorCode::Forbidden);
    CHECK(rewrite.message().contains(QStringLiteral("ouder")));
    CHECK(Answers(v, parent()).get(answer->id)->text == QStringLiteral("Op papier ontvangen."));
    REQUIRE(Answers(v, parent()).revise(answer->id, AnswerKind::KloptNiet, QStringLiteral("Aangevuld door mij.")).isOk());
    CHECK(Answers(v, parent()).get(answer->id)->text == QStringLiteral("Aangevuld door mij."));
}
