#pragma once

namespace inzage {

// The first thing main() of the app and of the CLI does: no core dumps (RLIMIT_CORE 0) and not
// dumpable (PR_SET_DUMPABLE 0), so no other program of the same user can read the passphrase or
// the key from /proc/PID/mem or attach a debugger, and a crash leaves no memory image on disk.
// Returns false when the kernel refused either (the caller goes on: it is a second line of defence).
bool guardProcessMemory();

} // namespace inzage
