// `inzage-cli sentences` and `inzage-cli import` for documents, run as a script would, with the
// bad input a professional will feed it: each refused with a clear Dutch message, exit code 10
// (invalid input), and the vault file byte-identical afterwards.

#include "../unit/DocumentFixtures.h"
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace inzage::test;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray secondVersion()
{
    QByteArray xml = fileBytes(documentFixtureDir("rapport.docx") + QStringLiteral("/word/document.xml"));
    xml.replace(
        "<w:t xml:space=\"preserve\"> te laat.</w:t>", "<w:t xml:space=\"preserve\"> bijna elke dag te laat.</w:t>");
    xml.replace("<w:t>Daan is vrolijk.</w:t>", "<w:t>De vader is niet bereikt.</w:t>");
    return fixtureWith("rapport.docx", QStringLiteral("word/document.xml"), xml);
}

} // namespace

TEST_CASE("sentences prints one sentence a line, blank lines between paragraphs and # headings", "[cli][document]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("r.md"),
        "# Aanleiding\n\nOp 3 jan. 2026 belde dhr. Jansen. Hij was boos!\n\n## Standpunt moeder\n\nZij "
        "verwijst naar art. 1:255 lid 1 BW.\n");
    const CliResult r = runCli({ QStringLiteral("sentences"), path });
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText()
        == QStringLiteral(
            "# Aanleiding\n\nOp 3 jan. 2026 belde dhr. Jansen.\nHij was boos!\n\n## Standpunt moeder\n\nZij "
            "verwijst naar art. 1:255 lid 1 BW.\n"));
    const CliResult j = runCli({ QStringLiteral("sentences"), path, QStringLiteral("--json") });
    REQUIRE(j.exitCode == 0);
    const QJsonArray sections = j.json().object().value(QStringLiteral("sections")).toArray();
    REQUIRE(sections.size() == 2);
    CHECK(sections[1].toObject().value(QStringLiteral("heading")).toString() == QStringLiteral("Standpunt moeder"));
    CHECK(sections[0].toObject().value(QStringLiteral("paragraphs")).toArray()[0].toArray().size() == 2);
}

TEST_CASE("sentences on a docx says it had tracked changes", "[cli][document]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("rapport.docx"), fixtureDocument("rapport.docx"));
    const CliResult r = runCli({ QStringLiteral("sentences"), path });
    REQUIRE(r.exitCode == 0);
    CHECK(r.errText().contains(QStringLiteral("bijgehouden wijzigingen")));
    CHECK(r.outText().startsWith(QStringLiteral("# Aanleiding\n\nOp 14 januari 2025 meldde dhr. Jansen")));
}

TEST_CASE("import of a document and of its newer version prints what was matched", "[cli][document]")
{
    CliVault v;
    const QString first = writeFile(v.dir, QStringLiteral("rapport.docx"), fixtureDocument("rapport.docx"));
    const CliResult a = v.run({ QStringLiteral("import"), v.vault, first });
    INFO(a.errText().toStdString());
    REQUIRE(a.exitCode == 0);
    CHECK(a.outText().contains(QStringLiteral("versie 1: 0 ongewijzigd, 0 gewijzigd, 0 verwijderd, 11 nieuw")));
    CHECK(a.errText().contains(QStringLiteral("bijgehouden wijzigingen")));

    QDir(v.dir.path()).mkdir(QStringLiteral("nieuw"));
    const QString second = writeFile(v.dir, QStringLiteral("nieuw/rapport.docx"), secondVersion());
    const CliResult b = v.run({ QStringLiteral("import"), v.vault, second, QStringLiteral("--json") });
    INFO(b.errText().toStdString());
    REQUIRE(b.exitCode == 0);
    const QJsonObject o = b.json().object();
    CHECK(o.value(QStringLiteral("version")).toInt() == 2);
    CHECK(o.value(QStringLiteral("kept")).toArray().size() == 9);
    CHECK(o.value(QStringLiteral("changed")).toArray().size() == 1);
    CHECK(o.value(QStringLiteral("removed")).toArray().size() == 1);
    CHECK(o.value(QStringLiteral("added")).toArray().size() == 1);

    const QByteArray before = fileBytes(v.vault);
    const CliResult c = v.run({ QStringLiteral("import"), v.vault, second });
    REQUIRE(c.exitCode == 0);
    CHECK(c.outText().contains(QStringLiteral("ongewijzigd sinds versie 2")));
    CHECK(fileBytes(v.vault) == before);
}

TEST_CASE("import still reads the TSV layout for a .tsv file", "[cli][document]")
{
    CliVault v;
    const CliResult r
        = v.run({ QStringLiteral("import"), v.vault, QStringLiteral(INZAGE_TEST_DATA_DIR "/kleine-rapportage.tsv") });
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains(QStringLiteral("notities geïmporteerd")));
}

TEST_CASE("a txt in Windows-1252 is imported decoded and the import says so", "[cli][document][bad-input]")
{
    CliVault v;
    const QString path = writeFile(v.dir, QStringLiteral("oud.txt"), "De cli\xEBnt belde. Daarna niet.\n");
    const CliResult r = v.run({ QStringLiteral("import"), v.vault, path });
    REQUIRE(r.exitCode == 0);
    CHECK(r.errText().contains(QStringLiteral("Windows-1252")));
    const CliResult s = v.run({ QStringLiteral("search"), v.vault, QStringLiteral("cliënt") });
    CHECK(s.outText().contains(QStringLiteral("De cliënt belde.")));
}

TEST_CASE("bad documents are refused with what to do and leave the vault byte-identical", "[cli][document][bad-input]")
{
    CliVault v;
    const QByteArray bomb
        = QByteArray("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
        + QByteArray(8 * 1024 * 1024, ' ') + QByteArray("</w:document>");
    const QString utf16 = QStringLiteral("De moeder belde.");
    struct Case {
        const char* name;
        QByteArray bytes;
        const char* says;
    };
    const std::vector<Case> cases {
        { "geen-zip.docx", "Dit is gewoon tekst.", "sla het op als .docx" },
        { "bom.docx", zipParts({ { QStringLiteral("word/document.xml"), bomb } }), "ingepakt" },
        { "leeg.docx",
            zipParts({ { QStringLiteral("word/document.xml"),
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p/>"
                "</w:body></w:document>" } }),
            "geen tekst" },
        { "kapot.docx",
            fixtureWith("rapport.docx", QStringLiteral("word/document.xml"),
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"),
            "beschadigd" },
        { "geheim.docx", oleFile({ "EncryptionInfo", "EncryptedPackage" }), "sla het op als .docx zonder wachtwoord" },
        { "oud.doc", oleFile({ "WordDocument" }), "sla het op als .docx" },
        { "utf16.txt", QByteArray(reinterpret_cast<const char*>(utf16.utf16()), utf16.size() * 2), "UTF-8" },
        { "groot.txt", QByteArray(50 * 1024 * 1024, 'a'), "tot 20 MB" },
    };
    const QByteArray before = fileBytes(v.vault);
    for (const Case& c : cases) {
        INFO(c.name);
        const QString path = writeFile(v.dir, QString::fromUtf8(c.name), c.bytes);
        const CliResult r = v.run({ QStringLiteral("import"), v.vault, path });
        INFO(r.errText().toStdString());
        CHECK(r.exitCode == 10);
        CHECK(r.errText().contains(QString::fromUtf8(c.says)));
        CHECK(fileBytes(v.vault) == before);
    }
}
