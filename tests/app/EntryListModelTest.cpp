// What the dossier page's list promises: label filters that match their counts, search that
// ignores accents and case, and paging in steps of 100 instead of loading the whole file.

#include "AppTestSupport.h"

#include "EntryListModel.h"

#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "dossier/SourceApprovals.h"
#include "vault/Vault.h"

#include <cstring>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

void fetchAll(EntryListModel& m)
{
    while (m.canFetchMore({}))
        m.fetchMore({});
}

QStringList column(const EntryListModel& m, int role)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.data(m.index(r), role).toString();
    return out;
}

// A professional's vault of its own, filled with `texts` in one transaction.
struct FilledVault {
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;

    explicit FilledVault(const QStringList& texts)
    {
        Vault::CreateOptions o;
        o.kdf = KdfParams::fastForTests();
        const char* pass = "correct paard batterij";
        auto v = Vault::create(dir.filePath(QStringLiteral("d.inzage")), SecureBytes(pass, std::strlen(pass)), o);
        INFO(str(v.message()));
        REQUIRE(v.isOk());
        vault = std::move(*v);
        std::vector<EntryContent> contents;
        for (const QString& t : texts) {
            EntryContent c;
            c.text = t;
            c.section = QStringLiteral("Verloop");
            contents.push_back(c);
        }
        auto added = Entries(*vault, Actor { QStringLiteral("j.devries"), Role::Professional })
                         .addAll(contents, QStringLiteral("test"));
        INFO(str(added.message()));
        REQUIRE(added.isOk());
    }
};

} // namespace

TEST_CASE("a label filter shows exactly as many cards as its count says, all with that label", "[entries]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.parentCopy);
    auto& m = *qobject_cast<EntryListModel*>(app->entries());
    fetchAll(m);
    const int all = m.rowCount();
    const int feit = m.feitCount(), mening = m.meningCount(), bron = m.bronCount(), open = m.onbeoordeeldCount();
    CHECK(feit > 0);
    CHECK(mening > 0);
    CHECK(bron > 0);
    CHECK(open > 0);
    CHECK(feit + mening + bron + open == all);
    INFO(str(m.countsText()));
    CHECK(m.countsText().contains(QStringLiteral("%1 bronnen").arg(bron))); // Dutch plurals, not "bron(nen)"
    CHECK(m.countsText().contains(QStringLiteral("%1 feiten").arg(feit)));

    const std::pair<const char*, int> expected[]
        = { { "feit", feit }, { "mening", mening }, { "bron", bron }, { "onbeoordeeld", open } };
    for (const auto& [label, count] : expected) {
        INFO(label);
        m.setLabelFilter(QString::fromLatin1(label));
        fetchAll(m);
        CHECK(m.labelFilter() == QString::fromLatin1(label));
        CHECK(m.rowCount() == count);
        CHECK(column(m, EntryListModel::LabelRole).count(QString::fromLatin1(label)) == count);
        CHECK(m.bronCount() == bron); // the counts describe the whole dossier, not the filtered view
    }
    m.setLabelFilter({});
    fetchAll(m);
    CHECK(m.rowCount() == all);
}

TEST_CASE("the parent's list leaves out the professional's internal notes", "[entries]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.parentCopy);
    auto& m = *qobject_cast<EntryListModel*>(app->entries());
    fetchAll(m);
    REQUIRE(m.rowCount() > 0);
    for (const QString& text : column(m, EntryListModel::TextRole))
        CHECK_FALSE(text.contains(QStringLiteral("Interne notitie")));
    CHECK_FALSE(m.sections().contains(QStringLiteral("Intern")));
}

TEST_CASE("search ignores accents and case, in the text and in what is typed", "[entries]")
{
    FilledVault v({ QStringLiteral("Het gesprek was in het café op de hoek."),
        QStringLiteral("Moeder vertelt over de financiën van het gezin."), QStringLiteral("Vader belde de school.") });
    EntryListModel m;
    m.setVault(v.vault.get());
    REQUIRE(m.rowCount() == 3);

    m.setSearch(QStringLiteral("cafe"));
    REQUIRE(m.rowCount() == 1);
    CHECK(m.data(m.index(0), EntryListModel::TextRole).toString().contains(QStringLiteral("café")));
    m.setSearch(QStringLiteral("CAFÉ"));
    CHECK(m.rowCount() == 1);
    m.setSearch(QStringLiteral("financien"));
    REQUIRE(m.rowCount() == 1);
    CHECK(m.data(m.index(0), EntryListModel::TextRole).toString().contains(QStringLiteral("financiën")));
    m.setSearch(QStringLiteral("schóól"));
    CHECK(m.rowCount() == 1);
    CHECK(m.onbeoordeeldCount() == 1); // the counts follow the search
    m.setSearch(QStringLiteral("ziekenhuis"));
    CHECK(m.rowCount() == 0);
    m.setSearch({});
    CHECK(m.rowCount() == 3);
}

TEST_CASE("a dossier of 1,000 entries loads in pages of 100", "[entries][paging]")
{
    QStringList texts;
    for (int i = 1; i <= 1000; ++i)
        texts << QStringLiteral("Notitie nummer %1 over het gezin.").arg(i);
    FilledVault v(texts);
    EntryListModel m;
    ModelCheck check(&m);
    m.setVault(v.vault.get());

    CHECK(EntryListModel::kPageSize == 100);
    CHECK(m.rowCount() == 100);
    CHECK(m.onbeoordeeldCount() == 1000);
    REQUIRE(m.canFetchMore({}));
    m.fetchMore({});
    CHECK(m.rowCount() == 200);
    CHECK(m.data(m.index(100), EntryListModel::TextRole).toString()
        == QStringLiteral("Notitie nummer 101 over het gezin."));
    while (m.canFetchMore({})) {
        const int before = m.rowCount();
        m.fetchMore({});
        CHECK(m.rowCount() - before <= 100);
        CHECK(m.rowCount() % 100 == 0);
    }
    CHECK(m.rowCount() == 1000);
    CHECK(m.data(m.index(999), EntryListModel::TextRole).toString()
        == QStringLiteral("Notitie nummer 1000 over het gezin."));
    CHECK_FALSE(m.loading());

    m.setSearch(QStringLiteral("nummer"));
    CHECK(m.rowCount() == 100); // a new filter starts again at one page
    INFO(str(check.complaints()));
    CHECK(check.complaints().isEmpty());
}

TEST_CASE("an entry that changed offers its earlier versions, newest first, with why each was replaced", "[entries][history]")
{
    FilledVault f({QStringLiteral("Vader kwam niet naar de afspraak.")});
    Entries entries(*f.vault, Actor {QStringLiteral("j.devries"), Role::Professional});
    auto e = entries.get(1);
    REQUIRE(e.isOk());
    EntryContent c = e->content;
    c.text = QStringLiteral("Vader kwam niet naar de afspraak; hij had die dag geen bericht gekregen.");
    REQUIRE(entries.revise(1, c, QStringLiteral("na reactie van vader aangevuld")).isOk());
    c.label = Label::Feit;
    c.basisKind = BasisKind::Document;
    c.basisDetail = QStringLiteral("agenda jeugdbescherming");
    REQUIRE(entries.revise(1, c, QStringLiteral("label: feit")).isOk());

    EntryListModel m;
    m.setVault(f.vault.get());
    REQUIRE(m.rowCount() == 1);
    const QModelIndex i = m.index(0);
    CHECK(m.data(i, EntryListModel::RevisionRole).toInt() == 3);
    const QVariantList history = m.data(i, EntryListModel::HistoryRole).toList();
    REQUIRE(history.size() == 2);
    const QVariantMap newer = history.at(0).toMap();
    const QVariantMap oldest = history.at(1).toMap();
    CHECK(newer.value(QStringLiteral("rev")).toInt() == 2);
    CHECK(newer.value(QStringLiteral("label")).toString() == QStringLiteral("onbeoordeeld"));
    CHECK(newer.value(QStringLiteral("replacedBecause")).toString() == QStringLiteral("label: feit"));
    CHECK(oldest.value(QStringLiteral("rev")).toInt() == 1);
    CHECK(oldest.value(QStringLiteral("text")).toString() == QStringLiteral("Vader kwam niet naar de afspraak."));
    CHECK(oldest.value(QStringLiteral("replacedBecause")).toString() == QStringLiteral("na reactie van vader aangevuld"));

    // An entry never changed has no history.
    FilledVault plain({QStringLiteral("Eén versie.")});
    EntryListModel p;
    p.setVault(plain.vault.get());
    CHECK(p.data(p.index(0), EntryListModel::HistoryRole).toList().isEmpty());
}

TEST_CASE("a card says who approved a bron, when and how, and nothing for an entry not approved", "[app][model]")
{
    FilledVault f({QStringLiteral("De leerkracht vertelt dat Mila moe is."), QStringLiteral("Een andere zin.")});
    const Actor pro {QStringLiteral("j.devries"), Role::Professional};
    Person teacher;
    teacher.name = QStringLiteral("Marja Bos");
    auto id = Persons(*f.vault, pro).add(teacher);
    REQUIRE(id.isOk());
    Entries entries(*f.vault, pro);
    EntryContent c = entries.get(1)->content;
    c.label = Label::Bron;
    SpokenTo s;
    s.personId = *id;
    s.spokenOn = QStringLiteral("2026-02-03");
    s.method = Method::Telefoon;
    c.spokenTo = {s};
    REQUIRE(entries.revise(1, c, QStringLiteral("label: bron")).isOk());
    ApprovalInput in;
    in.entry = 1;
    in.by.nameOrId = QStringLiteral("Marja Bos");
    in.on = QStringLiteral("2026-02-10");
    in.method = QStringLiteral("schriftelijk");
    REQUIRE(SourceApprovals(*f.vault, pro).approve(in).isOk());

    EntryListModel m;
    m.setVault(f.vault.get());
    REQUIRE(m.rowCount() == 2);
    const QString approval = m.data(m.index(0), EntryListModel::ApprovalRole).toString();
    CHECK(approval.startsWith(QStringLiteral("Goedgekeurd door Marja Bos op ")));
    CHECK(approval.contains(QStringLiteral("2026")));
    CHECK(m.data(m.index(1), EntryListModel::ApprovalRole).toString().isEmpty());
    CHECK(m.roleNames().value(EntryListModel::ApprovalRole) == QByteArray("approval"));
}

TEST_CASE("the keys and ga naar nr. reach every entry: rowOfEntry and loadAll read the pages they need", "[entries][paging]")
{
    QStringList texts;
    for (int i = 1; i <= 450; ++i)
        texts << QStringLiteral("Notitie nummer %1.").arg(i);
    FilledVault v(texts);
    EntryListModel m;
    ModelCheck check(&m);
    m.setVault(v.vault.get());
    REQUIRE(m.rowCount() == 100);
    CHECK(m.total() == 450);
    CHECK(m.canLoadMore());

    CHECK(m.rowOfEntry(420) == 419); // reads on until entry 420 is there
    CHECK(m.rowCount() >= 420);
    CHECK(m.entryIdAt(419) == 420);
    CHECK(m.rowOfEntry(7) == 6);   // already loaded
    CHECK(m.rowOfEntry(9999) == -1); // not in this file
    CHECK(m.rowCount() == 450);
    CHECK_FALSE(m.canLoadMore());
    CHECK(m.entryIdAt(450) == 0);
    CHECK(m.entryIdAt(-1) == 0);

    m.setSearch(QStringLiteral("nummer"));
    REQUIRE(m.rowCount() == 100);
    m.loadAll();
    CHECK(m.rowCount() == 450);
    CHECK(m.data(m.index(449), EntryListModel::TextRole).toString() == QStringLiteral("Notitie nummer 450."));
    INFO(str(check.complaints()));
    CHECK(check.complaints().isEmpty());
}

TEST_CASE("saving an answer changes one row and keeps the list as it is", "[entries][answers]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.parentCopy);
    auto& m = *qobject_cast<EntryListModel*>(app->entries());
    ModelCheck check(&m);
    fetchAll(m);
    const int rows = m.rowCount();
    const int entryId = m.entryIdAt(3);
    int resets = 0, changedRow = -1;
    QObject::connect(&m, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(&m, &QAbstractItemModel::dataChanged, [&](const QModelIndex& from, const QModelIndex& to) {
        if (from == to)
            changedRow = from.row();
    });
    CHECK(app->submitAnswer(entryId, QStringLiteral("vraag"), QStringLiteral("Wie was erbij?")).isEmpty());
    CHECK(resets == 0);
    CHECK(changedRow == 3);
    CHECK(m.rowCount() == rows);
    const QVariantList answers = m.data(m.index(3), EntryListModel::AnswersRole).toList();
    REQUIRE_FALSE(answers.isEmpty());
    const QVariantMap last = answers.constLast().toMap();
    CHECK(last.value(QStringLiteral("text")).toString() == QStringLiteral("Wie was erbij?"));
    CHECK(last.value(QStringLiteral("statusName")).toString() == QStringLiteral("Nog niet verstuurd"));
    CHECK_FALSE(last.value(QStringLiteral("sent")).toBool());
    INFO(str(check.complaints()));
    CHECK(check.complaints().isEmpty());
}

TEST_CASE("'who was spoken to is not recorded' shows only where it is missing for real", "[app][model]")
{
    FilledVault f({QStringLiteral("De ouders werken onvoldoende samen."), QStringLiteral("Volgens de buren is er ruzie."),
                   QStringLiteral("Op 3 maart is vader telefonisch gesproken."), QStringLiteral("Een zin.")});
    const Actor pro {QStringLiteral("j.devries"), Role::Professional};
    Entries entries(*f.vault, pro);
    EntryContent mening = entries.get(1)->content;
    mening.label = Label::Mening;
    REQUIRE(entries.revise(1, mening, QStringLiteral("label: mening")).isOk());
    EntryContent feit = entries.get(3)->content;
    feit.label = Label::Feit;
    feit.basisKind = BasisKind::Waarneming;
    feit.basisDetail = QStringLiteral("telefoongesprek 3 maart");
    REQUIRE(entries.revise(3, feit, QStringLiteral("label: feit")).isOk());

    EntryListModel m;
    m.setVault(f.vault.get());
    REQUIRE(m.rowCount() == 4);
    const auto spoken = [&](int row) { return m.data(m.index(row), EntryListModel::SpokenToRole).toStringList(); };
    CHECK(spoken(0).isEmpty()); // a mening: its holder line says whose opinion it is
    CHECK(m.data(m.index(0), EntryListModel::HolderRole).toString().startsWith(QStringLiteral("Dit is de mening van")));
    CHECK(spoken(2).isEmpty()); // a feit: its basis line says what it rests on
    CHECK_FALSE(m.data(m.index(2), EntryListModel::BasisRole).toString().isEmpty());
    CHECK(spoken(3) == QStringList {QStringLiteral("Met wie er gesproken is, staat er niet bij.")}); // not yet labelled
}
