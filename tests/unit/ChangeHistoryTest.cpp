// "Who changed my file": the audit chain in plain words, for each reader as the file was opened.
#include "ExchangeSupport.h"

#include "audit/AuditChain.h"
#include "audit/ChangeHistory.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace inzage;
using namespace inzage::test;

namespace {

QStringList sentences(Vault& v)
{
    auto lines = ChangeHistory::read(v, QLocale(QLocale::Dutch, QLocale::Netherlands));
    INFO(str(lines.message()));
    REQUIRE(lines.isOk());
    QStringList out;
    for (const ChangeLine& l : *lines)
        out << l.sentence();
    return out;
}

bool anyContains(const QStringList& lines, const QString& part)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return l.contains(part); });
}

// Every action string the core's sources hand to the audit chain: a literal "word.word" that is
// not a file name or an abbreviation ("content.xml", "o.i.d").
QSet<QString> actionsInCoreSources()
{
    static const QRegularExpression literal(QStringLiteral("\"([a-z]{3,}(?:-[a-z]+)*\\.[a-z]{3,}(?:-[a-z]+)*)\""));
    static const QStringList fileEndings { QStringLiteral("xml"), QStringLiteral("rels"), QStringLiteral("docx"),
        QStringLiteral("odt"), QStringLiteral("txt"), QStringLiteral("pdf"), QStringLiteral("json"),
        QStringLiteral("inzage"), QStringLiteral("sql") };
    QSet<QString> found;
    QDirIterator it(QStringLiteral(INZAGE_CORE_SOURCE_DIR), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("ChangeHistory.cpp")))
            continue; // the sentences themselves
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        auto m = literal.globalMatch(text);
        while (m.hasNext()) {
            const QString word = m.next().captured(1);
            if (!fileEndings.contains(word.section(QLatin1Char('.'), -1)))
                found.insert(word);
        }
    }
    return found;
}

} // namespace

TEST_CASE("every audit action the core writes has a sentence of its own", "[history]")
{
    const QSet<QString> inSources = actionsInCoreSources();
    REQUIRE(inSources.contains(QStringLiteral("entry.add")));
    REQUIRE(inSources.contains(QStringLiteral("report.final")));
    for (const QString& action : inSources) {
        INFO("an audit action without a sentence in ChangeHistory: " << str(action));
        CHECK(ChangeHistory::knownActions().contains(action));
    }
    for (const QString& action : ChangeHistory::knownActions()) {
        INFO("ChangeHistory knows an action the core no longer writes: " << str(action));
        CHECK(inSources.contains(action));
    }

    // And each one is said in words, not as "unknown", whatever its before and after hold.
    TempVault t;
    for (const QString& action : ChangeHistory::knownActions())
        REQUIRE(AuditChain::append(t.vault->db(), { QStringLiteral("Anouk Verbeek (professional)"), action,
                                                      QStringLiteral("entry:1"), {}, {} })
                    .isOk());
    REQUIRE(AuditChain::append(t.vault->db(), { QStringLiteral("Anouk Verbeek (professional)"),
                                                  QStringLiteral("iets.nieuws"), QStringLiteral("x:1"), {}, {} })
                .isOk());
    auto lines = ChangeHistory::read(*t.vault);
    REQUIRE(lines.isOk());
    int unknown = 0;
    for (const ChangeLine& l : *lines) {
        INFO(str(l.action) << ": " << str(l.sentence()));
        CHECK(l.who == QStringLiteral("Anouk Verbeek (hulpverlener)"));
        CHECK_FALSE(l.what.isEmpty());
        if (l.what.contains(QStringLiteral("niet kent")))
            ++unknown;
        CHECK(l.what.contains(QStringLiteral("niet kent")) == (l.action == QStringLiteral("iets.nieuws")));
    }
    CHECK(unknown == 1);
}

TEST_CASE("the history says who changed what and when, and a parent never reads a shielded name", "[history]")
{
    ExchangePair x;
    Vault& pro = *x.pro.vault;
    const Id melder = addPerson(pro, QStringLiteral("Zeppelinmelder"), PersonRole::Informant,
        QStringLiteral("buurvrouw"), true, QStringLiteral("art. 5.2.6 Wmo 2015"));
    EntryContent b = note(QStringLiteral("Er is 's avonds geschreeuw te horen."));
    b.label = Label::Bron;
    b.spokenTo = { spoke(melder, QStringLiteral("2026-02-03"), Method::Telefoon) };
    const Id bron = addEntry(pro, b);
    EntryContent m = note(QStringLiteral("Moeder komt afspraken na."));
    m.label = Label::Mening;
    const Id mening = addEntry(pro, m);
    EntryContent hidden = note(QStringLiteral("Intern overleg."), QStringLiteral("Geheime sectie"));
    hidden.visibleToParent = false;
    const Id internal = addEntry(pro, hidden);
    // mening → feit, and the text corrected
    REQUIRE(Entries(pro, professional())
                .setLabel(mening, Label::Feit, BasisKind::Waarneming, QStringLiteral("huisbezoek 2 maart"), {}, {})
                .isOk());
    auto current = Entries(pro, professional()).get(mening);
    REQUIRE(current.isOk());
    EntryContent corrected = current->content;
    corrected.text = QStringLiteral("Moeder kwam alle drie de afspraken na.");
    REQUIRE(Entries(pro, professional()).revise(mening, corrected, QStringLiteral("verbeterd")).isOk());
    x.makeCopy();

    // The mother answers in her copy; the professional replies; the reply comes back.
    auto answer = Answers(*x.copy, parent()).add(bron, AnswerKind::KloptNiet, QStringLiteral("Dat was de tv."));
    REQUIRE(answer.isOk());
    REQUIRE(AnswerExchange::exportAnswers(*x.copy, x.file("antwoorden.inzage-antw")).isOk());
    REQUIRE(AnswerExchange::importAnswers(pro, professional(), x.file("antwoorden.inzage-antw")).isOk());
    const Answer inPro = answerByUid(pro, answer->uid);
    REQUIRE(Answers(pro, professional()).handle(inPro.id, AnswerStatus::InBehandeling, QStringLiteral("We kijken het na."))
                .isOk());
    REQUIRE(AnswerExchange::exportUpdates(pro, {}, x.file("update.inzage-upd")).isOk());
    REQUIRE(AnswerExchange::importUpdates(*x.copy, parent(), x.file("update.inzage-upd")).isOk());

    SECTION("the professional reads every change of the chain, newest first")
    {
        const QStringList lines = sentences(pro);
        INFO(str(lines.join(QLatin1Char('\n'))));
        CHECK(anyContains(lines,
            QStringLiteral("j.devries (hulpverlener) heeft het label van nr. %1 veranderd van mening in feit").arg(mening)));
        CHECK(anyContains(lines, QStringLiteral("heeft de tekst van nr. %1 veranderd").arg(mening)));
        CHECK(anyContains(lines, QStringLiteral("heeft een ouderexemplaar gemaakt voor Moeder Visser")));
        CHECK(anyContains(lines, QStringLiteral("heeft de reactie op nr. %1 beantwoord en in behandeling genomen").arg(bron)));
        CHECK(anyContains(lines, QStringLiteral("heeft Zeppelinmelder aan het dossier toegevoegd")));
        CHECK(anyContains(lines, QStringLiteral("heeft 3 notities toegevoegd: nr. 1 tot en met nr. %1").arg(internal)));
        auto read = ChangeHistory::read(pro);
        REQUIRE(read.isOk());
        for (std::size_t i = 1; i < read->size(); ++i)
            CHECK((*read)[i - 1].seq > (*read)[i].seq);
    }

    SECTION("the parent reads her own answers as hers, the reply, and never the shielded name or a hidden entry")
    {
        const QStringList lines = sentences(*x.copy);
        const QString all = lines.join(QLatin1Char('\n'));
        INFO(str(all));
        CHECK(anyContains(lines, QStringLiteral("U heeft een reactie gegeven op nr. %1").arg(bron)));
        CHECK(anyContains(lines,
            QStringLiteral("j.devries (hulpverlener) heeft uw reactie op nr. %1 beantwoord en in behandeling genomen")
                .arg(bron)));
        CHECK(anyContains(lines, QStringLiteral("heeft het label van nr. %1 veranderd van mening in feit").arg(mening)));
        CHECK(anyContains(lines, QStringLiteral("heeft dit ouderexemplaar gemaakt")));
        CHECK(anyContains(lines, QStringLiteral("U heeft een update van de hulpverlener ingelezen")));
        CHECK(anyContains(lines, QStringLiteral("heeft 2 notities toegevoegd: nr. 1 tot en met nr. 2")));
        CHECK_FALSE(all.contains(QStringLiteral("Zeppelinmelder"), Qt::CaseInsensitive));
        CHECK_FALSE(all.contains(QStringLiteral("buurvrouw"), Qt::CaseInsensitive));
        CHECK_FALSE(all.contains(QStringLiteral("Geheime sectie")));
        CHECK_FALSE(all.contains(QStringLiteral("nr. %1 ").arg(internal)));
        CHECK_FALSE(all.contains(QStringLiteral("nr. %1)").arg(internal)));
        CHECK_FALSE(all.contains(QStringLiteral("verborgen")));
        // Newest first, each line with a Dutch date and time.
        auto read = ChangeHistory::read(*x.copy, QLocale(QLocale::Dutch, QLocale::Netherlands));
        REQUIRE(read.isOk());
        for (std::size_t i = 1; i < read->size(); ++i)
            CHECK((*read)[i - 1].at >= (*read)[i].at);
        const QString year = QString::number(QDate::currentDate().year());
        for (const ChangeLine& l : *read)
            CHECK(l.when.contains(QStringLiteral(" om ")));
        CHECK(read->front().when.contains(year));
    }

    SECTION("a reviewer reads the same chain as the professional")
    {
        auto ro = Vault::open(x.pro.path, pass(kProPass), OpenMode::ReadOnly);
        REQUIRE(ro.isOk());
        CHECK(sentences(**ro) == sentences(pro));
    }
}

TEST_CASE("entries one person added on one day are one line", "[history]")
{
    TempVault t;
    std::vector<EntryContent> many;
    for (int i = 0; i < 25; ++i)
        many.push_back(note(QStringLiteral("Zin %1.").arg(i)));
    REQUIRE(Entries(*t.vault, professional()).addAll(many, QStringLiteral("import")).isOk());
    auto lines = ChangeHistory::read(*t.vault);
    REQUIRE(lines.isOk());
    std::vector<ChangeLine> added;
    std::copy_if(lines->begin(), lines->end(), std::back_inserter(added),
        [](const ChangeLine& l) { return l.action == QStringLiteral("entry.add"); });
    REQUIRE(added.size() == 1);
    CHECK(added.front().count == 25);
    CHECK(added.front().what == QStringLiteral("heeft 25 notities toegevoegd: nr. 1 tot en met nr. 25"));
}

TEST_CASE("a date and time are said the Dutch way, in local time", "[history]")
{
    CHECK(ChangeHistory::whenText(QStringLiteral("2026-03-12T13:05:00.000Z"), QLocale(QLocale::Dutch, QLocale::Netherlands))
        == QStringLiteral("12 maart 2026 om 14:05"));
}
