// audit: the reviewer's audit of the source attribution. Always opens the file read-only (as a
// reviewer), whatever the options say; figures, findings and the sample are the core's.
#include "Cli.h"
#include "EntryText.h"

#include "audit/AttributionAudit.h"
#include "audit/AuditReport.h"
#include "audit/AuditSample.h"
#include "audit/ReviewerFlags.h"
#include "exchange/JsonExport.h"
#include "report/pdf/AuditPdf.h"

#include <QFileInfo>

#include <QJsonArray>
#include <QJsonObject>

namespace inzage::cli {

namespace {

// The share names of the issue, in the order they are printed.
struct ShareName {
    const char* key;
    const char* words;
    Share AttributionFigures::*share;
};
const ShareName kShares[] = {
    { "labelled_share", "gelabeld", &AttributionFigures::labelled },
    { "bron_named_share", "bronnen met wie er gesproken is", &AttributionFigures::bronNamed },
    { "bron_dated_share", "bronnen met een datum", &AttributionFigures::bronDated },
    { "bron_method_share", "bronnen met hoe", &AttributionFigures::bronMethod },
    { "bron_approved_share", "bronnen goedgekeurd door de bron", &AttributionFigures::bronApproved },
    { "feit_basis_share", "feiten met een basis", &AttributionFigures::feitBasis },
    { "mening_holder_share", "meningen met van wie", &AttributionFigures::meningHolder },
    { "conclusion_feiten_share", "conclusies die op feiten rusten", &AttributionFigures::conclusionFeiten },
};

QJsonValue shareValue(const Share& s)
{
    const auto v = s.value();
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject figuresJson(const AttributionFigures& f)
{
    QJsonObject o { { QStringLiteral("entries"), f.entries } };
    QJsonObject counts;
    for (const ShareName& n : kShares) {
        const Share& s = f.*n.share;
        o.insert(QString::fromLatin1(n.key), shareValue(s));
        counts.insert(
            QString::fromLatin1(n.key), QJsonObject { { QStringLiteral("n"), s.n }, { QStringLiteral("of"), s.of } });
    }
    o.insert(QStringLiteral("counts"), counts);
    return o;
}

QJsonObject groupJson(const std::map<QString, AttributionFigures>& groups)
{
    QJsonObject o;
    for (const auto& [name, figures] : groups)
        o.insert(name, figuresJson(figures));
    return o;
}

QJsonValue optionalId(const std::optional<Id>& id)
{
    return id ? QJsonValue(qint64(*id)) : QJsonValue();
}

QString percent(const Share& s)
{
    const auto v = s.value();
    return v ? QStringLiteral("%1% (%2 van %3)").arg(qRound(*v * 100)).arg(s.n).arg(s.of) : QStringLiteral("—");
}

QJsonObject sampleJson(const AuditSample& sample, const QString& vaultPath)
{
    QJsonArray items;
    for (const SampleItem& i : sample.items) {
        QJsonObject o = toJson(i.entry);
        o.insert(QStringLiteral("checklist"), QJsonArray::fromStringList(i.checklist));
        o.insert(QStringLiteral("history"),
            QStringLiteral("inzage-cli history %1 %2 --read-only").arg(vaultPath).arg(i.entry.id));
        items.append(o);
    }
    return { { QStringLiteral("seed"), QString::number(sample.seed) }, { QStringLiteral("size"), sample.requested },
        { QStringLiteral("population"), sample.population },
        { QStringLiteral("audit_head"), QString::fromLatin1(sample.auditHead) },
        { QStringLiteral("again"),
            QStringLiteral("inzage-cli audit %1 --sample %2 --seed %3")
                .arg(vaultPath)
                .arg(sample.requested)
                .arg(sample.seed) },
        { QStringLiteral("entries"), items } };
}

void printText(const AttributionReport& r, const QString& vaultPath)
{
    out(QStringLiteral("Controle van %1 (alleen-lezen, als reviewer), %2. Logboek tot %3.")
            .arg(vaultPath, r.auditedAt, QString::fromLatin1(r.auditHead)));
    out(QStringLiteral("\n%1 notities").arg(r.total.entries));
    for (const ShareName& n : kShares)
        out(QStringLiteral("  %1: %2").arg(QString::fromUtf8(n.words), percent(r.total.*n.share)));
    out(QStringLiteral("\nGesproken met:"));
    for (const ContactSummary& c : r.spokenTo)
        out(QStringLiteral("  %1 (%2%3): %4 notities")
                .arg(c.person.name, toString(c.person.role),
                    c.person.relation.isEmpty() ? QString() : QStringLiteral(", ") + c.person.relation)
                .arg(c.entryCount));
    for (const Person& p : r.neverSpokenTo)
        out(QStringLiteral("  Nooit gesproken: %1 (%2)")
                .arg(p.name, p.relation.isEmpty() ? toString(p.role) : p.relation));
    const AnswerFigures& a = r.answers;
    out(QStringLiteral("\nReacties: %1 (op %7 notities), afgehandeld %2, open %3, over de termijn %4, te laat "
                       "afgehandeld %5, mediaan %6 dagen")
            .arg(a.total)
            .arg(a.handled)
            .arg(a.open)
            .arg(a.overdue)
            .arg(a.handledLate)
            .arg(a.medianDaysToHandle ? QString::number(*a.medianDaysToHandle, 'f', 1) : QStringLiteral("—"))
            .arg(a.entriesAnswered));
    out(QStringLiteral("\nBevindingen: %1").arg(r.findings.size()));
    for (const Finding& f : r.findings)
        out(QStringLiteral("  %1  %2  %3  %4")
                .arg(f.severity, f.entry ? QStringLiteral("#%1").arg(*f.entry) : QStringLiteral("dossier"), f.rule,
                    f.message));
}

} // namespace

int cmdAudit(const QStringList& args)
{
    // Many dossiers at once, or the shards' CSVs put together: their own option sets.
    for (const QString& a : args) {
        if (a == QLatin1String("--batch") || a.startsWith(QLatin1String("--batch=")))
            return cmdAuditBatch(args);
        if (a == QLatin1String("--merge") || a.startsWith(QLatin1String("--merge=")))
            return cmdAuditMerge(args);
    }
    Invocation inv(QStringLiteral("audit"),
        QStringLiteral("The reviewer's audit of the source attribution: figures per dossier, section, author "
                       "and month, how often each person was spoken to, the parents' answers against the AVG "
                       "deadline, and every finding with its severity. Always opens the file read-only and "
                       "leaves it byte-identical. --sample N [--seed S]: a reproducible sample with a "
                       "checklist per entry."),
        QStringLiteral("VAULT"), true);
    inv.parser.addOption({ QStringLiteral("sample"), QStringLiteral("Draw a sample of N entries for a manual check."),
        QStringLiteral("N") });
    inv.parser.addOption({ QStringLiteral("seed"), QStringLiteral("The seed of the sample (shown when not given)."),
        QStringLiteral("S") });
    inv.parser.addOption({ QStringLiteral("csv"),
        QStringLiteral("Also write the audit report as CSV (UTF-8, RFC 4180; cells that could be read as a formula "
                       "start with '). Never overwritten (exit 12)."),
        QStringLiteral("OUT.csv") });
    inv.parser.addOption({ QStringLiteral("pdf"),
        QStringLiteral("Also write the audit report as a PDF (A4, the chain head and the seed on it). Never "
                       "overwritten (exit 12)."),
        QStringLiteral("OUT.pdf") });
    addFlagOptions(inv.parser);
    inv.parser.addOption({ QStringLiteral("no-flags"),
        QStringLiteral("Leave the reviewer's flag file out (for a reader who does not have its passphrase).") });
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    const QString csvPath = inv.parser.value(QStringLiteral("csv"));
    const QString pdfPath = inv.parser.value(QStringLiteral("pdf"));
    if ((inv.parser.isSet(QStringLiteral("csv")) && csvPath.isEmpty())
        || (inv.parser.isSet(QStringLiteral("pdf")) && pdfPath.isEmpty()))
        return usage(QStringLiteral("Geef bij --csv en --pdf de naam van het nieuwe bestand."));
    if (!csvPath.isEmpty() && csvPath == pdfPath)
        return usage(QStringLiteral("--csv en --pdf kunnen niet hetzelfde bestand zijn."));
    // Refused before the passphrase is asked and anything is read.
    for (const QString& p : { csvPath, pdfPath })
        if (!p.isEmpty() && (QFileInfo(p).exists() || QFileInfo(p).isSymLink()))
            return fail(Status(ErrorCode::Exists,
                QStringLiteral("Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.")
                    .arg(p)));
    std::optional<int> sampleSize;
    std::optional<std::uint64_t> seed;
    if (inv.parser.isSet(QStringLiteral("seed")) && !inv.parser.isSet(QStringLiteral("sample")))
        return usage(QStringLiteral("--seed hoort bij --sample N."));
    if (inv.parser.isSet(QStringLiteral("sample"))) {
        auto n = AuditSampler::parseSize(inv.parser.value(QStringLiteral("sample")));
        if (!n)
            return fail(n.status());
        sampleSize = *n;
    }
    if (inv.parser.isSet(QStringLiteral("seed"))) {
        auto s = AuditSampler::parseSeed(inv.parser.value(QStringLiteral("seed")));
        if (!s)
            return fail(s.status());
        seed = *s;
    }
    auto vault = inv.openVault(OpenMode::ReadOnly);
    if (!vault)
        return fail(vault.status());
    auto report = AttributionAudit(**vault, inv.actor()).run();
    if (!report)
        return fail(report.status());
    std::optional<AuditSample> sample;
    if (sampleSize) {
        auto drawn = AuditSampler(**vault, inv.actor()).draw(*sampleSize, seed);
        if (!drawn)
            return fail(drawn.status());
        sample = *drawn;
    }
    Result<std::optional<ReviewerFlags>> flags = std::optional<ReviewerFlags> {};
    if (!inv.parser.isSet(QStringLiteral("no-flags")))
        flags = readFlags(inv, **vault, false);
    if (!flags)
        return fail(flags.status());
    const QString path = inv.vaultPath();
    AuditReportContent content;
    content.vault = path;
    content.audit = *report;
    content.sample = sample;
    if (*flags) {
        content.flagsRead = true;
        content.flagsPath = flagsPath(inv);
        content.flagsHead = (*flags)->head();
        content.flags = (*flags)->all();
    }
    if (!csvPath.isEmpty())
        if (Status s = AuditReport::writeCsv(csvPath, content); !s)
            return fail(s);
    if (!pdfPath.isEmpty()) {
        auto pages = AuditReport::writePdf(pdfPath, content, &AuditPdf::render);
        if (!pages) {
            if (!csvPath.isEmpty())
                err(QStringLiteral("inzage-cli: %1 is wel geschreven.").arg(csvPath));
            return fail(pages.status());
        }
    }
    if (!inv.json()) {
        printText(*report, path);
        if (content.flagsRead) {
            int open = 0;
            for (const ReviewerFlag& f : content.flags)
                open += f.open ? 1 : 0;
            out(QStringLiteral("\nVlaggen van de reviewer (%1): %2 open").arg(content.flagsPath).arg(open));
            for (const ReviewerFlag& f : content.flags)
                if (f.open)
                    out(QStringLiteral("  vlag %1  #%2  %3 (%4): %5")
                            .arg(f.number)
                            .arg(f.entry)
                            .arg(f.openedAt.left(10), f.openedBy, f.note));
        }
        for (const QString& p : { csvPath, pdfPath })
            if (!p.isEmpty())
                out(QStringLiteral("Rapport van de controle geschreven: %1").arg(p));
        if (sample) {
            out(QStringLiteral(
                "\nSteekproef: %1 van %2 notities, seed %3 (opnieuw: inzage-cli audit %4 --sample %5 --seed %3)")
                    .arg(sample->items.size())
                    .arg(sample->population)
                    .arg(sample->seed)
                    .arg(path)
                    .arg(sample->requested));
            for (const SampleItem& i : sample->items) {
                out(QLatin1Char('\n') + renderEntry(i.entry, true));
                for (const QString& c : i.checklist)
                    out(QStringLiteral("    [ ] %1").arg(c));
            }
        }
        return 0;
    }
    QJsonObject o = figuresJson(report->total);
    o.insert(
        QStringLiteral("opened"), (*vault)->isReadOnly() ? QStringLiteral("read-only") : QStringLiteral("read-write"));
    o.insert(QStringLiteral("reader"), toString((*vault)->role()));
    o.insert(QStringLiteral("audited_at"), report->auditedAt);
    o.insert(QStringLiteral("audit_head"), QString::fromLatin1(report->auditHead));
    o.insert(QStringLiteral("by_section"), groupJson(report->bySection));
    o.insert(QStringLiteral("by_author"), groupJson(report->byAuthor));
    o.insert(QStringLiteral("by_period"), groupJson(report->byPeriod));
    QJsonArray spoken;
    for (const ContactSummary& c : report->spokenTo) {
        QJsonObject p = toJson(c.person);
        p.insert(QStringLiteral("entries"), c.entryCount);
        QJsonArray moments;
        for (const ContactMoment& m : c.moments)
            moments.append(
                QJsonObject { { QStringLiteral("date"), m.date }, { QStringLiteral("method"), toString(m.method) } });
        p.insert(QStringLiteral("moments"), moments);
        spoken.append(p);
    }
    o.insert(QStringLiteral("spoken_to"), spoken);
    QJsonArray never;
    for (const Person& p : report->neverSpokenTo)
        never.append(toJson(p));
    o.insert(QStringLiteral("never_spoken_to"), never);
    const AnswerFigures& a = report->answers;
    o.insert(QStringLiteral("answers"),
        QJsonObject { { QStringLiteral("total"), a.total }, { QStringLiteral("entries_answered"), a.entriesAnswered },
            { QStringLiteral("handled"), a.handled }, { QStringLiteral("open"), a.open },
            { QStringLiteral("overdue"), a.overdue }, { QStringLiteral("handled_late"), a.handledLate },
            { QStringLiteral("median_days_to_handle"),
                a.medianDaysToHandle ? QJsonValue(*a.medianDaysToHandle) : QJsonValue() },
            { QStringLiteral("deadline"),
                QStringLiteral("een maand na de reactie, drie na een verlenging (AVG art. 12)") } });
    QJsonArray findings;
    for (const Finding& f : report->findings) {
        QJsonObject j { { QStringLiteral("rule"), f.rule }, { QStringLiteral("severity"), f.severity },
            { QStringLiteral("entry"), optionalId(f.entry) }, { QStringLiteral("message"), f.message } };
        if (f.answer)
            j.insert(QStringLiteral("answer"), qint64(*f.answer));
        if (f.person)
            j.insert(QStringLiteral("person"), qint64(*f.person));
        if (f.entry) {
            j.insert(
                QStringLiteral("show"), QStringLiteral("inzage-cli show %1 %2 --read-only").arg(path).arg(*f.entry));
            j.insert(QStringLiteral("history"),
                QStringLiteral("inzage-cli history %1 %2 --read-only").arg(path).arg(*f.entry));
        }
        findings.append(j);
    }
    o.insert(QStringLiteral("findings"), findings);
    if (sample)
        o.insert(QStringLiteral("sample"), sampleJson(*sample, path));
    // The reviewer's open flags (null when there is no flag file).
    if (content.flagsRead) {
        QJsonArray open;
        for (const ReviewerFlag& f : content.flags)
            if (f.open)
                open.append(QJsonObject { { QStringLiteral("number"), f.number },
                    { QStringLiteral("entry"), qint64(f.entry) }, { QStringLiteral("note"), f.note },
                    { QStringLiteral("opened_at"), f.openedAt }, { QStringLiteral("opened_by"), f.openedBy },
                    { QStringLiteral("dossier_head"), f.dossierHead } });
        o.insert(QStringLiteral("flags"), open);
        o.insert(QStringLiteral("flags_head"), content.flagsHead);
    } else {
        o.insert(QStringLiteral("flags"), QJsonValue());
    }
    printJson(o);
    return 0;
}

} // namespace inzage::cli
