// The TSV import read a line at a time (importTsvFile): the same entries as the whole-file path,
// all rows or none even when the bad line comes after thousands of good ones, and clear refusals
// for a line without an end, a file above the limit, a file that is not UTF-8 or has no rows.

#include "DomainSupport.h"

#include "dossier/Entries.h"
#include "exchange/TsvImport.h"

#include <QFile>

using namespace inzage;
using namespace inzage::test;

namespace {

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

QByteArray rows(int n, int firstLine = 2)
{
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        const int line = firstLine + i;
        switch (i % 3) {
        case 0:
            out += "Zorgen\tbron\tjuf Sterre (leerkracht)\tVolgens de leerkracht kwam het kind op regel " + QByteArray::number(line) + " te laat.\n";
            break;
        case 1:
            out += "Zorgen\tmening\tAnouk Verbeek\tDe jeugdbeschermer vindt regel " + QByteArray::number(line) + " zorgelijk.\n";
            break;
        default:
            out += "Feiten\tfeit\tdocument: verzuimoverzicht\tOp regel " + QByteArray::number(line) + " staat een datum.\n";
        }
    }
    return out;
}

const QByteArray kHeader = "section\tlabel\tspoken_to\ttext\n";

int entryCount(Vault& v)
{
    auto c = Entries(v, professional()).counts(EntryFilter {});
    REQUIRE(c.isOk());
    return c->total();
}

} // namespace

TEST_CASE("a TSV read a line at a time gives the same entries as the whole file at once", "[tsv][import]")
{
    TempVault streamed;
    TempVault whole;
    const QByteArray bytes = "\xEF\xBB\xBF" + kHeader + rows(2500).replace(".\nZorgen\tmening", ".\r\nZorgen\tmening");
    const QString path = writeFile(streamed.dir, "rapport.tsv", bytes);

    auto summary = importTsvFile(*streamed.vault, professional(), path);
    INFO(str(summary.message()));
    REQUIRE(summary.isOk());
    CHECK(summary->count == 2500);
    CHECK(summary->last - summary->first + 1 == 2500);

    auto parsed = parseTsv(bytes);
    REQUIRE(parsed.isOk());
    auto ids = importTsv(*whole.vault, professional(), *parsed);
    REQUIRE(ids.isOk());
    REQUIRE(ids->size() == 2500);

    Entries a(*streamed.vault, professional());
    Entries b(*whole.vault, professional());
    for (const Id id : {summary->first, summary->first + 1, summary->first + 2, summary->first + 1249, summary->last}) {
        auto x = a.get(id);
        auto y = b.get(id - summary->first + ids->front());
        REQUIRE(x.isOk());
        REQUIRE(y.isOk());
        CHECK(x->content.text == y->content.text);
        CHECK_FALSE(x->content.text.endsWith(QLatin1Char('\r')));
        CHECK(x->content.text.contains(QStringLiteral("regel %1 ").arg(id - summary->first + 2)));
        CHECK(x->content.label == y->content.label);
        CHECK(x->content.section == y->content.section);
        CHECK(x->content.holderId.has_value() == y->content.holderId.has_value());
        CHECK(x->content.spokenTo.size() == y->content.spokenTo.size());
        CHECK(x->content.basisDetail == y->content.basisDetail);
    }
    // The one person named 834 times was added once.
    auto sterre = Persons(*streamed.vault, professional()).find(QStringLiteral("juf Sterre"));
    REQUIRE(sterre.isOk());
    CHECK(sterre->size() == 1);
}

TEST_CASE("a bad line after thousands of good ones imports nothing and names the line", "[tsv][import][bad-input]")
{
    TempVault t;
    const QByteArray bytes = kHeader + rows(4100) + "Zorgen\tgerucht\tiemand\tDit label bestaat niet.\n" + rows(10, 4103);
    const QString path = writeFile(t.dir, "fout.tsv", bytes);
    auto summary = importTsvFile(*t.vault, professional(), path);
    REQUIRE_FALSE(summary.isOk());
    CHECK(summary.code() == ErrorCode::InvalidInput);
    CHECK(summary.message().contains(QStringLiteral("Regel 4102")));
    CHECK(summary.message().contains(QStringLiteral("gerucht")));
    CHECK(entryCount(*t.vault) == 0);
    // Nor a person from the good lines.
    auto sterre = Persons(*t.vault, professional()).find(QStringLiteral("juf Sterre"));
    REQUIRE(sterre.isOk());
    CHECK(sterre->empty());
}

TEST_CASE("a TSV that cannot be read line by line is refused with a clear message", "[tsv][import][bad-input]")
{
    TempVault t;
    SECTION("a line with no end within the limit")
    {
        QByteArray endless = kHeader + rows(3) + "Zorgen\tbron\tx\t";
        endless += QByteArray(kMaxLine + 10, 'a');
        endless += "\n" + rows(1, 6);
        auto r = importTsvFile(*t.vault, professional(), writeFile(t.dir, "lang.tsv", endless));
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().contains(QStringLiteral("Regel 5 is langer dan")));
    }
    SECTION("a file above the limit (sparse, no disk spent)")
    {
        const QString path = t.dir.filePath(QStringLiteral("groot.tsv"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(kHeader) == kHeader.size());
        REQUIRE(f.resize(kMaxTsvSize + 1));
        f.close();
        auto r = importTsvFile(*t.vault, professional(), path);
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().contains(QStringLiteral("ten hoogste")));
    }
    SECTION("not UTF-8")
    {
        auto r = importTsvFile(*t.vault, professional(), writeFile(t.dir, "latin1.tsv", kHeader + rows(2) + "Zorgen\tbron\tx\tcli\xebnt\n"));
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().contains(QStringLiteral("UTF-8")));
    }
    SECTION("only a header")
    {
        auto r = importTsvFile(*t.vault, professional(), writeFile(t.dir, "kop.tsv", kHeader + "\n\n"));
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().contains(QStringLiteral("geen regels")));
    }
    SECTION("empty")
    {
        auto r = importTsvFile(*t.vault, professional(), writeFile(t.dir, "leeg.tsv", QByteArray()));
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().contains(QStringLiteral("leeg")));
    }
    SECTION("a missing column")
    {
        auto r = importTsvFile(*t.vault, professional(), writeFile(t.dir, "kolom.tsv", "section\tlabel\ttext\nA\tfeit\tx\n"));
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().contains(QStringLiteral("spoken_to")));
    }
    CHECK(entryCount(*t.vault) == 0);
}
