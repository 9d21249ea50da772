#include "audit/AttributionAudit.h"

#include "audit/AuditChain.h"
#include "audit/ReportRecords.h"
#include "dossier/Access.h"
#include "dossier/AnswerInbox.h"
#include "dossier/Answers.h"
#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "dossier/Warnings.h"
#include "report/ReportCheck.h"
#include "vault/Sql.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace inzage {

namespace {

constexpr int kPage = 1000;

bool has(const std::vector<LabelWarning>& warnings, const char* rule)
{
    return std::any_of(
        warnings.begin(), warnings.end(), [&](const LabelWarning& w) { return w.rule == QLatin1String(rule); });
}

bool approvedAsWritten(const Entry& e)
{
    return std::any_of(e.approvals.begin(), e.approvals.end(), [](const SourceApproval& a) { return a.textUnchanged; });
}

// The figures reuse the labelling warnings: an entry meets a rule when its warning is absent.
void countEntry(AttributionFigures& f, const Entry& e, const std::vector<LabelWarning>& w)
{
    const EntryContent& c = e.content;
    ++f.entries;
    f.labelled.count(c.label != Label::Onbeoordeeld);
    switch (c.label) {
    case Label::Bron: {
        const bool named = !has(w, "bron_without_spoken_to");
        f.bronNamed.count(named);
        f.bronDated.count(named && !has(w, "bron_without_date"));
        f.bronMethod.count(named && !has(w, "bron_without_method"));
        f.bronApproved.count(approvedAsWritten(e));
        break;
    }
    case Label::Feit:
        f.feitBasis.count(!has(w, "feit_without_basis"));
        break;
    case Label::Mening:
        f.meningHolder.count(!has(w, "mening_without_holder"));
        if (Warnings::isConclusion(c))
            f.conclusionFeiten.count(!c.restsOn.empty());
        break;
    case Label::Onbeoordeeld:
        break;
    }
}

QString severityOf(const QString& rule)
{
    for (const auto& [code, severity] : AttributionAudit::rules()) {
        if (rule == QLatin1String(code))
            return QString::fromLatin1(severity);
    }
    return QStringLiteral("middel");
}

int severityRank(const QString& severity)
{
    if (severity == QLatin1String("hoog"))
        return 0;
    return severity == QLatin1String("middel") ? 1 : 2;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

struct EntryOrigin {
    QString author; // who first recorded the entry
    QString month; // YYYY-MM it was first recorded
};

Result<QHash<Id, EntryOrigin>> origins(sqlite3* db)
{
    Statement st(db,
        "SELECT e.id, substr(e.created_at, 1, 7), "
        "(SELECT r.changed_by FROM entry_revision r WHERE r.entry_id = e.id AND r.rev = 1) FROM entry e");
    QHash<Id, EntryOrigin> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.insert(st.integer(0), { st.text(2), st.text(1) });
    if (rc != SQLITE_DONE)
        return sqlError(
            db, rc, QCoreApplication::translate("inzage::AttributionAudit", "De notities konden niet worden gelezen."));
    return out;
}

} // namespace

AttributionAudit::AttributionAudit(Vault& vault, const Actor& actor)
    : m_vault(vault)
    , m_actor(actorFor(vault, actor.name))
{
}

const std::vector<std::pair<const char*, const char*>>& AttributionAudit::rules()
{
    static const std::vector<std::pair<const char*, const char*>> all {
        { "unlabelled", "hoog" },
        { "feit_without_basis", "hoog" },
        { "bron_without_spoken_to", "hoog" },
        { "shielded_source_named", "hoog" },
        { "shielded_source_without_reason", "hoog" },
        { "changed_after_final_report", "hoog" },
        { "answer_overdue", "hoog" },
        { "mening_without_holder", "middel" },
        { "conclusion_without_feiten", "middel" },
        { "firm_claim_without_basis", "middel" },
        { "feit_doubt_word", "middel" },
        { "bron_not_approved", "middel" },
        { "answer_handled_late", "middel" },
        { "problem_analysis_missing", "middel" },
        { "strengths_analysis_missing", "middel" },
        { "child_not_spoken_to", "middel" },
        { "bron_without_date", "laag" },
        { "bron_without_method", "laag" },
        { "bron_approval_outdated", "laag" },
    };
    return all;
}

QDateTime AttributionAudit::answerDeadline(const QString& createdAt)
{
    return AnswerInbox::replyDeadline(createdAt); // the one deadline rule, shared with the inbox
}

Result<AttributionReport> AttributionAudit::run(const QDateTime& now) const
{
    if (m_vault.role() != Role::Reviewer)
        return Status(ErrorCode::Forbidden,
            tr("Een controle leest het dossier alleen-lezen, als reviewer. Open het dossier alleen-lezen."));
    sqlite3* db = m_vault.db();
    AttributionReport report;
    report.auditedAt = now.toUTC().toString(Qt::ISODateWithMs);
    report.auditHead = AuditChain::head(db).toHex();
    auto persons = Persons(m_vault, m_actor).all();
    if (!persons)
        return persons.status();
    auto origin = origins(db);
    if (!origin)
        return origin.status();

    auto finding = [&](const char* rule, std::optional<Id> entry, std::optional<Id> answer, std::optional<Id> person,
                       const QString& message) {
        const QString code = QString::fromLatin1(rule);
        report.findings.push_back({ code, severityOf(code), entry, answer, person, message });
    };

    QSet<Id> shieldedInEntries;
    Entries entries(m_vault, m_actor);
    EntryFilter filter;
    filter.limit = kPage;
    for (;;) {
        auto page = entries.list(filter);
        if (!page)
            return page.status();
        for (const Entry& e : *page) {
            const std::vector<LabelWarning> warnings = Warnings::check(e, *persons);
            const EntryOrigin from = origin->value(e.id);
            const QString author = e.authorName.isEmpty() ? from.author : e.authorName;
            countEntry(report.total, e, warnings);
            countEntry(report.bySection[e.content.section], e, warnings);
            countEntry(report.byAuthor[author], e, warnings);
            countEntry(report.byPeriod[from.month], e, warnings);
            for (const LabelWarning& w : warnings)
                finding(w.rule.toLatin1().constData(), e.id, {}, {}, w.message);
            for (const SpokenTo& s : e.content.spokenTo) {
                if (!s.shielded || !s.shieldReason.trimmed().isEmpty())
                    continue;
                shieldedInEntries.insert(s.personId);
                finding("shielded_source_without_reason", e.id, {}, s.personId,
                    tr("Notitie %1 steunt op een afgeschermde bron (persoon %2) zonder wettelijke reden voor het "
                       "afschermen.")
                        .arg(e.id)
                        .arg(s.personId));
            }
            if (e.content.label == Label::Bron && !approvedAsWritten(e)) {
                if (e.approvals.empty())
                    finding("bron_not_approved", e.id, {}, {},
                        tr("Bron %1 is niet goedgekeurd door wie er gesproken is (accordering).").arg(e.id));
                else
                    finding("bron_approval_outdated", e.id, {}, {},
                        tr("Bron %1 is goedgekeurd in een eerdere versie; de tekst is daarna veranderd.").arg(e.id));
            }
        }
        if (int(page->size()) < kPage)
            break;
        filter.afterPosition = page->back().position;
    }
    for (const Person& p : *persons) {
        if (p.shielded && p.shieldReason.trimmed().isEmpty() && !shieldedInEntries.contains(p.id))
            finding("shielded_source_without_reason", {}, {}, p.id,
                tr("Persoon %1 is afgeschermd zonder wettelijke reden.").arg(p.id));
    }

    // An entry revised after the last final report: the report that went out says something else
    // than the file now. In the chain's order (every revision wrote one entry.revise row).
    auto lastReport = ReportRecords::last(db);
    if (!lastReport)
        return lastReport.status();
    if (*lastReport) {
        Statement changed(db, "SELECT DISTINCT CAST(substr(object, 7) AS INTEGER) FROM audit WHERE seq > ?1 "
                              "AND action = 'entry.revise' AND object LIKE 'entry:%' ORDER BY 1");
        changed.bind(1, (*lastReport)->seq);
        int rc;
        while ((rc = changed.step()) == SQLITE_ROW) {
            const Id id = changed.integer(0);
            if (!Entries(m_vault, m_actor).get(id))
                continue; // not for this reader
            finding("changed_after_final_report", id, {}, {},
                tr("Notitie %1 is veranderd na het definitieve rapport van %2: het rapport zegt iets anders dan het "
                   "dossier nu. Zie de geschiedenis.")
                    .arg(id)
                    .arg((*lastReport)->ts.left(10)));
        }
        if (rc != SQLITE_DONE)
            return sqlError(db, rc, tr("Het logboek kon niet worden gelezen."));
    }

    // The readiness rules the warnings do not have (each applies once, so nothing is counted twice).
    auto readiness = ReportCheck(m_vault, m_actor).run();
    if (!readiness)
        return readiness.status();
    for (const Blocker& b : readiness->blockers) {
        for (const char* rule : { ReportCheck::kUnlabelled, ReportCheck::kProblemAnalysisMissing,
                 ReportCheck::kStrengthsAnalysisMissing, ReportCheck::kChildNotSpokenTo }) {
            if (b.rule == QLatin1String(rule))
                finding(rule, b.entry, b.answer, {}, b.message);
        }
    }

    auto answers = Answers(m_vault, m_actor).all();
    if (!answers)
        return answers.status();
    std::vector<double> days;
    QSet<Id> answered;
    for (const Answer& a : *answers) {
        AnswerFigures& f = report.answers;
        ++f.total;
        answered.insert(a.entryId);
        const QDateTime deadline = AnswerInbox::deadlineOf(a);
        const QDateTime given = answerDeadline(a.createdAt).addMonths(-1);
        const bool handled = a.status == AnswerStatus::Verwerkt || a.status == AnswerStatus::Afgewezen;
        if (!handled) {
            ++f.open;
            if (deadline.isValid() && now > deadline) {
                ++f.overdue;
                finding("answer_overdue", a.entryId, a.id, {},
                    (a.extension ? tr("Reactie %1 op notitie %2 staat nog open (%3), en de verlengde termijn van "
                                      "de AVG (tot %4) is voorbij.")
                                 : tr("Reactie %1 op notitie %2 staat nog open (%3), en de termijn van de AVG (een "
                                      "maand, tot %4) is voorbij."))
                        .arg(a.id)
                        .arg(a.entryId)
                        .arg(toString(a.status), deadline.date().toString(Qt::ISODate)));
            }
            continue;
        }
        ++f.handled;
        const QDateTime at = QDateTime::fromString(a.handledAt, Qt::ISODateWithMs).isValid()
            ? QDateTime::fromString(a.handledAt, Qt::ISODateWithMs)
            : QDateTime::fromString(a.handledAt, Qt::ISODate);
        if (!at.isValid() || !given.isValid())
            continue;
        days.push_back(double(given.secsTo(at)) / 86400.0);
        if (at > deadline) {
            ++f.handledLate;
            finding("answer_handled_late", a.entryId, a.id, {},
                tr("Reactie %1 op notitie %2 is afgehandeld op %3, na de termijn van de AVG (%4).")
                    .arg(a.id)
                    .arg(a.entryId)
                    .arg(at.date().toString(Qt::ISODate), deadline.date().toString(Qt::ISODate)));
        }
    }
    report.answers.entriesAnswered = int(answered.size());
    if (!days.empty())
        report.answers.medianDaysToHandle = median(days);

    auto contacts = contactSummary(m_vault);
    if (!contacts)
        return contacts.status();
    report.spokenTo = *contacts;
    for (const ContactSummary& c : *contacts) {
        if (c.isFamily() && c.entryCount == 0)
            report.neverSpokenTo.push_back(c.person);
    }

    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& x, const Finding& y) {
        const int rx = severityRank(x.severity), ry = severityRank(y.severity);
        if (rx != ry)
            return rx < ry;
        const Id ex = x.entry.value_or(0), ey = y.entry.value_or(0);
        if (ex != ey)
            return ex < ey;
        return x.rule < y.rule;
    });
    return report;
}

} // namespace inzage
