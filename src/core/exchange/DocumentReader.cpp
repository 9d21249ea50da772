#include "exchange/DocumentReader.h"
#include "vault/InputFile.h"

#include "exchange/DocxReader.h"
#include "exchange/MarkdownReader.h"
#include "exchange/OdtReader.h"
#include "exchange/PlainTextReader.h"

#include <QFile>
#include <QFileInfo>

namespace inzage {

namespace {

enum class Kind { Docx, Odt, Text, Markdown, Unknown };

Kind kindOfName(const QString& fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    if (ext == QLatin1String("docx") || ext == QLatin1String("docm"))
        return Kind::Docx;
    if (ext == QLatin1String("odt"))
        return Kind::Odt;
    if (ext == QLatin1String("txt") || ext == QLatin1String("text"))
        return Kind::Text;
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return Kind::Markdown;
    return Kind::Unknown;
}

// An OLE compound file (old .doc, or any Office file saved with a password, which wraps the
// encrypted package in one) names its streams in UTF-16 in its directory sectors.
bool oleHasStream(const QByteArray& bytes, const char* name)
{
    QByteArray utf16;
    for (const char* p = name; *p; ++p) {
        utf16.append(*p);
        utf16.append('\0');
    }
    return bytes.contains(utf16);
}

} // namespace

Status DocumentReader::tooLarge(const QString& fileName, std::int64_t size, std::int64_t limit)
{
    return Status(ErrorCode::InvalidInput,
        tr("Het bestand %1 is %2 MB; Inzage leest zo'n bestand tot %3 MB. Staan er afbeeldingen of "
           "scans in, of meer dan één rapport, sla dan een versie met alleen de tekst van dit rapport "
           "op en importeer die. Er is niets geïmporteerd.")
            .arg(fileName)
            .arg(double(size) / (1024 * 1024), 0, 'f', 1)
            .arg(limit / (std::int64_t {1024} * 1024)));
}

bool DocumentReader::handles(const QString& fileName)
{
    return kindOfName(fileName) != Kind::Unknown;
}

Result<Document> DocumentReader::readFile(const QString& path)
{
    auto bytes = InputFile::read(path, kMaxFileSize);
    if (!bytes)
        return bytes.status();
    return read(*bytes, QFileInfo(path).fileName());
}

Result<Document> DocumentReader::read(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > kMaxFileSize)
        return tooLarge(fileName, bytes.size(), kMaxFileSize);
    const Kind byName = kindOfName(fileName);
    Result<Document> doc = Status(ErrorCode::InvalidInput, {});
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (oleHasStream(bytes, "EncryptionInfo") || oleHasStream(bytes, "EncryptedPackage"))
            return Status(ErrorCode::InvalidInput,
                tr("Dit document is met een wachtwoord beveiligd, zodat Inzage de tekst niet kan lezen. "
                   "Open het in Word en sla het op als .docx zonder wachtwoord; importeer dat bestand."));
        return Status(ErrorCode::InvalidInput,
            tr("Dit is een oud Word-bestand (.doc), dat Inzage niet leest. Open het in Word of "
               "LibreOffice en sla het op als .docx; importeer dat bestand."));
    }
    const bool zip = bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
    if (zip) {
        if (byName == Kind::Odt || bytes.mid(30, 47).contains("application/vnd.oasis.opendocument.text"))
            doc = OdtReader::read(bytes);
        else
            doc = DocxReader::read(bytes);
    } else if (byName == Kind::Docx || byName == Kind::Odt) {
        return Status(ErrorCode::InvalidInput,
            tr("%1 is geen geldig %2: het is geen zip-pakket zoals een tekstverwerker dat opslaat. Is "
               "het hernoemd of beschadigd? Open het in de tekstverwerker, sla het op als %3 en probeer "
               "het opnieuw.")
                .arg(fileName, byName == Kind::Docx ? tr("Word-bestand") : tr("OpenDocument-bestand"),
                    byName == Kind::Docx ? QStringLiteral(".docx") : QStringLiteral(".odt")));
    } else if ((byName == Kind::Markdown || byName == Kind::Text) && bytes.size() > kMaxTextSize) {
        return tooLarge(fileName, bytes.size(), kMaxTextSize);
    } else if (byName == Kind::Markdown) {
        doc = MarkdownReader::read(bytes);
    } else if (byName == Kind::Text) {
        doc = PlainTextReader::read(bytes);
    } else {
        return Status(ErrorCode::InvalidInput,
            tr("Inzage kan %1 niet lezen. Lees in: .docx, .odt, .txt of .md (of het eigen .tsv-formaat).")
                .arg(fileName));
    }
    if (!doc)
        return doc;
    if (!doc->hasText())
        return Status(ErrorCode::InvalidInput,
            tr("In %1 staat geen tekst om te importeren (alleen koppen, afbeeldingen of verborgen tekst?). "
               "Controleer of u het goede bestand koos.")
                .arg(fileName));
    return doc;
}

} // namespace inzage
