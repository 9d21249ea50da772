#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QByteArray>

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

// Parses the whole file first: any bad line refuses the file with its line number, nothing imported.
Result<std::vector<TsvRow>> parseTsv(const QByteArray& bytes);

// Imports in one transaction: all rows or none. Meaning of spoken_to per label:
//   bron   → the person spoken to;   mening → whose opinion it is;
//   feit   → "document: …" names the document, anything else the observer.
Result<std::vector<Id>> importTsv(Vault& vault, const Actor& actor, const std::vector<TsvRow>& rows);

} // namespace inzage
