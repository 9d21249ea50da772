#include "DomainSupport.h"

#include "dossier/Answers.h"

#include <set>

using namespace inzage;
using namespace inzage::test;

namespace {

std::int64_t answerRows(Vault& v) { return scalar(v, "SELECT count(*) FROM answer"); }
std::int64_t answerRevisionRows(Vault& v) { return scalar(v, "SELECT count(*) FROM answer_revision"); }

Answer addAnswer(Vault& v, Id entry, AnswerKind kind, const QString& text)
{
    auto r = Answers(v, parent()).add(entry, kind, text);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

Answer getAnswer(Vault& v, Id id)
{
    auto r = Answers(v, professional()).get(id);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

const std::vector<AnswerKind> kAllKinds {AnswerKind::Klopt, AnswerKind::KloptNiet, AnswerKind::Aanvulling,
                                         AnswerKind::Correctieverzoek, AnswerKind::Vraag};

} // namespace

TEST_CASE("a parent can give every kind of answer and each starts as verstuurd", "[answers]")
{
    TempVault t;
    Vault& v = *t.vault;
    // A feit: every kind of answer fits it (AnswerChoices).
    const Id entry = addEntry(v, feit(QStringLiteral("Moeder kwam niet op de afspraak.")));
    std::set<QString> uids;
    for (AnswerKind kind : kAllKinds) {
        INFO(str(toString(kind)));
        const QString text = QStringLiteral("Reactie: %1").arg(toString(kind));
        const Answer a = addAnswer(v, entry, kind, text);
        CHECK(a.id > 0);
        CHECK(a.kind == kind);
        CHECK(a.text == text);
        CHECK(a.status == AnswerStatus::Verstuurd);
        CHECK(a.rev == 1);
        CHECK(a.entryId == entry);
        CHECK(a.entryRev == 1);
        CHECK_FALSE(a.entryChangedSince);
        CHECK(a.reply.isEmpty());
        CHECK(a.handledBy.isEmpty());
        CHECK_FALSE(a.createdAt.isEmpty());
        CHECK(a.changedBy == actorFor(v, parent().name).describe()); // recorded in the professional's vault
        CHECK(a.uid.size() == 36);
        uids.insert(a.uid);
        const Answer again = getAnswer(v, a.id);
        CHECK(again.text == text);
        CHECK(again.kind == kind);
    }
    CHECK(uids.size() == kAllKinds.size());
    auto forEntry = Answers(v, parent()).forEntry(entry);
    REQUIRE(forEntry.isOk());
    CHECK(forEntry->size() == 5);
    CHECK(auditRows(v) == 1 + 5);
}

TEST_CASE("klopt may be given without text", "[answers]")
{
    TempVault t;
    const Id entry = addEntry(*t.vault, QStringLiteral("x"));
    const Answer a = addAnswer(*t.vault, entry, AnswerKind::Klopt, {});
    CHECK(a.kind == AnswerKind::Klopt);
    CHECK(a.text.isEmpty());
}

TEST_CASE("an empty answer other than klopt is refused and nothing is stored", "[answers]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id entry = addEntry(v, QStringLiteral("x"));
    const std::int64_t auditBefore = auditRows(v);
    for (AnswerKind kind : kAllKinds) {
        if (kind == AnswerKind::Klopt)
            continue;
        for (const QString& text : {QString(), QStringLiteral("  \n ")}) {
            INFO(str(toString(kind)));
            auto r = Answers(v, parent()).add(entry, kind, text);
            CHECK(r.code() == ErrorCode::InvalidInput);
            CHECK(r.message().contains(QStringLiteral("leeg")));
        }
    }
    CHECK(answerRows(v) == 0);
    CHECK(auditRows(v) == auditBefore);
}

TEST_CASE("a 100,000-character answer is refused with a clear message and nothing is stored", "[answers]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id entry = addEntry(v, QStringLiteral("x"));
    const std::int64_t auditBefore = auditRows(v);
    auto r = Answers(v, parent()).add(entry, AnswerKind::Aanvulling, QString(100'000, QLatin1Char('a')));
    CHECK(r.code() == ErrorCode::InvalidInput);
    CHECK(r.message().contains(QStringLiteral("te lang")));
    CHECK(r.message().contains(QStringLiteral("100000")));
    CHECK(r.message().contains(QString::number(Answers::kMaxTextLength)));
    CHECK(r.message().contains(QStringLiteral("niets opgeslagen")));
    CHECK(answerRows(v) == 0);
    CHECK(answerRevisionRows(v) == 0);
    CHECK(auditRows(v) == auditBefore);

    // The limit itself still fits.
    const Answer ok = addAnswer(v, entry, AnswerKind::Aanvulling, QString(Answers::kMaxTextLength, QLatin1Char('b')));
    CHECK(ok.text.size() == Answers::kMaxTextLength);
}

TEST_CASE("an answer to an entry that does not exist is refused and nothing is stored", "[answers]")
{
    TempVault t;
    Vault& v = *t.vault;
    addEntry(v, QStringLiteral("x"));
    const std::int64_t auditBefore = auditRows(v);
    auto r = Answers(v, parent()).add(9999, AnswerKind::Vraag, QStringLiteral("Waar gaat dit over?"));
    CHECK(r.code() == ErrorCode::NotFound);
    CHECK(r.message().contains(QStringLiteral("niet opgeslagen")));
    CHECK(answerRows(v) == 0);
    CHECK(answerRevisionRows(v) == 0);
    CHECK(auditRows(v) == auditBefore);
    // The vault is not left in an open transaction: the next answer is stored normally.
    CHECK(Answers(v, parent()).add(1, AnswerKind::Klopt, {}).isOk());
}

TEST_CASE("revising an answer makes a new revision and keeps the old one in the history", "[answers]")
{
    TempVault t;
    const Id entry = addEntry(*t.vault, feit(QStringLiteral("x")));
    auto view = parentViewOf(*t.vault); // a parent changes their words in their own copy
    Vault& v = *view->vault;
    const Answer a = addAnswer(v, entry, AnswerKind::KloptNiet, QStringLiteral("Dit klopt niet."));
    REQUIRE(Answers(v, parent()).revise(a.id, AnswerKind::Correctieverzoek,
                                        QStringLiteral("Graag aanpassen: ik was er wel."))
                .isOk());
    const Answer now = getAnswer(v, a.id);
    CHECK(now.rev == 2);
    CHECK(now.kind == AnswerKind::Correctieverzoek);
    CHECK(now.text == QStringLiteral("Graag aanpassen: ik was er wel."));
    CHECK(now.uid == a.uid);
    CHECK(now.createdAt == a.createdAt);

    auto history = Answers(v, parent()).history(a.id);
    REQUIRE(history.isOk());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).rev == 1);
    CHECK(history->at(0).kind == AnswerKind::KloptNiet);
    CHECK(history->at(0).text == QStringLiteral("Dit klopt niet."));
    CHECK(history->at(1).rev == 2);

    auto all = Answers(v, parent()).all();
    REQUIRE(all.isOk());
    CHECK(all->size() == 1); // one answer, shown by its current revision
    CHECK(answerRevisionRows(v) == 2);
}

TEST_CASE("a revised answer goes back to verstuurd and the old reply stays with the old text", "[answers]")
{
    TempVault t;
    const Id entry = addEntry(*t.vault, QStringLiteral("x"));
    auto view = parentViewOf(*t.vault);
    Vault& v = *view->vault;
    const Answer a = addAnswer(v, entry, AnswerKind::Vraag, QStringLiteral("Wie heeft dit gezegd?"));
    // The professional's handling, as an update file brings it into the copy.
    rawSql(v, "INSERT INTO answer_handling(answer_id, seq, answer_rev, status, reply, handled_by, handled_at, "
              "changed_by) VALUES (1, 1, 1, 'verwerkt', 'De leerkracht.', 'j.devries', '2026-01-01T10:00:00.000Z', "
              "'j.devries (professional)')");
    REQUIRE(a.id == 1);
    REQUIRE(Answers(v, parent()).revise(a.id, AnswerKind::Vraag, QStringLiteral("Welke leerkracht?")).isOk());
    const Answer now = getAnswer(v, a.id);
    CHECK(now.rev == 3);
    CHECK(now.status == AnswerStatus::Verstuurd);
    CHECK(now.reply.isEmpty());
    CHECK(now.handledBy.isEmpty());
    auto history = Answers(v, parent()).history(a.id);
    REQUIRE(history.isOk());
    REQUIRE(history->size() == 3);
    CHECK(history->at(1).reply == QStringLiteral("De leerkracht."));
    CHECK(history->at(1).status == AnswerStatus::Verwerkt);
}

TEST_CASE("a professional handling an answer sets its status and reply as a new revision", "[answers]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id entry = addEntry(v, feit(QStringLiteral("x")));
    const Answer a = addAnswer(v, entry, AnswerKind::Correctieverzoek, QStringLiteral("Dit is onjuist."));
    Answers pro(v, professional());
    REQUIRE(pro.handle(a.id, AnswerStatus::InBehandeling, {}).isOk());
    Answer now = getAnswer(v, a.id);
    CHECK(now.status == AnswerStatus::InBehandeling);
    CHECK(now.rev == 2);
    CHECK(now.handledBy == QStringLiteral("j.devries"));
    CHECK_FALSE(now.handledAt.isEmpty());
    CHECK(now.text == QStringLiteral("Dit is onjuist.")); // the parent's words are kept
    CHECK(now.kind == AnswerKind::Correctieverzoek);

    REQUIRE(pro.handle(a.id, AnswerStatus::Verwerkt, QStringLiteral("Aangepast in notitie 1.")).isOk());
    now = getAnswer(v, a.id);
    CHECK(now.status == AnswerStatus::Verwerkt);
    CHECK(now.reply == QStringLiteral("Aangepast in notitie 1."));
    CHECK(now.rev == 3);
    CHECK(now.changedBy == professional().describe());

    auto history = pro.history(a.id);
    REQUIRE(history.isOk());
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).status == AnswerStatus::Verstuurd);
    CHECK(history->at(1).status == AnswerStatus::InBehandeling);
}

TEST_CASE("rejecting an answer needs a reason", "[answers]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id entry = addEntry(v, feit(QStringLiteral("x")));
    const Answer a = addAnswer(v, entry, AnswerKind::Correctieverzoek, QStringLiteral("Verwijder dit."));
    Answers pro(v, professional());
    for (const QString& reason : {QString(), QStringLiteral("   ")}) {
        const Status s = pro.handle(a.id, AnswerStatus::Afgewezen, reason);
        CHECK(s.code() == ErrorCode::InvalidInput);
        CHECK(s.message().contains(QStringLiteral("reden")));
    }
    CHECK(getAnswer(v, a.id).status == AnswerStatus::Verstuurd);
    CHECK(getAnswer(v, a.id).rev == 1);

    REQUIRE(pro.handle(a.id, AnswerStatus::Afgewezen, QStringLiteral("Het verslag geeft weer wat de school zei.")).isOk());
    CHECK(getAnswer(v, a.id).status == AnswerStatus::Afgewezen);
    CHECK(getAnswer(v, a.id).reply == QStringLiteral("Het verslag geeft weer wat de school zei."));
}

TEST_CASE("handling or revising a missing answer is reported as not found", "[answers]")
{
    TempVault t;
    Vault& v = *t.vault;
    CHECK(Answers(v, professional()).handle(77, AnswerStatus::Verwerkt, QStringLiteral("ok")).code() == ErrorCode::NotFound);
    CHECK(Answers(*parentViewOf(v)->vault, parent()).revise(77, AnswerKind::Vraag, QStringLiteral("?")).code()
          == ErrorCode::NotFound);
    CHECK(Answers(v, parent()).get(77).code() == ErrorCode::NotFound);
    CHECK(Answers(v, parent()).history(77).code() == ErrorCode::NotFound);
    CHECK(auditRows(v) == 3); // the parent added for the copy, the dossier uid, the copy made
}

TEST_CASE("a reply longer than the limit is refused", "[answers]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id entry = addEntry(v, QStringLiteral("x"));
    const Answer a = addAnswer(v, entry, AnswerKind::Vraag, QStringLiteral("?"));
    const Status s = Answers(v, professional()).handle(a.id, AnswerStatus::Verwerkt, QString(Answers::kMaxTextLength + 1, QLatin1Char('r')));
    CHECK(s.code() == ErrorCode::InvalidInput);
    CHECK(getAnswer(v, a.id).rev == 1);
}

TEST_CASE("an answer notices when its entry got a new revision", "[answers]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id entry = addEntry(v, QStringLiteral("Moeder was boos."));
    const Id other = addEntry(v, QStringLiteral("Andere notitie."));
    const Answer a = addAnswer(v, entry, AnswerKind::KloptNiet, QStringLiteral("Ik was niet boos."));
    const Answer b = addAnswer(v, other, AnswerKind::Klopt, {});
    CHECK_FALSE(getAnswer(v, a.id).entryChangedSince);

    REQUIRE(Entries(v, professional()).setLabel(entry, Label::Mening, BasisKind::Geen, {}, std::nullopt, {}).isOk());
    const Answer now = getAnswer(v, a.id);
    CHECK(now.entryChangedSince);
    CHECK(now.entryRev == 1);
    CHECK_FALSE(getAnswer(v, b.id).entryChangedSince);

    auto forEntry = Answers(v, parent()).forEntry(entry);
    REQUIRE(forEntry.isOk());
    REQUIRE(forEntry->size() == 1);
    CHECK(forEntry->front().entryChangedSince);

    // A new answer is about the entry as it is now.
    const Answer fresh = addAnswer(v, entry, AnswerKind::Vraag, QStringLiteral("Waarom een mening?"));
    CHECK(fresh.entryRev == 2);
    CHECK_FALSE(fresh.entryChangedSince);
}

TEST_CASE("answer revisions and handling rows cannot be updated or deleted", "[answers]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id entry = addEntry(v, QStringLiteral("x"));
    const Answer a = addAnswer(v, entry, AnswerKind::Aanvulling, QStringLiteral("Mijn kant van het verhaal."));
    REQUIRE(Answers(v, professional()).handle(a.id, AnswerStatus::InBehandeling, {}).isOk());
    CHECK(rawSqlCode(v, "UPDATE answer_revision SET text = 'vervalst'") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(v, "DELETE FROM answer_revision") == SQLITE_CONSTRAINT);
    // Status and reply are the professional's rows, kept apart from the parent's words.
    CHECK(rawSqlCode(v, "UPDATE answer_handling SET status = 'verwerkt'") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(v, "DELETE FROM answer_handling") == SQLITE_CONSTRAINT);
    CHECK(scalarText(v, "SELECT text FROM answer_revision") == QStringLiteral("Mijn kant van het verhaal."));
    CHECK(scalarText(v, "SELECT status FROM answer_handling") == QStringLiteral("in-behandeling"));
}

TEST_CASE("answer texts round-trip exactly", "[answers]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id entry = addEntry(v, QStringLiteral("x"));
    const QString text = QStringLiteral("„Ik” zei: 'nee' 😀 مرحبا \u0000 einde");
    CHECK(getAnswer(v, addAnswer(v, entry, AnswerKind::Aanvulling, text).id).text.toUtf8() == text.toUtf8());
}

TEST_CASE("answer kinds parse from their Dutch words and refuse unknown words", "[answers][vocabulary]")
{
    CHECK(parse<AnswerKind>(QStringLiteral("klopt")) == AnswerKind::Klopt);
    CHECK(parse<AnswerKind>(QStringLiteral("klopt-niet")) == AnswerKind::KloptNiet);
    CHECK(parse<AnswerKind>(QStringLiteral(" Correctieverzoek ")) == AnswerKind::Correctieverzoek);
    CHECK(parse<AnswerKind>(QStringLiteral("VRAAG")) == AnswerKind::Vraag);
    CHECK_FALSE(parse<AnswerKind>(QStringLiteral("misschien")).has_value());
    CHECK_FALSE(parse<AnswerKind>(QStringLiteral("klopt niet")).has_value());
    CHECK_FALSE(parse<AnswerKind>(QString()).has_value());
    CHECK(Vocabulary<AnswerKind>::allowed() == QStringLiteral("klopt, klopt-niet, aanvulling, correctieverzoek, vraag"));
    for (AnswerKind k : kAllKinds)
        CHECK(parse<AnswerKind>(toString(k)) == k);

    CHECK(Vocabulary<AnswerStatus>::allowed() == QStringLiteral("verstuurd, in-behandeling, verwerkt, afgewezen"));
    CHECK(parse<AnswerStatus>(QStringLiteral("in-behandeling")) == AnswerStatus::InBehandeling);
    CHECK_FALSE(parse<AnswerStatus>(QStringLiteral("klaar")).has_value());
    CHECK(parse<Label>(QStringLiteral("Feit")) == Label::Feit);
    CHECK_FALSE(parse<Label>(QStringLiteral("fact")).has_value());
    CHECK(displayName(Label::Onbeoordeeld) == QStringLiteral("Nog niet beoordeeld"));
}

TEST_CASE("the core refuses an answer whose choice does not fit the entry's label, and writes nothing",
          "[answers][choices][bad-input]")
{
    TempVault t;
    EntryContent c = note(QStringLiteral("De ouders werken onvoldoende samen."));
    c.label = Label::Mening;
    const Id mening = addEntry(*t.vault, c);
    auto view = parentViewOf(*t.vault);
    Vault& v = *view->vault;
    const std::int64_t audit = auditRows(v);

    auto refused = Answers(v, parent()).add(mening, AnswerKind::Correctieverzoek, QStringLiteral("Haal dit weg."));
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.message().contains(QStringLiteral("mijn eigen visie toevoegen")));
    CHECK(answerRows(v) == 0);
    CHECK(auditRows(v) == audit);

    // The own view beside a mening is allowed; changing it into a correction request is not.
    const Answer own = addAnswer(v, mening, AnswerKind::Aanvulling, QStringLiteral("Wij doen ons best."));
    const std::int64_t revisions = answerRevisionRows(v);
    const Status revised = Answers(v, parent()).revise(own.id, AnswerKind::Correctieverzoek, QStringLiteral("Weg."));
    CHECK(revised.code() == ErrorCode::InvalidInput);
    CHECK(answerRevisionRows(v) == revisions);
    CHECK(getAnswer(v, own.id).kind == AnswerKind::Aanvulling);
}

TEST_CASE("on a bron the parent can say the person did not say it, but not ask for a correction",
          "[answers][choices][bad-input]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id neighbour = addPerson(v, QStringLiteral("Buurvrouw Jansen"), PersonRole::Informant,
                                   QStringLiteral("buurvrouw"));
    EntryContent c = note(QStringLiteral("Volgens de buurvrouw was er vaak ruzie."));
    c.label = Label::Bron;
    c.spokenTo = {spoke(neighbour, QStringLiteral("2026-02-03"), Method::Telefoon)};
    const Id bron = addEntry(v, c);
    CHECK(addAnswer(v, bron, AnswerKind::KloptNiet, QStringLiteral("Dat heeft zij niet gezegd.")).id > 0);
    auto refused = Answers(v, parent()).add(bron, AnswerKind::Correctieverzoek, QStringLiteral("Verbeter."));
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(answerRows(v) == 1);
}
