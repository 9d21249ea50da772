#pragma once

#include <QString>

namespace inzage {

// What a word before a full stop tells the sentence splitter.
enum class AbbreviationKind {
    None, // an ordinary word: a full stop after it may end the sentence
    Title, // dhr., mevr., mr., dr., prof.: a name always follows, never a sentence end
    Ordinary, // o.a., bijv., art., nr., ca.: not a sentence end
    MayEnd, // enz., etc., jl., jan., kg.: ends the sentence when a capital follows, never before a digit

};

// word: the token before the full stop, without it and without surrounding quotes or brackets
// ("Dhr", "o.a", "i.v.m"); matched case-insensitively.
AbbreviationKind dutchAbbreviation(const QString& word);

} // namespace inzage
