#pragma once

#include "dossier/Model.h"

#include <QDate>
#include <QString>

namespace inzage {

// What a parent is told about an appointment or a promise (toezegging). The stored status says
// what the professional recorded; a promise still open after its due date is "te laat", which no
// one records: it follows from the date, so every view says it the same way.
enum class AppointmentState { Gepland, Gehouden, Afgezegd, Ingehaald, Open, TeLaat, Nagekomen, NietNagekomen };

// `today` is passed in so the rule is tested against a fixed date. A promise without a readable
// due date is open, never late.
AppointmentState appointmentState(const Appointment& a, const QDate& today);
// The stable word for the state (gepland, gehouden, afgezegd, ingehaald, open, te-laat, nagekomen,
// niet-nagekomen), for QML and JSON.
QString toString(AppointmentState state);

} // namespace inzage
