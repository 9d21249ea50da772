#include "report/pdf/ReportPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace inzage {

namespace {

constexpr int kDpi = 300;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString kindWord(ReportKind k)
{
    return k == ReportKind::Definitief ? ReportPdf::tr("Definitief") : ReportPdf::tr("Concept");
}

// The label as icon and word (the same icons as the app); colour is only an extra.
struct KindLook {
    Label label;
    const char* icon;
    const char* colour;
};
constexpr KindLook kKinds[] = {
    { Label::Feit, "\u2714", "#1d5e8c" },
    { Label::Bron, "\u275D", "#6b4c00" },
    { Label::Mening, "\u2696", "#6a2c70" },
    { Label::Onbeoordeeld, "?", "#555555" },
};

QString kindHeading(Label l)
{
    switch (l) {
    case Label::Feit:
        return ReportPdf::tr("Feiten");
    case Label::Bron:
        return ReportPdf::tr("Bronnen");
    case Label::Mening:
        return ReportPdf::tr("Meningen");
    case Label::Onbeoordeeld:
        return ReportPdf::tr("Nog niet beoordeeld");
    }
    return {};
}

QString methodWord(Method m)
{
    switch (m) {
    case Method::Gesprek:
        return ReportPdf::tr("in een gesprek");
    case Method::Telefoon:
        return ReportPdf::tr("telefonisch");
    case Method::Huisbezoek:
        return ReportPdf::tr("bij een huisbezoek");
    case Method::Schriftelijk:
        return ReportPdf::tr("schriftelijk");
    case Method::Onbekend:
        return ReportPdf::tr("hoe is niet vastgelegd");
    }
    return {};
}

QString answerKindWord(AnswerKind k)
{
    switch (k) {
    case AnswerKind::Klopt:
        return ReportPdf::tr("Klopt");
    case AnswerKind::KloptNiet:
        return ReportPdf::tr("Klopt niet");
    case AnswerKind::Aanvulling:
        return ReportPdf::tr("Aanvulling");
    case AnswerKind::Correctieverzoek:
        return ReportPdf::tr("Verzoek om correctie");
    case AnswerKind::Vraag:
        return ReportPdf::tr("Vraag");
    }
    return {};
}

QString statusWord(AnswerStatus s)
{
    switch (s) {
    case AnswerStatus::Verstuurd:
        return ReportPdf::tr("verstuurd, nog niet behandeld");
    case AnswerStatus::InBehandeling:
        return ReportPdf::tr("in behandeling");
    case AnswerStatus::Verwerkt:
        return ReportPdf::tr("verwerkt");
    case AnswerStatus::Afgewezen:
        return ReportPdf::tr("afgewezen");
    }
    return {};
}

QString who(
    const QString& name, const QString& relation, const QString& organisation, bool shielded, const QString& reason)
{
    QString w = esc(name);
    if (!relation.isEmpty())
        w += QStringLiteral(" (%1)").arg(esc(relation));
    if (!organisation.isEmpty())
        w += QStringLiteral(", %1").arg(esc(organisation));
    if (shielded)
        w += QStringLiteral(" — <i>%1</i>")
                 .arg(ReportPdf::tr("afgeschermd voor de familie, reden: %1").arg(esc(reason)));
    return w;
}

QString meta(const QString& text)
{
    return QStringLiteral("<p style=\"margin-left:22px; margin-top:0px; margin-bottom:0px; font-size:9pt;\">%1</p>")
        .arg(text);
}

QString entryHtml(const ReportEntry& e)
{
    QString h = QStringLiteral("<p style=\"margin-top:7px; margin-bottom:1px;\"><b>#%1</b>&nbsp;&nbsp;%2</p>")
                    .arg(e.id)
                    .arg(esc(e.text));
    if (!e.eventDate.isEmpty())
        h += meta(ReportPdf::tr("Datum: %1").arg(esc(e.eventDate)));
    if (e.label == Label::Feit || e.basisKind != BasisKind::Geen) {
        const QString kind = e.basisKind == BasisKind::Document ? ReportPdf::tr("document")
            : e.basisKind == BasisKind::Waarneming              ? ReportPdf::tr("eigen waarneming")
                                                                : ReportPdf::tr("ontbreekt");
        h += meta(
            ReportPdf::tr("<b>Basis:</b> %1%2")
                .arg(kind, e.basisDetail.isEmpty() ? QString() : QStringLiteral(" — %1").arg(esc(e.basisDetail))));
    }
    if (e.label == Label::Mening) {
        const QString holder = e.holderShielded ? ReportPdf::tr("een afgeschermde bron")
            : e.holder.isEmpty()                ? ReportPdf::tr("de schrijver van het rapport")
                                                : esc(e.holder);
        h += meta(ReportPdf::tr("<b>Mening van:</b> %1").arg(holder));
        if (!e.restsOn.empty()) {
            QStringList ids;
            for (Id id : e.restsOn)
                ids << QStringLiteral("#%1").arg(id);
            h += meta(ReportPdf::tr("<b>Rust op de feiten:</b> %1").arg(ids.join(QStringLiteral(", "))));
        }
    }
    for (const ReportSource& s : e.sources) {
        const SpokenTo& l = s.line;
        const QString when = l.spokenOn.isEmpty() ? ReportPdf::tr("datum niet vastgelegd") : esc(l.spokenOn);
        const QString approval = s.approval.isEmpty() ? ReportPdf::tr("niet vastgelegd") : esc(s.approval);
        const QString line = e.label == Label::Bron
            ? ReportPdf::tr("<b>Gezegd door:</b> %1 · %2 · %3 · akkoord van de bron: %4")
            : ReportPdf::tr("<b>Gesproken met:</b> %1 · %2 · %3 · akkoord van de bron: %4");
        h += meta(line.arg(
            who(l.name, l.relation, l.organisation, l.shielded, l.shieldReason), when, methodWord(l.method), approval));
    }
    if (e.label == Label::Bron && e.sources.empty())
        h += meta(ReportPdf::tr("<b>Gezegd door:</b> niet vastgelegd"));
    if (!e.visibleToParent)
        h += meta(ReportPdf::tr("<i>Interne notitie: niet zichtbaar in het exemplaar van de ouders.</i>"));
    return h;
}

QString contactsHtml(const ReportContent& c)
{
    QString h = QStringLiteral("<h1 style=\"font-size:14pt;\">%1</h1>").arg(ReportPdf::tr("Gesproken met"));
    h += QStringLiteral("<p>%1</p>")
             .arg(ReportPdf::tr("Met wie er voor dit rapport is gesproken, wanneer en hoe. Gezinsleden met wie niet "
                                "is gesproken staan er ook in."));
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                        "style=\"border-color:#888888; border-style:solid;\">");
    h += QStringLiteral(
        "<thead><tr style=\"background-color:#e8e8e8;\"><th align=\"left\">%1</th><th align=\"left\">%2</th>"
        "<th align=\"left\">%3</th><th align=\"left\">%4</th></tr></thead>")
             .arg(ReportPdf::tr("Wie"), ReportPdf::tr("Rol"), ReportPdf::tr("Gesproken"),
                 ReportPdf::tr("Wanneer en hoe"));
    for (const ReportContact& k : c.contacts) {
        const Person& p = k.person;
        QStringList moments;
        for (const auto& [date, method] : k.moments)
            moments << QStringLiteral("%1, %2").arg(
                date.isEmpty() ? ReportPdf::tr("datum niet vastgelegd") : esc(date), methodWord(method));
        const QString spoken = k.entryCount > 0
            ? (k.entryCount == 1 ? ReportPdf::tr("ja, in 1 notitie")
                                 : ReportPdf::tr("ja, in %1 notities").arg(k.entryCount))
            : QStringLiteral("<b>%1</b>").arg(ReportPdf::tr("niet gesproken"));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(who(p.name, p.relation, p.organisation, p.shielded, p.shieldReason), esc(toString(p.role)),
                     spoken, moments.isEmpty() ? QStringLiteral("—") : moments.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("</table>");
    if (!c.caseInfo.childNotSpokenReason.trimmed().isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(ReportPdf::tr("Waarom er niet met het kind is gesproken: %1")
                          .arg(esc(c.caseInfo.childNotSpokenReason)));
    return h;
}

QString answersHtml(const ReportContent& c)
{
    QString h = QStringLiteral("<h1 style=\"font-size:14pt;\">%1</h1>")
                    .arg(ReportPdf::tr("Bijlage: reacties van ouders en antwoorden"));
    if (c.answers.empty())
        return h + QStringLiteral("<p>%1</p>").arg(ReportPdf::tr("Er zijn geen reacties van ouders op dit dossier."));
    for (const ReportAnswer& a : c.answers) {
        const QString from = a.from.isEmpty() ? ReportPdf::tr("een ouder") : esc(a.from);
        h += QStringLiteral("<p style=\"margin-top:10px; margin-bottom:1px;\"><b>%1</b></p>")
                 .arg(ReportPdf::tr("Reactie %1 op notitie #%2 — %3, van %4")
                          .arg(a.id)
                          .arg(a.entryId)
                          .arg(answerKindWord(a.kind), from));
        h += meta(QStringLiteral("“%1”").arg(esc(a.text)));
        h += meta(ReportPdf::tr("<b>Status:</b> %1").arg(statusWord(a.status)));
        if (!a.reply.isEmpty())
            h += meta(ReportPdf::tr("<b>Antwoord van de professional</b> (%1, %2): %3")
                          .arg(esc(a.handledBy), esc(a.handledAt.left(10)), esc(a.reply)));
    }
    return h;
}

// No ligatures: "definitief" must be found and copied as typed, not with an "ﬁ" glyph in it.
QFont plainFont(int points)
{
    QFont f(QStringLiteral("DejaVu Sans"), points);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

bool isDetailLine(const QTextBlock& b)
{
    return b.blockFormat().leftMargin() > 0; // the lines under an entry (meta())
}

bool inTable(const QTextBlock& b)
{
    return QTextCursor(b).currentTable() != nullptr;
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

} // namespace

QString ReportPdf::html(const ReportContent& c)
{
    const CaseInfo& info = c.caseInfo;
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1 style=\"font-size:18pt;\">%1</h1>")
             .arg(info.title.isEmpty() ? tr("Rapport") : tr("Rapport: %1").arg(esc(info.title)));
    QString facts;
    const auto fact = [&](const QString& k, const QString& v) {
        if (!v.isEmpty())
            facts += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k, v);
    };
    fact(tr("Status"), kindWord(c.kind));
    fact(tr("Zaaknummer"), esc(info.caseNumber));
    fact(tr("Organisatie"), esc(info.organisation));
    fact(tr("Fase"), esc(toString(info.stage)));
    fact(tr("Contactpersoon"), esc(c.contactName));
    fact(tr("Vervanger"), esc(c.backupName));
    fact(tr("Gemaakt op"), QDateTime::currentDateTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(facts);
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Elke zin in dit rapport staat onder één van drie kopjes: <b>\u2714 Feiten</b> (controleerbaar: "
                     "eigen waarneming of een document), <b>\u275D Bronnen</b> (wat iemand vertelde, met wie, wanneer "
                     "en hoe) en <b>\u2696 Meningen</b> (een oordeel, met van wie het is)."));

    for (const ReportSection& s : c.sections) {
        h += QStringLiteral("<h1 style=\"font-size:14pt;\">%1</h1>")
                 .arg(s.name.isEmpty() ? tr("Zonder kopje") : esc(s.name));
        for (const KindLook& k : kKinds) {
            QString part;
            for (const ReportEntry& e : s.entries)
                if (e.label == k.label)
                    part += entryHtml(e);
            if (part.isEmpty())
                continue;
            h += QStringLiteral("<h2 style=\"font-size:11.5pt; color:%1;\">%2&nbsp;&nbsp;%3</h2>")
                     .arg(QLatin1String(k.colour), QString::fromUtf8(k.icon), kindHeading(k.label));
            h += part;
        }
    }
    h += contactsHtml(c);
    h += answersHtml(c);

    h += QStringLiteral("<h1 style=\"font-size:14pt;\">%1</h1>").arg(tr("Verantwoording"));
    h += QStringLiteral("<p>%1<br><span style=\"font-family:'DejaVu Sans Mono'; font-size:9pt;\">%2</span></p>")
             .arg(tr("Logboek (audit-keten) bij het maken van dit rapport, regel %1:").arg(c.headSeq), c.head);
    h += QStringLiteral("<p>%1<br><span style=\"font-family:'DejaVu Sans Mono'; font-size:9pt;\">%2</span></p>")
             .arg(tr("Inhoudshash (SHA-256) van dit rapport:"), c.contentHash());
    h += QStringLiteral("<p style=\"font-size:9pt;\">%1</p>")
             .arg(tr("De inhoudshash gaat over alles wat dit rapport zegt (gegevens van de zaak, elke notitie met "
                     "label, basis, bron en mening, de tabel Gesproken met, de reacties en de stand van het "
                     "logboek), niet over de datum of de opmaak van dit bestand."));
    h += QStringLiteral("<p style=\"font-size:9pt;\">%1</p>")
             .arg(c.kind == ReportKind::Definitief
                     ? tr("Dit definitieve rapport is vastgelegd in het logboek. Of een bestand dit rapport is, zegt "
                          "de controle van het dossier met dat bestand: die vergelijkt het bestand byte voor byte met "
                          "wat het logboek vastlegde.")
                     : tr("Dit is een concept: het is niet vastgelegd in het logboek en kan nog veranderen."));
    h += QStringLiteral("</body></html>");
    return h;
}

Result<int> ReportPdf::render(const ReportContent& c, QIODevice& out)
{
    QPdfWriter writer(&out);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // every font embedded
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(c.caseInfo.title.isEmpty() ? tr("Rapport") : tr("Rapport: %1").arg(c.caseInfo.title));
    writer.setCreator(QStringLiteral("Inzage"));

    const QRectF page = writer.pageLayout().paintRectPixels(kDpi);
    const qreal mm = kDpi / 25.4;
    const qreal headerH = 10 * mm, footerH = 10 * mm;
    const QSizeF body(page.width(), page.height() - headerH - footerH);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(plainFont(10));
    doc.setDocumentMargin(0);
    doc.setHtml(html(c));
    doc.setPageSize(body);
    keepUnitsTogether(doc);
    const int pages = doc.pageCount();

    QPainter p;
    if (!p.begin(&writer))
        return Status(ErrorCode::Io, tr("Het PDF-bestand kon niet worden begonnen."));
    QFont small = plainFont(8);
    QFont smallBold = small;
    smallBold.setBold(true);
    const QString status = c.kind == ReportKind::Definitief ? tr("DEFINITIEF") : tr("CONCEPT");
    const QString caseLine = QStringList { tr("Inzage-rapport"), c.caseInfo.title, c.caseInfo.caseNumber }
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QStringLiteral(" · "));
    const QString footLeft
        = c.kind == ReportKind::Definitief ? tr("Definitief rapport") : tr("Concept — nog niet definitief");
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage())
            return Status(ErrorCode::Io, tr("Een nieuwe pagina in het PDF-bestand lukte niet."));
        p.setPen(Qt::black);
        p.setFont(small);
        const QRectF head(0, 0, body.width(), headerH * 0.7);
        p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, caseLine);
        p.setFont(smallBold);
        p.drawText(head, Qt::AlignRight | Qt::AlignVCenter, status);
        p.setPen(QPen(Qt::gray, 0.3 * mm));
        p.drawLine(QPointF(0, headerH * 0.75), QPointF(body.width(), headerH * 0.75));
        const qreal footTop = headerH + body.height();
        p.drawLine(QPointF(0, footTop + footerH * 0.25), QPointF(body.width(), footTop + footerH * 0.25));
        p.setPen(Qt::black);
        const QRectF foot(0, footTop + footerH * 0.3, body.width(), footerH * 0.7);
        p.setFont(smallBold);
        p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, footLeft);
        p.setFont(small);
        p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, tr("pagina %1 van %2").arg(i + 1).arg(pages));

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
        return Status(ErrorCode::Io, tr("Het PDF-bestand kon niet worden afgemaakt."));
    return pages;
}

} // namespace inzage
