#pragma once

#include "dossier/Model.h"

#include <QDateTime>

namespace inzage {

// Which number a parent should call right now. 112 and Veilig Thuis are always shown; the
// organisation's own number applies on working days within its office hours, the after-hours
// number outside them.
struct EmergencyAdvice {
    bool officeHoursNow = false;
    QString organisationNumber; // the one that applies now (office or after-hours)
    QString officeNumber;
    QString afterHoursNumber;
    QString officeHours; // "08:30–17:00"
};

inline constexpr const char* kEmergencyNumber = "112";
inline constexpr const char* kVeiligThuisNumber = "0800-2000";

EmergencyAdvice emergencyAdvice(const CaseInfo& info, const QDateTime& localNow);

} // namespace inzage
