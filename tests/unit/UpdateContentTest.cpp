// Update files keep the parent's copy current: each kind of change the professional makes arrives
// in the copy, through the parent's Audience, and a second import of the same file changes nothing.
#include "DocumentFixtures.h"
#include "ExchangeSupport.h"

#include "audit/AuditChain.h"
#include "audit/EntryCheck.h"
#include "dossier/SourceApprovals.h"
#include "exchange/DocumentImport.h"
#include "exchange/DocumentReader.h"
#include "exchange/SealedFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace inzage;
using namespace inzage::test;

namespace {

struct Updates : ExchangePair {
    Id first = 0, second = 0;
    int files = 0;

    Updates()
    {
        first = addEntry(*pro.vault, QStringLiteral("Moeder kwam te laat op de afspraak."));
        second = addEntry(*pro.vault, QStringLiteral("Het kind sliep slecht volgens school."));
        makeCopy();
    }

    QString updateFile()
    {
        const QString f = pro.dir.filePath(QStringLiteral("update-%1.bin").arg(++files));
        const Status s = AnswerExchange::exportUpdates(*pro.vault, {}, f);
        INFO(str(s.message()));
        REQUIRE(s.isOk());
        return f;
    }

    QByteArray copyBytes() const { return readAll(copyPath) + "|" + readAll(copyPath + QStringLiteral("-wal")); }

    // Imports the file, then again: the second time reports nothing and leaves the file as it was.
    ExchangeImportReport importTwice(const QString& f)
    {
        auto r = AnswerExchange::importUpdates(*copy, parent(), f);
        INFO(str(r.message()));
        REQUIRE(r.isOk());
        const QByteArray before = copyBytes();
        const std::int64_t audit = auditRows(*copy);
        auto again = AnswerExchange::importUpdates(*copy, parent(), f);
        INFO(str(again.message()));
        REQUIRE(again.isOk());
        CHECK(again->changedNothing());
        CHECK(again->content.total() == 0);
        CHECK(auditRows(*copy) == audit);
        CHECK(copyBytes() == before);
        intact();
        return *r;
    }

    void intact() const
    {
        auto chain = AuditChain::verify(copy->db());
        REQUIRE(chain.isOk());
        INFO(str(chain->problem));
        CHECK(chain->intact);
        auto entries = EntryCheck::run(*copy);
        REQUIRE(entries.isOk());
        INFO(str(entries->problem));
        CHECK(entries->intact);
    }

    Entry inCopy(Id id) const
    {
        auto e = Entries(*copy, parent()).get(id);
        INFO(str(e.message()));
        REQUIRE(e.isOk());
        return *e;
    }
};

QByteArray keyOf(Vault& v)
{
    Statement st(v.db(), "SELECT key FROM exchange_key LIMIT 1");
    REQUIRE(st.step() == SQLITE_ROW);
    return st.blob(0);
}

// Opens an update file, lets `edit` change its payload, and seals it again under the same key: a
// file a (buggy or newer) sender could have made, authentic but not what this version writes.
void reseal(Vault& pro, const QString& path, const std::function<void(QJsonObject&)>& edit)
{
    auto bytes = readSmallFile(path, SealedFile::kMaxSize);
    REQUIRE(bytes.isOk());
    auto sealed = SealedFile::parse(*bytes, SealedFile::Kind::Update);
    REQUIRE(sealed.isOk());
    const QByteArray key = keyOf(pro);
    auto plain = sealed->open(key);
    REQUIRE(plain.isOk());
    QJsonObject payload = QJsonDocument::fromJson(*plain).object();
    edit(payload);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(SealedFile::seal(SealedFile::Kind::Update, sealed->dossierUid, sealed->exchangeId, key,
        QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

} // namespace

TEST_CASE("new entries reach the parent copy with who was spoken to, basis, holder, rests-on and approvals",
    "[exchange][updates]")
{
    Updates x;
    Vault& v = *x.pro.vault;
    const Id juf = addPerson(v, QStringLiteral("Juf Bos"), PersonRole::Informant, QStringLiteral("leerkracht"));
    EntryContent f = feit(QStringLiteral("Het kind was drie keer afwezig."));
    f.basisKind = BasisKind::Document;
    f.basisDetail = QStringLiteral("verzuimlijst school, 2 februari");
    const Id feitId = addEntry(v, f);
    EntryContent b = note(QStringLiteral("De juf zegt dat het kind moe is."));
    b.label = Label::Bron;
    b.spokenTo = { spoke(juf, QStringLiteral("2026-02-03"), Method::Telefoon) };
    const Id bronId = addEntry(v, b);
    ApprovalInput ok;
    ok.entry = bronId;
    ok.by.nameOrId = QStringLiteral("Juf Bos");
    ok.on = QStringLiteral("2026-02-05");
    ok.method = QStringLiteral("schriftelijk");
    REQUIRE(SourceApprovals(v, professional()).approve(ok).isOk());
    EntryContent m = note(QStringLiteral("Het verzuim baart zorgen."));
    m.label = Label::Mening;
    m.holderId = juf;
    m.restsOn = { feitId };
    const Id meningId = addEntry(v, m);

    const ExchangeImportReport r = x.importTwice(x.updateFile());
    CHECK(r.content.newEntries == 3);
    CHECK(r.content.changedEntries == 0);
    CHECK(r.content.otherRows >= 2); // the person Juf Bos and the approval
    const Entry inF = x.inCopy(feitId);
    CHECK(inF.content.basisKind == BasisKind::Document);
    CHECK(inF.content.basisDetail == QStringLiteral("verzuimlijst school, 2 februari"));
    const Entry inB = x.inCopy(bronId);
    REQUIRE(inB.content.spokenTo.size() == 1);
    CHECK(inB.content.spokenTo.front().name == QStringLiteral("Juf Bos"));
    CHECK(scalar(*x.copy, "SELECT count(*) FROM source_approval") == 1);
    const Entry inM = x.inCopy(meningId);
    CHECK(inM.holderName == QStringLiteral("Juf Bos"));
    CHECK(inM.content.restsOn == std::vector<Id> { feitId });
    // The search index of the copy finds the new entry.
    EntryFilter search;
    search.search = QStringLiteral("verzuim");
    auto found = Entries(*x.copy, parent()).list(search);
    REQUIRE(found.isOk());
    CHECK(found->size() == 1);
}

TEST_CASE("a new revision reaches the copy and the parent's answer on the entry stays", "[exchange][updates]")
{
    Updates x;
    auto mine = Answers(*x.copy, parent()).add(x.first, AnswerKind::KloptNiet, QStringLiteral("Ik was op tijd."));
    REQUIRE(mine.isOk());
    EntryContent c = note(QStringLiteral("Moeder kwam vijf minuten te laat."));
    REQUIRE(Entries(*x.pro.vault, professional()).revise(x.first, c, QStringLiteral("verduidelijkt")).isOk());

    const ExchangeImportReport r = x.importTwice(x.updateFile());
    CHECK(r.content.changedEntries == 1);
    CHECK(r.content.newEntries == 0);
    const Entry e = x.inCopy(x.first);
    CHECK(e.content.text == QStringLiteral("Moeder kwam vijf minuten te laat."));
    CHECK(e.rev == 2);
    const Answer a = answerByUid(*x.copy, mine->uid);
    CHECK(a.text == QStringLiteral("Ik was op tijd."));
    CHECK(a.entryChangedSince);
}

TEST_CASE(
    "case information, appointments and promises reach the copy, and their later changes too", "[exchange][updates]")
{
    Updates x;
    CaseFile pro(*x.pro.vault, professional());
    auto info = pro.info();
    REQUIRE(info.isOk());
    info->caseNumber = QStringLiteral("VT-2026-0042");
    info->nextStep = QStringLiteral("Gesprek met beide ouders in maart.");
    REQUIRE(pro.setInfo(*info).isOk());
    Appointment visit;
    visit.description = QStringLiteral("Huisbezoek");
    visit.plannedAt = QStringLiteral("2026-03-02T10:00");
    auto visitId = pro.addAppointment(visit);
    REQUIRE(visitId.isOk());
    Appointment promise;
    promise.kind = AppointmentKind::Toezegging;
    promise.description = QStringLiteral("Verslag van het gesprek opsturen");
    promise.plannedAt = QStringLiteral("2026-03-09");
    auto promiseId = pro.addAppointment(promise);
    REQUIRE(promiseId.isOk());

    ExchangeImportReport r = x.importTwice(x.updateFile());
    CHECK(r.content.caseInfo == 1);
    CHECK(r.content.appointments == 1);
    CHECK(r.content.promises == 1);
    auto copyInfo = CaseFile(*x.copy, parent()).info();
    REQUIRE(copyInfo.isOk());
    CHECK(copyInfo->caseNumber == QStringLiteral("VT-2026-0042"));
    CHECK(copyInfo->nextStep == QStringLiteral("Gesprek met beide ouders in maart."));

    // Cancelled with a reason, made up by a new one, and the promise kept.
    REQUIRE(pro.setAppointmentStatus(*visitId, AppointmentStatus::Afgezegd, QStringLiteral("medewerker ziek")).isOk());
    Appointment again = visit;
    again.plannedAt = QStringLiteral("2026-03-05T10:00");
    auto againId = pro.addAppointment(again);
    REQUIRE(againId.isOk());
    REQUIRE(pro.setAppointmentStatus(*againId, AppointmentStatus::Ingehaald, {}, *visitId).isOk());
    REQUIRE(pro.setAppointmentStatus(*promiseId, AppointmentStatus::Nagekomen, {}).isOk());
    r = x.importTwice(x.updateFile());
    CHECK(r.content.caseInfo == 0);
    CHECK(r.content.appointments == 2);
    CHECK(r.content.promises == 1);
    auto list = CaseFile(*x.copy, parent()).appointments();
    REQUIRE(list.isOk());
    REQUIRE(list->size() == 3);
    auto byId = [&](Id id) {
        for (const Appointment& a : *list)
            if (a.id == id)
                return a;
        FAIL("no appointment " << id);
        return Appointment {};
    };
    CHECK(byId(*visitId).status == AppointmentStatus::Afgezegd);
    CHECK(byId(*visitId).statusNote == QStringLiteral("medewerker ziek"));
    CHECK(byId(*promiseId).status == AppointmentStatus::Nagekomen);
    CHECK(byId(*againId).status == AppointmentStatus::Ingehaald);
    CHECK(byId(*againId).makesUpId == std::optional<Id>(*visitId));
}

TEST_CASE("an entry hidden later leaves every view of the copy, and the parent's answer on it stays",
    "[exchange][updates][security]")
{
    Updates x;
    auto mine = Answers(*x.copy, parent()).add(x.second, AnswerKind::Vraag, QStringLiteral("Welke school?"));
    REQUIRE(mine.isOk());
    EntryContent c = note(QStringLiteral("Het kind sliep slecht volgens school."));
    c.visibleToParent = false;
    REQUIRE(Entries(*x.pro.vault, professional()).revise(x.second, c, QStringLiteral("wettelijke reden")).isOk());

    const QString f = x.updateFile();
    const ExchangeImportReport r = x.importTwice(f);
    CHECK(r.content.hiddenEntries == 1);
    CHECK_FALSE(Entries(*x.copy, parent()).get(x.second).isOk());
    EntryFilter all;
    all.limit = 100;
    auto list = Entries(*x.copy, parent()).list(all);
    REQUIRE(list.isOk());
    REQUIRE(list->size() == 1);
    CHECK(list->front().id == x.first);
    EntryFilter search;
    search.search = QStringLiteral("sliep");
    auto found = Entries(*x.copy, parent()).list(search);
    REQUIRE(found.isOk());
    CHECK(found->empty());
    CHECK(scalar(*x.copy, "SELECT count(*) FROM entry_search WHERE docid = 2") == 0);
    // Her question stays in the copy (out of view with its entry) and travels in her next answer file.
    CHECK(scalar(*x.copy, "SELECT count(*) FROM answer_revision WHERE text = 'Welke school?'") == 1);
    const QString answers = x.pro.dir.filePath(QStringLiteral("antwoorden.bin"));
    REQUIRE(AnswerExchange::exportAnswers(*x.copy, answers).isOk());
    auto back = AnswerExchange::importAnswers(*x.pro.vault, professional(), answers);
    INFO(str(back.message()));
    REQUIRE(back.isOk());
    CHECK(back->newAnswers == 1);

    // Shown again later: it comes back with its new text.
    c.text = QStringLiteral("Het kind sliep slecht, zegt de mentor.");
    c.visibleToParent = true;
    REQUIRE(Entries(*x.pro.vault, professional()).revise(x.second, c, QStringLiteral("weer zichtbaar")).isOk());
    CHECK(x.importTwice(x.updateFile()).content.changedEntries == 1);
    CHECK(x.inCopy(x.second).content.text == QStringLiteral("Het kind sliep slecht, zegt de mentor."));
}

TEST_CASE(
    "an older update file is refused, saying so, and the copy stays byte-identical", "[exchange][updates][bad-input]")
{
    Updates x;
    const QString older = x.updateFile();
    addEntry(*x.pro.vault, QStringLiteral("Nieuwe notitie na het eerste updatebestand."));
    const QString newer = x.updateFile();
    x.importTwice(newer);
    const QByteArray before = x.copyBytes();
    auto r = AnswerExchange::importUpdates(*x.copy, parent(), older);
    REQUIRE_FALSE(r.isOk());
    CHECK(r.code() == ErrorCode::InvalidInput);
    CHECK(r.message().contains(QStringLiteral("ouder")));
    CHECK(r.message().contains(QStringLiteral("nieuwste updatebestand")));
    CHECK(x.copyBytes() == before);
}

TEST_CASE("an update file of a newer payload version is refused, and the copy stays byte-identical",
    "[exchange][updates][bad-input]")
{
    Updates x;
    addEntry(*x.pro.vault, QStringLiteral("Nog een notitie."));
    const QString f = x.updateFile();
    reseal(*x.pro.vault, f, [](QJsonObject& p) { p.insert(QStringLiteral("payload_version"), UpdateContent::kPayloadVersion + 1); });
    const QByteArray before = x.copyBytes();
    auto r = AnswerExchange::importUpdates(*x.copy, parent(), f);
    REQUIRE_FALSE(r.isOk());
    CHECK(r.code() == ErrorCode::NewerFormat);
    CHECK(r.message().contains(QStringLiteral("nieuwere versie van Inzage")));
    CHECK(x.copyBytes() == before);
}

TEST_CASE("an update file that rewrites a stored revision or holds unknown columns is refused whole",
    "[exchange][updates][bad-input]")
{
    Updates x;
    addEntry(*x.pro.vault, QStringLiteral("Een notitie die niet mag aankomen."));
    const QString rewrite = x.updateFile();
    reseal(*x.pro.vault, rewrite, [](QJsonObject& p) {
        QJsonObject content = p.value(QStringLiteral("content")).toObject();
        QJsonObject tables = content.value(QStringLiteral("tables")).toObject();
        QJsonObject revisions = tables.value(QStringLiteral("entry_revision")).toObject();
        QJsonArray rows = revisions.value(QStringLiteral("rows")).toArray();
        QJsonArray row = rows[0].toArray();
        row[3] = QStringLiteral("Stilletjes herschreven.");
        rows[0] = row;
        revisions.insert(QStringLiteral("rows"), rows);
        tables.insert(QStringLiteral("entry_revision"), revisions);
        content.insert(QStringLiteral("tables"), tables);
        p.insert(QStringLiteral("content"), content);
    });
    const QString unknown = x.updateFile();
    reseal(*x.pro.vault, unknown, [](QJsonObject& p) {
        QJsonObject content = p.value(QStringLiteral("content")).toObject();
        QJsonObject tables = content.value(QStringLiteral("tables")).toObject();
        tables.insert(QStringLiteral("sleutels"), QJsonObject {});
        content.insert(QStringLiteral("tables"), tables);
        p.insert(QStringLiteral("content"), content);
    });
    const QByteArray before = x.copyBytes();
    auto r = AnswerExchange::importUpdates(*x.copy, parent(), rewrite);
    REQUIRE_FALSE(r.isOk());
    CHECK(r.code() == ErrorCode::InvalidInput);
    CHECK(r.message().contains(QStringLiteral("entry_revision 1")));
    CHECK(r.message().contains(QStringLiteral("Er is niets ingelezen")));
    CHECK(x.copyBytes() == before);
    auto u = AnswerExchange::importUpdates(*x.copy, parent(), unknown);
    REQUIRE_FALSE(u.isOk());
    CHECK(u.code() == ErrorCode::InvalidInput);
    CHECK(u.message().contains(QStringLiteral("niet begrijpt")));
    CHECK(x.copyBytes() == before);
    CHECK(scalar(*x.copy, "SELECT count(*) FROM entry") == 2);
}

TEST_CASE("a damaged update file and one for another copy are refused, the copy byte-identical",
    "[exchange][updates][bad-input]")
{
    Updates x;
    addEntry(*x.pro.vault, QStringLiteral("Een notitie."));
    const QString f = x.updateFile();
    QByteArray bytes = readAll(f);
    bytes[bytes.size() - 5] = char(bytes[bytes.size() - 5] ^ 0x01);
    const QString damaged = x.pro.dir.filePath(QStringLiteral("beschadigd.bin"));
    {
        QFile out(damaged);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    const QByteArray before = x.copyBytes();
    auto r = AnswerExchange::importUpdates(*x.copy, parent(), damaged);
    REQUIRE_FALSE(r.isOk());
    CHECK(r.code() == ErrorCode::Damaged);
    CHECK(x.copyBytes() == before);

    // A second copy for the father: his update file does not fit the mother's copy.
    addPerson(*x.pro.vault, QStringLiteral("Vader Visser"), PersonRole::Ouder, QStringLiteral("vader"));
    auto his = makeParentCopy(*x.pro.vault, x.pro.dir.filePath(QStringLiteral("vader.inzage")), pass(kParentPass),
        QStringLiteral("Vader Visser"));
    REQUIRE(his.isOk());
    const QString forHim = x.pro.dir.filePath(QStringLiteral("vader-update.bin"));
    REQUIRE(AnswerExchange::exportUpdates(*x.pro.vault, his->exchangeId, forHim).isOk());
    auto other = AnswerExchange::importUpdates(*x.copy, parent(), forHim);
    REQUIRE_FALSE(other.isOk());
    CHECK(other.message().contains(QStringLiteral("ander ouderexemplaar")));
    CHECK(x.copyBytes() == before);
}

TEST_CASE("a newer document version reaches the copy: revised, new and removed-from-the-report entries",
    "[exchange][updates]")
{
    ExchangePair x;
    auto importDocx = [&](const QByteArray& bytes) {
        auto d = DocumentReader::read(bytes, QStringLiteral("rapport.docx"));
        REQUIRE(d.isOk());
        auto r = DocumentImport::run(
            *x.pro.vault, professional(), *d, QStringLiteral("rapport"), QStringLiteral("rapport.docx"), bytes);
        INFO(str(r.message()));
        REQUIRE(r.isOk());
        return *r;
    };
    const DocumentImportResult first = importDocx(fixtureDocument("rapport.docx"));
    x.makeCopy();
    QFile xmlFile(documentFixtureDir("rapport.docx") + QStringLiteral("/word/document.xml"));
    REQUIRE(xmlFile.open(QIODevice::ReadOnly));
    QByteArray xml = xmlFile.readAll();
    REQUIRE(xml.contains("<w:t xml:space=\"preserve\"> te laat.</w:t>"));
    xml.replace(
        "<w:t xml:space=\"preserve\"> te laat.</w:t>", "<w:t xml:space=\"preserve\"> bijna elke dag te laat.</w:t>");
    REQUIRE(xml.contains("<w:t>Daan is vrolijk.</w:t>"));
    xml.replace("<w:t>Daan is vrolijk.</w:t>", "<w:t>De vader is niet bereikt.</w:t>");
    const DocumentImportResult second
        = importDocx(fixtureWith("rapport.docx", QStringLiteral("word/document.xml"), xml));
    REQUIRE(second.removed.size() == 1);

    const QString f = x.pro.dir.filePath(QStringLiteral("update.bin"));
    REQUIRE(AnswerExchange::exportUpdates(*x.pro.vault, {}, f).isOk());
    auto r = AnswerExchange::importUpdates(*x.copy, parent(), f);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    CHECK(r->content.newEntries == int(second.added.size()));
    CHECK(r->content.changedEntries >= int(second.changed.size()));
    CHECK(r->content.otherRows >= 3); // the removal mark with its document and version
    auto removed = Entries(*x.copy, parent()).get(second.removed.front());
    REQUIRE(removed.isOk());
    CHECK(removed->removed());
    auto again = AnswerExchange::importUpdates(*x.copy, parent(), f);
    REQUIRE(again.isOk());
    CHECK(again->changedNothing());
    CHECK(first.added.size() > 0);
    auto entries = EntryCheck::run(*x.copy);
    REQUIRE(entries.isOk());
    CHECK(entries->intact);
}
