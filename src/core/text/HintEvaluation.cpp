#include "text/HintEvaluation.h"

#include <QStringList>

namespace inzage {

Result<HintEvaluation> HintEvaluator::evaluateTsv(const QString& tsv)
{
    QStringList lines = tsv.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return Status(ErrorCode::InvalidInput, tr("Het bestand is leeg: er hoort een kopregel met label en text in."));
    QString headerLine = lines.first();
    if (headerLine.startsWith(QChar(0xFEFF)))
        headerLine.remove(0, 1);
    const QStringList header = headerLine.split(QLatin1Char('\t'));
    const qsizetype labelCol = header.indexOf(QStringLiteral("label"));
    const qsizetype textCol = header.indexOf(QStringLiteral("text"));
    const qsizetype sectionCol = header.indexOf(QStringLiteral("section"));
    const qsizetype sourceCol = header.indexOf(QStringLiteral("source"));
    if (labelCol < 0 || textCol < 0)
        return Status(ErrorCode::InvalidInput,
            tr("De kopregel mist de kolom label of text (gevonden: %1). Gebruik tabs tussen de kolommen.")
                .arg(header.join(QStringLiteral(", "))));
    HintEvaluation eval;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList cols = lines.at(i).split(QLatin1Char('\t'));
        if (cols.size() < header.size())
            return Status(ErrorCode::InvalidInput,
                tr("Regel %1 heeft %2 kolommen; de kopregel heeft er %3.")
                    .arg(i + 1)
                    .arg(cols.size())
                    .arg(header.size()));
        const auto label = parse<Label>(cols.at(labelCol));
        if (!label)
            return Status(ErrorCode::InvalidInput,
                tr("Regel %1: onbekend label '%2'. Toegestaan: %3.")
                    .arg(i + 1)
                    .arg(cols.at(labelCol), Vocabulary<Label>::allowed()));
        HintEvaluationRow row;
        row.label = *label;
        row.text = cols.at(textCol);
        row.section = sectionCol >= 0 ? cols.at(sectionCol).trimmed() : QString();
        row.source = sourceCol >= 0 ? cols.at(sourceCol).trimmed() : QString();
        eval.rows.push_back(std::move(row));
    }
    if (eval.rows.empty())
        return Status(ErrorCode::InvalidInput, tr("Het bestand heeft een kopregel maar geen regels om te meten."));

    // Consecutive rows of the same source are one document, hinted in order with their headings.
    std::size_t start = 0;
    while (start < eval.rows.size()) {
        std::size_t end = start + 1;
        while (end < eval.rows.size() && eval.rows.at(end).source == eval.rows.at(start).source)
            ++end;
        std::vector<HintSentence> doc;
        for (std::size_t i = start; i < end; ++i)
            doc.push_back({ eval.rows.at(i).text, eval.rows.at(i).section });
        const std::vector<LabelHint> hints = LabelHints::forDocument(doc);
        for (std::size_t i = start; i < end; ++i)
            eval.rows.at(i).hint = hints.at(i - start);
        start = end;
    }
    for (const HintEvaluationRow& row : eval.rows) {
        if (row.hint.label == row.label)
            ++eval.correct;
        ++eval.confusion.at(std::size_t(row.label)).at(std::size_t(row.hint.label));
    }
    return eval;
}

} // namespace inzage
