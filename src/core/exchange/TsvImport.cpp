#include "exchange/TsvImport.h"

#include "dossier/Access.h"
#include "dossier/Audience.h"
#include "dossier/Entries.h"
#include "dossier/EntryCommands.h"
#include "dossier/Persons.h"
#include "vault/Sql.h"

#include "vault/InputFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <unistd.h>

namespace inzage {

namespace {

int capitalisedWords(const QString& s)
{
    int n = 0;
    for (const QString& w : s.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (w.at(0).isUpper())
            ++n;
    return n;
}

PersonRole roleFor(const QString& relation, const QString& name, Label label)
{
    static const QStringList parentWords {QStringLiteral("moeder"), QStringLiteral("vader"), QStringLiteral("ouder"),
                                          QStringLiteral("stiefmoeder"), QStringLiteral("stiefvader"),
                                          QStringLiteral("pleegmoeder"), QStringLiteral("pleegvader")};
    static const QStringList childWords {QStringLiteral("kind"), QStringLiteral("zoon"), QStringLiteral("dochter"),
                                         QStringLiteral("jeugdige")};
    const QString rel = relation.toLower();
    if (parentWords.contains(rel) || parentWords.contains(name.toLower()))
        return PersonRole::Ouder;
    if (childWords.contains(rel))
        return PersonRole::Kind;
    return label == Label::Bron ? PersonRole::Informant : PersonRole::Professional;
}

} // namespace

NameAndRelation splitNameAndRelation(const QString& spokenTo)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(.*?)\\s*\\(([^()]*)\\)\\s*$"));
    const auto m = re.match(spokenTo);
    if (!m.hasMatch())
        return {spokenTo.trimmed(), {}};
    const QString a = m.captured(1).trimmed();
    const QString b = m.captured(2).trimmed();
    if (a.isEmpty())
        return {b, {}};
    if (capitalisedWords(b) > capitalisedWords(a))
        return {b, a};
    return {a, b};
}

namespace {

constexpr std::size_t kBatch = 2000;

Status notUtf8()
{
    return Status(ErrorCode::InvalidInput,
        QCoreApplication::translate("inzage::TsvImport",
            "Het bestand is geen geldige UTF-8-tekst. Sla het op als UTF-8 en "
            "probeer opnieuw."));
}

Status noRows()
{
    return Status(ErrorCode::InvalidInput,
        QCoreApplication::translate("inzage::TsvImport", "Het bestand bevat geen regels om te importeren."));
}

Status emptyFile()
{
    return Status(ErrorCode::InvalidInput,
        QCoreApplication::translate("inzage::TsvImport", "Het bestand is leeg: er staat geen kopregel in."));
}

} // namespace

Result<TsvReader> TsvReader::fromHeader(QString headerLine)
{
    if (headerLine.startsWith(QChar(0xFEFF)))
        headerLine.remove(0, 1);
    if (headerLine.endsWith(QLatin1Char('\r')))
        headerLine.chop(1);
    if (headerLine.trimmed().isEmpty())
        return emptyFile();
    TsvReader reader;
    const QStringList header = headerLine.split(QLatin1Char('\t'));
    reader.m_columns = int(header.size());
    for (int i = 0; i < header.size(); ++i)
        reader.m_column.insert(header[i].trimmed().toLower(), i);
    for (const char* required : {"section", "label", "spoken_to", "text"}) {
        if (!reader.m_column.contains(QLatin1String(required)))
            return Status(ErrorCode::InvalidInput,
                QCoreApplication::translate("inzage::TsvImport",
                    "Regel 1: de kolom '%1' ontbreekt. Nodig zijn: section, "
                    "label, spoken_to, text.")
                    .arg(QLatin1String(required)));
    }
    return reader;
}

Result<std::optional<TsvRow>> TsvReader::row(QString line, int lineNumber) const
{
    const QHash<QString, int>& column = m_column;
    auto cell = [&](const QStringList& cells, const char* name) {
        const int i = column.value(QLatin1String(name), -1);
        return i >= 0 && i < cells.size() ? cells[i].trimmed() : QString();
    };
    const int n = lineNumber - 1;
    {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            return std::optional<TsvRow>();
        if (line.contains(QChar(0)))
            return Status(ErrorCode::InvalidInput,
                          QCoreApplication::translate("inzage::TsvImport",
                                                      "Regel %1 bevat een NUL-teken; dat hoort niet in tekst. Er is "
                                                      "niets geïmporteerd.")
                              .arg(n + 1));
        const QStringList cells = line.split(QLatin1Char('\t'));
        // A TAB inside a field would shift every later column into the wrong one.
        if (cells.size() > m_columns)
            return Status(ErrorCode::InvalidInput,
                          QCoreApplication::translate("inzage::TsvImport",
                                                      "Regel %1 heeft %2 kolommen, de kopregel %3: staat er een TAB in "
                                                      "een veld? Een TAB scheidt kolommen en mag niet in de tekst "
                                                      "staan. Er is niets geïmporteerd.")
                              .arg(n + 1)
                              .arg(cells.size())
                              .arg(m_columns));
        TsvRow row;
        row.line = n + 1;
        row.section = cell(cells, "section");
        row.spokenTo = cell(cells, "spoken_to");
        row.text = cell(cells, "text");
        const QString label = cell(cells, "label");
        const auto parsed = label.isEmpty() ? std::optional<Label>(Label::Onbeoordeeld) : parse<Label>(label);
        if (!parsed)
            return Status(ErrorCode::InvalidInput,
                QCoreApplication::translate("inzage::TsvImport",
                    "Regel %1: onbekend label '%2'. Toegestaan: %3. Er is niets "
                    "geïmporteerd.")
                    .arg(row.line)
                    .arg(label, Vocabulary<Label>::allowed()));
        row.label = *parsed;
        if (row.text.isEmpty())
            return Status(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "inzage::TsvImport", "Regel %1: de tekst is leeg. Er is niets geïmporteerd.")
                    .arg(row.line));
        if (row.label == Label::Bron && row.spokenTo.isEmpty())
            return Status(ErrorCode::InvalidInput,
                QCoreApplication::translate("inzage::TsvImport",
                    "Regel %1: een bron zonder 'spoken_to' (met wie is gesproken?). "
                    "Er is niets geïmporteerd.")
                    .arg(row.line));
        row.eventDate = cell(cells, "event_date");
        row.spokenOn = cell(cells, "spoken_on");
        for (const QString& date : {row.eventDate, row.spokenOn}) {
            if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
                return Status(ErrorCode::InvalidInput,
                    QCoreApplication::translate("inzage::TsvImport", "Regel %1: '%2' is geen datum (JJJJ-MM-DD).")
                        .arg(row.line)
                        .arg(date));
        }
        const QString method = cell(cells, "method");
        if (!method.isEmpty()) {
            const auto m = parse<Method>(method);
            if (!m)
                return Status(ErrorCode::InvalidInput,
                    QCoreApplication::translate("inzage::TsvImport", "Regel %1: onbekende manier '%2'. Toegestaan: %3.")
                        .arg(row.line)
                        .arg(method, Vocabulary<Method>::allowed()));
            row.method = *m;
        }
        if (column.contains(QStringLiteral("visible"))) {
            const auto visible = parseVisibility(cell(cells, "visible"));
            if (!visible)
                return Status(ErrorCode::InvalidInput,
                              QCoreApplication::translate("inzage::TsvImport",
                                                          "Regel %1, kolom visible: %2 Er is niets geïmporteerd.")
                                  .arg(row.line)
                                  .arg(visible.message()));
            row.visible = *visible;
        }
        return std::optional<TsvRow>(row);
    }
}

Result<std::vector<TsvRow>> parseTsv(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return notUtf8();
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty())
        return emptyFile();
    auto reader = TsvReader::fromHeader(lines.first());
    if (!reader)
        return reader.status();
    std::vector<TsvRow> rows;
    for (int n = 1; n < lines.size(); ++n) {
        auto row = reader->row(lines[n], n + 1);
        if (!row)
            return row.status();
        if (*row)
            rows.push_back(std::move(**row));
    }
    if (rows.empty())
        return noRows();
    return rows;
}

namespace {

// Rows to entry contents, with the persons they name (found or added once per name), inside the
// caller's transaction. Meaning of spoken_to per label as in importTsv.
class RowImporter {
public:
    RowImporter(Vault& vault, const Actor& actor)
        : m_persons(vault, actor)
    {
    }

    Result<EntryContent> content(const TsvRow& row)
    {
        EntryContent c;
        c.text = row.text;
        c.section = row.section;
        c.label = row.label;
        c.eventDate = row.eventDate;
        c.visibleToParent = row.visible;
        if (!row.spokenTo.isEmpty()) {
            const auto basis = parseBasis(row.spokenTo);
            if (row.label == Label::Feit && basis && basis->kind == BasisKind::Document) {
                c.basisKind = BasisKind::Document;
                c.basisDetail = basis->detail;
            } else {
                auto person = personFor(row.spokenTo, row.label);
                if (!person)
                    return Status(person.code(),
                        QCoreApplication::translate("inzage::TsvImport", "Regel %1: %2")
                            .arg(row.line)
                            .arg(person.message()));
                switch (row.label) {
                case Label::Bron:
                case Label::Onbeoordeeld:
                    c.spokenTo.push_back(SpokenTo {*person, row.spokenOn, row.method, {}, {}, {}, {}, false, {}});
                    break;
                case Label::Mening:
                    c.holderId = *person;
                    break;
                case Label::Feit: {
                    // The observer is the author; the basis names them only when they are not shielded,
                    // so no text derived from a shielded source can reach the family.
                    auto p = m_persons.get(*person);
                    if (!p)
                        return p.status();
                    c.basisKind = BasisKind::Waarneming;
                    c.basisDetail = p->shielded ? QStringLiteral("waarneming door een afgeschermde bron")
                                                : QStringLiteral("waarneming door %1").arg(row.spokenTo);
                    c.authorId = *person;
                    break;
                }
                }
            }
        } else if (row.label == Label::Feit) {
            return Status(ErrorCode::InvalidInput,
                QCoreApplication::translate("inzage::TsvImport",
                    "Regel %1: een feit zonder basis (een document of wie het "
                    "waarnam). Er is niets geïmporteerd.")
                    .arg(row.line));
        }
        return c;
    }

private:
    // The same rule as every other way in (Persons::resolve); the file's words only suggest the
    // role of a person who is new.
    Result<Id> personFor(const QString& spokenTo, Label label)
    {
        const auto it = m_known.constFind(spokenTo);
        if (it != m_known.constEnd())
            return *it;
        const NameAndRelation nr = splitNameAndRelation(spokenTo);
        PersonRef ref;
        ref.nameOrId = nr.name;
        ref.relation = nr.relation;
        auto existing = m_persons.find(nr.name);
        if (!existing)
            return existing.status();
        if (existing->empty())
            ref.role = roleFor(nr.relation, nr.name, label);
        auto id = m_persons.resolve(ref);
        if (!id)
            return id.status();
        m_known.insert(spokenTo, *id);
        return *id;
    }

    Persons m_persons;
    QHash<QString, Id> m_known;
};

} // namespace

Result<std::vector<Id>> importTsv(Vault& vault, const Actor& actor, const std::vector<TsvRow>& rows)
{
    if (Status s = checkWrite(vault, actor, Write::CaseFile); !s)
        return s;
    // Persons and entries go in together: a failure halfway leaves no stray persons behind.
    Transaction tx(vault.db());
    if (!tx.begun())
        return tx.begun();
    RowImporter importer(vault, actor);
    std::vector<EntryContent> contents;
    contents.reserve(rows.size());
    for (const TsvRow& row : rows) {
        auto c = importer.content(row);
        if (!c)
            return c.status();
        contents.push_back(std::move(*c));
    }
    Entries entries(vault, actor);
    auto ids = entries.addAll(contents, QStringLiteral("import"));
    if (!ids)
        return ids.status();
    if (Status s = tx.commit(); !s)
        return s;
    return ids;
}

Result<TsvImportSummary> importTsvFile(Vault& vault, const Actor& actor, const QString& path)
{
    if (Status s = checkWrite(vault, actor, Write::CaseFile); !s)
        return s;
    auto fd = InputFile::openRegular(path);
    if (!fd)
        return fd.status();
    QFile file;
    if (!file.open(*fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(*fd);
        return Status(ErrorCode::Io, QCoreApplication::translate("inzage::TsvImport", "Het bestand %1 kan niet worden gelezen.").arg(path));
    }
    const Status tooLarge(ErrorCode::InvalidInput,
        QCoreApplication::translate("inzage::TsvImport",
            "Het bestand %1 is groter dan Inzage zo'n bestand leest (ten hoogste %2). Er is niets geïmporteerd.")
            .arg(path, InputFile::sizeText(kMaxTsvSize)));
    if (file.size() > kMaxTsvSize)
        return tooLarge;

    // Persons and entries go in together, in one transaction: a bad line anywhere, even the last,
    // leaves the file as it was.
    Transaction tx(vault.db());
    if (!tx.begun())
        return tx.begun();
    RowImporter importer(vault, actor);
    Entries entries(vault, actor);
    TsvImportSummary summary;
    std::vector<EntryContent> batch;
    batch.reserve(kBatch);
    auto flush = [&]() -> Status {
        if (batch.empty())
            return {};
        auto ids = entries.addAll(batch, QStringLiteral("import"));
        if (!ids)
            return ids.status();
        if (summary.count == 0)
            summary.first = ids->front();
        summary.last = ids->back();
        summary.count += std::int64_t(ids->size());
        batch.clear();
        return {};
    };

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    std::optional<TsvReader> reader;
    std::int64_t read = 0;
    for (int lineNumber = 1;; ++lineNumber) {
        // A line ends at '\n', which is never inside a UTF-8 sequence: each line decodes on its own.
        const QByteArray bytes = file.readLine(kMaxLine + 1);
        if (bytes.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return Status(ErrorCode::Io, QCoreApplication::translate("inzage::TsvImport", "Het bestand %1 kan niet worden gelezen: %2")
                                                 .arg(path, file.errorString()));
            break;
        }
        read += bytes.size();
        if (read > kMaxTsvSize) // the file grew while it was read
            return tooLarge;
        if (!bytes.endsWith('\n') && !file.atEnd()) // no line end within kMaxLine
            return Status(ErrorCode::InvalidInput,
                QCoreApplication::translate("inzage::TsvImport",
                    "Regel %1 is langer dan %2: is dit wel een TSV-bestand? Er is niets geïmporteerd.")
                    .arg(lineNumber)
                    .arg(InputFile::sizeText(kMaxLine)));
        QString line = utf8.decode(bytes.endsWith('\n') ? bytes.chopped(1) : bytes);
        if (utf8.hasError())
            return notUtf8();
        if (!reader) {
            auto header = TsvReader::fromHeader(line);
            if (!header)
                return header.status();
            reader = std::move(*header);
            continue;
        }
        auto row = reader->row(std::move(line), lineNumber);
        if (!row)
            return row.status();
        if (!*row)
            continue;
        auto c = importer.content(**row);
        if (!c)
            return c.status();
        batch.push_back(std::move(*c));
        if (batch.size() >= kBatch) {
            if (Status s = flush(); !s)
                return s;
        }
    }
    if (!reader)
        return emptyFile();
    if (Status s = flush(); !s)
        return s;
    if (summary.count == 0)
        return noRows();
    if (Status s = tx.commit(); !s)
        return s;
    return summary;
}

} // namespace inzage
