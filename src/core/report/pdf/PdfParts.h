#pragma once

#include "common/Status.h"
#include "report/ReportDocument.h"

#include <QFont>
#include <QIODevice>
#include <QString>

class QTextDocument;

namespace inzage::pdf {

// The pieces the professional's report (ReportPdf) and the family's file on paper (PaperPdf) share:
// the words for labels, methods and answers, an entry with its detail lines, and A4 pages with a
// header, a footer and "pagina N van M". Their words keep the report's translation context.

// The label as icon and word (the same icons as the app); colour is only an extra.
struct KindLook {
    Label label;
    const char* icon;
    const char* colour;
};
inline constexpr KindLook kKinds[] = {
    { Label::Feit, "\u25C6", "#1d5e8c" },
    { Label::Bron, "\u275D", "#6b4c00" },
    { Label::Mening, "\u2696", "#6a2c70" },
    { Label::Onbeoordeeld, "?", "#555555" },
};

QString esc(const QString& s);
QString methodWord(Method m);
QString answerKindWord(AnswerKind k);
QString statusWord(AnswerStatus s);
// A person as the reader may see them; a shielded source masked for the family (no name) is
// "een afgeschermde bron" with the legal reason.
QString who(const QString& name, const QString& relation, const QString& organisation, bool shielded,
    const QString& reason);
// A detail line under an entry (indented, small).
QString meta(const QString& text);
// An entry: its number and text, then date, basis, whose opinion, who said it or was spoken to.
// `lead` stands before the number on the first line (the family's paper puts the label there).
QString entryHtml(const ReportEntry& e, const QString& lead = {});
// No ligatures: "definitief" must be found and copied as typed, not with an "fi" glyph in it.
QFont plainFont(int points);
// QTextDocument has no keep-with-next: moves a heading with its first entry, and an entry with its
// detail lines, to the next page when they would be split.
void keepUnitsTogether(QTextDocument& doc);

struct PageFrame {
    QString title;     // the PDF's title
    QString headLeft;  // on every page, above the line
    QString headRight; // bold, at the right
    QString footLeft;  // bold, under the line; "pagina N van M" stands at the right
};
// Lays `html` out on A4 pages (fonts embedded, PDF/A-1b) and draws the frame on each; the pages.
Result<int> renderPages(const QString& html, const PageFrame& frame, QIODevice& out);

} // namespace inzage::pdf
