// The reviewer's view behind the Cijfers, Bevindingen and Steekproef pages: it opens only a file
// opened read-only (as `inzage-cli audit` does), shows the core's own figures, and leaves the file
// byte-identical whatever the reviewer does in it.

#include "AppTestSupport.h"

#include "FindingsModel.h"
#include "ReviewerController.h"

#include "audit/AttributionAudit.h"
#include "audit/AuditSample.h"
#include "dossier/Access.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cstring>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

ReviewerController& reviewOf(AppController& app)
{
    return *qobject_cast<ReviewerController*>(app.review());
}
FindingsModel& findingsOf(AppController& app)
{
    return *qobject_cast<FindingsModel*>(reviewOf(app).findings());
}

std::unique_ptr<AppController> reviewerOn(const QString& path)
{
    auto c = std::make_unique<AppController>();
    c->setVaultPath(path);
    c->setOpenAsReviewer(true);
    const bool ok = c->unlock(QString::fromUtf8(kProfessionalPassphrase));
    INFO(str(c->message()));
    REQUIRE(ok);
    return c;
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

// The audit as the core gives it, on a read-only open of its own.
AttributionReport coreAudit(const QString& path)
{
    const SecureBytes secret(kProfessionalPassphrase, std::strlen(kProfessionalPassphrase));
    auto vault = Vault::open(path, secret, OpenMode::ReadOnly);
    REQUIRE(vault.isOk());
    auto report = AttributionAudit(**vault, actorFor(**vault, QStringLiteral("test"))).run();
    REQUIRE(report.isOk());
    return *report;
}

} // namespace

TEST_CASE("reviewer view: opening as reviewer reads the file read-only and shows the core's figures", "[reviewer]")
{
    DemoFolder demo;
    const AttributionReport core = coreAudit(demo.files.professional);
    auto app = reviewerOn(demo.files.professional);
    CHECK(app->reviewer());
    CHECK_FALSE(app->professional());
    CHECK_FALSE(app->canAnswer());
    ReviewerController& review = reviewOf(*app);
    REQUIRE(review.ready());
    CHECK(review.error().isEmpty());
    CHECK(review.entryCount() == core.total.entries);
    CHECK(review.auditHead() == QString::fromLatin1(core.auditHead));

    const QVariantList shares = review.shares();
    REQUIRE(shares.size() == 8);
    QStringList keys;
    for (const QVariant& v : shares)
        keys << v.toMap().value(QStringLiteral("key")).toString();
    CHECK(keys
        == QStringList { QStringLiteral("labelled_share"), QStringLiteral("bron_named_share"),
            QStringLiteral("bron_dated_share"), QStringLiteral("bron_method_share"),
            QStringLiteral("bron_approved_share"), QStringLiteral("feit_basis_share"),
            QStringLiteral("mening_holder_share"), QStringLiteral("conclusion_feiten_share") });
    const QVariantMap labelled = shares[0].toMap();
    CHECK(labelled.value(QStringLiteral("n")).toInt() == core.total.labelled.n);
    CHECK(labelled.value(QStringLiteral("of")).toInt() == core.total.labelled.of);
    CHECK(labelled.value(QStringLiteral("percent")).toInt() == qRound(core.total.labelled.value().value_or(0) * 100));
    // Every figure also in words, with its count.
    CHECK(labelled.value(QStringLiteral("text"))
              .toString()
              .contains(QStringLiteral("(%1 van %2)").arg(core.total.labelled.n).arg(core.total.labelled.of)));

    // Per section: one bar per section of the core, with its figure in words.
    const QVariantMap bySection = review.bars(QStringLiteral("section"), QStringLiteral("labelled_share"));
    CHECK(bySection.value(QStringLiteral("labels")).toList().size() == int(core.bySection.size()));
    CHECK(bySection.value(QStringLiteral("texts")).toList().size() == int(core.bySection.size()));
    const QVariantMap byPeriod = review.bars(QStringLiteral("period"), QStringLiteral("bron_approved_share"));
    CHECK(byPeriod.value(QStringLiteral("values")).toList().size() == int(core.byPeriod.size()));
    CHECK_FALSE(byPeriod.value(QStringLiteral("description")).toString().isEmpty());
    CHECK(review.bars(QStringLiteral("section"), QStringLiteral("no_such_share"))
              .value(QStringLiteral("labels"))
              .toList()
              .isEmpty());

    CHECK(review.spokenTo().size() == int(core.spokenTo.size()));
    CHECK(review.neverSpokenTo().size() == int(core.neverSpokenTo.size()));
    const QVariantMap answers = review.answers();
    CHECK(answers.value(QStringLiteral("total")).toInt() == core.answers.total);
    CHECK(answers.value(QStringLiteral("handled")).toInt() == core.answers.handled);
    CHECK(answers.value(QStringLiteral("open")).toInt() == core.answers.open);
    CHECK(answers.value(QStringLiteral("overdue")).toInt() == core.answers.overdue);
    CHECK(answers.value(QStringLiteral("text")).toString().contains(QStringLiteral("reacties van ouders")));
}

TEST_CASE(
    "reviewer view: the findings are the core's, most severe first, and filter by severity and rule", "[reviewer]")
{
    DemoFolder demo;
    const AttributionReport core = coreAudit(demo.files.professional);
    REQUIRE_FALSE(core.findings.empty());
    auto app = reviewerOn(demo.files.professional);
    FindingsModel& findings = findingsOf(*app);
    ModelCheck check(&findings);
    REQUIRE(findings.total() == int(core.findings.size()));
    REQUIRE(findings.count() == findings.total());
    const auto rank = [](const QString& s) {
        return s == QLatin1String("hoog") ? 0 : s == QLatin1String("middel") ? 1 : 2;
    };
    for (int i = 1; i < findings.count(); ++i)
        CHECK(rank(findings.get(i - 1).value(QStringLiteral("severity")).toString())
            <= rank(findings.get(i).value(QStringLiteral("severity")).toString()));
    const QVariantMap first = findings.get(0);
    CHECK(first.value(QStringLiteral("rule")).toString() == core.findings[0].rule);
    CHECK(first.value(QStringLiteral("message")).toString() == core.findings[0].message);
    CHECK_FALSE(first.value(QStringLiteral("accessibleText")).toString().isEmpty());
    CHECK(first.value(QStringLiteral("ruleName")).toString() == FindingsModel::ruleName(core.findings[0].rule));
    CHECK(findings.ruleNames().size() == findings.rules().size());

    findings.setSeverity(QStringLiteral("middel"));
    int middle = 0;
    for (const Finding& f : core.findings)
        middle += f.severity == QLatin1String("middel") ? 1 : 0;
    REQUIRE(middle > 0);
    CHECK(findings.count() == middle);
    CHECK(findings.count() < findings.total());
    CHECK(findings.severityCounts().value(QStringLiteral("middel")).toInt() == middle);
    for (int i = 0; i < findings.count(); ++i)
        CHECK(findings.get(i).value(QStringLiteral("severity")).toString() == QStringLiteral("middel"));
    findings.setSeverity({});
    const QString rule = core.findings.back().rule;
    findings.setRule(rule);
    CHECK(findings.count() >= 1);
    CHECK(findings.count() < findings.total());
    for (int i = 0; i < findings.count(); ++i)
        CHECK(findings.get(i).value(QStringLiteral("rule")).toString() == rule);
    findings.setRule({});
    CHECK(findings.count() == findings.total());
    CHECK(findings.get(-1).isEmpty());
    CHECK(check.complaints().isEmpty());
}

TEST_CASE(
    "reviewer view: an entry's history has every revision with who, when and why, and the chain's lines", "[reviewer]")
{
    DemoFolder demo;
    auto app = reviewerOn(demo.files.professional);
    ReviewerController& review = reviewOf(*app);
    const QVariantMap h = review.entryHistory(1);
    INFO(str(h.value(QStringLiteral("message")).toString()));
    REQUIRE(h.value(QStringLiteral("ok")).toBool());
    const QVariantList revisions = h.value(QStringLiteral("revisions")).toList();
    REQUIRE_FALSE(revisions.isEmpty());
    const QVariantMap newest = revisions.front().toMap();
    CHECK(newest.value(QStringLiteral("rev")).toInt() == revisions.size());
    for (const char* key : { "when", "who", "why", "labelName", "text" })
        CHECK_FALSE(newest.value(QString::fromLatin1(key)).toString().isEmpty());
    CHECK_FALSE(h.value(QStringLiteral("changes")).toList().isEmpty());

    const QVariantMap missing = review.entryHistory(99999);
    CHECK_FALSE(missing.value(QStringLiteral("ok")).toBool());
    CHECK(missing.value(QStringLiteral("message")).toString().contains(QStringLiteral("99999")));
}

TEST_CASE(
    "reviewer view: the same seed draws the same sample, a bad size or seed is refused with a message", "[reviewer]")
{
    DemoFolder demo;
    auto app = reviewerOn(demo.files.professional);
    ReviewerController& review = reviewOf(*app);
    CHECK(review.sampleSummary().isEmpty());
    REQUIRE(review.drawSample(QStringLiteral("3"), QStringLiteral("42")).isEmpty());
    const QVariantList first = review.sample();
    REQUIRE(first.size() == 3);
    CHECK(review.sampleSeed() == QStringLiteral("42"));
    CHECK(review.sampleSummary().contains(QStringLiteral("seed 42")));
    CHECK(review.checklistCount() > 0);
    CHECK_FALSE(first[0].toMap().value(QStringLiteral("checklist")).toStringList().isEmpty());

    const int entry = first[0].toMap().value(QStringLiteral("entryId")).toInt();
    review.setTicked(entry, 0, true);
    CHECK(review.ticked(entry, 0));
    CHECK(review.tickedCount() == 1);
    review.setTicked(entry, 0, false);
    CHECK(review.tickedCount() == 0);
    review.setTicked(entry, 1, true);

    REQUIRE(review.drawSample(QStringLiteral("3"), QStringLiteral("42")).isEmpty());
    CHECK(review.sample() == first);
    CHECK(review.tickedCount() == 0); // a new draw starts a new checklist

    // No seed: one is chosen and shown, so the same sample can be drawn again.
    REQUIRE(review.drawSample(QStringLiteral("2"), QString()).isEmpty());
    const QString chosen = review.sampleSeed();
    CHECK_FALSE(chosen.isEmpty());
    const QVariantList drawn = review.sample();
    REQUIRE(review.drawSample(QStringLiteral("2"), chosen).isEmpty());
    CHECK(review.sample() == drawn);

    // Another language redraws the same sample in its words and keeps the ticks; closing drops them.
    review.setTicked(drawn[0].toMap().value(QStringLiteral("entryId")).toInt(), 0, true);
    app->setLanguage(QStringLiteral("en"));
    CHECK(review.sampleSeed() == chosen);
    CHECK(review.sample().size() == drawn.size());
    CHECK(review.tickedCount() == 1);
    app->setLanguage(QStringLiteral("nl"));
    CHECK(review.sample() == drawn);
    CHECK(review.tickedCount() == 1);

    for (const char* bad : { "0", "-1", "drie", "" })
        CHECK_FALSE(review.drawSample(QString::fromLatin1(bad), QStringLiteral("1")).isEmpty());
    CHECK_FALSE(review.drawSample(QStringLiteral("2"), QStringLiteral("x7")).isEmpty());
    CHECK(review.sample() == drawn); // a refused draw keeps the one before
    app->lock();
    CHECK(review.sample().isEmpty());
    CHECK(review.tickedCount() == 0);
}

TEST_CASE("reviewer view: a reviewer session leaves the file byte-identical and creates nothing beside it, also "
          "on a file without write permission",
    "[reviewer]")
{
    DemoFolder demo;
    const QString path = demo.files.professional;
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = sha256(path);
    const QStringList filesBefore = QDir(demo.dir.path()).entryList(QDir::Files | QDir::Hidden);
    {
        auto app = reviewerOn(path);
        ReviewerController& review = reviewOf(*app);
        REQUIRE(review.ready());
        FindingsModel& findings = findingsOf(*app);
        for (int i = 0; i < findings.count(); ++i) {
            const int entry = findings.get(i).value(QStringLiteral("entry")).toInt();
            if (entry > 0)
                CHECK(review.entryHistory(entry).value(QStringLiteral("ok")).toBool());
        }
        REQUIRE(review.drawSample(QStringLiteral("4"), QStringLiteral("7")).isEmpty());
        review.setTicked(review.sample()[0].toMap().value(QStringLiteral("entryId")).toInt(), 0, true);
        review.refresh();
        // The core refuses every write in a reviewer's file, whatever the view is asked.
        CHECK_FALSE(app->submitAnswer(1, QStringLiteral("vraag"), QStringLiteral("Waarom?")).isEmpty());
        app->lock();
    }
    CHECK(sha256(path) == before);
    CHECK(QDir(demo.dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

TEST_CASE(
    "reviewer view: only a file opened as reviewer gets it, and a parent copy is refused as reviewer", "[reviewer]")
{
    DemoFolder demo;
    {
        auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
        CHECK(app->professional());
        CHECK_FALSE(app->reviewer());
        CHECK_FALSE(reviewOf(*app).ready());
        CHECK(findingsOf(*app).total() == 0);
    }
    {
        auto app = unlockedController(demo.files.parentCopy);
        CHECK_FALSE(app->reviewer());
        CHECK_FALSE(reviewOf(*app).ready());
    }
    AppController app;
    app.setVaultPath(demo.files.parentCopy);
    app.setOpenAsReviewer(true);
    const QByteArray before = sha256(demo.files.parentCopy);
    CHECK_FALSE(app.unlock(QString::fromUtf8(kParentPassphrase)));
    CHECK_FALSE(app.unlocked());
    CHECK(app.message().contains(QStringLiteral("ouderexemplaar")));
    CHECK(sha256(demo.files.parentCopy) == before);
    // Without the choice the same copy opens as the parent's.
    app.setOpenAsReviewer(false);
    CHECK(app.unlock(QString::fromUtf8(kParentPassphrase)));
    CHECK(app.parentCopy());
}

TEST_CASE("reviewer view: every rule of the audit has its name in words, none is shown as its code", "[reviewer]")
{
    for (const auto& [rule, severity] : AttributionAudit::rules()) {
        const QString code = QString::fromLatin1(rule);
        INFO(rule);
        CHECK(FindingsModel::ruleName(code) != code);
        CHECK_FALSE(FindingsModel::severityName(QString::fromLatin1(severity)).isEmpty());
    }
    CHECK(FindingsModel::ruleName(QStringLiteral("unknown_rule")) == QStringLiteral("unknown_rule"));
}
