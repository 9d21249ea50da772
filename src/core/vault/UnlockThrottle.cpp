#include "vault/UnlockThrottle.h"

#include <algorithm>

namespace inzage {

void UnlockThrottle::recordFailure(const QDateTime& now)
{
    ++m_failures;
    m_lastFailure = now;
}

int UnlockThrottle::secondsToWait(const QDateTime& now) const
{
    if (m_failures < 3 || !m_lastFailure.isValid())
        return 0;
    const int delay = std::min(300, 1 << std::min(m_failures - 2, 9));
    const qint64 passed = m_lastFailure.secsTo(now);
    return int(std::max<qint64>(0, delay - passed));
}

} // namespace inzage
