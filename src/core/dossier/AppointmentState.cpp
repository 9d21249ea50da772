#include "dossier/AppointmentState.h"

namespace inzage {

AppointmentState appointmentState(const Appointment& a, const QDate& today)
{
    switch (a.status) {
    case AppointmentStatus::Gehouden:
        return AppointmentState::Gehouden;
    case AppointmentStatus::Afgezegd:
        return AppointmentState::Afgezegd;
    case AppointmentStatus::Ingehaald:
        return AppointmentState::Ingehaald;
    case AppointmentStatus::Nagekomen:
        return AppointmentState::Nagekomen;
    case AppointmentStatus::NietNagekomen:
        return AppointmentState::NietNagekomen;
    case AppointmentStatus::Gepland:
        break;
    }
    if (a.kind != AppointmentKind::Toezegging)
        return AppointmentState::Gepland;
    // The due date is a date ("2026-04-06") or a moment ("2026-04-06T17:00"): late from the next day.
    const QDate due = QDate::fromString(a.plannedAt.left(10), Qt::ISODate);
    return due.isValid() && due < today ? AppointmentState::TeLaat : AppointmentState::Open;
}

QString toString(AppointmentState state)
{
    switch (state) {
    case AppointmentState::Gepland:
        return QStringLiteral("gepland");
    case AppointmentState::Gehouden:
        return QStringLiteral("gehouden");
    case AppointmentState::Afgezegd:
        return QStringLiteral("afgezegd");
    case AppointmentState::Ingehaald:
        return QStringLiteral("ingehaald");
    case AppointmentState::Open:
        return QStringLiteral("open");
    case AppointmentState::TeLaat:
        return QStringLiteral("te-laat");
    case AppointmentState::Nagekomen:
        return QStringLiteral("nagekomen");
    case AppointmentState::NietNagekomen:
        return QStringLiteral("niet-nagekomen");
    }
    return QStringLiteral("gepland");
}

} // namespace inzage
