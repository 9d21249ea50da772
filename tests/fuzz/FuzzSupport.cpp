#include "FuzzTarget.h"

#include <QtGlobal>

#include <sodium.h>

#include <cstdlib>

namespace inzage::fuzz {

void initialise()
{
    if (sodium_init() < 0)
        std::abort();
    // Qt prints a warning for some malformed XML; the fuzzer's output stays readable without.
    qputenv("QT_LOGGING_RULES", "*.warning=false");
}

} // namespace inzage::fuzz
