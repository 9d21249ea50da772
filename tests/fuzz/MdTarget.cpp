// Fuzz target: a Markdown report, read as DocumentReader reads an imported file.
#include "DocumentTargets.h"

INZAGE_FUZZ_TARGET(md)
{
    return inzage::fuzz::readDocument(data, size, "verslag.md");
}
