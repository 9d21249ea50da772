// Reading reports from .docx, .odt, .txt and .md: what becomes a section or a paragraph, what is
// left out, and how bad input is refused.

#include "DocumentFixtures.h"
#include "TestSupport.h"

#include "exchange/DocumentReader.h"

using namespace inzage;
using namespace inzage::test;

namespace {

QStringList headings(const Document& d)
{
    QStringList out;
    for (const DocumentSection& s : d.sections)
        out << QStringLiteral("%1:%2").arg(s.level).arg(s.heading);
    return out;
}

QStringList allParagraphs(const Document& d)
{
    QStringList out;
    for (const DocumentSection& s : d.sections)
        out << s.paragraphs;
    return out;
}

Document readOk(const QByteArray& bytes, const char* name)
{
    auto doc = DocumentReader::read(bytes, QString::fromUtf8(name));
    INFO(doc.message().toStdString());
    REQUIRE(doc.isOk());
    return *doc;
}

QString refusal(const QByteArray& bytes, const char* name)
{
    auto doc = DocumentReader::read(bytes, QString::fromUtf8(name));
    REQUIRE_FALSE(doc.isOk());
    CHECK(doc.code() == ErrorCode::InvalidInput);
    return doc.message();
}

} // namespace

TEST_CASE("a docx reads as accepted: headings from styles, no notes, no hidden or deleted text", "[document]")
{
    const Document d = readOk(fixtureDocument("rapport.docx"), "rapport.docx");
    CHECK(headings(d)
        == QStringList({ QStringLiteral("1:Aanleiding"), QStringLiteral("2:Informatie school"),
            QStringLiteral("1:Standpunt moeder"), QStringLiteral("2:Zienswijze") }));
    CHECK(d.sections[0].paragraphs
        == QStringList({ QStringLiteral("Op 14 januari 2025 meldde dhr. Jansen zich bij Veilig Thuis. Hij maakte zich "
                                        "zorgen. De school bevestigt dit.") }));
    CHECK(d.sections[1].paragraphs
        == QStringList({ QStringLiteral("Volgens de leerkracht komt Noor vaak te laat."),
            QStringLiteral("Noor mist o.a. de gymles."), QStringLiteral("Daan is vrolijk."),
            QStringLiteral("Datum gesprek: 3 jan. 2026"), QStringLiteral("Gesproken met mevr. De Wit.") }));
    CHECK(d.sections[3].paragraphs
        == QStringList({ QStringLiteral("De moeder is het niet eens met art. 1:255 lid 1 BW. Zij wil hulp."),
            QStringLiteral("Deze alinea is verplaatst.") }));
    CHECK(d.hadTrackedChanges);
    CHECK(d.leftOutNotes == 2);
    const QString all = allParagraphs(d).join(QLatin1Char('\n'));
    for (const char* absent : { "Voetnoot", "Opmerking", "verborgen", "soms", "PAGE", "Tekstvak" }) {
        INFO(absent);
        CHECK_FALSE(all.contains(QString::fromUtf8(absent)));
    }
}

TEST_CASE("an odt reads as accepted: text:h sections, lists and cells, no notes or hidden text", "[document]")
{
    const Document d = readOk(fixtureDocument("rapport.odt"), "rapport.odt");
    CHECK(headings(d)
        == QStringList({ QStringLiteral("1:Aanleiding"), QStringLiteral("2:Informatie school"),
            QStringLiteral("1:Standpunt moeder") }));
    CHECK(d.sections[0].paragraphs
        == QStringList({ QStringLiteral("Op 14 januari 2025 meldde dhr. Jansen zich bij Veilig Thuis. Hij maakte zich "
                                        "zorgen. De school bevestigt dit.") }));
    CHECK(d.sections[1].paragraphs
        == QStringList({ QStringLiteral("Volgens de leerkracht komt Noor vaak te laat."),
            QStringLiteral("Noor mist o.a. de gymles."), QStringLiteral("Daan is vrolijk."),
            QStringLiteral("Datum gesprek: 3 jan. 2026"), QStringLiteral("Gesproken met mevr. De Wit.") }));
    CHECK(d.sections[2].paragraphs
        == QStringList({ QStringLiteral("De moeder is het niet eens met art. 1:255 lid 1 BW. Zij wil hulp.") }));
    CHECK(d.hadTrackedChanges);
    CHECK(d.leftOutNotes == 2);
    const QString all = allParagraphs(d).join(QLatin1Char('\n'));
    for (const char* absent : { "Voetnoot", "Opmerking", "verborgen", "soms", "niet altijd", "Tekstvak" }) {
        INFO(absent);
        CHECK_FALSE(all.contains(QString::fromUtf8(absent)));
    }
}

TEST_CASE("a docx without tracked changes says it had none", "[document]")
{
    const QByteArray xml = "<?xml version=\"1.0\"?><w:document "
                           "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
                           "<w:t>Een zin.</w:t></w:r></w:p></w:body></w:document>";
    const Document d = readOk(zipParts({ { QStringLiteral("word/document.xml"), xml } }), "kort.docx");
    CHECK_FALSE(d.hadTrackedChanges);
    CHECK(allParagraphs(d) == QStringList({ QStringLiteral("Een zin.") }));
}

TEST_CASE("a txt gives paragraphs at blank lines, list items and short headings", "[document]")
{
    const QByteArray text
        = "1. Aanleiding\n\nDe moeder belde op\nmaandag. De vader niet.\n\n- Noor mist de gym.\n- Daan "
          "is vrolijk.\n\nStandpunt vader\n\nHij is het er niet mee eens.\n";
    const Document d = readOk(text, "rapport.txt");
    CHECK(headings(d) == QStringList({ QStringLiteral("1:1. Aanleiding"), QStringLiteral("1:Standpunt vader") }));
    CHECK(d.sections[0].paragraphs
        == QStringList({ QStringLiteral("De moeder belde op maandag. De vader niet."),
            QStringLiteral("Noor mist de gym."), QStringLiteral("Daan is vrolijk.") }));
    CHECK(d.encodingNote.isEmpty());
}

TEST_CASE("a md gives ATX headings, list items, table cells and plain text without markup", "[document]")
{
    const QByteArray md = "# Rapport\n\n## Aanleiding\n\nDe **moeder** belde [Veilig Thuis](https://example.org).\nDe "
                          "vader *niet*.\n\n- Noor mist de gym.\n- Daan is\n  vrolijk.\n\n<!-- intern -->\n\n| Wie | "
                          "Wanneer |\n|---|---|\n| school | 3 jan. 2026 |\n\n```\ncode\n```\n";
    const Document d = readOk(md, "rapport.md");
    CHECK(headings(d) == QStringList({ QStringLiteral("1:Rapport"), QStringLiteral("2:Aanleiding") }));
    CHECK(d.sections[1].paragraphs
        == QStringList({ QStringLiteral("De moeder belde Veilig Thuis. De vader niet."),
            QStringLiteral("Noor mist de gym."), QStringLiteral("Daan is vrolijk."), QStringLiteral("Wie"),
            QStringLiteral("Wanneer"), QStringLiteral("school"), QStringLiteral("3 jan. 2026") }));
}

TEST_CASE("a txt in Windows-1252 or UTF-16 with a BOM is decoded and says how", "[document][bad-input]")
{
    const Document cp = readOk(QByteArray("De cli\xEBnt zei: \x93nee\x94.\n"), "oud.txt");
    CHECK(allParagraphs(cp) == QStringList({ QStringLiteral("De cliënt zei: “nee”.") }));
    CHECK(cp.encodingNote.contains(QStringLiteral("Windows-1252")));

    const QString text = QStringLiteral("De cliënt belde. Daarna niet.");
    QByteArray le("\xFF\xFE", 2);
    le.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const Document u = readOk(le, "utf16.txt");
    CHECK(allParagraphs(u) == QStringList({ text }));
    CHECK(u.encodingNote.contains(QStringLiteral("UTF-16")));

    QByteArray noBom(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    CHECK(refusal(noBom, "utf16.txt").contains(QStringLiteral("UTF-8")));
}

TEST_CASE("a docx that is not a zip is refused with what to do", "[document][bad-input]")
{
    const QString m = refusal("Dit is gewoon tekst met een verkeerde naam.", "rapport.docx");
    CHECK(m.contains(QStringLiteral("geen geldig Word-bestand")));
    CHECK(m.contains(QStringLiteral("sla het op als .docx")));
    CHECK(refusal("PK\x03\x04 kapot", "rapport.docx").contains(QStringLiteral("beschadigd")));
}

TEST_CASE("a zip bomb is refused before it is unpacked in full", "[document][bad-input]")
{
    const QByteArray bomb
        = QByteArray("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
        + QByteArray(8 * 1024 * 1024, ' ') + QByteArray("</w:document>");
    const QByteArray file = zipParts({ { QStringLiteral("word/document.xml"), bomb } });
    REQUIRE(file.size() < bomb.size() / 100);
    CHECK(refusal(file, "bom.docx").contains(QStringLiteral("ingepakt")));
}

TEST_CASE("a 50 MB text document is refused above the documented 20 MB", "[document][bad-input]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("groot.txt"), QByteArray(50 * 1024 * 1024, 'a'));
    auto doc = DocumentReader::readFile(path);
    REQUIRE_FALSE(doc.isOk());
    CHECK(doc.code() == ErrorCode::InvalidInput);
    CHECK(doc.message().contains(QStringLiteral("tot 20 MB")));
}

TEST_CASE("a document with no text is refused", "[document][bad-input]")
{
    const QByteArray xml = "<?xml version=\"1.0\"?><w:document "
                           "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p/>"
                           "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>verborgen</w:t></w:r></w:p></w:body></w:document>";
    CHECK(refusal(zipParts({ { QStringLiteral("word/document.xml"), xml } }), "leeg.docx")
              .contains(QStringLiteral("geen tekst")));
    CHECK(refusal("\n\n   \n", "leeg.txt").contains(QStringLiteral("geen tekst")));
}

TEST_CASE("broken XML in a docx or odt is refused as damaged", "[document][bad-input]")
{
    const QByteArray docx = fixtureWith("rapport.docx", QStringLiteral("word/document.xml"),
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
        "main\"><w:body><w:p><w:r><w:t>Half</w:r></w:body>");
    CHECK(refusal(docx, "kapot.docx").contains(QStringLiteral("beschadigd")));
    const QByteArray odt = fixtureWith("rapport.odt", QStringLiteral("content.xml"), "<office:document-content");
    CHECK(refusal(odt, "kapot.odt").contains(QStringLiteral("beschadigd")));
}

TEST_CASE("a password-protected Office file says to save it without a password", "[document][bad-input]")
{
    const QString m = refusal(oleFile({ "EncryptionInfo", "EncryptedPackage" }), "geheim.docx");
    CHECK(m.contains(QStringLiteral("wachtwoord")));
    CHECK(m.contains(QStringLiteral("sla het op als .docx zonder wachtwoord")));
}

TEST_CASE("an old binary .doc says to save it as .docx", "[document][bad-input]")
{
    for (const char* name : { "oud.doc", "oud.docx" }) {
        const QString m = refusal(oleFile({ "WordDocument", "1Table" }), name);
        CHECK(m.contains(QStringLiteral("sla het op als .docx")));
        CHECK_FALSE(m.contains(QStringLiteral("wachtwoord")));
    }
}
