#pragma once

// The app's memory with a large parent copy open: the real `inzage` program, started offscreen on
// the copy (unlocked from a passphrase file, first page shown, a screenshot taken, then it quits),
// and its peak resident size: the kernel's high-water mark of the child, read every 10 ms until it ends.

#include "common/Status.h"

#include <QString>

namespace inzage::bench {

struct AppRun {
    double peakMiB = 0; // the whole process: Qt, QML, fonts, the open vault and its first page
    double wallMs = 0;  // start to exit, with key derivation and the 1.2 s the screenshot waits
};

// `app`: the program; `copy` and `passphrase`: the parent copy to open. The app's settings go to a
// folder of its own under `folder`, never the user's.
Result<AppRun> measureAppMemory(const QString& app, const QString& copy, const QByteArray& passphrase,
                                const QString& folder);

} // namespace inzage::bench
