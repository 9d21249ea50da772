#include "exchange/TsvImport.h"

#include "dossier/Access.h"
#include "dossier/Audience.h"
#include "dossier/Entries.h"
#include "dossier/EntryCommands.h"
#include "dossier/Persons.h"
#include "vault/Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

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

Result<std::vector<TsvRow>> parseTsv(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return Status(ErrorCode::InvalidInput,
            QCoreApplication::translate("inzage::TsvImport",
                "Het bestand is geen geldige UTF-8-tekst. Sla het op als UTF-8 en "
                "probeer opnieuw."));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xFEFF)))
        lines.first().remove(0, 1);
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
            QCoreApplication::translate("inzage::TsvImport", "Het bestand is leeg: er staat geen kopregel in."));

    QHash<QString, int> column;
    QString headerLine = lines.first();
    if (headerLine.endsWith(QLatin1Char('\r')))
        headerLine.chop(1);
    const QStringList header = headerLine.split(QLatin1Char('\t'));
    for (int i = 0; i < header.size(); ++i)
        column.insert(header[i].trimmed().toLower(), i);
    for (const char* required : {"section", "label", "spoken_to", "text"}) {
        if (!column.contains(QLatin1String(required)))
            return Status(ErrorCode::InvalidInput,
                QCoreApplication::translate("inzage::TsvImport",
                    "Regel 1: de kolom '%1' ontbreekt. Nodig zijn: section, "
                    "label, spoken_to, text.")
                    .arg(QLatin1String(required)));
    }
    auto cell = [&](const QStringList& cells, const char* name) {
        const int i = column.value(QLatin1String(name), -1);
        return i >= 0 && i < cells.size() ? cells[i].trimmed() : QString();
    };

    std::vector<TsvRow> rows;
    for (int n = 1; n < lines.size(); ++n) {
        QString line = lines[n];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.contains(QChar(0)))
            return Status(ErrorCode::InvalidInput,
                          QCoreApplication::translate("inzage::TsvImport",
                                                      "Regel %1 bevat een NUL-teken; dat hoort niet in tekst. Er is "
                                                      "niets geïmporteerd.")
                              .arg(n + 1));
        const QStringList cells = line.split(QLatin1Char('\t'));
        // A TAB inside a field would shift every later column into the wrong one.
        if (cells.size() > header.size())
            return Status(ErrorCode::InvalidInput,
                          QCoreApplication::translate("inzage::TsvImport",
                                                      "Regel %1 heeft %2 kolommen, de kopregel %3: staat er een TAB in "
                                                      "een veld? Een TAB scheidt kolommen en mag niet in de tekst "
                                                      "staan. Er is niets geïmporteerd.")
                              .arg(n + 1)
                              .arg(cells.size())
                              .arg(header.size()));
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
        rows.push_back(row);
    }
    if (rows.empty())
        return Status(ErrorCode::InvalidInput,
            QCoreApplication::translate("inzage::TsvImport", "Het bestand bevat geen regels om te importeren."));
    return rows;
}

Result<std::vector<Id>> importTsv(Vault& vault, const Actor& actor, const std::vector<TsvRow>& rows)
{
    if (Status s = checkWrite(vault, actor, Write::CaseFile); !s)
        return s;
    // Persons and entries go in together: a failure halfway leaves no stray persons behind.
    Transaction tx(vault.db());
    if (!tx.begun())
        return tx.begun();
    Persons persons(vault, actor);
    QHash<QString, Id> known;
    // The same rule as every other way in (Persons::resolve); the file's words only suggest the
    // role of a person who is new.
    auto personFor = [&](const QString& spokenTo, Label label) -> Result<Id> {
        const auto it = known.constFind(spokenTo);
        if (it != known.constEnd())
            return *it;
        const NameAndRelation nr = splitNameAndRelation(spokenTo);
        PersonRef ref;
        ref.nameOrId = nr.name;
        ref.relation = nr.relation;
        auto existing = persons.find(nr.name);
        if (!existing)
            return existing.status();
        if (existing->empty())
            ref.role = roleFor(nr.relation, nr.name, label);
        auto id = persons.resolve(ref);
        if (!id)
            return id.status();
        known.insert(spokenTo, *id);
        return *id;
    };

    std::vector<EntryContent> contents;
    contents.reserve(rows.size());
    for (const TsvRow& row : rows) {
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
                    auto p = persons.get(*person);
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
        contents.push_back(c);
    }
    Entries entries(vault, actor);
    auto ids = entries.addAll(contents, QStringLiteral("import"));
    if (!ids)
        return ids.status();
    if (Status s = tx.commit(); !s)
        return s;
    return ids;
}

} // namespace inzage
