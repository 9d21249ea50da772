#include "DomainSupport.h"

#include "dossier/Answers.h"

#include <set>

using namespace inzage;
using namespace inzage::test;

namespace {

Entry getEntry(Vault& v, Id id)
{
    auto r = Entries(v, professional()).get(id);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

std::vector<Entry> listEntries(Vault& v, const EntryFilter& f)
{
    auto r = Entries(v, professional()).list(f);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

std::vector<Id> ids(const std::vector<Entry>& entries)
{
    std::vector<Id> out;
    for (const Entry& e : entries)
        out.push_back(e.id);
    return out;
}

std::vector<Entry> historyOf(Vault& v, Id id)
{
    auto r = Entries(v, professional()).history(id);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

} // namespace

TEST_CASE("an added entry reads back with every field it was given", "[entries]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id author = addPerson(v, QStringLiteral("J. de Vries"), PersonRole::Professional, QStringLiteral("jeugdbeschermer"));
    const Id juf = addPerson(v, QStringLiteral("Juf Anna"), PersonRole::Informant, QStringLiteral("leerkracht"));
    const Id basis = addEntry(v, feit(QStringLiteral("Tim was in maart 6 dagen afwezig.")));

    EntryContent c;
    c.text = QStringLiteral("De leerkracht vindt dat Tim zich terugtrekt.");
    c.section = QStringLiteral("School");
    c.eventDate = QStringLiteral("2024-03-12");
    c.label = Label::Mening;
    c.holderId = juf;
    c.authorId = author;
    c.visibleToParent = true;
    c.spokenTo = {spoke(juf, QStringLiteral("2024-03-14"), Method::Telefoon)};
    c.restsOn = {basis};
    auto added = Entries(v, professional()).add(c, QStringLiteral("uit gespreksverslag"));
    REQUIRE(added.isOk());

    const Entry e = getEntry(v, *added);
    CHECK(e.id == *added);
    CHECK(e.rev == 1);
    CHECK(e.position == 2);
    CHECK_FALSE(e.recordedAt.isEmpty());
    CHECK(e.changedBy == professional().describe());
    CHECK(e.changeNote == QStringLiteral("uit gespreksverslag"));
    CHECK(e.authorName == QStringLiteral("J. de Vries"));
    CHECK(e.holderName == QStringLiteral("Juf Anna"));
    CHECK(e.answerCount == 0);
    CHECK(e.content.text == c.text);
    CHECK(e.content.section == c.section);
    CHECK(e.content.eventDate == c.eventDate);
    CHECK(e.content.label == Label::Mening);
    CHECK(e.content.basisKind == BasisKind::Geen);
    CHECK(e.content.holderId == juf);
    CHECK(e.content.authorId == author);
    CHECK(e.content.visibleToParent);
    REQUIRE(e.content.spokenTo.size() == 1);
    const SpokenTo& s = e.content.spokenTo.front();
    CHECK(s.personId == juf);
    CHECK(s.spokenOn == QStringLiteral("2024-03-14"));
    CHECK(s.method == Method::Telefoon);
    CHECK(s.name == QStringLiteral("Juf Anna"));
    CHECK(s.relation == QStringLiteral("leerkracht"));
    CHECK(s.organisation == QStringLiteral("Basisschool De Linde"));
    CHECK(s.role == PersonRole::Informant);
    CHECK_FALSE(s.shielded);
    CHECK(e.content.restsOn == std::vector<Id> {basis});

    const Entry f = getEntry(v, basis);
    CHECK(f.content.label == Label::Feit);
    CHECK(f.content.basisKind == BasisKind::Document);
    CHECK(f.content.basisDetail == QStringLiteral("schoolrapport 12-03-2024"));
    CHECK_FALSE(f.content.holderId.has_value());
    CHECK(f.content.eventDate.isEmpty());
    CHECK(f.position == 1);
}

TEST_CASE("an entry hidden from the parent is stored as hidden", "[entries]")
{
    TempVault t;
    EntryContent c = note(QStringLiteral("Intern overleg"));
    c.visibleToParent = false;
    const Id id = addEntry(*t.vault, c);
    CHECK_FALSE(getEntry(*t.vault, id).content.visibleToParent);
    auto view = parentViewOf(*t.vault);
    auto forParent = Entries(*view->vault, parent()).get(id);
    CHECK(forParent.code() == ErrorCode::NotFound);
}

TEST_CASE("a missing entry is reported as not found", "[entries]")
{
    TempVault t;
    Entries entries(*t.vault, professional());
    CHECK(entries.get(42).code() == ErrorCode::NotFound);
    CHECK(entries.history(42).code() == ErrorCode::NotFound);
    CHECK(entries.revise(42, note(QStringLiteral("x")), {}).code() == ErrorCode::NotFound);
    CHECK(entries.setLabel(42, Label::Mening, BasisKind::Geen, {}, std::nullopt, {}).code() == ErrorCode::NotFound);
    CHECK(auditRows(*t.vault) == 0);
}

TEST_CASE("a label change is a new revision and the old one stays readable", "[entries]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id id = addEntry(v, QStringLiteral("Het huis was opgeruimd."));
    Entries entries(v, professional());
    REQUIRE(entries.setLabel(id, Label::Feit, BasisKind::Waarneming, QStringLiteral("huisbezoek 3 maart, woonkamer"),
                             std::nullopt, {})
                .isOk());
    const Entry now = getEntry(v, id);
    CHECK(now.rev == 2);
    CHECK(now.content.label == Label::Feit);
    CHECK(now.content.basisKind == BasisKind::Waarneming);
    CHECK(now.content.basisDetail == QStringLiteral("huisbezoek 3 maart, woonkamer"));
    CHECK(now.changeNote == QStringLiteral("label: feit"));
    CHECK(now.position == 1);

    const auto history = historyOf(v, id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].rev == 1);
    CHECK(history[0].content.label == Label::Onbeoordeeld);
    CHECK(history[0].content.basisKind == BasisKind::Geen);
    CHECK(history[0].content.text == QStringLiteral("Het huis was opgeruimd."));
    CHECK(history[1].rev == 2);
    CHECK(history[1].content.label == Label::Feit);
}

TEST_CASE("adding spoken-to lines makes revisions 2 and 3 and keeps earlier lines", "[entries]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id juf = addPerson(v, QStringLiteral("Juf Anna"));
    const Id arts = addPerson(v, QStringLiteral("Dr. Bos"), PersonRole::Informant, QStringLiteral("huisarts"));
    const Id id = addEntry(v, QStringLiteral("Tim is vaak moe."));
    Entries entries(v, professional());
    REQUIRE(entries.addSpokenTo(id, spoke(juf, QStringLiteral("2024-03-01"))).isOk());
    REQUIRE(entries.addSpokenTo(id, spoke(arts, QStringLiteral("2024-03-02"), Method::Telefoon)).isOk());

    const Entry now = getEntry(v, id);
    CHECK(now.rev == 3);
    REQUIRE(now.content.spokenTo.size() == 2);
    CHECK(now.content.spokenTo[0].name == QStringLiteral("Juf Anna"));
    CHECK(now.content.spokenTo[1].name == QStringLiteral("Dr. Bos"));
    CHECK(now.content.spokenTo[1].method == Method::Telefoon);

    const auto history = historyOf(v, id);
    REQUIRE(history.size() == 3);
    CHECK(history[0].content.spokenTo.empty());
    CHECK(history[1].content.spokenTo.size() == 1);
    CHECK(history[2].content.spokenTo.size() == 2);
    CHECK(history[0].content.text == history[2].content.text);
}

TEST_CASE("a text revision keeps the old text in the history", "[entries]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id id = addEntry(v, QStringLiteral("Moeder was boos."));
    EntryContent c = getEntry(v, id).content;
    c.text = QStringLiteral("Moeder was verdrietig.");
    REQUIRE(Entries(v, professional()).revise(id, c, QStringLiteral("correctie na reactie ouder")).isOk());
    const auto history = historyOf(v, id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].content.text == QStringLiteral("Moeder was boos."));
    CHECK(history[1].content.text == QStringLiteral("Moeder was verdrietig."));
    CHECK(history[1].changeNote == QStringLiteral("correctie na reactie ouder"));
    CHECK(getEntry(v, id).content.text == QStringLiteral("Moeder was verdrietig."));
    CHECK(scalar(v, "SELECT count(*) FROM entry") == 1);
}

TEST_CASE("a mening keeps the feiten it rests on across revisions", "[entries]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id f1 = addEntry(v, feit(QStringLiteral("feit een")));
    const Id f2 = addEntry(v, feit(QStringLiteral("feit twee")));
    const Id m = addEntry(v, QStringLiteral("Wij denken dat het thuis niet goed gaat."));
    Entries entries(v, professional());
    REQUIRE(entries.setLabel(m, Label::Mening, BasisKind::Geen, {}, std::nullopt, {f2, f1}).isOk());
    CHECK(getEntry(v, m).content.restsOn == std::vector<Id> {f1, f2});
    const Id juf = addPerson(v, QStringLiteral("Juf Anna"));
    REQUIRE(entries.addSpokenTo(m, spoke(juf)).isOk());
    CHECK(getEntry(v, m).content.restsOn == std::vector<Id> {f1, f2});
    CHECK(historyOf(v, m)[0].content.restsOn.empty());
}

TEST_CASE("entry revisions and spoken-to lines cannot be updated or deleted", "[entries]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id juf = addPerson(v, QStringLiteral("Juf Anna"));
    EntryContent c = note(QStringLiteral("origineel"));
    c.spokenTo = {spoke(juf)};
    addEntry(v, c);
    CHECK(rawSqlCode(v, "UPDATE entry_revision SET text = 'vervalst'") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(v, "UPDATE entry_revision SET label = 'feit'") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(v, "DELETE FROM entry_revision") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(v, "UPDATE spoken_to SET person_id = person_id") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(v, "DELETE FROM spoken_to") == SQLITE_CONSTRAINT);
    CHECK(scalarText(v, "SELECT text FROM entry_revision") == QStringLiteral("origineel"));
    CHECK(scalar(v, "SELECT count(*) FROM spoken_to") == 1);
}

TEST_CASE("a feit without a basis is refused with a message naming the basis", "[entries][validate]")
{
    EntryContent c = note(QStringLiteral("Tim was afwezig."));
    c.label = Label::Feit;
    const Status s = Entries::validate(c);
    CHECK(s.code() == ErrorCode::InvalidInput);
    CHECK(s.message().contains(QStringLiteral("feit")));
    CHECK(s.message().contains(QStringLiteral("basis")));
    CHECK(s.message().contains(QStringLiteral("waarneming")));
    CHECK(s.message().contains(QStringLiteral("document")));

    TempVault t;
    CHECK(Entries(*t.vault, professional()).add(c).code() == ErrorCode::InvalidInput);
    CHECK(scalar(*t.vault, "SELECT count(*) FROM entry") == 0);
    CHECK(auditRows(*t.vault) == 0);
}

TEST_CASE("a bron without anyone spoken to is refused with a message naming who was spoken to", "[entries][validate]")
{
    EntryContent c = note(QStringLiteral("Buren horen vaak geschreeuw."));
    c.label = Label::Bron;
    const Status s = Entries::validate(c);
    CHECK(s.code() == ErrorCode::InvalidInput);
    CHECK(s.message().contains(QStringLiteral("bron")));
    CHECK(s.message().contains(QStringLiteral("gesproken")));

    TempVault t;
    const Id id = addEntry(*t.vault, QStringLiteral("Buren horen vaak geschreeuw."));
    Entries entries(*t.vault, professional());
    CHECK(entries.setLabel(id, Label::Bron, BasisKind::Geen, {}, std::nullopt, {}).code() == ErrorCode::InvalidInput);
    CHECK(getEntry(*t.vault, id).rev == 1);
    CHECK(getEntry(*t.vault, id).content.label == Label::Onbeoordeeld);
}

TEST_CASE("an entry without text is refused with a message naming the text", "[entries][validate]")
{
    for (const QString& text : {QString(), QStringLiteral("   \n\t ")}) {
        const Status s = Entries::validate(note(text));
        CHECK(s.code() == ErrorCode::InvalidInput);
        CHECK(s.message().contains(QStringLiteral("tekst")));
    }
    TempVault t;
    CHECK(Entries(*t.vault, professional()).add(note(QStringLiteral(" "))).code() == ErrorCode::InvalidInput);
    CHECK(scalar(*t.vault, "SELECT count(*) FROM entry") == 0);
}

TEST_CASE("labels that carry what they promise pass validation", "[entries][validate]")
{
    CHECK(Entries::validate(feit(QStringLiteral("x"))).isOk());
    EntryContent bron = note(QStringLiteral("x"));
    bron.label = Label::Bron;
    bron.spokenTo = {spoke(1)};
    CHECK(Entries::validate(bron).isOk());
    EntryContent mening = note(QStringLiteral("x"));
    mening.label = Label::Mening;
    CHECK(Entries::validate(mening).isOk());
    CHECK(Entries::validate(note(QStringLiteral("x"))).isOk());
}

TEST_CASE("a text longer than the limit is refused", "[entries][validate]")
{
    const Status s = Entries::validate(note(QString(Entries::kMaxTextLength + 1, QLatin1Char('a'))));
    CHECK(s.code() == ErrorCode::InvalidInput);
    CHECK(s.message().contains(QStringLiteral("te lang")));
}

TEST_CASE("importing many entries is all or nothing and names the bad one", "[entries]")
{
    TempVault t;
    std::vector<EntryContent> batch {note(QStringLiteral("een")), note(QStringLiteral("twee")), note(QStringLiteral(""))};
    auto r = Entries(*t.vault, professional()).addAll(batch, QStringLiteral("import"));
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().startsWith(QStringLiteral("Notitie 3:")));
    CHECK(scalar(*t.vault, "SELECT count(*) FROM entry") == 0);

    batch.pop_back();
    auto ok = Entries(*t.vault, professional()).addAll(batch, QStringLiteral("import"));
    REQUIRE(ok.isOk());
    CHECK(ok->size() == 2);
    CHECK(getEntry(*t.vault, ok->at(1)).position == 2);
    CHECK(auditRows(*t.vault) == 2);
}

TEST_CASE("list filters by label, section, person spoken to and parent visibility", "[entries][list]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id juf = addPerson(v, QStringLiteral("Juf Anna"));
    const Id arts = addPerson(v, QStringLiteral("Dr. Bos"), PersonRole::Informant, QStringLiteral("huisarts"));
    const Id a = addEntry(v, feit(QStringLiteral("a"), QStringLiteral("School")));
    EntryContent bron = note(QStringLiteral("b"), QStringLiteral("School"));
    bron.label = Label::Bron;
    bron.spokenTo = {spoke(juf)};
    const Id b = addEntry(v, bron);
    EntryContent hidden = note(QStringLiteral("c"), QStringLiteral("Thuis"));
    hidden.visibleToParent = false;
    hidden.spokenTo = {spoke(arts)};
    const Id c = addEntry(v, hidden);
    const Id d = addEntry(v, note(QStringLiteral("d"), QStringLiteral("Thuis")));

    EntryFilter all;
    CHECK(ids(listEntries(v, all)) == std::vector<Id> {a, b, c, d});

    EntryFilter byLabel;
    byLabel.label = Label::Bron;
    CHECK(ids(listEntries(v, byLabel)) == std::vector<Id> {b});
    byLabel.label = Label::Onbeoordeeld;
    CHECK(ids(listEntries(v, byLabel)) == std::vector<Id> {c, d});

    EntryFilter bySection;
    bySection.section = QStringLiteral("Thuis");
    CHECK(ids(listEntries(v, bySection)) == std::vector<Id> {c, d});

    EntryFilter byPerson;
    byPerson.spokenTo = juf;
    CHECK(ids(listEntries(v, byPerson)) == std::vector<Id> {b});
    byPerson.spokenTo = arts;
    CHECK(ids(listEntries(v, byPerson)) == std::vector<Id> {c});

    auto view = parentViewOf(v);
    EntryFilter forParent;
    CHECK(ids(listEntries(*view->vault, forParent)) == std::vector<Id> {a, b, d});
    forParent.section = QStringLiteral("Thuis");
    CHECK(ids(listEntries(*view->vault, forParent)) == std::vector<Id> {d});

    EntryFilter combined;
    combined.section = QStringLiteral("School");
    combined.label = Label::Feit;
    CHECK(ids(listEntries(v, combined)) == std::vector<Id> {a});
}

TEST_CASE("the person filter follows the current revision only", "[entries][list]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id juf = addPerson(v, QStringLiteral("Juf Anna"));
    EntryContent c = note(QStringLiteral("x"));
    c.spokenTo = {spoke(juf)};
    const Id id = addEntry(v, c);
    EntryContent without = getEntry(v, id).content;
    without.spokenTo.clear();
    REQUIRE(Entries(v, professional()).revise(id, without, {}).isOk());
    EntryFilter f;
    f.spokenTo = juf;
    CHECK(listEntries(v, f).empty());
}

TEST_CASE("list pages by position with afterPosition and limit", "[entries][list]")
{
    TempVault t;
    Vault& v = *t.vault;
    std::vector<EntryContent> batch;
    for (int i = 1; i <= 250; ++i)
        batch.push_back(note(QStringLiteral("notitie %1").arg(i)));
    REQUIRE(Entries(v, professional()).addAll(batch, {}).isOk());

    EntryFilter f;
    f.limit = 100;
    std::vector<std::size_t> pageSizes;
    std::set<Id> seen;
    std::int64_t lastPosition = -1;
    for (int guard = 0; guard < 10; ++guard) {
        f.afterPosition = lastPosition;
        const auto page = listEntries(v, f);
        if (page.empty())
            break;
        pageSizes.push_back(page.size());
        for (const Entry& e : page) {
            CHECK(e.position > lastPosition);
            lastPosition = e.position;
            seen.insert(e.id);
        }
    }
    CHECK(pageSizes == std::vector<std::size_t> {100, 100, 50});
    CHECK(seen.size() == 250);

    f.afterPosition = 10;
    f.limit = 3;
    const auto page = listEntries(v, f);
    REQUIRE(page.size() == 3);
    CHECK(page[0].position == 11);
    CHECK(page[0].content.text == QStringLiteral("notitie 11"));
    CHECK(page[2].position == 13);
}

TEST_CASE("counts gives the number of entries per label, whatever label is filtered on", "[entries][list]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id juf = addPerson(v, QStringLiteral("Juf Anna"));
    addEntry(v, feit(QStringLiteral("f1")));
    addEntry(v, feit(QStringLiteral("f2")));
    EntryContent m = note(QStringLiteral("m"));
    m.label = Label::Mening;
    addEntry(v, m);
    EntryContent b = note(QStringLiteral("b"));
    b.label = Label::Bron;
    b.spokenTo = {spoke(juf)};
    b.visibleToParent = false;
    addEntry(v, b);
    addEntry(v, QStringLiteral("o1"));
    addEntry(v, QStringLiteral("o2"));
    addEntry(v, QStringLiteral("o3"));

    EntryFilter f;
    f.label = Label::Feit; // ignored: counts are per label
    f.afterPosition = 5;   // ignored: counts cover the whole list
    auto c = Entries(v, professional()).counts(f);
    REQUIRE(c.isOk());
    CHECK(c->feit == 2);
    CHECK(c->mening == 1);
    CHECK(c->bron == 1);
    CHECK(c->onbeoordeeld == 3);
    CHECK(c->total() == 7);

    auto view = parentViewOf(v);
    auto pc = Entries(*view->vault, parent()).counts(EntryFilter {});
    REQUIRE(pc.isOk());
    CHECK(pc->bron == 0);
    CHECK(pc->total() == 6);
}

TEST_CASE("sections are listed once each, in the order they first appear", "[entries][list]")
{
    TempVault t;
    Vault& v = *t.vault;
    addEntry(v, note(QStringLiteral("1"), QStringLiteral("Aanleiding")));
    addEntry(v, note(QStringLiteral("2"), QStringLiteral("School")));
    addEntry(v, note(QStringLiteral("3"), QStringLiteral("Aanleiding")));
    addEntry(v, note(QStringLiteral("4"), QStringLiteral("Thuis")));
    auto s = Entries(v, professional()).sections();
    REQUIRE(s.isOk());
    CHECK(*s == QStringList {"Aanleiding", "School", "Thuis"});
}

TEST_CASE("entry text round-trips byte-exact, also after reopening", "[entries][text]")
{
    TempVault t;
    const QByteArray nul("voor\0midden\0na", 14);
    const std::vector<QString> texts {
        QString(1024 * 1024, QLatin1Char('x')) + QStringLiteral("einde"),
        QString::fromUtf8(nul),
        QStringLiteral("مرحبا، قالت الأم إن الطفل بخير."),
        QStringLiteral("שלום, האם אמרה שהילד בסדר."),
        QStringLiteral("Mixed: moeder zei \u202Bשלום\u202C en ging weg."),
        QStringLiteral("Emoji 👨‍👩‍👧 🏳️‍🌈 🇳🇱 en 😀"),
        QStringLiteral("\"dubbel\" 'enkel' „Nederlands” ‘zo’ `back` \\ ; -- DROP TABLE entry; %s %1"),
        QStringLiteral("regel 1\r\nregel 2\nregel 3\ttab"),
    };
    REQUIRE(QString::fromUtf8(nul).size() == 14);
    std::vector<Id> added;
    for (const QString& text : texts)
        added.push_back(addEntry(*t.vault, text));
    for (std::size_t i = 0; i < texts.size(); ++i)
        CHECK(getEntry(*t.vault, added[i]).content.text.toUtf8() == texts[i].toUtf8());

    t.vault.reset();
    auto reopened = Vault::open(t.path, pass("correct paard batterij"));
    REQUIRE(reopened.isOk());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        CHECK(getEntry(**reopened, added[i]).content.text.toUtf8() == texts[i].toUtf8());
        CHECK(getEntry(**reopened, added[i]).content.text.size() == texts[i].size());
    }
}

TEST_CASE("a shielded source shows as Afgeschermde bron with its reason to the parent only", "[entries][shielded]")
{
    TempVault t;
    Vault& v = *t.vault;
    const QString reason = QStringLiteral("Melder afgeschermd op grond van art. 4.1.1 Wmo");
    const Id melder = addPerson(v, QStringLiteral("Buurvrouw Jansen"), PersonRole::Informant, QStringLiteral("buurvrouw"),
                                true, reason);
    EntryContent c = note(QStringLiteral("De buurvrouw hoort 's avonds geschreeuw."));
    c.label = Label::Bron;
    c.spokenTo = {spoke(melder, QStringLiteral("2024-02-01"), Method::Telefoon)};
    const Id id = addEntry(v, c);

    const Entry pro = getEntry(v, id);
    REQUIRE(pro.content.spokenTo.size() == 1);
    CHECK(pro.content.spokenTo[0].name == QStringLiteral("Buurvrouw Jansen"));
    CHECK(pro.content.spokenTo[0].relation == QStringLiteral("buurvrouw"));
    CHECK(pro.content.spokenTo[0].shielded);
    CHECK(pro.content.spokenTo[0].shieldReason == reason);

    auto view = parentViewOf(v);
    const Entry par = getEntry(*view->vault, id);
    REQUIRE(par.content.spokenTo.size() == 1); // never silently dropped
    CHECK(par.content.spokenTo[0].name.isEmpty()); // a flag, named at display time
    CHECK(par.content.spokenTo[0].role == PersonRole::Informant);
    CHECK(par.content.spokenTo[0].shielded);
    CHECK(par.content.spokenTo[0].shieldReason == reason);
    CHECK(par.content.spokenTo[0].relation.isEmpty());
    CHECK(par.content.spokenTo[0].organisation.isEmpty());
    CHECK(par.content.spokenTo[0].method == Method::Telefoon);

    EntryFilter f;
    const auto listed = listEntries(*view->vault, f);
    REQUIRE(listed.size() == 1);
    REQUIRE(listed[0].content.spokenTo.size() == 1);
    CHECK(listed[0].content.spokenTo[0].name.isEmpty());
    CHECK(listed[0].content.spokenTo[0].shieldReason == reason);
    CHECK(listEntries(v, f)[0].content.spokenTo[0].name == QStringLiteral("Buurvrouw Jansen"));
}

TEST_CASE("a shielded person holding an opinion is not named to the parent either", "[entries][shielded]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id melder = addPerson(v, QStringLiteral("Buurvrouw Jansen"), PersonRole::Informant, QStringLiteral("buurvrouw"),
                                true, QStringLiteral("art. 4.1.1 Wmo"));
    EntryContent c = note(QStringLiteral("De melder vindt dat de kinderen verwaarloosd worden."));
    c.label = Label::Mening;
    c.holderId = melder;
    c.authorId = melder;
    const Id id = addEntry(v, c);
    CHECK(getEntry(v, id).holderName == QStringLiteral("Buurvrouw Jansen"));
    CHECK(getEntry(v, id).authorName == QStringLiteral("Buurvrouw Jansen"));
    auto view = parentViewOf(v);
    const Entry seen = getEntry(*view->vault, id);
    CHECK(seen.holderName.isEmpty());
    CHECK(seen.holderShielded);
    CHECK(seen.authorName.isEmpty());
    CHECK(opinionHolder(seen).shielded);
    CHECK(listEntries(*view->vault, EntryFilter {}).at(0).holderName.isEmpty());
}

TEST_CASE("the answer count of an entry follows its answers", "[entries]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id id = addEntry(v, QStringLiteral("x"));
    REQUIRE(Answers(v, professional()).add(id, AnswerKind::Klopt, {}).isOk());
    REQUIRE(Answers(v, professional()).add(id, AnswerKind::Vraag, QStringLiteral("waarom?")).isOk());
    CHECK(getEntry(v, id).answerCount == 2);
}

TEST_CASE("a mening can only rest on existing feiten, and a feit's basis must say which", "[entries][bad-input]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id f = addEntry(v, feit(QStringLiteral("Het rapport noemt vier dagen verzuim.")));
    const Id gossip = addEntry(v, QStringLiteral("Iemand zei iets."));
    const Id m = addEntry(v, QStringLiteral("Wij denken dat het thuis niet goed gaat."));
    Entries entries(v, professional());
    const int before = int(scalar(v, "SELECT count(*) FROM entry_revision"));

    const Status notFeit = entries.setLabel(m, Label::Mening, BasisKind::Geen, {}, std::nullopt, {gossip});
    CHECK(notFeit.code() == ErrorCode::InvalidInput);
    CHECK(notFeit.message().contains(QStringLiteral("geen feit")));
    const Status missing = entries.setLabel(m, Label::Mening, BasisKind::Geen, {}, std::nullopt, {999});
    CHECK(missing.code() == ErrorCode::InvalidInput);
    CHECK(missing.message().contains(QStringLiteral("999")));
    CHECK(entries.setLabel(m, Label::Mening, BasisKind::Geen, {}, std::nullopt, {m}).code() == ErrorCode::InvalidInput);

    EntryContent vague = feit(QStringLiteral("Er is een document."));
    vague.basisDetail = QStringLiteral("   ");
    const auto added = entries.add(vague);
    CHECK(added.code() == ErrorCode::InvalidInput);
    CHECK(added.message().contains(QStringLiteral("welk document")));
    CHECK(int(scalar(v, "SELECT count(*) FROM entry_revision")) == before);

    REQUIRE(entries.setLabel(m, Label::Mening, BasisKind::Geen, {}, std::nullopt, {f}).isOk());
    CHECK(getEntry(v, m).content.restsOn == std::vector<Id> {f});
}
