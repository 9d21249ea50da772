#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace inzage::app {

// What a screen reader says for an entry card and what "Lees voor" reads: one text, made here only.
struct EntryReading {
    QString name;        // "Feit, nr. 12: <the text>" (the card's Accessible.name)
    QString description; // who was spoken to or whose opinion, basis, the parent's answers and status
    QString text() const { return description.isEmpty() ? name : name + QLatin1Char(' ') + description; }
};

class ReadingText {
public:
    // `entry` holds the card's values (the roles of EntryListModel): entryId, labelName, text,
    // newness, spokenTo (list), basis, holder, restsOn, approval, answers ({kind, text, statusName,
    // reply, isNew}).
    static EntryReading entry(const QVariantMap& entry);
    // A page read aloud: its title, then each part as a sentence of its own.
    static QString page(const QString& title, const QStringList& parts);
    // Ends `text` as a sentence (adds a full stop unless it ends in . ! ? : or a closing quote).
    static QString sentence(const QString& text);
};

} // namespace inzage::app
