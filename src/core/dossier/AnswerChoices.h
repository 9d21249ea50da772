#pragma once

#include "common/Status.h"
#include "dossier/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace inzage {

// What a parent can say about an entry follows from its label. A feit can be wrong and can be
// corrected (AVG art. 16). A mening is not changed on request: the parent adds their own view
// beside it (Jeugdwet 7.3.8). A bron can be disputed: "this person did not say that".
struct AnswerChoice {
    AnswerKind kind;
    QString title;       // the choice, in the parent's words ("Dit klopt niet")
    QString whatHappens; // what happens next, in plain words
};

class AnswerChoices {
    Q_DECLARE_TR_FUNCTIONS(inzage::AnswerChoices)

public:
    // The choices offered on an entry with this label, in the order they are shown.
    static std::vector<AnswerChoice> forLabel(Label label);
    // Refuses a kind that does not fit the label, saying what to choose instead.
    static Status check(Label label, AnswerKind kind);
};

} // namespace inzage
