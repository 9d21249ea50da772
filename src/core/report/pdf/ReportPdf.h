#pragma once

#include "common/Status.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QIODevice>

namespace inzage {

// The report as a PDF: A4, fonts embedded (PDF/A-1b), "concept" or "definitief" in the header and
// footer of every page, page N of M, and on the last page the chain head and the content hash.
// Within each section feiten, bronnen and meningen stand under a heading each, with word and icon
// (colour only adds to them). Needs a QGuiApplication (the offscreen platform is enough).
// Qt 6.4's QPdfWriter writes no structure tree: headings are headings in the document (heading
// levels, larger bold type) but the PDF is not tagged for screen readers.
class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(inzage::ReportPdf)

public:
    // Writes to `out`; returns the number of pages. Fits ReportMaker's ReportRenderer.
    static Result<int> render(const ReportContent& content, QIODevice& out);
    // The document as HTML, before it is laid out on pages (what render() draws).
    static QString html(const ReportContent& content);
};

} // namespace inzage
