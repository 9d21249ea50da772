#include "ReviewerController.h"

#include "dossier/Workspace.h"

#include "Wording.h"

#include "dossier/Access.h"
#include "dossier/Entries.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>

namespace inzage::app {

namespace {

struct ShareWords {
    const char* key;
    const char* name;
    const char* shortName;
    Share AttributionFigures::*share;
};

// The names of `inzage-cli audit --json`, with what the reviewer reads.
const ShareWords kShares[] = {
    { "labelled_share",
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Notities met een label (feit, mening of bron)"),
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Gelabeld"), &AttributionFigures::labelled },
    { "bron_named_share",
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Bronnen die zeggen met wie er gesproken is"),
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Bron: wie"), &AttributionFigures::bronNamed },
    { "bron_dated_share", QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Bronnen met een datum van het gesprek"),
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Bron: datum"), &AttributionFigures::bronDated },
    { "bron_method_share",
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Bronnen die zeggen hoe er gesproken is"),
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Bron: hoe"), &AttributionFigures::bronMethod },
    { "bron_approved_share",
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Bronnen goedgekeurd door wie er sprak"),
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Bron: goedgekeurd"), &AttributionFigures::bronApproved },
    { "feit_basis_share",
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Feiten met een basis (document of waarneming)"),
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Feit: basis"), &AttributionFigures::feitBasis },
    { "mening_holder_share",
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Meningen die zeggen van wie ze zijn"),
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Mening: van wie"), &AttributionFigures::meningHolder },
    { "conclusion_feiten_share",
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Conclusies die op feiten rusten"),
        QT_TRANSLATE_NOOP("inzage::app::ReviewerController", "Conclusie: op feiten"),
        &AttributionFigures::conclusionFeiten },
};

const ShareWords* findShare(const QString& key)
{
    for (const ShareWords& w : kShares) {
        if (key == QLatin1String(w.key))
            return &w;
    }
    return nullptr;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("inzage::app::ReviewerController", text);
}

QString personDescription(const Person& p)
{
    QString role;
    switch (p.role) {
    case PersonRole::Ouder:
        role = tr("ouder");
        break;
    case PersonRole::Kind:
        role = tr("kind");
        break;
    case PersonRole::Professional:
        role = tr("hulpverlener");
        break;
    case PersonRole::Informant:
        role = tr("informant");
        break;
    }
    QString out = p.relation.isEmpty() || p.relation == role ? role : p.relation;
    if (!p.organisation.isEmpty())
        out += QStringLiteral(", ") + p.organisation;
    if (p.shielded)
        out += QStringLiteral(", ") + tr("afgeschermde bron");
    return out;
}

QString groupLabel(const QString& group, const QString& name)
{
    if (group == QLatin1String("period")) {
        const QDate month = QDate::fromString(name + QStringLiteral("-01"), Qt::ISODate);
        return month.isValid() ? QLocale().toString(month, QStringLiteral("MMMM yyyy")) : name;
    }
    if (name.isEmpty())
        return group == QLatin1String("section") ? tr("(zonder onderdeel)") : tr("(onbekend)");
    return name;
}

QString tickKey(int entryId, int item)
{
    return QStringLiteral("%1:%2").arg(entryId).arg(item);
}

} // namespace

ReviewerController::ReviewerController(QObject* parent)
    : QObject(parent)
{
}

const QStringList& ReviewerController::shareKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const ShareWords& w : kShares)
            k << QString::fromLatin1(w.key);
        return k;
    }();
    return keys;
}

QString ReviewerController::shareName(const QString& key)
{
    const ShareWords* w = findShare(key);
    return w ? tr(w->name) : key;
}

QString ReviewerController::shareShortName(const QString& key)
{
    const ShareWords* w = findShare(key);
    return w ? tr(w->shortName) : key;
}

std::optional<Share> ReviewerController::shareOf(const AttributionFigures& figures, const QString& key)
{
    const ShareWords* w = findShare(key);
    if (!w)
        return std::nullopt;
    return figures.*w->share;
}

QString ReviewerController::shareText(const Share& share)
{
    const auto v = share.value();
    if (!v)
        return tr("niets te tellen (0 van 0)");
    return tr("%1% (%2 van %3)").arg(qRound(*v * 100)).arg(share.n).arg(share.of);
}

void ReviewerController::setVault(Vault* vault, const QString& actorName)
{
    // Only a file opened read-only is a reviewer's (Vault::role()); the audit itself refuses any other.
    Vault* reviewed = vault && opensReviewerView(*vault) ? vault : nullptr;
    const bool sameFile = reviewed && reviewed == m_vault;
    m_vault = reviewed;
    if (m_vault)
        m_actor = actorFor(*m_vault, actorName);
    // The same file again (the language changed): the same sample in the new words, ticks kept.
    if (sameFile && m_sample) {
        auto again = AuditSampler(*m_vault, m_actor).draw(m_sample->requested, m_sample->seed);
        if (again)
            m_sample = std::move(*again);
    } else {
        m_sample.reset();
        m_ticks.clear();
    }
    Q_EMIT sampleChanged();
    Q_EMIT ticksChanged();
    refresh();
}

void ReviewerController::refresh()
{
    m_report.reset();
    m_error.clear();
    m_chain.reset();
    if (m_vault) {
        auto report = AttributionAudit(*m_vault, m_actor).run();
        if (report)
            m_report = std::move(*report);
        else
            m_error = report.message();
    }
    m_findings.setFindings(m_report ? m_report->findings : std::vector<Finding> {});
    Q_EMIT auditChanged();
}

QString ReviewerController::auditedAt() const
{
    return m_report ? ChangeHistory::whenText(m_report->auditedAt, QLocale()) : QString();
}

QVariantList ReviewerController::shares() const
{
    QVariantList out;
    if (!m_report)
        return out;
    for (const ShareWords& w : kShares) {
        const Share& s = m_report->total.*w.share;
        const auto v = s.value();
        out << QVariantMap { { QStringLiteral("key"), QString::fromLatin1(w.key) },
            { QStringLiteral("name"), tr(w.name) }, { QStringLiteral("shortName"), tr(w.shortName) },
            { QStringLiteral("n"), s.n }, { QStringLiteral("of"), s.of },
            { QStringLiteral("percent"), v ? qRound(*v * 100) : -1 }, { QStringLiteral("text"), shareText(s) } };
    }
    return out;
}

QVariantMap ReviewerController::bars(const QString& group, const QString& shareKey) const
{
    QVariantList labels, values, texts;
    const ShareWords* w = findShare(shareKey);
    if (m_report && w) {
        const std::map<QString, AttributionFigures>* groups = group == QLatin1String("period") ? &m_report->byPeriod
            : group == QLatin1String("author")                                                 ? &m_report->byAuthor
                                                                                               : &m_report->bySection;
        for (const auto& [name, figures] : *groups) {
            const Share& s = figures.*w->share;
            const QString label = groupLabel(group, name);
            labels << label;
            values << (s.value() ? qRound(*s.value() * 100) : -1);
            texts << tr("%1: %2").arg(label, shareText(s));
        }
    }
    QStringList sentences;
    for (const QVariant& t : texts)
        sentences << t.toString();
    return { { QStringLiteral("labels"), labels }, { QStringLiteral("values"), values },
        { QStringLiteral("texts"), texts },
        { QStringLiteral("description"),
            w ? tr("%1, per groep. %2").arg(tr(w->name), sentences.join(QStringLiteral("; "))) : QString() } };
}

QVariantList ReviewerController::spokenTo() const
{
    QVariantList out;
    if (!m_report)
        return out;
    std::vector<ContactSummary> people = m_report->spokenTo;
    std::stable_sort(people.begin(), people.end(),
        [](const ContactSummary& a, const ContactSummary& b) { return a.entryCount > b.entryCount; });
    for (const ContactSummary& c : people) {
        const QString description = personDescription(c.person);
        out << QVariantMap { { QStringLiteral("name"), c.person.name }, { QStringLiteral("description"), description },
            { QStringLiteral("count"), c.entryCount },
            { QStringLiteral("text"),
                c.entryCount == 0
                    ? tr("%1 (%2): nooit gesproken").arg(c.person.name, description)
                    : tr("%1 (%2): aantal notities %3").arg(c.person.name, description).arg(c.entryCount) } };
    }
    return out;
}

QVariantList ReviewerController::neverSpokenTo() const
{
    QVariantList out;
    if (!m_report)
        return out;
    for (const Person& p : m_report->neverSpokenTo) {
        const QString description = personDescription(p);
        out << QVariantMap { { QStringLiteral("name"), p.name }, { QStringLiteral("description"), description },
            { QStringLiteral("text"), tr("Met %1 (%2) is nooit gesproken.").arg(p.name, description) } };
    }
    return out;
}

QVariantMap ReviewerController::answers() const
{
    if (!m_report)
        return {};
    const AnswerFigures& a = m_report->answers;
    const QString median = a.medianDaysToHandle ? QLocale().toString(*a.medianDaysToHandle, 'f', 1) : QString();
    const QString text = tr("%1 reacties van ouders (op %2 notities): %3 afgehandeld, %4 open, %5 over de termijn "
                            "van de AVG, %6 te laat afgehandeld. %7")
                             .arg(a.total)
                             .arg(a.entriesAnswered)
                             .arg(a.handled)
                             .arg(a.open)
                             .arg(a.overdue)
                             .arg(a.handledLate)
                             .arg(median.isEmpty() ? tr("Nog geen reactie afgehandeld, dus geen mediaan.")
                                                   : tr("Mediaan %1 dagen tot afhandeling.").arg(median));
    return { { QStringLiteral("total"), a.total }, { QStringLiteral("entriesAnswered"), a.entriesAnswered },
        { QStringLiteral("handled"), a.handled }, { QStringLiteral("open"), a.open },
        { QStringLiteral("overdue"), a.overdue }, { QStringLiteral("handledLate"), a.handledLate },
        { QStringLiteral("medianDays"), median }, { QStringLiteral("text"), text } };
}

QVariantMap ReviewerController::entryHistory(int entryId)
{
    auto fail = [](const QString& m) {
        return QVariantMap { { QStringLiteral("ok"), false }, { QStringLiteral("message"), m } };
    };
    if (!m_vault)
        return fail(tr("Er is geen dossier open als toetser."));
    auto revisions = Entries(*m_vault, m_actor).history(entryId);
    if (!revisions)
        return fail(revisions.message());
    if (revisions->empty())
        return fail(tr("Notitie %1 bestaat niet in dit dossier.").arg(entryId));
    if (!m_chain) {
        auto lines = ChangeHistory::read(*m_vault, QLocale());
        if (!lines)
            return fail(lines.message());
        m_chain = std::move(*lines);
    }
    QVariantList revs;
    for (auto it = revisions->crbegin(); it != revisions->crend(); ++it) {
        const Entry& e = *it;
        QStringList details;
        for (const SpokenTo& s : e.content.spokenTo)
            details << spokenToLine(s);
        if (const QString basis = basisLine(e.content); !basis.isEmpty())
            details << basis;
        if (const QString approved = approvalLines(e.approvals); !approved.isEmpty())
            details << approved;
        revs << QVariantMap { { QStringLiteral("rev"), e.rev },
            { QStringLiteral("when"), ChangeHistory::whenText(e.recordedAt, QLocale()) },
            { QStringLiteral("who"), e.changedBy.isEmpty() ? tr("(niet vastgelegd)") : e.changedBy },
            { QStringLiteral("why"), e.changeNote.isEmpty() ? tr("(geen reden opgegeven)") : e.changeNote },
            { QStringLiteral("labelName"), labelName(e.content.label) }, { QStringLiteral("text"), e.content.text },
            { QStringLiteral("details"), details.join(QLatin1Char('\n')) },
            { QStringLiteral("afterReport"),
                e.labelChangedAfterReport.isEmpty()
                    ? QString()
                    : tr("Label veranderd na het definitieve rapport van %1: dat rapport zegt nog het oude label.")
                          .arg(ChangeHistory::whenText(e.labelChangedAfterReport, QLocale())) } };
    }
    QVariantList changes;
    for (const ChangeLine& l : *m_chain) {
        if (l.entry && *l.entry == entryId)
            changes << QVariantMap { { QStringLiteral("when"), l.when }, { QStringLiteral("who"), l.who },
                { QStringLiteral("what"), l.what }, { QStringLiteral("sentence"), l.sentence() } };
    }
    const Entry& current = revisions->back();
    return { { QStringLiteral("ok"), true }, { QStringLiteral("message"), QString() },
        { QStringLiteral("entryId"), entryId }, { QStringLiteral("text"), current.content.text },
        { QStringLiteral("labelName"), labelName(current.content.label) },
        { QStringLiteral("section"), current.content.section }, { QStringLiteral("revisions"), revs },
        { QStringLiteral("changes"), changes } };
}

QString ReviewerController::drawSample(const QString& size, const QString& seed)
{
    if (!m_vault)
        return tr("Er is geen dossier open als toetser.");
    auto n = AuditSampler::parseSize(size);
    if (!n)
        return n.message();
    std::optional<std::uint64_t> s;
    if (!seed.trimmed().isEmpty()) {
        auto parsed = AuditSampler::parseSeed(seed);
        if (!parsed)
            return parsed.message();
        s = *parsed;
    }
    auto drawn = AuditSampler(*m_vault, m_actor).draw(*n, s);
    if (!drawn)
        return drawn.message();
    m_sample = std::move(*drawn);
    m_ticks.clear();
    Q_EMIT sampleChanged();
    Q_EMIT ticksChanged();
    return {};
}

QVariantList ReviewerController::sample() const
{
    QVariantList out;
    if (!m_sample)
        return out;
    for (const SampleItem& i : m_sample->items)
        out << QVariantMap { { QStringLiteral("entryId"), int(i.entry.id) },
            { QStringLiteral("labelName"), labelName(i.entry.content.label) },
            { QStringLiteral("section"), i.entry.content.section }, { QStringLiteral("text"), i.entry.content.text },
            { QStringLiteral("checklist"), i.checklist } };
    return out;
}

QString ReviewerController::sampleSummary() const
{
    if (!m_sample)
        return {};
    return tr("%1 van %2 notities, seed %3 (dezelfde seed trekt dezelfde notities zolang het logboek niet "
              "verandert; logboek tot %4).")
        .arg(m_sample->items.size())
        .arg(m_sample->population)
        .arg(m_sample->seed)
        .arg(QString::fromLatin1(m_sample->auditHead.left(16)));
}

int ReviewerController::checklistCount() const
{
    int n = 0;
    if (m_sample) {
        for (const SampleItem& i : m_sample->items)
            n += int(i.checklist.size());
    }
    return n;
}

void ReviewerController::setTicked(int entryId, int item, bool ticked)
{
    const QString key = tickKey(entryId, item);
    if (ticked == m_ticks.contains(key))
        return;
    if (ticked)
        m_ticks.insert(key);
    else
        m_ticks.remove(key);
    Q_EMIT ticksChanged();
}

bool ReviewerController::ticked(int entryId, int item) const
{
    return m_ticks.contains(tickKey(entryId, item));
}

} // namespace inzage::app
