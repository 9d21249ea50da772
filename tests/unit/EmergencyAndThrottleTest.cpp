#include "dossier/Emergency.h"
#include "vault/UnlockThrottle.h"

#include <catch2/catch.hpp>

using namespace inzage;

namespace {

CaseInfo info()
{
    CaseInfo i;
    i.officeHoursStart = QStringLiteral("08:30");
    i.officeHoursEnd = QStringLiteral("17:00");
    i.officePhone = QStringLiteral("088 555 0142");
    i.afterHoursPhone = QStringLiteral("088 996 3000");
    return i;
}

QDateTime at(int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min)); }

} // namespace

TEST_CASE("within office hours on a working day the organisation's office number applies", "[emergency]")
{
    const EmergencyAdvice a = emergencyAdvice(info(), at(2026, 11, 23, 10, 0)); // a Monday
    CHECK(a.officeHoursNow);
    CHECK(a.organisationNumber == QStringLiteral("088 555 0142"));
    CHECK(a.officeHours == QStringLiteral("08:30–17:00"));
}

TEST_CASE("outside office hours, at the weekend and at closing time the after-hours number applies", "[emergency]")
{
    for (const QDateTime& t : {at(2026, 11, 23, 8, 29), at(2026, 11, 23, 17, 0), at(2026, 11, 23, 23, 15),
                               at(2026, 11, 28, 11, 0) /* Saturday */}) {
        const EmergencyAdvice a = emergencyAdvice(info(), t);
        INFO(t.toString(Qt::ISODate).toStdString());
        CHECK(!a.officeHoursNow);
        CHECK(a.organisationNumber == QStringLiteral("088 996 3000"));
    }
}

TEST_CASE("without an after-hours number of its own, Veilig Thuis is the number after hours", "[emergency]")
{
    CaseInfo i = info();
    i.afterHoursPhone.clear();
    CHECK(emergencyAdvice(i, at(2026, 11, 23, 22, 0)).organisationNumber == QStringLiteral("0800-2000"));
}

TEST_CASE("unlock waits grow after repeated failures and reset on success", "[unlock]")
{
    UnlockThrottle t;
    const QDateTime now = at(2026, 11, 23, 12, 0);
    t.recordFailure(now);
    t.recordFailure(now);
    CHECK(t.secondsToWait(now) == 0);
    t.recordFailure(now);
    CHECK(t.secondsToWait(now) == 2);
    t.recordFailure(now);
    CHECK(t.secondsToWait(now) == 4);
    CHECK(t.secondsToWait(now.addSecs(3)) == 1);
    CHECK(t.secondsToWait(now.addSecs(10)) == 0);
    for (int i = 0; i < 20; ++i)
        t.recordFailure(now);
    CHECK(t.secondsToWait(now) == 300);
    t.recordSuccess();
    CHECK(t.secondsToWait(now) == 0);
}
