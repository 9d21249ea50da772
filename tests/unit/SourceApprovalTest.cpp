// Accordering: a person spoken to for a bron approves what is written, checked in the core.
#include "ExchangeSupport.h"

#include "dossier/SourceApprovals.h"

#include <QDate>

using namespace inzage;
using namespace inzage::test;

namespace {

struct Bron {
    TempVault pro { kProPass };
    Id teacher = addPerson(*pro.vault, QStringLiteral("Marja Bos"));
    Id other = addPerson(*pro.vault, QStringLiteral("Kees Smit"));
    Id entry = 0;

    Bron()
    {
        EntryContent c = note(QStringLiteral("De leerkracht vertelt dat Anouk vaak moe is."));
        c.label = Label::Bron;
        c.spokenTo = { spoke(teacher, QStringLiteral("2026-02-03"), Method::Telefoon) };
        entry = addEntry(*pro.vault, c);
    }

    Result<Id> approve(const QString& by, const QString& on = QStringLiteral("2026-02-10"),
        const QString& how = QStringLiteral("schriftelijk"), Id id = 0)
    {
        ApprovalInput in;
        in.entry = id ? id : entry;
        in.by.nameOrId = by;
        in.on = on;
        in.method = how;
        return SourceApprovals(*pro.vault, professional()).approve(in);
    }
};

} // namespace

TEST_CASE("an approval by the person spoken to is recorded, audited and read with the entry", "[approval]")
{
    Bron b;
    const auto before = auditRows(*b.pro.vault);
    auto id = b.approve(QStringLiteral("Marja Bos"));
    INFO(str(id.message()));
    REQUIRE(id.isOk());
    CHECK(auditRows(*b.pro.vault) == before + 1);
    CHECK(scalarText(*b.pro.vault, "SELECT action FROM audit ORDER BY seq DESC LIMIT 1")
        == QStringLiteral("source.approve"));
    auto e = Entries(*b.pro.vault, reviewer()).get(b.entry);
    REQUIRE(e.isOk());
    REQUIRE(e->approvals.size() == 1);
    CHECK(e->approvals[0].name == QStringLiteral("Marja Bos"));
    CHECK(e->approvals[0].approvedOn == QStringLiteral("2026-02-10"));
    CHECK(e->approvals[0].method == Method::Schriftelijk);
    CHECK(e->approvals[0].textUnchanged);
    CHECK(toJson(*e).value(QStringLiteral("approvals")).toArray().size() == 1);
}

TEST_CASE("an approval stays with a new label revision and says so when the text changed", "[approval]")
{
    Bron b;
    REQUIRE(b.approve(QStringLiteral("Marja Bos")).isOk());
    Entries entries(*b.pro.vault, professional());
    auto e = entries.get(b.entry);
    REQUIRE(e.isOk());
    EntryContent same = e->content;
    same.section = QStringLiteral("Bevindingen school");
    REQUIRE(entries.revise(b.entry, same, QStringLiteral("ander kopje")).isOk());
    auto moved = entries.get(b.entry);
    REQUIRE(moved->approvals.size() == 1);
    CHECK(moved->approvals[0].textUnchanged);
    EntryContent changed = moved->content;
    changed.text = QStringLiteral("De leerkracht vertelt dat Anouk soms moe is.");
    REQUIRE(entries.revise(b.entry, changed, QStringLiteral("tekst aangepast")).isOk());
    auto later = entries.get(b.entry);
    REQUIRE(later->approvals.size() == 1);
    CHECK_FALSE(later->approvals[0].textUnchanged);
    CHECK(later->approvals[0].rev == 1);
}

TEST_CASE("an approval that breaks a rule is refused with a message and changes nothing", "[approval]")
{
    Bron b;
    Vault& v = *b.pro.vault;
    const Id feitId = addEntry(v, feit(QStringLiteral("Anouk was 12 dagen afwezig.")));
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    struct Case {
        const char* what;
        QString by, on, how;
        Id entry;
        ErrorCode code;
        const char* says;
    };
    const std::vector<Case> cases {
        { "not a bron", QStringLiteral("Marja Bos"), QStringLiteral("2026-02-10"), QStringLiteral("schriftelijk"),
            feitId, ErrorCode::InvalidInput, "geen bron" },
        { "unknown person", QStringLiteral("Onbekende Persoon"), QStringLiteral("2026-02-10"),
            QStringLiteral("gesprek"), 0, ErrorCode::NotFound, "Niemand met de naam" },
        { "someone not spoken to", QStringLiteral("Kees Smit"), QStringLiteral("2026-02-10"), QStringLiteral("gesprek"),
            0, ErrorCode::InvalidInput, "niet als iemand met wie gesproken is" },
        { "a date in the future", QStringLiteral("Marja Bos"), tomorrow, QStringLiteral("gesprek"), 0,
            ErrorCode::InvalidInput, "toekomst" },
        { "no date", QStringLiteral("Marja Bos"), QString(), QStringLiteral("gesprek"), 0, ErrorCode::InvalidInput,
            "op welke dag" },
        { "not a date", QStringLiteral("Marja Bos"), QStringLiteral("10-02-2026"), QStringLiteral("gesprek"), 0,
            ErrorCode::InvalidInput, "geen datum" },
        { "before the conversation", QStringLiteral("Marja Bos"), QStringLiteral("2026-02-01"),
            QStringLiteral("gesprek"), 0, ErrorCode::InvalidInput, "voor het gesprek" },
        { "an unknown method", QStringLiteral("Marja Bos"), QStringLiteral("2026-02-10"), QStringLiteral("duif"), 0,
            ErrorCode::InvalidInput, "Onbekende manier" },
        { "method onbekend", QStringLiteral("Marja Bos"), QStringLiteral("2026-02-10"), QStringLiteral("onbekend"), 0,
            ErrorCode::InvalidInput, "telt niet" },
        { "no method", QStringLiteral("Marja Bos"), QStringLiteral("2026-02-10"), QString(), 0, ErrorCode::InvalidInput,
            "Zeg hoe" },
        { "an entry that does not exist", QStringLiteral("Marja Bos"), QStringLiteral("2026-02-10"),
            QStringLiteral("gesprek"), 999, ErrorCode::NotFound, "bestaat niet" },
    };
    const auto audit = auditRows(v);
    for (const Case& c : cases) {
        INFO(c.what);
        auto r = b.approve(c.by, c.on, c.how, c.entry);
        INFO(str(r.message()));
        REQUIRE_FALSE(r.isOk());
        CHECK(r.code() == c.code);
        CHECK(r.message().contains(QString::fromUtf8(c.says)));
    }
    CHECK(scalar(v, "SELECT count(*) FROM source_approval") == 0);
    CHECK(auditRows(v) == audit);

    REQUIRE(b.approve(QStringLiteral("Marja Bos")).isOk());
    auto twice = b.approve(QStringLiteral("#%1").arg(b.teacher));
    CHECK(twice.code() == ErrorCode::Exists);
    CHECK(scalar(v, "SELECT count(*) FROM source_approval") == 1);
}

TEST_CASE("approvals cannot be changed or deleted, and nobody but the professional records one", "[approval]")
{
    Bron b;
    REQUIRE(b.approve(QStringLiteral("Marja Bos")).isOk());
    CHECK(rawSqlCode(*b.pro.vault, "UPDATE source_approval SET approved_on = '2026-01-01'") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(*b.pro.vault, "DELETE FROM source_approval") == SQLITE_CONSTRAINT);
    b.pro.vault.reset();

    auto reviewerVault = Vault::open(b.pro.path, pass(kProPass), OpenMode::ReadOnly);
    REQUIRE(reviewerVault.isOk());
    ApprovalInput in;
    in.entry = b.entry;
    in.by.nameOrId = QStringLiteral("Marja Bos");
    in.on = QStringLiteral("2026-02-11");
    in.method = QStringLiteral("telefoon");
    CHECK(SourceApprovals(**reviewerVault, reviewer()).approve(in).code() == ErrorCode::Forbidden);
}

TEST_CASE("the parent copy carries the approval, a shielded approver without a name", "[approval][audience]")
{
    ExchangePair x;
    Vault& v = *x.pro.vault;
    const Id melder = addPerson(v, QStringLiteral("Zwaluwmelder"), PersonRole::Informant, QStringLiteral("buurman"),
        true, QStringLiteral("art. 5.2.6 Wmo 2015"));
    EntryContent c = note(QStringLiteral("Er is vaak geschreeuw te horen."));
    c.label = Label::Bron;
    c.spokenTo = { spoke(melder, QStringLiteral("2026-02-03"), Method::Telefoon) };
    const Id entry = addEntry(v, c);
    ApprovalInput in;
    in.entry = entry;
    in.by.nameOrId = QStringLiteral("Zwaluwmelder");
    in.on = QStringLiteral("2026-02-04");
    in.method = QStringLiteral("telefoon");
    REQUIRE(SourceApprovals(v, professional()).approve(in).isOk());
    x.makeCopy();
    auto e = Entries(*x.copy, parent()).get(entry);
    REQUIRE(e.isOk());
    REQUIRE(e->approvals.size() == 1);
    CHECK(e->approvals[0].shielded);
    CHECK(e->approvals[0].name.isEmpty());
    CHECK(e->approvals[0].relation.isEmpty());
    CHECK(e->approvals[0].approvedOn == QStringLiteral("2026-02-04"));
    CHECK_FALSE(dossierJson(*x.copy).contains("Zwaluwmelder"));
    CHECK_FALSE(dossierJson(*x.copy).contains("buurman"));
}
