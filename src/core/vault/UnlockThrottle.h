#pragma once

#include <QDateTime>

namespace inzage {

// A growing wait after repeated wrong passphrases: none for the first two tries, then
// 2, 4, 8 … seconds, at most five minutes. Says nothing about why a try failed.
class UnlockThrottle {
public:
    void recordFailure(const QDateTime& now);
    void recordSuccess() { m_failures = 0; }
    int failures() const { return m_failures; }
    // Seconds still to wait before the next try is allowed (0 = try now).
    int secondsToWait(const QDateTime& now) const;

private:
    int m_failures = 0;
    QDateTime m_lastFailure;
};

} // namespace inzage
