#pragma once

#include "common/Status.h"
#include "text/LabelHints.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <vector>

namespace inzage {

// A labelled TSV (columns label and text, optionally section and source) hinted as its documents
// and compared with the labels a person gave: how the hints are measured.
struct HintEvaluationRow {
    Label label = Label::Onbeoordeeld; // the label a person gave
    QString text;
    QString section;
    QString source;
    LabelHint hint;
};

struct HintEvaluation {
    std::vector<HintEvaluationRow> rows; // in input order
    int correct = 0;
    // confusion[given][predicted], indexed by Label (Feit, Mening, Bron, Onbeoordeeld = none)
    std::array<std::array<int, 4>, 4> confusion {};
    double accuracy() const { return rows.empty() ? 0.0 : double(correct) / double(rows.size()); }
};

class HintEvaluator {
    Q_DECLARE_TR_FUNCTIONS(inzage::HintEvaluator)

public:
    // Refuses a file without a header naming label and text, a row with an unknown label or a
    // missing column, and a file without rows (InvalidInput, with the line number).
    static Result<HintEvaluation> evaluateTsv(const QString& tsv);
};

} // namespace inzage
