// Fuzz target: a report in the TSV layout (section, label, spoken_to, text, …), parsed as
// `import` parses it before anything is written; every spoken_to also goes through the name split.
#include "FuzzTarget.h"

#include "exchange/TsvImport.h"

INZAGE_FUZZ_TARGET(tsv)
{
    auto rows = inzage::parseTsv(inzage::fuzz::bytesOf(data, size));
    if (rows)
        for (const inzage::TsvRow& row : *rows)
            (void)inzage::splitNameAndRelation(row.spokenTo);
    return 0;
}
