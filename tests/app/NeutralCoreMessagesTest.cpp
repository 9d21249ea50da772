// The core's messages are shown by the app and by the CLI alike, so they name no command-line
// option ("--cancel 6" means nothing in a window). The CLI adds its own hint line where an option
// is the way on. Two scans: the messages lupdate finds in src/core (exactly what gets translated),
// and every string literal in its sources (QStringLiteral pieces put into a message as well).

#include "AppTestSupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace inzage::test;

namespace {

const QRegularExpression kOption(QStringLiteral("--[A-Za-z]"));

// The string literals of C++ source text, comments and character literals skipped; a raw string
// R"d(...)d" is read whole.
QStringList stringLiterals(const QString& src)
{
    QStringList out;
    const qsizetype n = src.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = src[i];
        if (c == QLatin1Char('/') && i + 1 < n && src[i + 1] == QLatin1Char('/')) {
            while (i < n && src[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && src[i + 1] == QLatin1Char('*')) {
            const qsizetype end = src.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
        } else if (c == QLatin1Char('R') && i + 1 < n && src[i + 1] == QLatin1Char('"')
            && (i == 0 || !(src[i - 1].isLetterOrNumber() || src[i - 1] == QLatin1Char('_')))) {
            const qsizetype open = src.indexOf(QLatin1Char('('), i + 2);
            if (open < 0)
                break;
            const QString close = QLatin1Char(')') + src.mid(i + 2, open - i - 2) + QLatin1Char('"');
            const qsizetype end = src.indexOf(close, open + 1);
            out << src.mid(open + 1, (end < 0 ? n : end) - open - 1);
            i = end < 0 ? n : end + close.size() - 1;
        } else if (c == QLatin1Char('\'')) {
            // A character literal, or a digit separator (20'000): skip to the closing quote only for the first.
            if (i > 0 && src[i - 1].isDigit())
                continue;
            ++i;
            while (i < n && src[i] != QLatin1Char('\'')) {
                if (src[i] == QLatin1Char('\\'))
                    ++i;
                ++i;
            }
        } else if (c == QLatin1Char('"')) {
            QString lit;
            ++i;
            while (i < n && src[i] != QLatin1Char('"')) {
                if (src[i] == QLatin1Char('\\') && i + 1 < n) {
                    lit += src[i];
                    ++i;
                }
                lit += src[i];
                ++i;
            }
            out << lit;
        }
    }
    return out;
}

QStringList withOption(const QStringList& texts)
{
    QStringList out;
    for (const QString& t : texts)
        if (kOption.match(t).hasMatch())
            out << t;
    return out;
}

} // namespace

TEST_CASE("the literal scanner finds an option in a string but not in code or comments", "[i18n][neutral]")
{
    const QString src = QStringLiteral(
        "// see --help\n/* --cancel */ int i = 20'000; --i; char q = '\"';\n"
        "auto a = tr(\"Zeg het met --reason\"); auto b = QStringLiteral(\"gewoon -- niets\");\n"
        "auto c = R\"x(raw --kdf-ops)x\"; auto d = \"escaped \\\" --at\";\n");
    const QStringList literals = stringLiterals(src);
    CHECK(literals.size() == 4);
    CHECK(withOption(literals)
        == QStringList({ QStringLiteral("Zeg het met --reason"), QStringLiteral("raw --kdf-ops"),
            QStringLiteral("escaped \\\" --at") }));
}

TEST_CASE("no string in the core's sources names a command-line option", "[i18n][neutral]")
{
    const QString root = QStringLiteral(INZAGE_SOURCE_DIR "/src/core");
    QStringList found;
    int files = 0;
    QDirIterator it(root, { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        ++files;
        for (const QString& t : withOption(stringLiterals(QString::fromUtf8(f.readAll()))))
            found << path.mid(root.size() + 1) + QStringLiteral(": ") + t;
    }
    INFO(str(found.join(QLatin1Char('\n'))));
    CHECK(files >= 50);
    CHECK(found.isEmpty());
}

TEST_CASE("no translatable message of the core names a command-line option", "[i18n][neutral]")
{
    QTemporaryDir dir;
    const QString scanned = dir.filePath(QStringLiteral("core.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(INZAGE_LUPDATE),
        { QStringLiteral("-silent"), QStringLiteral(INZAGE_SOURCE_DIR "/src/core"), QStringLiteral("-ts"), scanned });
    REQUIRE(lupdate.waitForFinished(120'000));
    REQUIRE(lupdate.exitCode() == 0);
    QFile f(scanned);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QStringList sources;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            sources << xml.readElementText();
    }
    REQUIRE_FALSE(xml.hasError());
    INFO(str(withOption(sources).join(QLatin1Char('\n'))));
    CHECK(sources.size() >= 100);
    CHECK(withOption(sources).isEmpty());
}
