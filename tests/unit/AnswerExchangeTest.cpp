#include "ExchangeSupport.h"

#include "exchange/SealedFile.h"

#include <QFile>

using namespace inzage;
using namespace inzage::test;

namespace {

struct Exchange : ExchangePair {
    Id first = 0, second = 0;
    int files = 0;

    Exchange()
    {
        first = addEntry(*pro.vault, QStringLiteral("Moeder kwam te laat op de afspraak."));
        second = addEntry(*pro.vault, QStringLiteral("Het kind sliep slecht volgens school."));
        makeCopy();
    }

    QString nextFile(const char* stem)
    {
        return pro.dir.filePath(QStringLiteral("%1-%2.bin").arg(QString::fromLatin1(stem)).arg(++files));
    }

    QString answersFile()
    {
        const QString f = nextFile("antwoorden");
        const Status s = AnswerExchange::exportAnswers(*copy, f);
        INFO(str(s.message()));
        REQUIRE(s.isOk());
        return f;
    }

    QString updateFile()
    {
        const QString f = nextFile("update");
        const Status s = AnswerExchange::exportUpdates(*pro.vault, {}, f);
        INFO(str(s.message()));
        REQUIRE(s.isOk());
        return f;
    }

    ExchangeImportReport importAnswers(const QString& f)
    {
        auto r = AnswerExchange::importAnswers(*pro.vault, professional(), f);
        INFO(str(r.message()));
        REQUIRE(r.isOk());
        return *r;
    }

    ExchangeImportReport importUpdates(const QString& f)
    {
        auto r = AnswerExchange::importUpdates(*copy, parent(), f);
        INFO(str(r.message()));
        REQUIRE(r.isOk());
        return *r;
    }

    Answer answer(Id entry, AnswerKind kind, const QString& text)
    {
        auto r = Answers(*copy, parent()).add(entry, kind, text);
        INFO(str(r.message()));
        REQUIRE(r.isOk());
        return *r;
    }
};

// What must stay the same when a file is refused: the whole dossier and its audit chain.
struct Unchanged {
    Vault& v;
    QByteArray json = dossierJson(v);
    std::int64_t audit = auditRows(v);
    explicit Unchanged(Vault& vault)
        : v(vault)
    {
    }
    void check() const
    {
        CHECK(dossierJson(v) == json);
        CHECK(auditRows(v) == audit);
    }
};

QStringList steps(const std::vector<Answer>& history)
{
    QStringList out;
    for (const Answer& a : history)
        out << QStringLiteral("%1:%2:%3:%4").arg(a.rev).arg(toString(a.status), a.text, a.reply);
    return out;
}

void flipByte(const QString& path, qsizetype at)
{
    QByteArray bytes = readAll(path);
    REQUIRE(at < bytes.size());
    bytes[at] = char(bytes[at] ^ 0x01);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

TEST_CASE("answers travel from the parent copy to the professional and statuses back, round and round", "[exchange]")
{
    Exchange x;
    const Answer a = x.answer(x.first, AnswerKind::KloptNiet, QStringLiteral("Ik was er om 9 uur."));
    const Answer b = x.answer(x.second, AnswerKind::Vraag, QStringLiteral("Welke leerkracht zei dit?"));

    const ExchangeImportReport in = x.importAnswers(x.answersFile());
    CHECK(in.newAnswers == 2);
    CHECK(in.newRevisions == 2);
    CHECK(in.entryChangedSince == 0);
    const Answer proA = answerByUid(*x.pro.vault, a.uid);
    CHECK(proA.text == a.text);
    CHECK(proA.kind == AnswerKind::KloptNiet);
    CHECK(proA.entryId == x.first);
    CHECK(proA.status == AnswerStatus::Verstuurd);
    CHECK(proA.changedBy == QStringLiteral("Moeder Visser (ouder)")); // the copy's parent, by name
    CHECK(proA.ownerId == x.mother);

    Answers pro(*x.pro.vault, professional());
    REQUIRE(pro.handle(proA.id, AnswerStatus::Verwerkt, QStringLiteral("Aangepast in het verslag.")).isOk());
    REQUIRE(pro.handle(answerByUid(*x.pro.vault, b.uid).id, AnswerStatus::Afgewezen,
                   QStringLiteral("Dat mogen wij niet zeggen."))
                .isOk());

    const ExchangeImportReport back = x.importUpdates(x.updateFile());
    CHECK(back.newHandling == 2);
    CHECK(back.newAnswers == 0);
    CHECK(answerByUid(*x.copy, a.uid).status == AnswerStatus::Verwerkt);
    CHECK(answerByUid(*x.copy, a.uid).reply == QStringLiteral("Aangepast in het verslag."));
    CHECK(answerByUid(*x.copy, b.uid).status == AnswerStatus::Afgewezen);
    CHECK(answerByUid(*x.copy, b.uid).handledBy == QStringLiteral("j.devries"));

    // The parent is not satisfied and changes the answer: it goes back to verstuurd on both sides.
    REQUIRE(Answers(*x.copy, parent())
                .revise(b.id, AnswerKind::KloptNiet, QStringLiteral("Graag de naam weglaten."))
                .isOk());
    CHECK(answerByUid(*x.copy, b.uid).status == AnswerStatus::Verstuurd);
    CHECK(x.importAnswers(x.answersFile()).newRevisions == 1);
    Answer proB = answerByUid(*x.pro.vault, b.uid);
    CHECK(proB.status == AnswerStatus::Verstuurd);
    CHECK(proB.kind == AnswerKind::KloptNiet);
    CHECK(proB.reply.isEmpty());
    REQUIRE(pro.handle(proB.id, AnswerStatus::Verwerkt, QStringLiteral("Naam weggelaten.")).isOk());
    x.importUpdates(x.updateFile());
    CHECK(answerByUid(*x.copy, b.uid).status == AnswerStatus::Verwerkt);
    CHECK(answerByUid(*x.copy, b.uid).reply == QStringLiteral("Naam weggelaten."));

    // Both sides now tell the same history.
    auto copyHistory = Answers(*x.copy, parent()).history(b.id);
    auto proHistory = pro.history(answerByUid(*x.pro.vault, b.uid).id);
    REQUIRE(copyHistory.isOk());
    REQUIRE(proHistory.isOk());
    CHECK(copyHistory->size() == 4);
    CHECK(steps(*copyHistory) == steps(*proHistory));
}

TEST_CASE("importing the same answer or update file twice changes nothing", "[exchange]")
{
    Exchange x;
    const Answer a = x.answer(x.first, AnswerKind::Aanvulling, QStringLiteral("Mijn kant."));
    const QString answers = x.answersFile();
    x.importAnswers(answers);
    const Unchanged pro(*x.pro.vault);
    const ExchangeImportReport again = x.importAnswers(answers);
    CHECK(again.changedNothing());
    CHECK(again.alreadyPresent == 1);
    pro.check();

    REQUIRE(Answers(*x.pro.vault, professional())
                .handle(answerByUid(*x.pro.vault, a.uid).id, AnswerStatus::InBehandeling, {})
                .isOk());
    const QString update = x.updateFile();
    CHECK(x.importUpdates(update).newHandling == 1);
    const Unchanged copy(*x.copy);
    CHECK(x.importUpdates(update).changedNothing());
    copy.check();
    // An update file holds the parent's own rows too; reading it adds nothing the copy has.
    CHECK(x.importUpdates(x.updateFile()).changedNothing());
    copy.check();
}

TEST_CASE("answers written on both sides at once merge without loss", "[exchange]")
{
    Exchange x;
    const Answer a = x.answer(x.first, AnswerKind::Vraag, QStringLiteral("Waarom staat dit erin?"));
    x.importAnswers(x.answersFile());
    // The professional handles the first text while the parent, not knowing, changes it.
    REQUIRE(Answers(*x.pro.vault, professional())
                .handle(answerByUid(*x.pro.vault, a.uid).id, AnswerStatus::InBehandeling, {})
                .isOk());
    REQUIRE(Answers(*x.copy, parent())
                .revise(a.id, AnswerKind::Vraag, QStringLiteral("Waarom staat dit er nog in?"))
                .isOk());

    x.importAnswers(x.answersFile());
    x.importUpdates(x.updateFile());
    for (Vault* v : { x.pro.vault.get(), x.copy.get() }) {
        const Answer now = answerByUid(*v, a.uid);
        CHECK(now.text == QStringLiteral("Waarom staat dit er nog in?"));
        // The handling was of the older text: the newer text is waiting again.
        CHECK(now.status == AnswerStatus::Verstuurd);
        auto history = Answers(*v, reviewer()).history(now.id);
        REQUIRE(history.isOk());
        CHECK(history->size() == 3);
        CHECK(history->at(1).status == AnswerStatus::InBehandeling);
        CHECK(history->at(1).text == QStringLiteral("Waarom staat dit erin?"));
    }
}

TEST_CASE("an answer to an entry that changed since is kept and marked", "[exchange]")
{
    Exchange x;
    REQUIRE(Entries(*x.pro.vault, professional())
                .revise(x.first, note(QStringLiteral("Moeder kwam tien minuten te laat.")), QStringLiteral("preciezer"))
                .isOk());
    const Answer a = x.answer(x.first, AnswerKind::KloptNiet, QStringLiteral("Ik was op tijd."));
    CHECK(a.entryRev == 1);
    const ExchangeImportReport r = x.importAnswers(x.answersFile());
    CHECK(r.newAnswers == 1);
    CHECK(r.entryChangedSince == 1);
    const Answer there = answerByUid(*x.pro.vault, a.uid);
    CHECK(there.entryRev == 1);
    CHECK(there.entryChangedSince);
    CHECK(there.text == QStringLiteral("Ik was op tijd."));
}

TEST_CASE(
    "an answer to an entry the professional's vault does not have refuses the whole file", "[exchange][bad-input]")
{
    Exchange x;
    x.answer(x.first, AnswerKind::Klopt, {});
    // As after restoring an older backup of the professional's vault: the copy knows entry 999.
    rawSql(*x.copy, "INSERT INTO entry(id, position, created_at, current_revision_id) VALUES (999, 999, '2024', 999)");
    rawSql(*x.copy,
        "INSERT INTO entry_revision(id, entry_id, rev, text, recorded_at, changed_by) "
        "VALUES (999, 999, 1, 'later', '2024', 'x')");
    x.answer(999, AnswerKind::Vraag, QStringLiteral("En dit?"));
    const QString f = x.answersFile();
    const Unchanged pro(*x.pro.vault);
    auto r = AnswerExchange::importAnswers(*x.pro.vault, professional(), f);
    CHECK(r.code() == ErrorCode::NotFound);
    CHECK(r.message().contains(QStringLiteral("notitie 999")));
    CHECK(r.message().contains(QStringLiteral("niets ingelezen")));
    pro.check();
    CHECK(scalar(*x.pro.vault, "SELECT count(*) FROM answer") == 0);
}

TEST_CASE("an answer file from another dossier is refused by name", "[exchange][bad-input]")
{
    Exchange x;
    Exchange other;
    other.answer(other.first, AnswerKind::Klopt, {});
    const QString f = other.answersFile();
    const Unchanged pro(*x.pro.vault);
    auto r = AnswerExchange::importAnswers(*x.pro.vault, professional(), f);
    CHECK(r.code() == ErrorCode::InvalidInput);
    CHECK(r.message().contains(QStringLiteral("ander dossier")));
    CHECK(r.message().contains(scalarText(*other.pro.vault, "SELECT uid FROM dossier")));
    pro.check();

    auto u = AnswerExchange::importUpdates(*x.copy, parent(), other.updateFile());
    CHECK(u.code() == ErrorCode::InvalidInput);
    CHECK(u.message().contains(QStringLiteral("ander dossier")));
}

TEST_CASE("a tampered answer file is refused as damaged and nothing is read", "[exchange][bad-input]")
{
    Exchange x;
    x.answer(x.first, AnswerKind::Aanvulling, QStringLiteral("Mijn verhaal."));
    const QString f = x.answersFile();
    const qsizetype headerEnd = readAll(f).indexOf("\n\n") + 2;
    const Unchanged pro(*x.pro.vault);
    for (qsizetype at : { headerEnd + 3, headerEnd + 40, readAll(f).size() - 1 }) {
        const QString copy = x.nextFile("vervalst");
        REQUIRE(QFile::copy(f, copy));
        flipByte(copy, at);
        auto r = AnswerExchange::importAnswers(*x.pro.vault, professional(), copy);
        CHECK(r.code() == ErrorCode::Damaged);
        CHECK(r.message() == QStringLiteral("Het antwoordbestand is beschadigd of veranderd; er is niets ingelezen."));
    }
    // The header is sealed too: a changed exchange id does not find the key or does not decrypt.
    const QString header = x.nextFile("kop");
    REQUIRE(QFile::copy(f, header));
    flipByte(header, readAll(f).indexOf("uitwisseling ") + 14);
    CHECK_FALSE(AnswerExchange::importAnswers(*x.pro.vault, professional(), header).isOk());
    // Cut short.
    const QString cut = x.nextFile("kort");
    {
        QFile out(cut);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(readAll(f).left(headerEnd + 10));
    }
    CHECK(AnswerExchange::importAnswers(*x.pro.vault, professional(), cut).code() == ErrorCode::Damaged);
    pro.check();
    CHECK(x.importAnswers(f).newAnswers == 1); // the original still reads
}

TEST_CASE("wrong kinds of file and newer formats get their own message", "[exchange][bad-input]")
{
    Exchange x;
    x.answer(x.first, AnswerKind::Klopt, {});
    const QString answers = x.answersFile();
    const QString update = x.updateFile();
    const Unchanged pro(*x.pro.vault);

    auto swapped = AnswerExchange::importAnswers(*x.pro.vault, professional(), update);
    CHECK(swapped.code() == ErrorCode::InvalidInput);
    CHECK(swapped.message().contains(QStringLiteral("updatebestand")));
    CHECK(AnswerExchange::importUpdates(*x.copy, parent(), answers).code() == ErrorCode::InvalidInput);

    const QString newer = x.nextFile("nieuwer");
    REQUIRE(QFile::copy(answers, newer));
    {
        QByteArray bytes = readAll(newer);
        bytes.replace("INZAGE-ANTWOORDEN 1\n", "INZAGE-ANTWOORDEN 2\n");
        QFile out(newer);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    }
    CHECK(AnswerExchange::importAnswers(*x.pro.vault, professional(), newer).code() == ErrorCode::NewerFormat);

    const QString text = x.nextFile("tekst");
    {
        QFile out(text);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("Beste mevrouw, hierbij mijn reactie.\n");
    }
    auto notOurs = AnswerExchange::importAnswers(*x.pro.vault, professional(), text);
    CHECK(notOurs.code() == ErrorCode::InvalidInput);
    CHECK(notOurs.message().contains(QStringLiteral("geen antwoordbestand")));
    CHECK(AnswerExchange::importAnswers(*x.pro.vault, professional(), x.nextFile("bestaat-niet")).code()
        == ErrorCode::NotFound);
    pro.check();

    // Each file goes into its own kind of vault only, and never over an existing file.
    CHECK(AnswerExchange::importAnswers(*x.copy, parent(), answers).code() == ErrorCode::Forbidden);
    CHECK(AnswerExchange::importUpdates(*x.pro.vault, professional(), update).code() == ErrorCode::Forbidden);
    CHECK(AnswerExchange::exportAnswers(*x.pro.vault, x.nextFile("a")).code() == ErrorCode::Forbidden);
    CHECK(AnswerExchange::exportUpdates(*x.copy, {}, x.nextFile("u")).code() == ErrorCode::Forbidden);
    {
        auto readOnly = Vault::open(x.pro.path, pass(kProPass), OpenMode::ReadOnly); // a reviewer
        REQUIRE(readOnly.isOk());
        CHECK(AnswerExchange::importAnswers(**readOnly, professional(), answers).code() == ErrorCode::Forbidden);
    }
    CHECK(AnswerExchange::exportAnswers(*x.copy, answers).code() == ErrorCode::Exists);
    pro.check();
}

TEST_CASE("an answer file from a parent copy this vault file did not make is refused", "[exchange][bad-input]")
{
    Exchange x;
    // A copy of the professional's vault taken before the parent copy existed (same dossier).
    const QString backup = x.file("backup.inzage");
    REQUIRE(x.pro.vault->copyTo(backup, pass("backup"), KdfParams::fastForTests()).isOk());
    auto older = Vault::open(backup, pass("backup"));
    REQUIRE(older.isOk());
    // Exchange rows are append-only (schema 2): the backup's earlier state is made behind the triggers.
    rawSql(**older, "DROP TRIGGER exchange_answer_no_delete; DROP TRIGGER exchange_key_no_delete");
    rawSql(**older, "DELETE FROM exchange_answer");
    rawSql(**older, "DELETE FROM exchange_key");
    x.answer(x.first, AnswerKind::Klopt, {});
    const Unchanged before(**older);
    auto r = AnswerExchange::importAnswers(**older, professional(), x.answersFile());
    CHECK(r.code() == ErrorCode::NotFound);
    CHECK(r.message().contains(QStringLiteral("niet vanuit dit dossierbestand")));
    before.check();
}

TEST_CASE("a row that contradicts a stored one refuses the whole file", "[exchange][bad-input]")
{
    Exchange x;
    const Answer a = x.answer(x.first, AnswerKind::Vraag, QStringLiteral("Eerste vraag."));
    x.answer(x.second, AnswerKind::Klopt, {});
    x.importAnswers(x.answersFile());
    // Version 2 stored with other words than the parent's own version 2 (no program does this: the
    // professional never rewrites an answer; it stands for a damaged or forged row).
    const QByteArray forged = "INSERT INTO answer_revision(answer_id, rev, entry_rev, kind, text, changed_by, "
                              "changed_at) VALUES ("
        + QByteArray::number(qint64(answerByUid(*x.pro.vault, a.uid).id))
        + ", 2, 1, 'vraag', 'Telefonisch aangepast.', 'x', '2026-01-01T00:00:00.000Z')";
    rawSql(*x.pro.vault, forged.constData());
    REQUIRE(Answers(*x.copy, parent()).revise(a.id, AnswerKind::Vraag, QStringLiteral("Zelf aangepast.")).isOk());
    x.answer(x.second, AnswerKind::Aanvulling, QStringLiteral("Nog iets."));
    const QString f = x.answersFile();
    const Unchanged pro(*x.pro.vault);
    auto r = AnswerExchange::importAnswers(*x.pro.vault, professional(), f);
    CHECK(r.code() == ErrorCode::InvalidInput);
    CHECK(r.message().contains(QStringLiteral("tegen")));
    pro.check();
}

TEST_CASE("updates are written per parent copy, with several copies one must be chosen", "[exchange]")
{
    Exchange x;
    const QString second = x.file("tweede.inzage");
    auto r = makeParentCopy(*x.pro.vault, second, pass("tweede ouder"));
    REQUIRE(r.isOk());
    const Status ambiguous = AnswerExchange::exportUpdates(*x.pro.vault, {}, x.nextFile("u"));
    CHECK(ambiguous.code() == ErrorCode::Usage);
    CHECK(ambiguous.message().contains(QStringLiteral("kies voor welk exemplaar")));
    CHECK_FALSE(ambiguous.message().contains(QStringLiteral("--"))); // the CLI names its own option
    CHECK(AnswerExchange::exportUpdates(*x.pro.vault, QStringLiteral("onbekend"), x.nextFile("u")).code()
        == ErrorCode::NotFound);
    const QString forSecond = x.nextFile("u");
    REQUIRE(AnswerExchange::exportUpdates(*x.pro.vault, r->exchangeId, forSecond).isOk());
    auto wrongCopy = AnswerExchange::importUpdates(*x.copy, parent(), forSecond);
    CHECK(wrongCopy.code() == ErrorCode::NotFound);
    CHECK(wrongCopy.message().contains(QStringLiteral("ander ouderexemplaar")));
    const QString forFirst = x.nextFile("u");
    REQUIRE(AnswerExchange::exportUpdates(*x.pro.vault, x.report.exchangeId, forFirst).isOk());
    CHECK(AnswerExchange::importUpdates(*x.copy, parent(), forFirst).isOk());
}

TEST_CASE("no hidden entry text travels in an update file", "[exchange][security]")
{
    Exchange x;
    const Answer a = x.answer(x.first, AnswerKind::Vraag, QStringLiteral("Vraag."));
    x.importAnswers(x.answersFile());
    EntryContent secret = note(QStringLiteral("Geheime notitie over de korhoen."));
    secret.visibleToParent = false;
    const Id hidden = addEntry(*x.pro.vault, secret);
    REQUIRE(
        Answers(*x.pro.vault, professional()).add(hidden, AnswerKind::Vraag, QStringLiteral("korhoen-vraag")).isOk());
    REQUIRE(Answers(*x.pro.vault, professional())
                .handle(answerByUid(*x.pro.vault, a.uid).id, AnswerStatus::Verwerkt, QStringLiteral("Klaar."))
                .isOk());
    const QString f = x.updateFile();
    auto file = SealedFile::parse(readAll(f), SealedFile::Kind::Update);
    REQUIRE(file.isOk());
    auto plain
        = file->open(QByteArray::fromHex(scalarText(*x.pro.vault, "SELECT hex(key) FROM exchange_key").toLatin1()));
    REQUIRE(plain.isOk());
    CHECK(plain->contains("Klaar."));
    CHECK_FALSE(plain->contains("korhoen"));
    CHECK_FALSE(readAll(f).contains("Klaar.")); // and the file itself is sealed
}
