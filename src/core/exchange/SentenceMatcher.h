#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace inzage {

// The form two sentences are compared in: case and accents folded, whitespace collapsed.
QString normaliseSentence(const QString& text);

// 2·(words in common) / (words in a + words in b), over the words as a multiset: 1 for the same
// words, 0 for none in common.
double wordSimilarity(const QString& a, const QString& b);

// Matches the sentences of a new version of a document (normalised) to those of the old one.
// Exact matches first (in order, so a repeated sentence matches its own repeat); then each
// sentence left over is matched to the most similar old sentence left over between its matched
// neighbours, when the similarity reaches threshold. Returns, for each new sentence, the index of
// its old sentence or -1 (a new sentence); old sentences nobody matched were removed.
std::vector<int> matchSentences(
    const QStringList& oldSentences, const QStringList& newSentences, double threshold = 0.6);

} // namespace inzage
