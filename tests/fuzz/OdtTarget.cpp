// Fuzz target: an .odt package, read as DocumentReader reads an imported file.
#include "DocumentTargets.h"

INZAGE_FUZZ_TARGET(odt)
{
    return inzage::fuzz::readDocument(data, size, "verslag.odt");
}
