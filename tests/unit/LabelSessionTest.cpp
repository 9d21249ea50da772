#include "DomainSupport.h"

#include "dossier/LabelSession.h"
#include "dossier/PersonPicker.h"

using namespace inzage;
using namespace inzage::test;

namespace {

// Four unlabelled sentences a hint can read: a bron (volgens), a mening (lijkt), a dated feit, and
// one more.
struct Dossier {
    TempVault tv;
    Id juf = 0;
    std::vector<Id> ids;
    Dossier()
    {
        juf = addPerson(*tv.vault, QStringLiteral("Anna de Wit"), PersonRole::Informant, QStringLiteral("leerkracht"));
        for (const char* t : { "Volgens Anna de Wit komt Tim vaak zonder ontbijt op school.",
                 "Het lijkt erop dat moeder het overzicht kwijt is.", "Op 3 maart 2026 was Tim afwezig op school.",
                 "Vader werkt in ploegendienst." })
            ids.push_back(addEntry(*tv.vault, QString::fromUtf8(t)));
    }
    LabelSession session()
    {
        auto s = LabelSession::open(*tv.vault, professional());
        INFO(str(s.message()));
        REQUIRE(s.isOk());
        return std::move(*s);
    }
    Entry get(Id id)
    {
        auto e = Entries(*tv.vault, professional()).get(id);
        REQUIRE(e.isOk());
        return *e;
    }
};

PersonRef ref(const QString& nameOrId)
{
    PersonRef r;
    r.nameOrId = nameOrId;
    return r;
}

Person named(const char* name)
{
    Person p;
    p.name = QString::fromUtf8(name);
    return p;
}

LabelDetails withBasis(const char* basis)
{
    LabelDetails d;
    d.basis = QString::fromUtf8(basis);
    return d;
}

} // namespace

TEST_CASE("labelling stores the label through the validated command and moves on", "[labelsession]")
{
    Dossier d;
    LabelSession s = d.session();
    REQUIRE(s.size() == 4);
    CHECK(s.current() == 0);
    CHECK(s.labelledCount() == 0);
    const auto audit = auditRows(*d.tv.vault);

    REQUIRE(s.label(Label::Mening).isOk());
    CHECK(s.current() == 1);
    CHECK(s.labelledCount() == 1);
    CHECK(d.get(d.ids[0]).content.label == Label::Mening);
    CHECK(auditRows(*d.tv.vault) == audit + 1);
}

TEST_CASE("a feit without a basis is refused, nothing changes and focus stays", "[labelsession]")
{
    Dossier d;
    LabelSession s = d.session();
    const auto audit = auditRows(*d.tv.vault);
    const Status st = s.label(Label::Feit);
    CHECK(st.code() == ErrorCode::InvalidInput);
    CHECK(st.message().contains(QStringLiteral("basis")));
    CHECK(s.current() == 0);
    CHECK(d.get(d.ids[0]).rev == 1);
    CHECK(auditRows(*d.tv.vault) == audit);
    CHECK_FALSE(s.canUndo());

    REQUIRE(s.label(Label::Feit, withBasis("document: schoolrapport, 4 maart 2026")).isOk());
    CHECK(d.get(d.ids[0]).content.basisDetail == QStringLiteral("schoolrapport, 4 maart 2026"));
    // The next feit is offered the same basis (one document), shown, not stored.
    CHECK(s.suggestedBasis(1) == QStringLiteral("document: schoolrapport, 4 maart 2026"));
    CHECK(d.get(d.ids[1]).content.basisKind == BasisKind::Geen);
}

TEST_CASE("a bron needs who was spoken to: a typed new name becomes a person", "[labelsession]")
{
    Dossier d;
    LabelSession s = d.session();
    CHECK(s.label(Label::Bron).code() == ErrorCode::InvalidInput);
    CHECK(s.current() == 0);

    LabelDetails det;
    det.spokenTo = ref(QStringLiteral("Karin Bos"));
    REQUIRE(s.label(Label::Bron, det).isOk());
    const Entry e = d.get(d.ids[0]);
    REQUIRE(e.content.spokenTo.size() == 1);
    CHECK(e.content.spokenTo.front().name == QStringLiteral("Karin Bos"));
    CHECK(std::any_of(
        s.persons().begin(), s.persons().end(), [](const Person& p) { return p.name == QStringLiteral("Karin Bos"); }));
}

TEST_CASE("the hint is a suggestion: nothing is stored until it is accepted", "[labelsession]")
{
    Dossier d;
    LabelSession s = d.session();
    REQUIRE(s.hintAt(0).label == Label::Bron);
    CHECK_FALSE(s.hintAt(0).reason.isEmpty());
    CHECK(d.get(d.ids[0]).content.label == Label::Onbeoordeeld);
    const auto who = s.suggestedSource(0);
    REQUIRE(who.has_value());
    CHECK(who->id == d.juf);

    LabelDetails det;
    det.spokenTo = ref(QStringLiteral("#%1").arg(who->id));
    REQUIRE(s.acceptHint(det).isOk());
    CHECK(d.get(d.ids[0]).content.label == Label::Bron);
    CHECK(d.get(d.ids[0]).content.spokenTo.front().personId == d.juf);
    CHECK(s.current() == 1);
}

TEST_CASE("accepting without a hint is refused with what to do instead", "[labelsession]")
{
    TempVault tv;
    addEntry(*tv.vault, QStringLiteral("Aanleiding"));
    auto s = LabelSession::open(*tv.vault, professional());
    REQUIRE(s.isOk());
    if (!s->hintAt(0).none())
        FAIL("a heading should have no hint");
    const Status st = s->acceptHint();
    CHECK(st.code() == ErrorCode::InvalidInput);
    CHECK(st.message().contains(QStringLiteral("1 feit")));
    CHECK(s->labelledCount() == 0);
}

TEST_CASE("undo works across entries and restores the earlier label as a new revision", "[labelsession]")
{
    Dossier d;
    LabelSession s = d.session();
    REQUIRE(s.label(Label::Mening).isOk());
    REQUIRE(s.label(Label::Feit, withBasis("waarneming: huisbezoek 2 maart")).isOk());
    REQUIRE(s.current() == 2);
    const auto audit = auditRows(*d.tv.vault);

    REQUIRE(s.undo().isOk());
    CHECK(s.current() == 1);
    Entry second = d.get(d.ids[1]);
    CHECK(second.content.label == Label::Onbeoordeeld);
    CHECK(second.content.basisKind == BasisKind::Geen);
    CHECK(second.rev == 3); // labelled, then restored: the history keeps both
    CHECK(auditRows(*d.tv.vault) == audit + 1);

    REQUIRE(s.undo().isOk());
    CHECK(s.current() == 0);
    CHECK(d.get(d.ids[0]).content.label == Label::Onbeoordeeld);
    CHECK(s.labelledCount() == 0);
    CHECK_FALSE(s.canUndo());
    CHECK(s.undo().code() == ErrorCode::NotFound);
}

TEST_CASE("undo restores a holder and who was spoken to exactly as they were", "[labelsession]")
{
    Dossier d;
    EntryCommands cmd(*d.tv.vault, professional());
    LabelChange first;
    first.entry = d.ids[0];
    first.label = QStringLiteral("bron");
    first.spokenTo.push_back({ ref(QStringLiteral("#%1").arg(d.juf)), {}, {} });
    REQUIRE(cmd.relabel(first).isOk());
    LabelSession s = d.session();
    REQUIRE(s.moveTo(0).isOk());
    LabelDetails det;
    det.holder = ref(QStringLiteral("#%1").arg(d.juf));
    REQUIRE(s.label(Label::Mening, det).isOk());
    CHECK(d.get(d.ids[0]).content.holderId == d.juf);

    REQUIRE(s.undo().isOk());
    const Entry e = d.get(d.ids[0]);
    CHECK(e.content.label == Label::Bron);
    CHECK_FALSE(e.content.holderId.has_value());
    REQUIRE(e.content.spokenTo.size() == 1);
    CHECK(e.content.spokenTo.front().personId == d.juf);
}

TEST_CASE("undo refuses to overwrite a change made after the label", "[labelsession]")
{
    Dossier d;
    LabelSession s = d.session();
    REQUIRE(s.label(Label::Mening).isOk());
    REQUIRE(EntryCommands(*d.tv.vault, professional()).setVisibility(d.ids[0], false).isOk());
    const Status st = s.undo();
    CHECK(st.code() == ErrorCode::InvalidInput);
    CHECK(st.message().contains(QStringLiteral("geschiedenis")));
    CHECK(d.get(d.ids[0]).content.label == Label::Mening);
}

TEST_CASE("a mening can rest on feiten: one resting on a non-feit is refused", "[labelsession]")
{
    Dossier d;
    LabelSession s = d.session();
    REQUIRE(s.moveTo(2).isOk());
    REQUIRE(s.label(Label::Feit, withBasis("document: verzuimlijst")).isOk());
    REQUIRE(s.moveTo(1).isOk());
    const auto feiten = s.feitenMatching(QStringLiteral("AFWEZIG"), 10);
    REQUIRE(feiten.size() == 1);
    CHECK(feiten.front() == 2);

    LabelDetails bad;
    bad.restsOn = std::vector<Id> { d.ids[3] };
    CHECK(s.label(Label::Mening, bad).code() == ErrorCode::InvalidInput);
    CHECK(s.current() == 1);

    LabelDetails good;
    good.restsOn = std::vector<Id> { s.idAt(feiten.front()) };
    REQUIRE(s.label(Label::Mening, good).isOk());
    CHECK(d.get(d.ids[1]).content.restsOn == std::vector<Id> { d.ids[2] });
}

TEST_CASE("next unlabelled and next warning skip what needs nothing and wrap round", "[labelsession]")
{
    Dossier d;
    LabelSession s = d.session();
    LabelDetails held;
    held.holder = ref(QStringLiteral("#%1").arg(d.juf));
    REQUIRE(s.label(Label::Mening, held).isOk()); // 0 labelled, focus 1
    REQUIRE(s.moveTo(3).isOk());
    CHECK(s.nextUnlabelled() == 1);
    CHECK_FALSE(s.nextWithWarning().has_value());

    REQUIRE(s.moveTo(1).isOk());
    REQUIRE(s.label(Label::Mening, held).isOk());
    REQUIRE(s.moveTo(3).isOk());
    LabelDetails det;
    det.spokenTo = ref(QStringLiteral("Karin Bos"));
    REQUIRE(s.label(Label::Bron, det).isOk()); // no date, no method: warns
    CHECK_FALSE(s.warningsAt(3).empty());
    CHECK(s.nextWithWarning().has_value());
    CHECK(s.labelledCount() == 3);
    CHECK(s.nextUnlabelled() == 2);
}

TEST_CASE("a reviewer and a parent cannot open a labelling session", "[labelsession]")
{
    Dossier d;
    const QString path = d.tv.path;
    d.tv.vault.reset();
    auto ro = Vault::open(path, pass("correct paard batterij"), OpenMode::ReadOnly);
    REQUIRE(ro.isOk());
    auto s = LabelSession::open(**ro, reviewer());
    CHECK(s.code() == ErrorCode::Forbidden);
}

TEST_CASE("moving past the end is refused and focus stays", "[labelsession]")
{
    Dossier d;
    LabelSession s = d.session();
    CHECK(s.moveTo(4).code() == ErrorCode::NotFound);
    CHECK(s.moveTo(-1).code() == ErrorCode::NotFound);
    CHECK(s.current() == 0);
}

TEST_CASE("the person picker finds by part of a name, ignores accents and sorts the Dutch way", "[labelsession]")
{
    std::vector<Person> persons;
    for (const char* n : { "Éric Smit", "de Vries", "Ali Yılmaz", "Çelik Ayşe", "Zoë Bakker" })
        persons.push_back(named(n));
    const PersonMatches all = matchPersons(persons, {});
    REQUIRE(all.persons.size() == 5);
    QStringList order;
    for (const Person& p : all.persons)
        order << p.name;
    CHECK(order.join(QLatin1Char('|')) == QString::fromUtf8("Ali Yılmaz|Çelik Ayşe|de Vries|Éric Smit|Zoë Bakker"));
    CHECK_FALSE(all.offerNew);

    const PersonMatches zoe = matchPersons(persons, QStringLiteral("zoe"));
    REQUIRE(zoe.persons.size() == 1);
    CHECK(zoe.persons.front().name == QString::fromUtf8("Zoë Bakker"));
    CHECK(zoe.offerNew); // "zoe" is no one's whole name

    CHECK_FALSE(matchPersons(persons, QStringLiteral("DE VRIES")).offerNew);
    CHECK(matchPersons(persons, QStringLiteral("Karin")).persons.empty());
    CHECK(matchPersons(persons, QStringLiteral("Karin")).offerNew);
}

TEST_CASE("the label an entry already has, with nothing new, moves on without a revision", "[labelsession]")
{
    Dossier d;
    LabelSession s = d.session();
    const auto audit = auditRows(*d.tv.vault);
    REQUIRE(s.label(Label::Onbeoordeeld).isOk());
    CHECK(s.current() == 1);
    CHECK(d.get(d.ids[0]).rev == 1);
    CHECK(auditRows(*d.tv.vault) == audit);
    CHECK_FALSE(s.canUndo());

    REQUIRE(s.label(Label::Feit, withBasis("document: verzuimlijst")).isOk());
    REQUIRE(s.moveTo(1).isOk());
    REQUIRE(s.label(Label::Feit, withBasis("document:  verzuimlijst")).isOk()); // the same basis
    CHECK(d.get(d.ids[1]).rev == 2);
    REQUIRE(s.moveTo(1).isOk());
    REQUIRE(s.label(Label::Feit, withBasis("waarneming: huisbezoek")).isOk()); // a new basis is a change
    CHECK(d.get(d.ids[1]).rev == 3);
}
