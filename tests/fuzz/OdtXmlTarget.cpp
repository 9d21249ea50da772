// Fuzz target: the XML of an .odt (OdtReader): the input up to the first NUL byte is
// content.xml, the rest styles.xml (hidden-text styles), packed into a valid package so every
// input reaches the XML reader.
#include "FuzzTarget.h"
#include "ZipWrap.h"

#include "exchange/Document.h"
#include "exchange/OdtReader.h"

INZAGE_FUZZ_TARGET(odt_xml)
{
    const QByteArray bytes = inzage::fuzz::bytesOf(data, size);
    const qsizetype cut = bytes.indexOf('\0');
    inzage::fuzz::ZipParts parts {{"mimetype", QByteArrayLiteral("application/vnd.oasis.opendocument.text")},
        {"content.xml", cut < 0 ? bytes : bytes.left(cut)}};
    if (cut >= 0)
        parts.emplace_back("styles.xml", bytes.mid(cut + 1));
    auto doc = inzage::OdtReader::read(inzage::fuzz::zipInMemory(parts));
    if (doc)
        (void)inzage::sentencesOf(*doc);
    return 0;
}
