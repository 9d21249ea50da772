#pragma once

#include "dossier/Model.h"

#include <QString>

namespace inzage::app {

// Everything the app says about domain values, in the user's language (qsTr context "Wording").
QString labelName(Label label);
QString methodName(Method method);
QString answerKindName(AnswerKind kind);
QString answerStatusName(AnswerStatus status);
QString stageName(Stage stage);
QString dateInWords(const QString& isoDate);
QString spokenToLine(const SpokenTo& s);
QString basisLine(const EntryContent& c);
// "Goedgekeurd door … op … (schriftelijk)": one line per approval of the entry (accordering).
QString approvalLines(const std::vector<SourceApproval>& approvals);

} // namespace inzage::app
