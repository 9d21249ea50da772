#include "audit/AuditReport.h"

#include "exchange/SealedFile.h"
#include "vault/NewFile.h"

#include <QBuffer>
#include <QFileInfo>

namespace inzage {

namespace {

struct Row {
    QString kind, group, key, value, n, of, severity, entry, rule, date, by, message;
};

QString number(int n)
{
    return QString::number(n);
}

void figureRows(std::vector<Row>& rows, const QString& group, const AttributionFigures& f)
{
    rows.push_back({ QStringLiteral("share"), group, QStringLiteral("entries"), number(f.entries), {}, {}, {}, {}, {},
        {}, {}, {} });
    for (const ShareName& n : AuditReport::shares()) {
        const Share& s = f.*n.share;
        const auto v = s.value();
        rows.push_back(
            { QStringLiteral("share"), group, QString::fromLatin1(n.key), v ? QString::number(*v, 'f', 4) : QString(),
                number(s.n), number(s.of), {}, {}, {}, {}, {}, AuditReport::shareWords(n) });
    }
}

} // namespace

const std::vector<ShareName>& AuditReport::shares()
{
    static const std::vector<ShareName> all {
        { "labelled_share", QT_TR_NOOP("gelabeld"), &AttributionFigures::labelled },
        { "bron_named_share", QT_TR_NOOP("bronnen met wie er gesproken is"), &AttributionFigures::bronNamed },
        { "bron_dated_share", QT_TR_NOOP("bronnen met een datum"), &AttributionFigures::bronDated },
        { "bron_method_share", QT_TR_NOOP("bronnen met hoe"), &AttributionFigures::bronMethod },
        { "bron_approved_share", QT_TR_NOOP("bronnen goedgekeurd door de bron"), &AttributionFigures::bronApproved },
        { "feit_basis_share", QT_TR_NOOP("feiten met een basis"), &AttributionFigures::feitBasis },
        { "mening_holder_share", QT_TR_NOOP("meningen met van wie"), &AttributionFigures::meningHolder },
        { "conclusion_feiten_share", QT_TR_NOOP("conclusies die op feiten rusten"),
            &AttributionFigures::conclusionFeiten },
    };
    return all;
}

QString AuditReport::shareWords(const ShareName& name)
{
    return tr(name.words);
}

QString AuditReport::csvCell(const QString& text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\r'))
        || cell.contains(QLatin1Char('\n'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QByteArray AuditReport::csv(const AuditReportContent& c)
{
    const AttributionReport& a = c.audit;
    std::vector<Row> rows;
    auto meta = [&](const char* key, const QString& value) {
        rows.push_back({ QStringLiteral("meta"), {}, QString::fromLatin1(key), value, {}, {}, {}, {}, {}, {}, {}, {} });
    };
    meta("vault", c.vault);
    meta("audited_at", a.auditedAt);
    meta("audit_head", QString::fromLatin1(a.auditHead));
    if (c.flagsRead) {
        meta("flags_file", c.flagsPath);
        meta("flags_head", c.flagsHead);
    }
    if (c.sample) {
        meta("sample_seed", QString::number(c.sample->seed));
        meta("sample_size", number(c.sample->requested));
        meta("sample_population", number(c.sample->population));
        meta("sample_audit_head", QString::fromLatin1(c.sample->auditHead));
    }
    figureRows(rows, {}, a.total);
    for (const auto& [name, f] : a.bySection)
        figureRows(rows, QStringLiteral("section:") + name, f);
    for (const auto& [name, f] : a.byAuthor)
        figureRows(rows, QStringLiteral("author:") + name, f);
    for (const auto& [name, f] : a.byPeriod)
        figureRows(rows, QStringLiteral("period:") + name, f);
    const AnswerFigures& an = a.answers;
    auto answers = [&](const char* key, const QString& value) {
        rows.push_back(
            { QStringLiteral("answers"), {}, QString::fromLatin1(key), value, {}, {}, {}, {}, {}, {}, {}, {} });
    };
    answers("total", number(an.total));
    answers("entries_answered", number(an.entriesAnswered));
    answers("handled", number(an.handled));
    answers("open", number(an.open));
    answers("overdue", number(an.overdue));
    answers("handled_late", number(an.handledLate));
    answers(
        "median_days_to_handle", an.medianDaysToHandle ? QString::number(*an.medianDaysToHandle, 'f', 1) : QString());
    for (const ContactSummary& s : a.spokenTo)
        rows.push_back({ QStringLiteral("spoken_to"), {}, s.person.name, number(s.entryCount), {}, {}, {}, {}, {}, {},
            {}, s.person.relation.isEmpty() ? toString(s.person.role) : s.person.relation });
    for (const Person& p : a.neverSpokenTo)
        rows.push_back({ QStringLiteral("never_spoken_to"), {}, p.name, {}, {}, {}, {}, {}, {}, {}, {},
            p.relation.isEmpty() ? toString(p.role) : p.relation });
    for (const Finding& f : a.findings)
        rows.push_back({ QStringLiteral("finding"), {},
            f.answer ? QStringLiteral("answer:%1").arg(*f.answer)
                     : (f.person ? QStringLiteral("person:%1").arg(*f.person) : QString()),
            {}, {}, {}, f.severity, f.entry ? QString::number(*f.entry) : QString(), f.rule, {}, {}, f.message });
    for (const ReviewerFlag& f : c.flags) {
        rows.push_back({ QStringLiteral("flag"), {}, number(f.number),
            f.open ? QStringLiteral("open") : QStringLiteral("gesloten"), {}, {}, {}, QString::number(f.entry), {},
            f.openedAt, f.openedBy, f.note });
        if (!f.open)
            rows.push_back({ QStringLiteral("flag_closed"), {}, number(f.number), {}, {}, {}, {},
                QString::number(f.entry), {}, f.closedAt, f.closedBy, f.closeNote });
    }
    if (c.sample) {
        int i = 0;
        for (const SampleItem& s : c.sample->items) {
            const QString at = number(++i);
            rows.push_back({ QStringLiteral("sample"), {}, at, toString(s.entry.content.label), {}, {}, {},
                QString::number(s.entry.id), {}, {}, {}, s.entry.content.text });
            for (const QString& check : s.checklist)
                rows.push_back({ QStringLiteral("sample_check"), {}, at, QStringLiteral("[ ]"), {}, {}, {},
                    QString::number(s.entry.id), {}, {}, {}, check });
        }
    }
    QString text = QStringLiteral("kind,group,key,value,n,of,severity,entry,rule,date,by,message\r\n");
    for (const Row& r : rows) {
        const QString cells[]
            = { r.kind, r.group, r.key, r.value, r.n, r.of, r.severity, r.entry, r.rule, r.date, r.by, r.message };
        QStringList line;
        for (const QString& cell : cells)
            line << csvCell(cell);
        text += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

Status AuditReport::writeCsv(const QString& path, const AuditReportContent& content)
{
    return writeNewFile(path, csv(content));
}

Result<int> AuditReport::writePdf(const QString& path, const AuditReportContent& content, const Renderer& render)
{
    if (path.isEmpty() || QFileInfo(path).fileName().isEmpty())
        return Status(ErrorCode::Usage, tr("Geef de naam van het PDF-bestand, bijvoorbeeld controle.pdf."));
    // Refused before anything is drawn (writeNewFile checks again when it puts the file in place).
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink())
        return NewFile::exists(path);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return Status(ErrorCode::Failed, tr("Het PDF-bestand kon niet worden gemaakt."));
    auto pages = render(content, buffer);
    buffer.close();
    if (!pages)
        return pages.status();
    if (Status s = writeNewFile(path, bytes); !s)
        return s;
    return *pages;
}

} // namespace inzage
