#include "report/pdf/AuditPdf.h"

#include "report/pdf/PdfParts.h"

namespace inzage {

using namespace pdf;

namespace {

QString percent(const Share& s)
{
    const auto v = s.value();
    return v ? AuditPdf::tr("%1% (%2 van %3)").arg(qRound(*v * 100)).arg(s.n).arg(s.of) : QStringLiteral("—");
}

QString row(const QStringList& cells, bool head = false)
{
    QString r = QStringLiteral("<tr>");
    for (const QString& c : cells)
        r += head ? QStringLiteral("<th align=\"left\">%1</th>").arg(c) : QStringLiteral("<td>%1</td>").arg(c);
    return r + QStringLiteral("</tr>");
}

QString table(const QString& rows)
{
    return QStringLiteral("<table border=\"0.5\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">%1</table>")
        .arg(rows);
}

QString h2(const QString& text)
{
    return QStringLiteral("<h2 style=\"font-size:13pt;\">%1</h2>").arg(esc(text));
}

QString entryRef(const std::optional<Id>& id)
{
    return id ? QStringLiteral("#%1").arg(*id) : AuditPdf::tr("dossier");
}

} // namespace

QString AuditPdf::html(const AuditReportContent& c)
{
    const AttributionReport& a = c.audit;
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1 style=\"font-size:18pt;\">%1</h1>").arg(tr("Controle van de bronvermelding"));
    QString facts;
    const auto fact = [&](const QString& k, const QString& v) {
        facts += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    fact(tr("Dossier"), c.vault);
    fact(tr("Gecontroleerd op"), a.auditedAt);
    fact(tr("Logboek (head)"), QString::fromLatin1(a.auditHead));
    if (c.sample) {
        fact(tr("Steekproef"), tr("%1 van %2 notities").arg(c.sample->items.size()).arg(c.sample->population));
        fact(tr("Seed"), QString::number(c.sample->seed));
    }
    if (c.flagsRead) {
        fact(tr("Vlaggenbestand"), c.flagsPath);
        fact(tr("Vlaggen (head)"), c.flagsHead);
    }
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(facts);
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Het dossier is alleen-lezen geopend en niet veranderd. Met de head hierboven controleert u later "
                     "of het logboek nog hetzelfde is: een later ingekort of vervangen logboek heeft deze head niet "
                     "meer."));

    h += h2(tr("Cijfers (%1 notities)").arg(a.total.entries));
    QString rows = row({ tr("Wat"), tr("Aandeel") }, true);
    for (const ShareName& n : AuditReport::shares())
        rows += row({ esc(AuditReport::shareWords(n)), esc(percent(a.total.*n.share)) });
    h += table(rows);

    h += h2(tr("Gesproken met"));
    rows = row({ tr("Persoon"), tr("Notities") }, true);
    for (const ContactSummary& s : a.spokenTo)
        rows += row({ esc(s.person.name
                          + (s.person.relation.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.person.relation))),
            QString::number(s.entryCount) });
    h += table(rows);
    for (const Person& p : a.neverSpokenTo)
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("<b>Nooit gesproken:</b> %1")
                          .arg(esc(
                              p.name + (p.relation.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.relation)))));

    const AnswerFigures& an = a.answers;
    h += h2(tr("Reacties van ouders"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("%1 reacties op %2 notities: %3 afgehandeld, %4 open, %5 over de termijn, %6 te laat "
                     "afgehandeld; mediaan %7 dagen. De termijn van de AVG is een maand, of drie na een verlenging.")
                      .arg(an.total)
                      .arg(an.entriesAnswered)
                      .arg(an.handled)
                      .arg(an.open)
                      .arg(an.overdue)
                      .arg(an.handledLate)
                      .arg(an.medianDaysToHandle ? QString::number(*an.medianDaysToHandle, 'f', 1)
                                                 : QStringLiteral("—")));

    h += h2(tr("Bevindingen (%1)").arg(a.findings.size()));
    if (a.findings.empty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("Geen bevindingen."));
    } else {
        rows = row({ tr("Ernst"), tr("Notitie"), tr("Regel"), tr("Bevinding") }, true);
        for (const Finding& f : a.findings)
            rows += row({ esc(f.severity), esc(entryRef(f.entry)), esc(f.rule), esc(f.message) });
        h += table(rows);
    }

    h += h2(tr("Vlaggen van de reviewer"));
    if (c.flags.empty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("Geen vlaggen."));
    } else {
        rows = row({ tr("Vlag"), tr("Notitie"), tr("Status"), tr("Toelichting") }, true);
        for (const ReviewerFlag& f : c.flags) {
            QString note = tr("%1 (%2, %3)").arg(esc(f.note), esc(f.openedBy), esc(f.openedAt.left(10)));
            if (!f.open)
                note += QStringLiteral("<br/>")
                    + tr("Gesloten: %1 (%2, %3)").arg(esc(f.closeNote), esc(f.closedBy), esc(f.closedAt.left(10)));
            rows += row({ QString::number(f.number), QStringLiteral("#%1").arg(f.entry),
                f.open ? tr("open") : tr("gesloten"), note });
        }
        h += table(rows);
    }

    if (c.sample) {
        h += h2(tr("Steekproef (seed %1)").arg(c.sample->seed));
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("%1 notities, getrokken met seed %2 bij de head hierboven: dezelfde seed op hetzelfde "
                         "dossier trekt dezelfde notities.")
                          .arg(c.sample->requested)
                          .arg(c.sample->seed));
        for (const SampleItem& s : c.sample->items) {
            h += QStringLiteral("<p><b>#%1</b> (%2): %3</p>")
                     .arg(s.entry.id)
                     .arg(esc(toString(s.entry.content.label)), esc(s.entry.content.text));
            for (const QString& check : s.checklist)
                h += meta(QStringLiteral("\u2610 %1").arg(esc(check)));
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

Result<int> AuditPdf::render(const AuditReportContent& c, QIODevice& out)
{
    PageFrame frame;
    frame.title = tr("Controle van %1").arg(c.vault);
    frame.headLeft = tr("Inzage · Controle · %1").arg(c.vault);
    frame.headRight = c.sample ? tr("seed %1").arg(c.sample->seed) : QString();
    frame.footLeft = tr("Logboek %1").arg(QString::fromLatin1(c.audit.auditHead));
    return renderPages(html(c), frame, out);
}

} // namespace inzage
