#include "report/pdf/PdfParts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace inzage::pdf {

namespace {

constexpr int kDpi = 300;

bool isDetailLine(const QTextBlock& b)
{
    return b.blockFormat().leftMargin() > 0; // the lines under an entry (meta())
}

bool inTable(const QTextBlock& b)
{
    return QTextCursor(b).currentTable() != nullptr;
}

} // namespace

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}




QString methodWord(Method m)
{
    switch (m) {
    case Method::Gesprek:
        return QCoreApplication::translate("inzage::ReportPdf", "in een gesprek");
    case Method::Telefoon:
        return QCoreApplication::translate("inzage::ReportPdf", "telefonisch");
    case Method::Huisbezoek:
        return QCoreApplication::translate("inzage::ReportPdf", "bij een huisbezoek");
    case Method::Schriftelijk:
        return QCoreApplication::translate("inzage::ReportPdf", "schriftelijk");
    case Method::Onbekend:
        return QCoreApplication::translate("inzage::ReportPdf", "hoe is niet vastgelegd");
    }
    return {};
}

QString answerKindWord(AnswerKind k)
{
    switch (k) {
    case AnswerKind::Klopt:
        return QCoreApplication::translate("inzage::ReportPdf", "Klopt");
    case AnswerKind::KloptNiet:
        return QCoreApplication::translate("inzage::ReportPdf", "Klopt niet");
    case AnswerKind::Aanvulling:
        return QCoreApplication::translate("inzage::ReportPdf", "Aanvulling");
    case AnswerKind::Correctieverzoek:
        return QCoreApplication::translate("inzage::ReportPdf", "Verzoek om correctie");
    case AnswerKind::Vraag:
        return QCoreApplication::translate("inzage::ReportPdf", "Vraag");
    }
    return {};
}

QString statusWord(AnswerStatus s)
{
    switch (s) {
    case AnswerStatus::Verstuurd:
        return QCoreApplication::translate("inzage::ReportPdf", "verstuurd, nog niet behandeld");
    case AnswerStatus::InBehandeling:
        return QCoreApplication::translate("inzage::ReportPdf", "in behandeling");
    case AnswerStatus::Verwerkt:
        return QCoreApplication::translate("inzage::ReportPdf", "verwerkt");
    case AnswerStatus::Afgewezen:
        return QCoreApplication::translate("inzage::ReportPdf", "afgewezen");
    }
    return {};
}

QString who(
    const QString& name, const QString& relation, const QString& organisation, bool shielded, const QString& reason)
{
    if (shielded && name.isEmpty()) // masked for the family: never a name, always the legal reason
        return QCoreApplication::translate("inzage::ReportPdf", "een afgeschermde bron — reden: %1").arg(esc(reason));
    QString w = esc(name);
    if (!relation.isEmpty())
        w += QStringLiteral(" (%1)").arg(esc(relation));
    if (!organisation.isEmpty())
        w += QStringLiteral(", %1").arg(esc(organisation));
    if (shielded)
        w += QStringLiteral(" — <i>%1</i>")
                 .arg(QCoreApplication::translate("inzage::ReportPdf", "afgeschermd voor de familie, reden: %1").arg(esc(reason)));
    return w;
}

QString meta(const QString& text)
{
    return QStringLiteral("<p style=\"margin-left:22px; margin-top:0px; margin-bottom:0px; font-size:9pt;\">%1</p>")
        .arg(text);
}

QString entryHtml(const ReportEntry& e, const QString& lead)
{
    QString h = QStringLiteral("<p style=\"margin-top:7px; margin-bottom:1px;\">%3<b>#%1</b>&nbsp;&nbsp;%2</p>")
                    .arg(e.id)
                    .arg(esc(e.text), lead);
    if (!e.eventDate.isEmpty())
        h += meta(QCoreApplication::translate("inzage::ReportPdf", "Datum: %1").arg(esc(e.eventDate)));
    if (e.label == Label::Feit || e.basisKind != BasisKind::Geen) {
        const QString kind = e.basisKind == BasisKind::Document ? QCoreApplication::translate("inzage::ReportPdf", "document")
            : e.basisKind == BasisKind::Waarneming              ? QCoreApplication::translate("inzage::ReportPdf", "eigen waarneming")
                                                                : QCoreApplication::translate("inzage::ReportPdf", "ontbreekt");
        h += meta(
            QCoreApplication::translate("inzage::ReportPdf", "<b>Basis:</b> %1%2")
                .arg(kind, e.basisDetail.isEmpty() ? QString() : QStringLiteral(" — %1").arg(esc(e.basisDetail))));
    }
    if (e.label == Label::Mening) {
        const QString holder = e.holderShielded ? QCoreApplication::translate("inzage::ReportPdf", "een afgeschermde bron")
            : e.holder.isEmpty()                ? QCoreApplication::translate("inzage::ReportPdf", "de schrijver van het rapport")
                                                : esc(e.holder);
        h += meta(QCoreApplication::translate("inzage::ReportPdf", "<b>Mening van:</b> %1").arg(holder));
        if (!e.restsOn.empty()) {
            QStringList ids;
            for (Id id : e.restsOn)
                ids << QStringLiteral("#%1").arg(id);
            h += meta(QCoreApplication::translate("inzage::ReportPdf", "<b>Rust op de feiten:</b> %1").arg(ids.join(QStringLiteral(", "))));
        }
    }
    for (const ReportSource& s : e.sources) {
        const SpokenTo& l = s.line;
        const QString when = l.spokenOn.isEmpty() ? QCoreApplication::translate("inzage::ReportPdf", "datum niet vastgelegd") : esc(l.spokenOn);
        const QString approval = s.approval.isEmpty() ? QCoreApplication::translate("inzage::ReportPdf", "niet vastgelegd") : esc(s.approval);
        const QString line = e.label == Label::Bron
            ? QCoreApplication::translate("inzage::ReportPdf", "<b>Gezegd door:</b> %1 · %2 · %3 · akkoord van de bron: %4")
            : QCoreApplication::translate("inzage::ReportPdf", "<b>Gesproken met:</b> %1 · %2 · %3 · akkoord van de bron: %4");
        h += meta(line.arg(
            who(l.name, l.relation, l.organisation, l.shielded, l.shieldReason), when, methodWord(l.method), approval));
    }
    if (e.label == Label::Bron && e.sources.empty())
        h += meta(QCoreApplication::translate("inzage::ReportPdf", "<b>Gezegd door:</b> niet vastgelegd"));
    if (!e.visibleToParent)
        h += meta(QCoreApplication::translate("inzage::ReportPdf", "<i>Interne notitie: niet zichtbaar in het exemplaar van de ouders.</i>"));
    return h;
}



// No ligatures: "definitief" must be found and copied as typed, not with an "ﬁ" glyph in it.
QFont plainFont(int points)
{
    QFont f(QStringLiteral("DejaVu Sans"), points);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// QTextDocument has no keep-with-next: after laying out, a heading (with the headings right after
// it) and the first entry under it, and an entry with its detail lines, that would be split over two
// pages start on the next page instead. Tables (Gesproken met) break by row as they are.
void keepUnitsTogether(QTextDocument& doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    QTextBlock b = doc.begin();
    while (b.isValid()) {
        if (inTable(b)) {
            b = b.next();
            continue;
        }
        const QTextBlock start = b;
        QTextBlock end = b;
        while (end.isValid() && !inTable(end) && end.blockFormat().headingLevel() > 0)
            end = end.next();
        if (end.isValid() && !inTable(end)) {
            end = end.next();
            while (end.isValid() && !inTable(end) && isDetailLine(end))
                end = end.next();
        }
        const QTextBlock last = end.isValid() ? end.previous() : doc.lastBlock();
        const qreal top = layout->blockBoundingRect(start).top();
        const qreal bottom = layout->blockBoundingRect(last).bottom();
        const bool split = int(top / pageHeight) != int((bottom - 1) / pageHeight);
        if (split && start != doc.begin() && bottom - top < pageHeight / 2) {
            QTextBlockFormat f = start.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(start).setBlockFormat(f);
            // Lay out again from here before measuring on (the incremental layout alone left it stale).
            doc.markContentsDirty(start.position(), doc.characterCount() - start.position());
        }
        b = end.isValid() && end != start ? end : start.next();
    }
}


Result<int> renderPages(const QString& html, const PageFrame& frame, QIODevice& out)
{
    QPdfWriter writer(&out);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // every font embedded
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(frame.title);
    writer.setCreator(QStringLiteral("Inzage"));

    const QRectF page = writer.pageLayout().paintRectPixels(kDpi);
    const qreal mm = kDpi / 25.4;
    const qreal headerH = 10 * mm, footerH = 10 * mm;
    const QSizeF body(page.width(), page.height() - headerH - footerH);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(plainFont(10));
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setPageSize(body);
    keepUnitsTogether(doc);
    const int pages = doc.pageCount();

    QPainter p;
    if (!p.begin(&writer))
        return Status(ErrorCode::Io, QCoreApplication::translate("inzage::ReportPdf", "Het PDF-bestand kon niet worden begonnen."));
    QFont small = plainFont(8);
    QFont smallBold = small;
    smallBold.setBold(true);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage())
            return Status(ErrorCode::Io,
                QCoreApplication::translate("inzage::ReportPdf", "Een nieuwe pagina in het PDF-bestand lukte niet."));
        p.setPen(Qt::black);
        p.setFont(small);
        const QRectF head(0, 0, body.width(), headerH * 0.7);
        p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, frame.headLeft);
        p.setFont(smallBold);
        p.drawText(head, Qt::AlignRight | Qt::AlignVCenter, frame.headRight);
        p.setPen(QPen(Qt::gray, 0.3 * mm));
        p.drawLine(QPointF(0, headerH * 0.75), QPointF(body.width(), headerH * 0.75));
        const qreal footTop = headerH + body.height();
        p.drawLine(QPointF(0, footTop + footerH * 0.25), QPointF(body.width(), footTop + footerH * 0.25));
        p.setPen(Qt::black);
        const QRectF foot(0, footTop + footerH * 0.3, body.width(), footerH * 0.7);
        p.setFont(smallBold);
        p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, frame.footLeft);
        p.setFont(small);
        p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("inzage::ReportPdf", "pagina %1 van %2").arg(i + 1).arg(pages));

        p.save();
        p.translate(0, headerH - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        p.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&p, ctx);
        p.restore();
    }
    if (!p.end())
        return Status(ErrorCode::Io, QCoreApplication::translate("inzage::ReportPdf", "Het PDF-bestand kon niet worden afgemaakt."));
    return pages;
}

} // namespace inzage::pdf
