// Fuzz target: the XML of a .docx (DocxReader): the input up to the first NUL byte is
// word/document.xml, the rest word/styles.xml (headings through basedOn chains), packed into a
// valid package so every input reaches the XML reader.
#include "FuzzTarget.h"
#include "ZipWrap.h"

#include "exchange/Document.h"
#include "exchange/DocxReader.h"

INZAGE_FUZZ_TARGET(docx_xml)
{
    const QByteArray bytes = inzage::fuzz::bytesOf(data, size);
    const qsizetype cut = bytes.indexOf('\0');
    inzage::fuzz::ZipParts parts {{"word/document.xml", cut < 0 ? bytes : bytes.left(cut)}};
    if (cut >= 0)
        parts.emplace_back("word/styles.xml", bytes.mid(cut + 1));
    auto doc = inzage::DocxReader::read(inzage::fuzz::zipInMemory(parts));
    if (doc)
        (void)inzage::sentencesOf(*doc);
    return 0;
}
