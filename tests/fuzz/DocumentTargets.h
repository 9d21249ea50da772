#pragma once

// The document readers as an import calls them: DocumentReader picks the reader from the first
// bytes (a zip package, an OLE file) or the name; what it reads is split into sentences.

#include "FuzzTarget.h"

#include "exchange/Document.h"
#include "exchange/DocumentReader.h"

#include <QString>

namespace inzage::fuzz {

inline int readDocument(const std::uint8_t* data, std::size_t size, const char* fileName)
{
    auto doc = DocumentReader::read(bytesOf(data, size), QString::fromLatin1(fileName));
    if (doc)
        (void)sentencesOf(*doc);
    return 0;
}

} // namespace inzage::fuzz
