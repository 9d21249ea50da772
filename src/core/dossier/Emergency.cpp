#include "dossier/Emergency.h"

namespace inzage {

EmergencyAdvice emergencyAdvice(const CaseInfo& info, const QDateTime& localNow)
{
    EmergencyAdvice a;
    a.officeNumber = info.officePhone;
    a.afterHoursNumber = info.afterHoursPhone.isEmpty() ? QString::fromLatin1(kVeiligThuisNumber) : info.afterHoursPhone;
    a.officeHours = QStringLiteral("%1–%2").arg(info.officeHoursStart, info.officeHoursEnd);
    const QTime start = QTime::fromString(info.officeHoursStart, QStringLiteral("HH:mm"));
    const QTime end = QTime::fromString(info.officeHoursEnd, QStringLiteral("HH:mm"));
    const int weekday = localNow.date().dayOfWeek(); // 1 = Monday
    const QTime t = localNow.time();
    a.officeHoursNow = start.isValid() && end.isValid() && weekday <= 5 && t >= start && t < end
        && !info.officePhone.isEmpty();
    a.organisationNumber = a.officeHoursNow ? a.officeNumber : a.afterHoursNumber;
    return a;
}

} // namespace inzage
