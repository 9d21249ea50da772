#pragma once

#include "dossier/Model.h"
#include "dossier/Vocabulary.h"

#include <QString>
#include <QStringList>

namespace inzage {

// The chain a family passes through, as the parent's "Wie doet wat" page shows it: the stages in
// order, where the family is now, and in plain words what happens next. The wording is the
// core's (translatable), so every view says the same.
QStringList chainStageNames();          // Melding … Jeugdbescherming, in the reader's language
int chainStageIndex(Stage stage);       // its place in chainStageNames(); -1 when the case is closed
QString nextStepText(Stage stage);      // what happens next, in plain words (B1)
// The professional's own next step when they wrote one, else the stage's.
QString nextStepText(const CaseInfo& info);

} // namespace inzage
