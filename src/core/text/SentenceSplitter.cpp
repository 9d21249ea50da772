#include "text/SentenceSplitter.h"

#include "text/DutchAbbreviations.h"

#include <QRegularExpression>

namespace inzage {

namespace {

bool isOpener(QChar c)
{
    static const QString openers = QStringLiteral("\"'“‘„«([{");
    return openers.contains(c);
}

bool isCloser(QChar c)
{
    static const QString closers = QStringLiteral("\"'”’»)]}");
    return closers.contains(c);
}

QString withoutClosers(const QString& token)
{
    int end = int(token.size());
    while (end > 0 && isCloser(token.at(end - 1)))
        --end;
    return token.left(end);
}

QString withoutOpeners(const QString& token)
{
    int start = 0;
    while (start < token.size() && isOpener(token.at(start)))
        ++start;
    return token.mid(start);
}

bool isElidedClitic(const QString& token)
{
    static const QRegularExpression re(QStringLiteral("^['’](s|t|n)$"));
    return re.match(token).hasMatch();
}

// Whether next (and the token after it, for "'s Avonds") can open a sentence.
bool opensSentence(const QString& next, const QString& afterNext, bool digitMayOpen)
{
    if (isElidedClitic(next))
        return !afterNext.isEmpty() && afterNext.at(0).isUpper();
    const QString s = withoutOpeners(next);
    if (s.isEmpty())
        return false;
    const QChar c = s.at(0);
    if (c.isUpper())
        return true;
    if (c.isDigit())
        return digitMayOpen;
    return false;
}

bool isInitials(const QString& word)
{
    static const QRegularExpression re(QStringLiteral("^(\\p{Lu}\\.)*\\p{Lu}$"));
    return re.match(word).hasMatch();
}

bool isDottedAbbreviation(const QString& word)
{
    static const QRegularExpression re(QStringLiteral("^(\\p{L}{1,4}\\.)+\\p{L}{1,4}$"));
    return re.match(word).hasMatch();
}

bool isNumberedPoint(const QString& word)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(\\.\\d+)*|[IVXLC]+|[a-z])$"));
    return re.match(word).hasMatch();
}

bool isNumber(const QString& word)
{
    static const QRegularExpression re(QStringLiteral("^[\\d.,:/-]+$"));
    return re.match(word).hasMatch();
}

bool isBracketedEllipsis(const QString& token)
{
    static const QRegularExpression re(QStringLiteral("^[(\\[](\\.\\.\\.|…)[)\\]]$"));
    return re.match(token).hasMatch();
}

// Does the sentence end after tokens[i]? firstInSentence: tokens[i] opens the current sentence.
bool endsSentence(const QStringList& tokens, qsizetype i, bool firstInSentence)
{
    const QString& token = tokens.at(i);
    const QString& next = tokens.at(i + 1);
    const QString afterNext = i + 2 < tokens.size() ? tokens.at(i + 2) : QString();
    if (isBracketedEllipsis(token))
        return false;
    const QString core = withoutClosers(token);
    if (core.isEmpty())
        return false;
    if (core.endsWith(QLatin1Char('?')) || core.endsWith(QLatin1Char('!')))
        return opensSentence(next, afterNext, true);
    if (core.endsWith(QChar(0x2026)) || core.endsWith(QLatin1String("...")))
        return opensSentence(next, afterNext, false);
    if (!core.endsWith(QLatin1Char('.')))
        return false;

    QString word = withoutOpeners(core);
    while (word.endsWith(QLatin1Char('.')))
        word.chop(1);
    if (word.isEmpty())
        return opensSentence(next, afterNext, false);
    // "2." or "3.3.3." or "II." opening a sentence is the number of a point, not a sentence.
    if (firstInSentence && isNumberedPoint(word))
        return false;
    const bool closedAfterStop = core.size() != token.size(); // `komen."` or `(zie bijlage.)`
    switch (dutchAbbreviation(word)) {
    case AbbreviationKind::Title:
    case AbbreviationKind::Ordinary:
        return false;
    case AbbreviationKind::MayEnd:
        return opensSentence(next, afterNext, false);
    case AbbreviationKind::None:
        break;
    }
    if (!closedAfterStop && (isInitials(word) || isDottedAbbreviation(word)))
        return false;
    // A digit after "2016." is rare as a sentence start and common as a continuation.
    const bool digitMayOpen = !isNumber(word) && word.size() >= 2;
    return opensSentence(next, afterNext, digitMayOpen);
}

} // namespace

QStringList splitSentences(const QString& paragraph)
{
    const QStringList tokens = paragraph.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList sentences;
    QStringList current;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const bool first = current.isEmpty();
        current << tokens.at(i);
        if (i + 1 < tokens.size() && endsSentence(tokens, i, first)) {
            sentences << current.join(QLatin1Char(' '));
            current.clear();
        }
    }
    if (!current.isEmpty())
        sentences << current.join(QLatin1Char(' '));
    return sentences;
}

} // namespace inzage
