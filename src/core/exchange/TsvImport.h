#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QHash>

#include <cstdint>
#include <optional>

#include <vector>

namespace inzage {

// One line of a report in the TSV layout: section, label, spoken_to, text (header required,
// columns in any order; optional: event_date, spoken_on, method, visible).
struct TsvRow {
    int line = 0;
    QString section;
    Label label = Label::Onbeoordeeld;
    QString spokenTo;
    QString text;
    QString eventDate;
    QString spokenOn;
    Method method = Method::Onbekend;
    bool visible = true;
};

// "moeder (Sanne Visser)" → name "Sanne Visser", relation "moeder": the side with more
// capitalised words is the name; on a tie the part before the brackets is.
struct NameAndRelation {
    QString name;
    QString relation;
};
NameAndRelation splitNameAndRelation(const QString& spokenTo);

// Reads a report in the TSV layout line by line: the header first, then each row checked as it comes.
class TsvReader {
public:
    // The first line (a UTF-8 byte order mark and a trailing CR are dropped); refused without the
    // columns section, label, spoken_to and text.
    static Result<TsvReader> fromHeader(QString headerLine);
    // Line LINE_NUMBER (1 is the header): a row, nothing for a blank line, or why it is refused.
    Result<std::optional<TsvRow>> row(QString line, int lineNumber) const;

private:
    QHash<QString, int> m_column;
    int m_columns = 0;
};

// Parses the whole file first: any bad line refuses the file with its line number, nothing imported.
Result<std::vector<TsvRow>> parseTsv(const QByteArray& bytes);

// Imports in one transaction: all rows or none. Meaning of spoken_to per label:
//   bron   → the person spoken to;   mening → whose opinion it is;
//   feit   → "document: …" names the document, anything else the observer.
Result<std::vector<Id>> importTsv(Vault& vault, const Actor& actor, const std::vector<TsvRow>& rows);

// The largest TSV file imported (a million entries is about 150 MB) and the longest line.
inline constexpr std::int64_t kMaxTsvSize = std::int64_t {2} * 1024 * 1024 * 1024;
inline constexpr qsizetype kMaxLine = 4 * 1024 * 1024;

struct TsvImportSummary {
    std::int64_t count = 0;
    Id first = 0;
    Id last = 0;
};
// Imports the TSV file at PATH as importTsv does (one transaction: all rows or none), read and
// written a line at a time, so memory stays the same for a file of any size up to kMaxTsvSize.
// The file is opened as every outside file is (InputFile: a regular file, never a FIFO or device).
Result<TsvImportSummary> importTsvFile(Vault& vault, const Actor& actor, const QString& path);

} // namespace inzage
