#include "report/pdf/ReportPdf.h"

#include "report/pdf/PdfParts.h"

#include <QDateTime>
#include <QRegularExpression>

namespace inzage {

using namespace pdf;

namespace {

QString kindWord(ReportKind k)
{
    return k == ReportKind::Definitief ? ReportPdf::tr("Definitief") : ReportPdf::tr("Concept");
}

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
             .arg(tr("Elke zin in dit rapport staat onder één van drie kopjes: <b>\u25C6 Feiten</b> (controleerbaar: "
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
    PageFrame frame;
    frame.title = c.caseInfo.title.isEmpty() ? tr("Rapport") : tr("Rapport: %1").arg(c.caseInfo.title);
    frame.headLeft = QStringList { tr("Inzage-rapport"), c.caseInfo.title, c.caseInfo.caseNumber }
                         .filter(QRegularExpression(QStringLiteral("\\S")))
                         .join(QStringLiteral(" · "));
    frame.headRight = c.kind == ReportKind::Definitief ? tr("DEFINITIEF") : tr("CONCEPT");
    frame.footLeft = c.kind == ReportKind::Definitief ? tr("Definitief rapport") : tr("Concept — nog niet definitief");
    return renderPages(html(c), frame, out);
}

} // namespace inzage
