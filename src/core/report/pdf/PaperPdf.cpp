#include "report/pdf/PaperPdf.h"

#include "report/pdf/PdfParts.h"

#include <QRegularExpression>

namespace inzage {

using namespace pdf;

namespace {

QString labelWord(Label l)
{
    switch (l) {
    case Label::Feit:
        return PaperPdf::tr("Feit");
    case Label::Mening:
        return PaperPdf::tr("Mening");
    case Label::Bron:
        return PaperPdf::tr("Bron");
    case Label::Onbeoordeeld:
        break;
    }
    return PaperPdf::tr("Nog niet beoordeeld");
}

QString labelLead(Label l)
{
    for (const KindLook& k : kKinds)
        if (k.label == l)
            return QStringLiteral("<span style=\"color:%1;\"><b>%2&nbsp;%3</b></span>&nbsp;&nbsp;")
                .arg(QLatin1String(k.colour), QString::fromUtf8(k.icon), esc(labelWord(l)));
    return {};
}

QString answerHtml(const ReportAnswer& a, const PaperContent& c)
{
    const bool own = a.from.isEmpty() || a.from == c.forWhom || c.forWhom.isEmpty();
    const QString whose = own ? (c.forWhom.isEmpty() ? PaperPdf::tr("Reactie") : PaperPdf::tr("Uw reactie"))
                              : PaperPdf::tr("Reactie van %1, met u gedeeld").arg(esc(a.from));
    QString h = meta(PaperPdf::tr("<b>%1</b> (%2): “%3”").arg(whose, answerKindWord(a.kind), esc(a.text)));
    h += meta(PaperPdf::tr("<b>Status:</b> %1").arg(statusWord(a.status)));
    if (!a.reply.isEmpty())
        h += meta(PaperPdf::tr("<b>Antwoord van de hulpverlener</b> (%1, %2): %3")
                      .arg(esc(a.handledBy), esc(a.handledAt.left(10)), esc(a.reply)));
    return h;
}

QString entryWithAnswers(const ReportEntry& e, const PaperContent& c)
{
    QString h = entryHtml(e, labelLead(e.label));
    if (e.sources.empty() && e.label != Label::Mening && e.label != Label::Bron)
        h += meta(PaperPdf::tr("<b>Gesproken met:</b> niet vastgelegd bij deze notitie"));
    const auto it = c.answers.find(e.id);
    if (it != c.answers.end())
        for (const ReportAnswer& a : it->second)
            h += answerHtml(a, c);
    return h;
}

} // namespace

QString PaperPdf::html(const PaperContent& c)
{
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1 style=\"font-size:18pt;\">%1</h1>")
             .arg(c.answersOnly ? tr("Mijn reacties") : tr("Mijn dossier"));
    QString facts;
    const auto fact = [&](const QString& k, const QString& v) {
        if (!v.isEmpty())
            facts += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k, esc(v));
    };
    fact(tr("Dossier"), c.title);
    fact(tr("Dossiernummer"), c.caseNumber);
    fact(tr("Organisatie"), c.organisation);
    fact(tr("Voor"), c.forWhom);
    fact(tr("Gemaakt op"), c.madeAt);
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(facts);
    h += QStringLiteral("<p>%1</p>")
             .arg(c.answersOnly
                     ? tr("Hier staan al uw reacties, bij de notitie waar ze bij horen, met wat ermee gebeurd is en het "
                          "antwoord van de hulpverlener.")
                     : tr("Dit is uw dossier zoals het in Inzage staat. Bij elke notitie staat wat voor tekst het is: "
                          "<b>\u25C6 Feit</b> (iets wat te controleren is), <b>\u275D Bron</b> (wat iemand vertelde, en "
                          "met wie er is gesproken), <b>\u2696 Mening</b> (een oordeel, en van wie het is) of <b>? Nog "
                          "niet beoordeeld</b>. Onder een notitie staan uw reacties, wat ermee gebeurd is en het "
                          "antwoord van de hulpverlener."));
    if (c.reader == Role::Ouder && !c.answersOnly)
        h += QStringLiteral("<p style=\"font-size:9pt;\">%1</p>")
                 .arg(tr("Ontbreken er nummers? Dan zijn dat notities die niet in uw exemplaar staan. Een "
                         "afgeschermde bron is iemand die de wet beschermt: zijn of haar naam staat er niet in, de "
                         "reden wel."));
    bool any = false;
    for (const ReportSection& s : c.sections) {
        h += QStringLiteral("<h1 style=\"font-size:14pt;\">%1</h1>")
                 .arg(s.name.isEmpty() ? tr("Zonder kopje") : esc(s.name));
        for (const ReportEntry& e : s.entries) {
            h += entryWithAnswers(e, c);
            any = true;
        }
    }
    if (!any)
        h += QStringLiteral("<p>%1</p>")
                 .arg(c.answersOnly ? tr("U heeft nog op geen enkele notitie gereageerd.")
                                    : tr("Er staan nog geen notities in dit dossier."));
    h += QStringLiteral("</body></html>");
    return h;
}

Result<int> PaperPdf::render(const PaperContent& c, QIODevice& out)
{
    const QString what = c.answersOnly ? tr("Mijn reacties") : tr("Mijn dossier");
    PageFrame frame;
    frame.title = c.title.isEmpty() ? what : QStringLiteral("%1 — %2").arg(what, c.title);
    frame.headLeft = QStringList { QStringLiteral("Inzage"), what, c.title, c.caseNumber }
                         .filter(QRegularExpression(QStringLiteral("\\S")))
                         .join(QStringLiteral(" · "));
    frame.headRight = c.forWhom.isEmpty() ? QString() : tr("voor %1").arg(c.forWhom);
    frame.footLeft = tr("Gemaakt op %1").arg(c.madeAt);
    return renderPages(html(c), frame, out);
}

} // namespace inzage
