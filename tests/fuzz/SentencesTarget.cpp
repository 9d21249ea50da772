// Fuzz target: the sentence splitter on one paragraph of (UTF-8) text. Besides not crashing it
// must keep its promise: the sentences joined with a space give the collapsed paragraph back.
#include "FuzzTarget.h"

#include "text/SentenceSplitter.h"

#include <QString>

#include <cstdlib>

INZAGE_FUZZ_TARGET(sentences)
{
    const QString paragraph = QString::fromUtf8(inzage::fuzz::bytesOf(data, size));
    const QStringList sentences = inzage::splitSentences(paragraph);
    for (const QString& s : sentences)
        if (s.isEmpty())
            std::abort();
    if (sentences.join(QLatin1Char(' ')) != paragraph.simplified())
        std::abort();
    return 0;
}
