// The report's content, its hash, and how a report file is made: never over an existing path,
// never half, a final one only when the check is ready and then recorded in the audit chain.
// The PDF itself is checked through the real CLI (tests/e2e/ReportCliTest.cpp); here a small
// renderer stands in for it, so a failing write can be made on purpose.
#include "DomainSupport.h"

#include "audit/AuditChain.h"
#include "audit/ReportRecords.h"
#include "dossier/Answers.h"
#include "dossier/CaseCommands.h"
#include "dossier/SourceApprovals.h"
#include "report/ReportMaker.h"

#include <QDir>
#include <QFile>

using namespace inzage;
using namespace inzage::test;

namespace {

// Writes the canonical content (it stands in for the PDF) and says it is one page.
Result<int> plainRenderer(const ReportContent& content, QIODevice& out)
{
    if (out.write(content.canonical()) < 0)
        return Status(ErrorCode::Io, out.errorString());
    return 1;
}

// Writes a little, then fails as a full disk would.
Result<int> failingRenderer(const ReportContent&, QIODevice& out)
{
    out.write("%PDF-1.4 half a report");
    return Status(ErrorCode::Io, QStringLiteral("Geen ruimte meer op het apparaat"));
}

// A dossier that meets every rule of the check, with a father who was never spoken to.
struct ReadyDossier {
    TempVault t;
    Vault& v = *t.vault;
    Id mother = addPerson(v, QStringLiteral("Anouk"), PersonRole::Ouder, QStringLiteral("moeder"));
    Id father = addPerson(v, QStringLiteral("Karim"), PersonRole::Ouder, QStringLiteral("vader"));
    Id child = addPerson(v, QStringLiteral("Tim"), PersonRole::Kind, QStringLiteral("zoon"));
    Id feitId = addEntry(v, feit(QStringLiteral("Tim was 12 dagen afwezig."), QStringLiteral("Analyse zorgen")));
    Id bronId = 0;
    Id answerId = 0;
    QString path = t.dir.filePath(QStringLiteral("rapport.pdf"));

    ReadyDossier()
    {
        EntryContent b
            = note(QStringLiteral("Tim vertelt dat hij graag voetbalt."), QStringLiteral("Analyse krachten"));
        b.label = Label::Bron;
        b.spokenTo.push_back(spoke(child, QStringLiteral("2026-03-01"), Method::Huisbezoek));
        bronId = addEntry(v, b);
        auto a
            = Answers(v, professional()).add(feitId, AnswerKind::Aanvulling, QStringLiteral("Hij was ziek."), mother);
        REQUIRE(a.isOk());
        answerId = a->id;
        REQUIRE(
            Answers(v, professional()).handle(answerId, AnswerStatus::Verwerkt, QStringLiteral("Opgenomen.")).isOk());
        CaseInput marks;
        marks.problemSection = QStringLiteral("Analyse zorgen");
        marks.strengthsSection = QStringLiteral("Analyse krachten");
        REQUIRE(CaseCommands(v, professional()).setCase(marks).isOk());
    }

    Result<ReportOutcome> make(ReportKind kind, const ReportRenderer& r = plainRenderer)
    {
        return ReportMaker::make(v, professional(), path, kind, r);
    }
    ReportContent content(ReportKind kind = ReportKind::Concept)
    {
        auto c = ReportDocument::build(v, professional(), kind);
        INFO(str(c.message()));
        REQUIRE(c.isOk());
        return *c;
    }
    QStringList files() const { return QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System); }
};

} // namespace

TEST_CASE("report content holds every section, a bron with who when and how, family not spoken to, and the answers",
    "[report]")
{
    ReadyDossier d;
    const ReportContent c = d.content();
    REQUIRE(c.sections.size() == 2);
    CHECK(c.sections[0].name == QStringLiteral("Analyse zorgen"));
    CHECK(c.sections[1].name == QStringLiteral("Analyse krachten"));
    const ReportEntry& bron = c.sections[1].entries.at(0);
    CHECK(bron.label == Label::Bron);
    REQUIRE(bron.sources.size() == 1);
    CHECK(bron.sources[0].line.name == QStringLiteral("Tim"));
    CHECK(bron.sources[0].line.spokenOn == QStringLiteral("2026-03-01"));
    CHECK(bron.sources[0].line.method == Method::Huisbezoek);
    CHECK(bron.sources[0].approval.isEmpty()); // no approval recorded yet

    const auto contact = [&](Id id) {
        for (const ReportContact& k : c.contacts)
            if (k.person.id == id)
                return k;
        FAIL("person " << id << " is not in the Gesproken met table");
        return ReportContact {};
    };
    CHECK(contact(d.child).entryCount == 1);
    CHECK(contact(d.father).family);
    CHECK(contact(d.father).entryCount == 0);
    REQUIRE(c.answers.size() == 1);
    CHECK(c.answers[0].from == QStringLiteral("Anouk"));
    CHECK(c.answers[0].reply == QStringLiteral("Opgenomen."));
    CHECK(c.head.size() == 64);
    CHECK(c.headSeq == auditRows(d.v));
}

TEST_CASE(
    "the content hash is stable for the same dossier and changes with a label or concept versus final", "[report]")
{
    ReadyDossier d;
    const QString first = d.content().contentHash();
    CHECK(first.size() == 64);
    CHECK(d.content().contentHash() == first);
    CHECK(d.content(ReportKind::Definitief).contentHash() != first);
    EntryContent m = note(QStringLiteral("Tim voetbalt graag."), QStringLiteral("Analyse krachten"));
    m.label = Label::Mening;
    m.holderId = d.mother;
    addEntry(d.v, m);
    CHECK(d.content().contentHash() != first);
}

TEST_CASE(
    "a final report is refused while the check is not ready, listing every blocker, and changes nothing", "[report]")
{
    ReadyDossier d;
    const Id open = addEntry(d.v, QStringLiteral("Nog te beoordelen."));
    const auto rowsBefore = auditRows(d.v);
    auto r = d.make(ReportKind::Definitief);
    REQUIRE_FALSE(r.isOk());
    CHECK(r.code() == ErrorCode::NotReady);
    CHECK(r.message().contains(QStringLiteral("#%1  unlabelled").arg(open)));
    CHECK(r.message().contains(QStringLiteral("maak een concept")));
    CHECK_FALSE(r.message().contains(QStringLiteral("--"))); // the CLI names its own option
    CHECK(auditRows(d.v) == rowsBefore);
    CHECK_FALSE(QFile::exists(d.path));
    // A concept may still be made: it is not recorded.
    auto draft = d.make(ReportKind::Concept);
    INFO(str(draft.message()));
    REQUIRE(draft.isOk());
    CHECK(QFile::exists(d.path));
    CHECK_FALSE(draft->recordSeq.has_value());
    CHECK(auditRows(d.v) == rowsBefore);
}

TEST_CASE(
    "a final report is recorded in the chain with its hashes and the head it was made on, and verifies", "[report]")
{
    ReadyDossier d;
    const QByteArray headBefore = AuditChain::head(d.v.db());
    auto r = d.make(ReportKind::Definitief);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    REQUIRE(r->recordSeq.has_value());
    auto records = ReportRecords::all(d.v.db());
    REQUIRE(records.isOk());
    REQUIRE(records->size() == 1);
    const ReportRecord& rec = records->front();
    CHECK(rec.seq == *r->recordSeq);
    CHECK(rec.contentHash == r->contentHash);
    CHECK(rec.head == QString::fromLatin1(headBefore.toHex()));
    CHECK(rec.headSeq == rec.seq - 1);
    CHECK(rec.fileHash == r->fileHash);
    CHECK(rec.pages == 1);
    QFile f(d.path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == r->content.canonical());
    CHECK((f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    auto verdict = ReportRecords::verify(d.v.db());
    REQUIRE(verdict.isOk());
    CHECK(verdict->intact);
    CHECK(verdict->records == 1);
    auto chain = AuditChain::verify(d.v.db());
    REQUIRE(chain.isOk());
    CHECK(chain->intact);
}

TEST_CASE("a report record whose head is no earlier position of the chain is named by verify", "[report]")
{
    ReadyDossier d;
    ReportRecord forged;
    forged.contentHash = QString(64, QLatin1Char('a'));
    forged.head = QString(64, QLatin1Char('b'));
    forged.headSeq = 1;
    forged.fileHash = QString(64, QLatin1Char('c'));
    forged.pages = 3;
    REQUIRE(AuditChain::append(d.v.db(),
        { QStringLiteral("x"), QString::fromLatin1(kReportFinalAction), QStringLiteral("report:x"), {},
            forged.after() })
                .isOk());
    const auto forgedSeq = auditRows(d.v);
    forged.head = QString::fromLatin1(AuditChain::head(d.v.db()).toHex());
    forged.headSeq = forgedSeq + 5; // a head from the future
    REQUIRE(AuditChain::append(d.v.db(),
        { QStringLiteral("x"), QString::fromLatin1(kReportFinalAction), QStringLiteral("report:y"), {},
            forged.after() })
                .isOk());
    auto verdict = ReportRecords::verify(d.v.db());
    REQUIRE(verdict.isOk());
    CHECK_FALSE(verdict->intact);
    CHECK(verdict->records == 2);
    CHECK(verdict->firstBadSeq == forgedSeq);
    CHECK(verdict->problem.contains(QString::number(forgedSeq)));
}

TEST_CASE(
    "an existing report path is refused and left byte-identical, also an empty file or a dangling link", "[report]")
{
    ReadyDossier d;
    {
        QFile f(d.path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("een eerder rapport");
    }
    const auto rowsBefore = auditRows(d.v);
    for (ReportKind kind : { ReportKind::Concept, ReportKind::Definitief }) {
        auto r = d.make(kind);
        REQUIRE_FALSE(r.isOk());
        CHECK(r.code() == ErrorCode::Exists);
        CHECK(r.message().contains(QStringLiteral("overschrijft nooit")));
    }
    CHECK(readAll(d.path) == QByteArray("een eerder rapport"));
    CHECK(auditRows(d.v) == rowsBefore);

    const QString link = d.t.dir.filePath(QStringLiteral("link.pdf"));
    REQUIRE(QFile::link(d.t.dir.filePath(QStringLiteral("nergens.pdf")), link));
    auto r = ReportMaker::make(d.v, professional(), link, ReportKind::Concept, plainRenderer);
    CHECK(r.code() == ErrorCode::Exists);
    CHECK_FALSE(QFile::exists(d.t.dir.filePath(QStringLiteral("nergens.pdf"))));
    auto noFolder = ReportMaker::make(
        d.v, professional(), d.t.dir.filePath(QStringLiteral("geen/map.pdf")), ReportKind::Concept, plainRenderer);
    CHECK(noFolder.code() == ErrorCode::NotFound);
    auto noName = ReportMaker::make(d.v, professional(), QString(), ReportKind::Concept, plainRenderer);
    CHECK(noName.code() == ErrorCode::Usage);
    CHECK(noName.message().contains(QStringLiteral("rapport.pdf")));
    CHECK(noFolder.message().contains(QStringLiteral("bestaat niet")));
}

TEST_CASE("a write that fails halfway leaves no file and records nothing", "[report]")
{
    ReadyDossier d;
    const QStringList before = d.files();
    const auto rowsBefore = auditRows(d.v);
    for (ReportKind kind : { ReportKind::Concept, ReportKind::Definitief }) {
        auto r = d.make(kind, failingRenderer);
        REQUIRE_FALSE(r.isOk());
        CHECK(r.code() == ErrorCode::Io);
        CHECK(d.files() == before); // no report, no temporary file
        CHECK(auditRows(d.v) == rowsBefore);
    }
    REQUIRE(d.make(ReportKind::Definitief).isOk()); // and with room again it simply works
}

TEST_CASE("a label changed after the final report is marked in the history, one changed before is not", "[report]")
{
    ReadyDossier d;
    const Id other = addEntry(d.v, feit(QStringLiteral("Tim is 9 jaar."), QStringLiteral("Analyse zorgen")));
    REQUIRE(d.make(ReportKind::Definitief).isOk());
    Entries entries(d.v, professional());
    REQUIRE(entries.setLabel(d.feitId, Label::Mening, BasisKind::Geen, {}, d.mother, {}).isOk());
    auto changed = entries.history(d.feitId);
    REQUIRE(changed.isOk());
    REQUIRE(changed->size() == 2);
    CHECK(changed->at(0).labelChangedAfterReport.isEmpty());
    CHECK_FALSE(changed->at(1).labelChangedAfterReport.isEmpty());
    auto untouched = entries.history(other);
    REQUIRE(untouched.isOk());
    for (const Entry& e : *untouched)
        CHECK(e.labelChangedAfterReport.isEmpty());
}

TEST_CASE("a reviewer may make a concept but no final report, and a parent copy makes none", "[report]")
{
    ReadyDossier d;
    auto view = parentViewOf(d.v, QStringLiteral("Anouk"));
    auto fromCopy = ReportMaker::make(
        *view->vault, parent(), view->dir.filePath(QStringLiteral("r.pdf")), ReportKind::Concept, plainRenderer);
    CHECK(fromCopy.code() == ErrorCode::Forbidden);
    CHECK_FALSE(QFile::exists(view->dir.filePath(QStringLiteral("r.pdf"))));

    const QString path = d.t.path;
    d.t.vault.reset();
    auto ro = Vault::open(path, pass("correct paard batterij"), OpenMode::ReadOnly);
    REQUIRE(ro.isOk());
    auto final = ReportMaker::make(**ro, reviewer(), d.path, ReportKind::Definitief, plainRenderer);
    CHECK(final.code() == ErrorCode::Forbidden);
    CHECK_FALSE(QFile::exists(d.path));
    auto draft = ReportMaker::make(**ro, reviewer(), d.path, ReportKind::Concept, plainRenderer);
    INFO(str(draft.message()));
    CHECK(draft.isOk());
}

TEST_CASE("a bron approved by the person spoken to says so in the report, and changes the content hash", "[report]")
{
    ReadyDossier d;
    const QString before = d.content().contentHash();
    ApprovalInput in;
    in.entry = d.bronId;
    in.by.nameOrId = QStringLiteral("Tim");
    in.on = QStringLiteral("2026-03-02");
    in.method = QStringLiteral("telefoon");
    auto approved = SourceApprovals(d.v, professional()).approve(in);
    INFO(str(approved.message()));
    REQUIRE(approved.isOk());
    const ReportContent c = d.content();
    CHECK(c.sections[1].entries.at(0).sources.at(0).approval == QStringLiteral("ja, op 2026-03-02 (telefoon)"));
    CHECK(c.contentHash() != before);
}
