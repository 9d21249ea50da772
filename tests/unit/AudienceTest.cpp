// Who sees what, as a table: every read path, for every audience, against markers that only some
// audiences may see. The audience comes from how the file was opened; the test never tells a read
// path who is reading.
#include "ExchangeSupport.h"

#include "audit/ChangeHistory.h"
#include "dossier/CalendarExport.h"
#include "dossier/CaseFile.h"
#include "dossier/Contacts.h"
#include "dossier/Persons.h"
#include "dossier/SourceApprovals.h"
#include "exchange/SealedFile.h"
#include "exchange/TsvImport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace inzage;
using namespace inzage::test;

namespace {

// Words that occur nowhere else, so finding one means it leaked.
const char* const kShieldedMarkers[] = {"Zeppelinmelder", "buurvrouw-drie-hoog", "Flatbeheer Noord", "06-55512345"};
const char* const kHiddenMarkers[] = {"kwartelkoning", "Geheime sectie", "roerdompgeluid"};
const char* const kOtherParentMarker = "papa-eigen-antwoord";

struct Fixture {
    TempVault pro {kProPass};
    Id melder = 0, mother = 0, father = 0;
    Id bron = 0, feitByMelder = 0, hidden = 0, shownLater = 0;
    QString motherAnswerUid, fatherAnswerUid;

    Fixture()
    {
        Vault& v = *pro.vault;
        // A shielded melder who is also family (role ouder would name her in a small family).
        melder = addPerson(v, QStringLiteral("Zeppelinmelder"), PersonRole::Ouder, QStringLiteral("buurvrouw-drie-hoog"),
                           true, QStringLiteral("art. 5.2.6 Wmo 2015"));
        rawSql(v, "UPDATE person SET phone = '06-55512345', organisation = 'Flatbeheer Noord' WHERE name = "
                  "'Zeppelinmelder'");
        mother = addPerson(v, QStringLiteral("Moeder Visser"), PersonRole::Ouder, QStringLiteral("moeder"));
        father = addPerson(v, QStringLiteral("Vader Visser"), PersonRole::Ouder, QStringLiteral("vader"));

        EntryContent b = note(QStringLiteral("Er is 's avonds vaak geschreeuw te horen."));
        b.label = Label::Bron;
        b.spokenTo = {spoke(melder, QStringLiteral("2026-02-03"), Method::Telefoon)};
        bron = addEntry(v, b);
        // The shielded melder approved what was written (accordering): her name and relation travel
        // with the approval on every read path, and must be masked there too.
        ApprovalInput approval;
        approval.entry = bron;
        approval.by.nameOrId = QStringLiteral("#%1").arg(melder);
        approval.on = QStringLiteral("2026-02-04");
        approval.method = QStringLiteral("telefoon");
        REQUIRE(SourceApprovals(v, professional()).approve(approval).isOk());
        EntryContent f = note(QStringLiteral("De melder zag de kinderen om 23 uur buiten."));
        f.label = Label::Feit;
        f.basisKind = BasisKind::Waarneming;
        f.basisDetail = QStringLiteral("waarneming door Zeppelinmelder, 3 februari");
        f.authorId = melder;
        feitByMelder = addEntry(v, f);
        EntryContent h = note(QStringLiteral("Overleg over de kwartelkoning-zaak."), QStringLiteral("Geheime sectie"));
        h.visibleToParent = false;
        hidden = addEntry(v, h);
        EntryContent later = note(QStringLiteral("Eerste tekst met roerdompgeluid."));
        later.visibleToParent = false;
        shownLater = addEntry(v, later);
        later.text = QStringLiteral("Opgeschoonde tekst voor de ouders.");
        later.visibleToParent = true;
        REQUIRE(Entries(v, professional()).revise(shownLater, later, QStringLiteral("opgeschoond")).isOk());

        auto m = Answers(v, professional()).add(bron, AnswerKind::KloptNiet, QStringLiteral("Dat is niet waar."), mother);
        auto d = Answers(v, professional()).add(bron, AnswerKind::Aanvulling, QString::fromLatin1(kOtherParentMarker),
                                                father);
        REQUIRE(m.isOk());
        REQUIRE(d.isOk());
        motherAnswerUid = m->uid;
        fatherAnswerUid = d->uid;
        // An appointment with the shielded melder: the calendar file names whom it is with.
        Appointment visit;
        visit.kind = AppointmentKind::Afspraak;
        visit.description = QStringLiteral("Gesprek op kantoor");
        visit.plannedAt = QStringLiteral("2026-12-14T14:30");
        visit.personId = melder;
        REQUIRE(CaseFile(v, professional()).addAppointment(visit).isOk());
    }
};

QString json(const QJsonValue& v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson() : QJsonDocument(v.toObject()).toJson());
}

// Everything one read path shows a reader, as one text to search.
using ReadPath = std::function<QString(Vault&)>;

std::vector<std::pair<const char*, ReadPath>> readPaths()
{
    return {
        {"list",
         [](Vault& v) {
             EntryFilter f;
             f.limit = 1000;
             auto r = Entries(v, reviewer()).list(f);
             REQUIRE(r.isOk());
             QJsonArray a;
             for (const Entry& e : *r)
                 a.append(toJson(e));
             return json(a);
         }},
        {"show every id",
         [](Vault& v) {
             QString all;
             for (Id id = 1; id <= 4; ++id) {
                 auto e = Entries(v, reviewer()).get(id);
                 if (e)
                     all += json(toJson(*e));
                 else
                     REQUIRE(e.code() == ErrorCode::NotFound);
             }
             return all;
         }},
        {"history",
         [](Vault& v) {
             QString all;
             for (Id id = 1; id <= 4; ++id) {
                 auto h = Entries(v, reviewer()).history(id);
                 if (!h) {
                     REQUIRE(h.code() == ErrorCode::NotFound);
                     continue;
                 }
                 for (const Entry& e : *h)
                     all += json(toJson(e));
             }
             return all;
         }},
        {"change history",
         [](Vault& v) {
             auto r = ChangeHistory::read(v);
             REQUIRE(r.isOk());
             QStringList lines;
             for (const ChangeLine& l : *r)
                 lines << l.sentence();
             return lines.join(QLatin1Char('\n'));
         }},
        {"sections",
         [](Vault& v) {
             auto s = Entries(v, reviewer()).sections();
             REQUIRE(s.isOk());
             return s->join(QLatin1Char('\n'));
         }},
        {"persons",
         [](Vault& v) {
             auto p = Persons(v, reviewer()).all();
             REQUIRE(p.isOk());
             QJsonArray a;
             for (const Person& x : *p) {
                 a.append(toJson(x));
                 if (x.shielded && x.name.isEmpty() && x.role != PersonRole::Informant)
                     a.append(QStringLiteral("role-leak"));
             }
             return json(a);
         }},
        {"spoken with",
         [](Vault& v) {
             auto c = contactSummary(v);
             REQUIRE(c.isOk());
             QString all;
             for (const ContactSummary& s : *c)
                 all += json(toJson(s.person));
             return all;
         }},
        {"search",
         [](Vault& v) {
             QString all;
             for (const char* word : {"kwartelkoning", "roerdompgeluid", "geschreeuw", "Zeppelinmelder"}) {
                 EntryFilter f;
                 f.search = QString::fromLatin1(word);
                 auto r = Entries(v, reviewer()).list(f);
                 REQUIRE(r.isOk());
                 for (const Entry& e : *r)
                     all += json(toJson(e));
             }
             return all;
         }},
        {"counts",
         [](Vault& v) {
             auto c = Entries(v, reviewer()).counts(EntryFilter {});
             REQUIRE(c.isOk());
             // Four entries exist; a reader who may not see the hidden one counts three.
             return c->total() == 4 ? QStringLiteral("kwartelkoning (counted)") : QString();
         }},
        {"answers",
         [](Vault& v) {
             auto all = Answers(v, reviewer()).all();
             REQUIRE(all.isOk());
             QString out;
             for (const Answer& a : *all) {
                 auto h = Answers(v, reviewer()).history(a.id);
                 REQUIRE(h.isOk());
                 for (const Answer& step : *h)
                     out += json(toJson(step));
             }
             return out;
         }},
        {"export",
         [](Vault& v) {
             auto doc = exportDossier(v);
             REQUIRE(doc.isOk());
             return json(*doc);
         }},
        // Unfolded (RFC 5545 folds lines at 75 octets), so a name split over two lines is still found.
        {"calendar file",
         [](Vault& v) {
             auto ics = CalendarExport::render(v, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC),
                                               QDate(2026, 12, 1));
             REQUIRE(ics.isOk());
             REQUIRE(ics->events >= 1);
             return QString::fromUtf8(ics->text).remove(QStringLiteral("\r\n "));
         }},
    };
}

struct Expectation {
    bool shielded; // may see the shielded source's identity
    bool hidden;   // may see entries, revisions and sections hidden from the family
    bool otherParent;
};

void checkPath(const char* audience, Vault& v, const Expectation& may)
{
    for (const auto& [name, read] : readPaths()) {
        const QString seen = read(v);
        INFO(audience << " / " << name);
        for (const char* m : kShieldedMarkers)
            if (!may.shielded) {
                INFO(m);
                CHECK_FALSE(seen.contains(QString::fromLatin1(m), Qt::CaseInsensitive));
            }
        if (!may.shielded)
            CHECK_FALSE(seen.contains(QStringLiteral("role-leak")));
        for (const char* m : kHiddenMarkers)
            if (!may.hidden) {
                INFO(m);
                CHECK_FALSE(seen.contains(QString::fromLatin1(m), Qt::CaseInsensitive));
            }
        if (!may.otherParent)
            CHECK_FALSE(seen.contains(QString::fromLatin1(kOtherParentMarker)));
    }
}

// The same markers must show where they may be seen, or the table proves nothing.
void checkSeen(Vault& v)
{
    QString all;
    for (const auto& [name, read] : readPaths())
        all += read(v);
    for (const char* m : kShieldedMarkers)
        CHECK(all.contains(QString::fromLatin1(m), Qt::CaseInsensitive));
    for (const char* m : kHiddenMarkers)
        CHECK(all.contains(QString::fromLatin1(m), Qt::CaseInsensitive));
    CHECK(all.contains(QString::fromLatin1(kOtherParentMarker)));
}

QByteArray plaintextOf(Vault& v, const QString& path)
{
    REQUIRE(createPrivateFile(path).isOk());
    Statement attach(v.db(), "ATTACH DATABASE ?1 AS plain KEY ''");
    attach.bind(1, path);
    REQUIRE(attach.exec(QStringLiteral("attach")).isOk());
    rawSql(v, "SELECT sqlcipher_export('plain')");
    rawSql(v, "DETACH DATABASE plain");
    const QByteArray bytes = readAll(path);
    QFile::remove(path);
    return bytes;
}

} // namespace

TEST_CASE("every read path shows each audience only what it may see", "[audience]")
{
    Fixture fx;
    {
        INFO("the professional, vault opened for writing");
        REQUIRE(fx.pro.vault->role() == Role::Professional);
        checkPath("professional", *fx.pro.vault, {true, true, true});
        checkSeen(*fx.pro.vault);
    }
    {
        auto readOnly = Vault::open(fx.pro.path, pass(kProPass), OpenMode::ReadOnly);
        REQUIRE(readOnly.isOk());
        REQUIRE((*readOnly)->role() == Role::Reviewer);
        checkPath("reviewer", **readOnly, {true, true, true});
        checkSeen(**readOnly);
    }
    const QString copyPath = fx.pro.dir.filePath(QStringLiteral("moeder.inzage"));
    auto made = makeParentCopy(*fx.pro.vault, copyPath, pass(kParentPass), QStringLiteral("Moeder Visser"));
    INFO(str(made.message()));
    REQUIRE(made.isOk());
    auto copy = Vault::open(copyPath, pass(kParentPass));
    REQUIRE(copy.isOk());
    REQUIRE((*copy)->role() == Role::Ouder);
    checkPath("parent (her own copy)", **copy, {false, false, false});

    // The shielded source is never silently dropped: the bron still says someone was spoken to.
    auto b = Entries(**copy, parent()).get(fx.bron);
    REQUIRE(b.isOk());
    REQUIRE(b->content.spokenTo.size() == 1);
    CHECK(b->content.spokenTo.front().shielded);
    CHECK(b->content.spokenTo.front().shieldReason.contains(QStringLiteral("5.2.6")));
    // Her own answer is there, the father's is not.
    CHECK(answerByUid(**copy, fx.motherAnswerUid).text == QStringLiteral("Dat is niet waar."));

    SECTION("the parent copy's file holds none of it, not even in deleted pages or the search index")
    {
        const QByteArray plain = plaintextOf(**copy, fx.pro.dir.filePath(QStringLiteral("plain.db")));
        REQUIRE(plain.startsWith("SQLite format 3"));
        for (const char* m : kShieldedMarkers)
            CHECK_FALSE(plain.contains(m));
        for (const char* m : kHiddenMarkers)
            CHECK_FALSE(plain.contains(m));
        CHECK_FALSE(plain.contains(kOtherParentMarker));
    }

    SECTION("the update file for her copy carries none of it")
    {
        const QString updatePath = fx.pro.dir.filePath(QStringLiteral("update.inzage-upd"));
        REQUIRE(AnswerExchange::exportUpdates(*fx.pro.vault, made->exchangeId, updatePath).isOk());
        auto bytes = readSmallFile(updatePath, SealedFile::kMaxSize);
        REQUIRE(bytes.isOk());
        auto sealed = SealedFile::parse(*bytes, SealedFile::Kind::Update);
        REQUIRE(sealed.isOk());
        Statement key(fx.pro.vault->db(), "SELECT key FROM exchange_key WHERE exchange_id = ?1");
        key.bind(1, made->exchangeId);
        REQUIRE(key.step() == SQLITE_ROW);
        auto payload = sealed->open(key.blob(0));
        REQUIRE(payload.isOk());
        CHECK(payload->contains(fx.motherAnswerUid.toUtf8()));
        CHECK_FALSE(payload->contains(fx.fatherAnswerUid.toUtf8()));
        CHECK_FALSE(payload->contains(kOtherParentMarker));
        for (const char* m : kShieldedMarkers)
            CHECK_FALSE(payload->contains(m));
        // Read in, twice: nothing of the father's appears, and the second time changes nothing.
        auto first = AnswerExchange::importUpdates(**copy, parent(), updatePath);
        REQUIRE(first.isOk());
        auto second = AnswerExchange::importUpdates(**copy, parent(), updatePath);
        REQUIRE(second.isOk());
        CHECK(second->changedNothing());
        CHECK(scalar(**copy, "SELECT count(*) FROM answer_revision WHERE text LIKE '%papa%'") == 0);
    }
}

TEST_CASE("two parents: each copy holds only that parent's answers until the professional shares one",
          "[audience][ouderexemplaar]")
{
    Fixture fx;
    const QString fatherPath = fx.pro.dir.filePath(QStringLiteral("vader.inzage"));
    auto before = makeParentCopy(*fx.pro.vault, fatherPath, pass("vader eigen"), QStringLiteral("Vader Visser"));
    REQUIRE(before.isOk());
    CHECK(before->answers == 1);
    {
        auto copy = Vault::open(fatherPath, pass("vader eigen"));
        REQUIRE(copy.isOk());
        CHECK_FALSE(json(*exportDossier(**copy)).contains(QStringLiteral("Dat is niet waar.")));
        CHECK((*copy)->parentName() == QStringLiteral("Vader Visser"));
    }

    // Sharing is the professional's audited command; the father may read it, not change it.
    const Id motherAnswer = answerByUid(*fx.pro.vault, fx.motherAnswerUid).id;
    REQUIRE(Answers(*fx.pro.vault, professional()).share(motherAnswer, fx.father).isOk());
    CHECK(scalarText(*fx.pro.vault, "SELECT action FROM audit ORDER BY seq DESC LIMIT 1")
          == QStringLiteral("answer.share"));
    CHECK(Answers(*fx.pro.vault, professional()).share(motherAnswer, fx.mother).code() == ErrorCode::Exists);
    const QString update = fx.pro.dir.filePath(QStringLiteral("vader.inzage-upd"));
    REQUIRE(AnswerExchange::exportUpdates(*fx.pro.vault, before->exchangeId, update).isOk());
    auto copy = Vault::open(fatherPath, pass("vader eigen"));
    REQUIRE(copy.isOk());
    auto imported = AnswerExchange::importUpdates(**copy, parent(), update);
    INFO(str(imported.message()));
    REQUIRE(imported.isOk());
    const Answer shared = answerByUid(**copy, fx.motherAnswerUid);
    CHECK(shared.text == QStringLiteral("Dat is niet waar."));
    // The mother is not a person in the father's copy; the answer is kept as shared with him.
    CHECK(shared.ownerId != (*copy)->parentPersonId());
    CHECK(scalar(**copy, "SELECT count(*) FROM answer_share") == 1);
    CHECK(Answers(**copy, parent()).revise(shared.id, AnswerKind::Klopt, QStringLiteral("Toch wel.")).code()
          == ErrorCode::Forbidden);
}

TEST_CASE("two parents revising in parallel never block each other's later answer files", "[audience][exchange]")
{
    Fixture fx;
    const QString motherPath = fx.pro.dir.filePath(QStringLiteral("moeder.inzage"));
    const QString fatherPath = fx.pro.dir.filePath(QStringLiteral("vader.inzage"));
    REQUIRE(makeParentCopy(*fx.pro.vault, motherPath, pass("moeder eigen"), QStringLiteral("Moeder Visser")).isOk());
    REQUIRE(makeParentCopy(*fx.pro.vault, fatherPath, pass("vader eigen"), QStringLiteral("Vader Visser")).isOk());
    auto mother = Vault::open(motherPath, pass("moeder eigen"));
    auto father = Vault::open(fatherPath, pass("vader eigen"));
    REQUIRE(mother.isOk());
    REQUIRE(father.isOk());
    // Each changes their own answer, and each adds one, at the same time.
    const Answer m = answerByUid(**mother, fx.motherAnswerUid);
    const Answer f = answerByUid(**father, fx.fatherAnswerUid);
    REQUIRE(Answers(**mother, parent()).revise(m.id, AnswerKind::KloptNiet, QStringLiteral("Moeder: nog eens.")).isOk());
    REQUIRE(Answers(**father, parent()).revise(f.id, AnswerKind::Aanvulling, QStringLiteral("Vader: nog eens.")).isOk());
    REQUIRE(Answers(**mother, parent()).add(fx.feitByMelder, AnswerKind::Vraag, QStringLiteral("Wie zag dat?")).isOk());
    REQUIRE(Answers(**father, parent()).add(fx.feitByMelder, AnswerKind::Vraag, QStringLiteral("Wanneer?")).isOk());
    const QString mFile = fx.pro.dir.filePath(QStringLiteral("m.inzage-antw"));
    const QString fFile = fx.pro.dir.filePath(QStringLiteral("v.inzage-antw"));
    REQUIRE(AnswerExchange::exportAnswers(**mother, mFile).isOk());
    REQUIRE(AnswerExchange::exportAnswers(**father, fFile).isOk());
    for (const QString& file : {fFile, mFile, fFile}) {
        auto r = AnswerExchange::importAnswers(*fx.pro.vault, professional(), file);
        INFO(str(r.message()));
        CHECK(r.isOk());
    }
    CHECK(answerByUid(*fx.pro.vault, fx.motherAnswerUid).text == QStringLiteral("Moeder: nog eens."));
    CHECK(answerByUid(*fx.pro.vault, fx.fatherAnswerUid).text == QStringLiteral("Vader: nog eens."));
    // The history names each parent, not just "ouder".
    CHECK(answerByUid(*fx.pro.vault, fx.fatherAnswerUid).changedBy == QStringLiteral("Vader Visser (ouder)"));
    CHECK(scalar(*fx.pro.vault, "SELECT count(*) FROM answer") == 4);
}

TEST_CASE("a parent copy is only for a parent or a child from 12, and needs a name when there are two",
          "[audience][ouderexemplaar]")
{
    Fixture fx;
    const QString dest = fx.pro.dir.filePath(QStringLiteral("x.inzage"));
    auto noName = makeParentCopy(*fx.pro.vault, dest, pass("x"));
    CHECK(noName.code() == ErrorCode::Usage);
    CHECK(noName.message().contains(QStringLiteral("Moeder Visser")));
    CHECK(noName.message().contains(QStringLiteral("Vader Visser")));
    const Id teacher = addPerson(*fx.pro.vault, QStringLiteral("Juf Anna"));
    (void)teacher;
    CHECK(makeParentCopy(*fx.pro.vault, dest, pass("x"), QStringLiteral("Juf Anna")).code() == ErrorCode::InvalidInput);
    CHECK(makeParentCopy(*fx.pro.vault, dest, pass("x"), QStringLiteral("Zeppelinmelder")).code()
          == ErrorCode::InvalidInput);
    const Id young = addPerson(*fx.pro.vault, QStringLiteral("Daan Visser"), PersonRole::Kind, QStringLiteral("zoon"));
    const Id teen = addPerson(*fx.pro.vault, QStringLiteral("Noor Visser"), PersonRole::Kind, QStringLiteral("dochter"));
    const QDate today = QDate::currentDate();
    rawSql(*fx.pro.vault, QByteArray("UPDATE person SET birth_date = '" + today.addYears(-8).toString(Qt::ISODate).toLatin1()
                                     + "' WHERE id = " + QByteArray::number(qint64(young)))
                              .constData());
    rawSql(*fx.pro.vault, QByteArray("UPDATE person SET birth_date = '" + today.addYears(-13).toString(Qt::ISODate).toLatin1()
                                     + "' WHERE id = " + QByteArray::number(qint64(teen)))
                              .constData());
    auto tooYoung = makeParentCopy(*fx.pro.vault, dest, pass("x"), QStringLiteral("Daan Visser"));
    CHECK(tooYoung.code() == ErrorCode::InvalidInput);
    CHECK(tooYoung.message().contains(QStringLiteral("12")));
    CHECK_FALSE(QFile::exists(dest));
    auto child = makeParentCopy(*fx.pro.vault, dest, pass("x"), QStringLiteral("Noor Visser"));
    INFO(str(child.message()));
    REQUIRE(child.isOk());
    auto copy = Vault::open(dest, pass("x"));
    REQUIRE(copy.isOk());
    CHECK((*copy)->parentPersonId() == teen);
    CHECK(Answers(**copy, parent()).all()->empty()); // neither parent's answers
}

TEST_CASE("the parent's passphrase must differ from the professional's, checked in the core",
          "[audience][ouderexemplaar]")
{
    Fixture fx;
    ParentCopyRequest request;
    request.destination = fx.pro.dir.filePath(QStringLiteral("x.inzage"));
    request.forPerson.nameOrId = QStringLiteral("Moeder Visser");
    request.kdf = KdfParams::fastForTests();
    const SecureBytes own = pass(kProPass);
    request.ownPassphrase = &own;
    auto same = ParentCopy::create(*fx.pro.vault, professional(), request, pass(kProPass));
    CHECK(same.code() == ErrorCode::InvalidInput);
    CHECK(same.message().contains(QStringLiteral("ander wachtwoord")));
    CHECK_FALSE(QFile::exists(request.destination));
    CHECK(ParentCopy::create(*fx.pro.vault, professional(), request, pass("iets anders")).isOk());
}

TEST_CASE("an imported feit observed by a shielded source never carries their name in its basis", "[audience][tsv]")
{
    Fixture fx;
    auto rows = parseTsv("section\tlabel\tspoken_to\ttext\n"
                         "Aanleiding\tfeit\tZeppelinmelder\tDe kinderen stonden om 23 uur buiten.\n");
    REQUIRE(rows.isOk());
    auto ids = importTsv(*fx.pro.vault, professional(), *rows);
    INFO(str(ids.message()));
    REQUIRE(ids.isOk());
    auto e = Entries(*fx.pro.vault, professional()).get(ids->front());
    REQUIRE(e.isOk());
    CHECK(e->content.basisKind == BasisKind::Waarneming);
    CHECK_FALSE(e->content.basisDetail.contains(QStringLiteral("Zeppelinmelder")));
    CHECK(e->authorName == QStringLiteral("Zeppelinmelder")); // the professional knows who
}

TEST_CASE("what an update file brings after the copy was made is masked and filtered like the copy itself",
          "[audience][exchange][updates]")
{
    Fixture fx;
    Vault& v = *fx.pro.vault;
    const QString copyPath = fx.pro.dir.filePath(QStringLiteral("moeder.inzage"));
    auto made = makeParentCopy(v, copyPath, pass(kParentPass), QStringLiteral("Moeder Visser"));
    REQUIRE(made.isOk());
    auto copy = Vault::open(copyPath, pass(kParentPass));
    REQUIRE(copy.isOk());

    // After the copy: a new bron told by the shielded melder and approved by her, a new feit whose
    // basis names her, an appointment with her, a new hidden entry in a hidden section, a hidden
    // revision of the entry that is already hidden, and the father's new answer.
    EntryContent b = note(QStringLiteral("Later: weer lawaai in de nacht."));
    b.label = Label::Bron;
    b.spokenTo = {spoke(fx.melder, QStringLiteral("2026-03-01"), Method::Gesprek)};
    const Id laterBron = addEntry(v, b);
    ApprovalInput approval;
    approval.entry = laterBron;
    approval.by.nameOrId = QStringLiteral("#%1").arg(fx.melder);
    approval.on = QStringLiteral("2026-03-02");
    approval.method = QStringLiteral("gesprek");
    REQUIRE(SourceApprovals(v, professional()).approve(approval).isOk());
    EntryContent f = note(QStringLiteral("Later gezien: de kinderen buiten."));
    f.label = Label::Feit;
    f.basisKind = BasisKind::Waarneming;
    f.basisDetail = QStringLiteral("waarneming door Zeppelinmelder, 1 maart");
    addEntry(v, f);
    Appointment meeting;
    meeting.description = QStringLiteral("Gesprek over de melding");
    meeting.plannedAt = QStringLiteral("2026-03-10T09:00");
    meeting.personId = fx.melder;
    REQUIRE(CaseFile(v, professional()).addAppointment(meeting).isOk());
    EntryContent h = note(QStringLiteral("Tweede kwartelkoning-overleg."), QStringLiteral("Geheime sectie"));
    h.visibleToParent = false;
    addEntry(v, h);
    EntryContent again = note(QStringLiteral("Overleg over de kwartelkoning-zaak, met roerdompgeluid."),
                              QStringLiteral("Geheime sectie"));
    again.visibleToParent = false;
    REQUIRE(Entries(v, professional()).revise(fx.hidden, again, QStringLiteral("aangevuld")).isOk());
    REQUIRE(Answers(v, professional())
                .add(laterBron, AnswerKind::Aanvulling, QString::fromLatin1(kOtherParentMarker), fx.father)
                .isOk());

    const QString updatePath = fx.pro.dir.filePath(QStringLiteral("update.inzage-upd"));
    REQUIRE(AnswerExchange::exportUpdates(v, made->exchangeId, updatePath).isOk());
    auto bytes = readSmallFile(updatePath, SealedFile::kMaxSize);
    REQUIRE(bytes.isOk());
    auto sealed = SealedFile::parse(*bytes, SealedFile::Kind::Update);
    REQUIRE(sealed.isOk());
    Statement key(v.db(), "SELECT key FROM exchange_key WHERE exchange_id = ?1");
    key.bind(1, made->exchangeId);
    REQUIRE(key.step() == SQLITE_ROW);
    auto payload = sealed->open(key.blob(0));
    REQUIRE(payload.isOk());
    CHECK(payload->contains("Later: weer lawaai")); // the new rows are there, so the checks below mean something
    CHECK(payload->contains("Gesprek over de melding"));
    for (const char* m : kShieldedMarkers) {
        INFO(m);
        CHECK_FALSE(payload->contains(m));
    }
    for (const char* m : kHiddenMarkers) {
        INFO(m);
        CHECK_FALSE(payload->contains(m));
    }
    CHECK_FALSE(payload->contains(kOtherParentMarker));

    auto in = AnswerExchange::importUpdates(**copy, parent(), updatePath);
    INFO(str(in.message()));
    REQUIRE(in.isOk());
    CHECK(in->content.newEntries == 2);
    CHECK(in->content.appointments == 1);
    checkPath("parent (her copy after the update)", **copy, {false, false, false});
    const QByteArray plain = plaintextOf(**copy, fx.pro.dir.filePath(QStringLiteral("plain.db")));
    for (const char* m : kShieldedMarkers)
        CHECK_FALSE(plain.contains(m));
    for (const char* m : kHiddenMarkers)
        CHECK_FALSE(plain.contains(m));
    CHECK_FALSE(plain.contains(kOtherParentMarker));
    auto again2 = AnswerExchange::importUpdates(**copy, parent(), updatePath);
    REQUIRE(again2.isOk());
    CHECK(again2->changedNothing());
}
