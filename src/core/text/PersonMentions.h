#pragma once

#include "text/HintWords.h"

#include <QString>

#include <vector>

namespace inzage::hints {

// Who writes the document: decides whether "de Raad adviseert" is the author's own opinion (in a
// Raad report) or what someone told the author (in a court decision).
enum class DocumentKind {
    RaadReport, // the Raad voor de Kinderbescherming writes: "de Raad" is the author
    OtherReport, // Veilig Thuis or a GI writes: "de Raad" is someone else
    Court, // a court decision: "de Raad", "de GI" and the parents are all parties
};

// A person or organisation named in a sentence: "de groepsleerkracht, mevrouw Jansen,",
// "Veilig Thuis Utrecht", "de vader", "zij".
struct Mention {
    qsizetype begin = 0; // token range, with a leading article
    qsizetype end = 0;
    QString role; // as written, without article: "groepsleerkracht", "advocaat van de moeder"
    QString name; // "mevrouw Jansen", "Noor"
    bool pronoun = false;
    QString key; // folded head word for comparisons: "rechtbank", "moeder", "zij"

    bool isAuthor(DocumentKind kind) const;
    // "mevrouw Jansen (groepsleerkracht)", "moeder", "Veilig Thuis Utrecht"
    QString display() const;
};

std::vector<Mention> findMentions(const std::vector<Token>& tokens);

// The mentions in a heading such as "Informatie school" or "Gesprek met vader" (lower case words).
QString headingSpeaker(const QString& heading);

} // namespace inzage::hints
