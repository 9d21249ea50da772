#include "ExchangeSupport.h"

#include "audit/AuditChain.h"

#include <QFile>

#include <set>

using namespace inzage;
using namespace inzage::test;

namespace {

// The decrypted content of a vault as one plaintext SQLite file, written with sqlcipher_export into
// an unkeyed attachment: every table, index and FTS shadow table the copy holds, as bytes to grep.
QByteArray decryptedBytes(Vault& v, const QString& path)
{
    REQUIRE(createPrivateFile(path).isOk()); // the connection may open, not create, files
    Statement attach(v.db(), "ATTACH DATABASE ?1 AS plain KEY ''");
    attach.bind(1, path);
    const Status attached = attach.exec(QStringLiteral("attach"));
    INFO(attached.message().toStdString() << " / " << sqlite3_errmsg(v.db()));
    REQUIRE(attached.isOk());
    rawSql(v, "SELECT sqlcipher_export('plain')");
    rawSql(v, "DETACH DATABASE plain");
    const QByteArray bytes = readAll(path);
    REQUIRE(bytes.startsWith("SQLite format 3"));
    QFile::remove(path);
    return bytes;
}

EntryContent hidden(const QString& text)
{
    EntryContent c = note(text, QStringLiteral("Intern"));
    c.visibleToParent = false;
    return c;
}

std::set<Id> entryIds(Vault& v)
{
    std::set<Id> out;
    Statement st(v.db(), "SELECT id FROM entry");
    while (st.step() == SQLITE_ROW)
        out.insert(st.integer(0));
    return out;
}

struct Dossier {
    Id melder = 0, teacher = 0, onlyHidden = 0;
    Id visible = 0, secret = 0, hiddenLater = 0, shownLater = 0, opinion = 0, secretFeit = 0;
};

Dossier fill(Vault& v)
{
    Dossier d;
    d.melder = addPerson(v, QStringLiteral("Gerda Geheimhouder"), PersonRole::Informant,
        QStringLiteral("buurvrouw-van-drie-hoog"), true,
        QStringLiteral("Melder afgeschermd op grond van art. 5.2.6 Wmo 2015"));
    rawSql(v, "UPDATE person SET phone = '06-99887766' WHERE name = 'Gerda Geheimhouder'");
    d.teacher = addPerson(v, QStringLiteral("Meester Jansen"));
    d.onlyHidden = addPerson(v, QStringLiteral("Dokter Verborgenveld"));

    EntryContent bron = note(QStringLiteral("De buurvrouw hoorde geschreeuw in de nacht."));
    bron.label = Label::Bron;
    bron.spokenTo = { spoke(d.melder, QStringLiteral("2024-03-01"), Method::Telefoon) };
    d.visible = addEntry(v, bron);

    EntryContent secret = hidden(QStringLiteral("Interne werkhypothese zeppelinvormig onderzoek."));
    secret.label = Label::Bron;
    secret.spokenTo = { spoke(d.onlyHidden) };
    d.secret = addEntry(v, secret);

    d.hiddenLater = addEntry(v, QStringLiteral("Eerst zichtbaar, later verborgen kwartelkoning."));
    EntryContent later = hidden(QStringLiteral("Nu verborgen roerdompgeluid."));
    REQUIRE(Entries(v, professional()).revise(d.hiddenLater, later, QStringLiteral("verbergen")).isOk());

    d.shownLater = addEntry(v, hidden(QStringLiteral("Concept met ijsvogelnaam van de melder.")));
    REQUIRE(Entries(v, professional())
                .revise(d.shownLater, note(QStringLiteral("Opgeschoonde tekst voor de ouders.")),
                    QStringLiteral("vrijgeven"))
                .isOk());

    d.secretFeit = addEntry(v, [] {
        EntryContent c = feit(QStringLiteral("Verborgen feit over de goudplevier."));
        c.visibleToParent = false;
        return c;
    }());
    EntryContent mening = note(QStringLiteral("Zorgen over de slaap van het kind."));
    mening.label = Label::Mening;
    mening.restsOn = { d.secretFeit };
    d.opinion = addEntry(v, mening);
    return d;
}

} // namespace

TEST_CASE("a parent copy holds only what the parent may see, hidden text is nowhere in the file", "[ouderexemplaar]")
{
    ExchangePair p;
    const Dossier d = fill(*p.pro.vault);
    // An answer to an entry that is hidden now stays out as well.
    REQUIRE(Answers(*p.pro.vault, professional())
                .add(d.hiddenLater, AnswerKind::Vraag, QStringLiteral("Vraag over de kwartelkoning?"))
                .isOk());
    p.makeCopy();
    Vault& c = *p.copy;

    CHECK(c.kind() == VaultKind::Ouderexemplaar);
    CHECK(entryIds(c) == std::set<Id> { d.visible, d.shownLater, d.opinion });
    CHECK(p.report.entries == 3);
    CHECK(p.report.leftOut == 3);
    CHECK(scalar(c, "SELECT count(*) FROM answer") == 0);
    // Lists and counts read the entry's copies of its current revision's label, section and
    // visibility, so they travel along.
    CHECK(scalar(c, "SELECT count(*) FROM entry e JOIN entry_revision r ON r.id = e.current_revision_id "
                    "WHERE e.label = r.label AND e.section = r.section AND e.visible_to_parent = r.visible_to_parent")
          == 3);

    // The older, hidden revision of an entry shown later is absent; its visible revision is there.
    auto history = Entries(c, parent()).history(d.shownLater);
    REQUIRE(history.isOk());
    REQUIRE(history->size() == 1);
    CHECK(history->front().rev == 2);
    CHECK(history->front().content.text == QStringLiteral("Opgeschoonde tekst voor de ouders."));

    // A mening keeps only the feiten the parent can see.
    auto opinion = Entries(c, parent()).get(d.opinion);
    REQUIRE(opinion.isOk());
    CHECK(opinion->content.restsOn.empty());

    const QByteArray plain = decryptedBytes(c, p.file("plain.db"));
    for (const char* secret : { "zeppelinvormig", "kwartelkoning", "roerdompgeluid", "ijsvogelnaam", "goudplevier",
             "Geheimhouder", "buurvrouw-van-drie-hoog", "06-99887766", "Verborgenveld" }) {
        INFO(secret);
        CHECK_FALSE(plain.contains(secret));
    }
    CHECK(plain.contains("De buurvrouw hoorde geschreeuw"));
    CHECK(plain.contains("art. 5.2.6 Wmo 2015"));
    CHECK(scalar(c, "PRAGMA freelist_count") == 0); // no leftover pages that the export would skip

    // The search index knows only the copied text.
    for (const char* word : { "zeppelinvormig", "kwartelkoning", "roerdompgeluid", "ijsvogelnaam" }) {
        EntryFilter f;
        f.search = buildSearchQuery(QString::fromLatin1(word));
        auto found = Entries(c, parent()).list(f);
        REQUIRE(found.isOk());
        CHECK(found->empty());
    }
    EntryFilter f;
    f.search = buildSearchQuery(QStringLiteral("geschreeuw"));
    auto found = Entries(c, parent()).list(f);
    REQUIRE(found.isOk());
    CHECK(found->size() == 1);
}

TEST_CASE("a shielded source appears in the copy as afgeschermde bron with the legal reason", "[ouderexemplaar]")
{
    ExchangePair p;
    const Dossier d = fill(*p.pro.vault);
    const Id second = addPerson(*p.pro.vault, QStringLiteral("Tweede Melder"), PersonRole::Informant,
        QStringLiteral("oom"), true, QStringLiteral("Afgeschermd: veiligheid van de melder"));
    EntryContent bron = note(QStringLiteral("Een tweede melding."));
    bron.label = Label::Bron;
    bron.spokenTo = { spoke(second) };
    addEntry(*p.pro.vault, bron);
    p.makeCopy();

    auto person = Persons(*p.copy, parent()).get(d.melder);
    REQUIRE(person.isOk());
    CHECK(person->name.isEmpty()); // a flag, named at display time in the reader's language
    CHECK(person->role == PersonRole::Informant);
    CHECK(person->shielded);
    CHECK(person->shieldReason == QStringLiteral("Melder afgeschermd op grond van art. 5.2.6 Wmo 2015"));
    CHECK(person->relation.isEmpty());
    CHECK(person->organisation.isEmpty());
    CHECK(person->phone.isEmpty());
    // Two shielded persons share the name in the copy.
    CHECK(scalar(*p.copy, "SELECT count(*) FROM person WHERE shielded = 1 AND name = '' AND role = 'informant'") == 2);
    CHECK(p.report.shieldedPersons == 2);
    // A person named only beside hidden entries is not in the copy at all.
    CHECK(Persons(*p.copy, parent()).get(d.onlyHidden).code() == ErrorCode::NotFound);
    CHECK(Persons(*p.copy, parent()).get(d.teacher).code() == ErrorCode::NotFound);

    auto e = Entries(*p.copy, parent()).get(d.visible);
    REQUIRE(e.isOk());
    REQUIRE(e->content.spokenTo.size() == 1);
    CHECK(e->content.spokenTo.front().name.isEmpty()); // a flag, named at display time
    CHECK(e->content.spokenTo.front().shielded);
    CHECK(e->content.spokenTo.front().shieldReason.contains(QStringLiteral("5.2.6")));
    CHECK(e->content.spokenTo.front().method == Method::Telefoon);
}

TEST_CASE("a parent copy does not open with the professional's passphrase", "[ouderexemplaar][security]")
{
    ExchangePair p;
    addEntry(*p.pro.vault, QStringLiteral("x"));
    p.makeCopy();
    p.copy.reset();
    const QByteArray before = readAll(p.copyPath);
    auto wrong = Vault::open(p.copyPath, pass(kProPass));
    CHECK(wrong.code() == ErrorCode::WrongPassphrase);
    CHECK(wrong.message().contains(QStringLiteral("wachtwoord")));
    CHECK(readAll(p.copyPath) == before);
    CHECK(Vault::open(p.copyPath, pass(kParentPass)).isOk());
}

TEST_CASE(
    "the copy has its own audit chain, exchange id and key, and the professional's log records it", "[ouderexemplaar]")
{
    ExchangePair p;
    addEntry(*p.pro.vault, QStringLiteral("x"));
    const std::int64_t proAudit = auditRows(*p.pro.vault);
    p.makeCopy();
    Vault& c = *p.copy;
    CHECK(auditRows(c) == 2);
    CHECK(scalarText(c, "SELECT action FROM audit WHERE seq = 1") == QStringLiteral("parent-copy.create"));
    CHECK(scalarText(c, "SELECT action FROM audit WHERE seq = 2") == QStringLiteral("parent-copy.entries"));
    auto verdict = AuditChain::verify(c.db());
    REQUIRE(verdict.isOk());
    CHECK(verdict->intact);
    CHECK(scalarText(c, "SELECT value FROM meta WHERE key = 'exchange_id'") == p.report.exchangeId);
    CHECK(scalarText(c, "SELECT value FROM meta WHERE key = 'dossier_uid'")
        == scalarText(*p.pro.vault, "SELECT uid FROM dossier"));
    CHECK(scalarText(c, "SELECT hex(key) FROM exchange_key")
        == scalarText(*p.pro.vault, "SELECT hex(key) FROM exchange_key"));
    CHECK(scalar(c, "SELECT length(key) FROM exchange_key") == 32);

    // The professional's vault: a dossier uid was made for the exchange, and the copy is logged.
    CHECK(auditRows(*p.pro.vault) == proAudit + 2);
    CHECK(scalarText(*p.pro.vault, "SELECT action FROM audit ORDER BY seq DESC LIMIT 1")
        == QStringLiteral("parent-copy.make"));
}

TEST_CASE("in the parent copy only the parent writes, and only answers", "[ouderexemplaar][roles]")
{
    ExchangePair p;
    const Id entry = addEntry(*p.pro.vault, QStringLiteral("Moeder was te laat."));
    p.makeCopy();
    Vault& c = *p.copy;
    CHECK(Entries(c, professional()).add(note(QStringLiteral("nieuw"))).code() == ErrorCode::Forbidden);
    CHECK(Persons(c, professional())
              .add(Person { 0, QStringLiteral("X"), PersonRole::Informant, {}, {}, {}, false, {}, {} })
              .code()
        == ErrorCode::Forbidden);
    // Whoever is named, an answer here is the copy's parent's.
    auto a = Answers(c, professional()).add(entry, AnswerKind::KloptNiet, QStringLiteral("Ik was op tijd."));
    REQUIRE(a.isOk());
    CHECK(a->ownerId == p.mother);
    CHECK(a->changedBy == QStringLiteral("Moeder Visser (ouder)"));
    CHECK(Answers(c, professional()).handle(a->id, AnswerStatus::Verwerkt, QStringLiteral("ok")).code()
        == ErrorCode::Forbidden);
}

TEST_CASE("answers already given travel into a new copy with their status and reply", "[ouderexemplaar][answers]")
{
    ExchangePair p;
    const Id entry = addEntry(*p.pro.vault, QStringLiteral("x"));
    auto a = Answers(*p.pro.vault, professional()).add(entry, AnswerKind::Vraag, QStringLiteral("Wie zei dit?"), p.mother);
    REQUIRE(a.isOk());
    REQUIRE(Answers(*p.pro.vault, professional())
                .handle(a->id, AnswerStatus::Verwerkt, QStringLiteral("De school."))
                .isOk());
    p.makeCopy();
    CHECK(p.report.answers == 1);
    const Answer inCopy = answerByUid(*p.copy, a->uid);
    CHECK(inCopy.status == AnswerStatus::Verwerkt);
    CHECK(inCopy.reply == QStringLiteral("De school."));
    CHECK(inCopy.rev == 2);
}

TEST_CASE(
    "a parent copy is refused from a parent copy, over an existing file, and over the vault itself", "[ouderexemplaar]")
{
    ExchangePair p;
    addEntry(*p.pro.vault, QStringLiteral("x"));
    p.makeCopy();
    const QString again = p.file("nogmaals.inzage");
    auto fromCopy = makeParentCopy(*p.copy, again, pass("iets"));
    CHECK(fromCopy.code() == ErrorCode::Forbidden);
    CHECK_FALSE(QFile::exists(again));

    const QByteArray before = readAll(p.copyPath);
    const std::int64_t audit = auditRows(*p.pro.vault);
    auto over = makeParentCopy(*p.pro.vault, p.copyPath, pass("iets"));
    CHECK(over.code() == ErrorCode::Exists);
    CHECK(readAll(p.copyPath) == before);
    CHECK(makeParentCopy(*p.pro.vault, p.pro.path, pass("iets")).code() == ErrorCode::Exists);
    {
        // A reviewer (the vault opened read-only) cannot make one, whatever actor is named.
        auto readOnly = Vault::open(p.pro.path, pass(kProPass), OpenMode::ReadOnly);
        REQUIRE(readOnly.isOk());
        CHECK(makeParentCopy(**readOnly, again, pass("iets")).code() == ErrorCode::Forbidden);
    }
    CHECK_FALSE(QFile::exists(again));
    CHECK(auditRows(*p.pro.vault) == audit);
    CHECK(scalar(*p.pro.vault, "SELECT count(*) FROM exchange_key") == 1);
}
