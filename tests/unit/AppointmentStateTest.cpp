#include "dossier/AppointmentState.h"

#include <catch2/catch.hpp>

using namespace inzage;

namespace {

Appointment promise(const QString& due, AppointmentStatus status = AppointmentStatus::Gepland)
{
    Appointment a;
    a.kind = AppointmentKind::Toezegging;
    a.description = QStringLiteral("Verslag sturen");
    a.plannedAt = due;
    a.status = status;
    return a;
}

} // namespace

TEST_CASE("a promise still open after its due date is te laat, on the due date itself still open", "[case][state]")
{
    const QDate today(2026, 4, 7);
    CHECK(appointmentState(promise(QStringLiteral("2026-04-06")), today) == AppointmentState::TeLaat);
    CHECK(appointmentState(promise(QStringLiteral("2026-04-06T17:00")), today) == AppointmentState::TeLaat);
    CHECK(appointmentState(promise(QStringLiteral("2026-04-07")), today) == AppointmentState::Open);
    CHECK(appointmentState(promise(QStringLiteral("2026-05-01")), today) == AppointmentState::Open);
    CHECK(toString(AppointmentState::TeLaat) == QStringLiteral("te-laat"));
}

TEST_CASE("a kept or broken promise is never te laat, and one without a readable due date is open", "[case][state]")
{
    const QDate today(2026, 4, 7);
    CHECK(appointmentState(promise(QStringLiteral("2026-01-01"), AppointmentStatus::Nagekomen), today)
        == AppointmentState::Nagekomen);
    CHECK(appointmentState(promise(QStringLiteral("2026-01-01"), AppointmentStatus::NietNagekomen), today)
        == AppointmentState::NietNagekomen);
    CHECK(appointmentState(promise({}), today) == AppointmentState::Open);
    CHECK(appointmentState(promise(QStringLiteral("volgende week")), today) == AppointmentState::Open);
}

TEST_CASE("an appointment in the past is not late: held, cancelled and made up are what was recorded", "[case][state]")
{
    const QDate today(2026, 4, 7);
    Appointment visit;
    visit.description = QStringLiteral("Huisbezoek");
    visit.plannedAt = QStringLiteral("2026-03-01T10:00");
    CHECK(appointmentState(visit, today) == AppointmentState::Gepland);
    visit.status = AppointmentStatus::Afgezegd;
    CHECK(appointmentState(visit, today) == AppointmentState::Afgezegd);
    visit.status = AppointmentStatus::Ingehaald;
    CHECK(appointmentState(visit, today) == AppointmentState::Ingehaald);
    visit.status = AppointmentStatus::Gehouden;
    CHECK(appointmentState(visit, today) == AppointmentState::Gehouden);
}
