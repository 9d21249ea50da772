// Fuzz target: a .docx package (also an OLE file: old .doc or a password-protected one), read as DocumentReader reads an imported file.
#include "DocumentTargets.h"

INZAGE_FUZZ_TARGET(docx)
{
    return inzage::fuzz::readDocument(data, size, "verslag.docx");
}
