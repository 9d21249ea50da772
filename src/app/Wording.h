#pragma once

#include "dossier/Model.h"
#include "exchange/AnswerTravel.h"

#include <QString>

namespace inzage::app {

// Everything the app says about domain values, in the user's language (qsTr context "Wording").
QString labelName(Label label);
QString methodName(Method method);
QString answerKindName(AnswerKind kind);
QString answerStatusName(AnswerStatus status);
// The status a parent reads: "Nog niet verstuurd" until the answer is in an answer file, then
// "Verstuurd op 2 december 2026", then the professional's status.
QString answerStatusLine(const Answer& a, const AnswerTravelState& travel);
QString stageName(Stage stage);
QString dateInWords(const QString& isoDate);
QString spokenToLine(const SpokenTo& s);
QString basisLine(const EntryContent& c);
// "Goedgekeurd door … op … (schriftelijk)": one line per approval of the entry (accordering).
QString approvalLines(const std::vector<SourceApproval>& approvals);

} // namespace inzage::app
