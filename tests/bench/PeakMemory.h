#pragma once

// Peak resident memory of this process, for the export row of the benchmark. The kernel keeps a
// high-water mark (VmHWM) that can be reset to the current size, so one step's peak is measured
// without the 256 MiB key derivation that ran earlier in the same process.

#include <QByteArray>
#include <QFile>

#include <cstdint>

namespace inzage::bench {

// A /proc/self/status field in KiB, or -1 when it cannot be read.
inline std::int64_t procStatusKiB(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current VmRSS ("5" in clear_refs); false when the kernel refuses.
inline bool resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

} // namespace inzage::bench
