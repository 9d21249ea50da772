// Fuzz target: a plain-text report (UTF-8, UTF-16 with BOM, Windows-1252), read as DocumentReader reads an imported file.
#include "DocumentTargets.h"

INZAGE_FUZZ_TARGET(txt)
{
    return inzage::fuzz::readDocument(data, size, "verslag.txt");
}
