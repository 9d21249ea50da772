#include "EntryListModel.h"

#include "Wording.h"

#include "dossier/Access.h"
#include "dossier/Answers.h"
#include "dossier/Entries.h"
#include "exchange/NewSinceVisit.h"
#include "vault/Vault.h"

#include <algorithm>

#include <QCoreApplication>

namespace inzage::app {

namespace {

QString holderText(const Entry& e)
{
    const OpinionHolder h = opinionHolder(e);
    if (h.shielded)
        return QCoreApplication::translate("Wording", "Afgeschermde bron");
    if (h.unknown())
        return QCoreApplication::translate("EntryListModel", "de schrijver");
    return h.name;
}

// Reads only; what the reader may see follows from how the vault was opened (the core's Audience).
const Actor kReader = actorNamed(QStringLiteral("app"));

} // namespace

EntryListModel::EntryListModel(QObject* parent) : QAbstractListModel(parent) {}

void EntryListModel::setVault(Vault* vault)
{
    m_vault = vault;
    reload();
}

void EntryListModel::reload()
{
    // The first page is read inside the reset, and the model counts as loading until it is in: a
    // view (or QAbstractItemModelTester) that calls fetchMore() while the reset or an insertion is
    // being announced must not start a second, overlapping read of the same page.
    setLoading(true);
    beginResetModel();
    m_entries.clear();
    m_answers.clear();
    m_history.clear();
    m_atEnd = m_vault == nullptr;
    m_travel.clear();
    if (m_vault) {
        if (auto travel = AnswerTravel::states(*m_vault, m_seenUpTo))
            m_travel = *travel;
    }
    readNewness();
    QString pageError;
    if (m_vault) {
        auto page = nextPage();
        if (page)
            append(*page);
        else
            pageError = page.message();
    }
    endResetModel();
    setLoading(false);
    if (!pageError.isEmpty())
        Q_EMIT errorOccurred(pageError);
    if (!m_vault) {
        m_counts = {};
        Q_EMIT countsChanged();
        return;
    }
    Entries entries(*m_vault, kReader);
    if (auto c = entries.counts(m_filter))
        m_counts = *c;
    else
        Q_EMIT errorOccurred(c.message());
    Q_EMIT countsChanged();
    if (auto s = entries.sections(); s && *s != m_sections) {
        m_sections = *s;
        Q_EMIT sectionsChanged();
    }
}

int EntryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

bool EntryListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void EntryListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    appendPage(kPageSize);
}

void EntryListModel::appendPage(int size)
{
    if (m_atEnd || !m_vault || m_loading)
        return;
    setLoading(true);
    auto page = nextPage(size);
    if (!page) {
        Q_EMIT errorOccurred(page.message());
    } else if (!page->empty()) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
        append(*page);
        endInsertRows();
    }
    setLoading(false);
}

Result<std::vector<Entry>> EntryListModel::nextPage(int size)
{
    EntryFilter f = m_filter;
    f.limit = size;
    f.afterPosition = m_entries.empty() ? -1 : m_entries.back().position;
    f.afterDate = m_entries.empty() ? QString() : m_entries.back().content.eventDate;
    auto page = Entries(*m_vault, kReader).list(f);
    m_atEnd = !page || int(page->size()) < size;
    return page;
}

void EntryListModel::loadAll()
{
    // Large pages: the end of a 100,000-entry file is a few reads away, not a thousand.
    while (!m_atEnd && m_vault && !m_loading) {
        const std::size_t before = m_entries.size();
        appendPage(kPageSize * 20);
        if (m_entries.size() == before)
            break; // a read error (already reported) or nothing more
    }
}

int EntryListModel::rowOfEntry(int entryId)
{
    for (std::size_t from = 0;;) {
        for (std::size_t r = from; r < m_entries.size(); ++r) {
            if (m_entries[r].id == Id(entryId))
                return int(r);
        }
        from = m_entries.size();
        if (m_atEnd || !m_vault || m_loading)
            return -1;
        appendPage(kPageSize * 10);
        if (m_entries.size() == from)
            return -1;
    }
}

int EntryListModel::entryIdAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? int(m_entries[std::size_t(row)].id) : 0;
}

void EntryListModel::refreshAnswers()
{
    if (!m_vault || m_entries.empty())
        return;
    if (auto travel = AnswerTravel::states(*m_vault, m_seenUpTo))
        m_travel = *travel;
    auto all = Answers(*m_vault, kReader).all();
    if (!all) {
        Q_EMIT errorOccurred(all.message());
        return;
    }
    QHash<Id, int> perEntry; // an update file may bring an answer to an entry that had none
    for (const Answer& a : *all)
        ++perEntry[a.entryId];
    for (std::size_t r = 0; r < m_entries.size(); ++r) {
        m_entries[r].answerCount = perEntry.value(m_entries[r].id);
        m_answers[r] = answersFor(m_entries[r]);
    }
    readNewness();
    Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1), {AnswersRole, NewnessRole});
    Q_EMIT countsChanged();
}

void EntryListModel::readNewness()
{
    m_newness.clear();
    m_newOrder.clear();
    if (!m_vault || m_vault->kind() != VaultKind::Ouderexemplaar)
        return;
    std::vector<std::pair<std::int64_t, Id>> order; // (position, entry)
    auto changed = NewSinceVisit::since(*m_vault, m_revisionsSeen);
    if (!changed) {
        Q_EMIT errorOccurred(changed.message());
        return;
    }
    Entries entries(*m_vault, kReader);
    for (const NewEntry& n : *changed)
        m_newness.insert(n.entry, n.newness == Newness::Nieuw ? QStringLiteral("nieuw") : QStringLiteral("aangepast"));
    // A reply that came in since the last visit makes its entry new too (when nothing else did).
    auto all = Answers(*m_vault, kReader).all();
    if (!all)
        Q_EMIT errorOccurred(all.message());
    else {
        for (const Answer& a : *all) {
            if (m_travel.value(a.uid).replyNew && !m_newness.contains(a.entryId))
                m_newness.insert(a.entryId, QStringLiteral("antwoord"));
        }
    }
    for (auto it = m_newness.cbegin(); it != m_newness.cend(); ++it) {
        auto e = entries.get(it.key());
        if (e) // an entry that cannot be read (hidden since) is not offered
            order.emplace_back(e->position, it.key());
    }
    std::sort(order.begin(), order.end());
    m_newOrder = std::move(order);
}

int EntryListModel::nextNewEntry(int afterEntryId) const
{
    if (m_newOrder.empty())
        return 0;
    std::int64_t at = -1;
    if (m_vault) {
        if (auto e = Entries(*m_vault, kReader).get(afterEntryId))
            at = e->position;
    }
    for (const auto& [position, id] : m_newOrder) {
        if (position > at || (position == at && id > Id(afterEntryId)))
            return int(id);
    }
    return int(m_newOrder.front().second);
}

void EntryListModel::refreshEntry(Id entryId)
{
    if (!m_vault)
        return;
    if (auto travel = AnswerTravel::states(*m_vault, m_seenUpTo))
        m_travel = *travel;
    for (std::size_t r = 0; r < m_entries.size(); ++r) {
        if (m_entries[r].id != entryId)
            continue;
        auto fresh = Entries(*m_vault, kReader).get(entryId);
        if (!fresh) {
            Q_EMIT errorOccurred(fresh.message());
            return;
        }
        fresh->position = m_entries[r].position; // keyset paging goes on from the same place
        m_entries[r] = std::move(*fresh);
        m_answers[r] = answersFor(m_entries[r]);
        m_history.remove(entryId);
        const QModelIndex i = index(int(r));
        Q_EMIT dataChanged(i, i);
        return;
    }
}

void EntryListModel::append(std::vector<Entry>& page)
{
    for (Entry& e : page) {
        m_answers.push_back(answersFor(e));
        m_entries.push_back(std::move(e));
    }
}

void EntryListModel::setLoading(bool loading)
{
    m_loading = loading;
    Q_EMIT loadingChanged();
}

QVariantList EntryListModel::answersFor(const Entry& e) const
{
    QVariantList out;
    if (e.answerCount == 0)
        return out;
    auto answers = Answers(*m_vault, kReader).forEntry(e.id);
    if (!answers)
        return out;
    for (const Answer& a : *answers) {
        out.append(QVariantMap {{QStringLiteral("answerId"), qint64(a.id)},
                                {QStringLiteral("kind"), answerKindName(a.kind)},
                                {QStringLiteral("text"), a.text},
                                {QStringLiteral("status"), toString(a.status)},
                                {QStringLiteral("statusName"), answerStatusLine(a, m_travel.value(a.uid))},
                                {QStringLiteral("reply"), a.reply},
                                {QStringLiteral("changedSince"), a.entryChangedSince},
                                {QStringLiteral("sent"), m_travel.value(a.uid).sent},
                                {QStringLiteral("isNew"), m_travel.value(a.uid).replyNew}});
    }
    return out;
}

QVariant EntryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries[std::size_t(index.row())];
    const EntryContent& c = e.content;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return c.text;
    case EntryIdRole:
        return qint64(e.id);
    case SectionRole:
        return c.section;
    case EventDateRole:
        return dateInWords(c.eventDate);
    case LabelRole:
        return toString(c.label);
    case LabelNameRole:
        return labelName(c.label);
    case SpokenToRole: {
        QStringList lines;
        for (const SpokenTo& s : c.spokenTo)
            lines << spokenToLine(s);
        // Only where it is missing for real: a bron must say who was spoken to; a mening says whose
        // opinion it is and a feit what it rests on (their own lines), so neither gets this line.
        if (lines.isEmpty() && c.basisKind == BasisKind::Document && c.label != Label::Mening)
            lines << QCoreApplication::translate("EntryListModel", "Met niemand gesproken: dit komt uit een document.");
        else if (lines.isEmpty() && (c.label == Label::Bron || c.label == Label::Onbeoordeeld))
            lines << QCoreApplication::translate("EntryListModel", "Met wie er gesproken is, staat er niet bij.");
        return lines;
    }
    case BasisRole:
        return basisLine(c);
    case HolderRole:
        if (c.label != Label::Mening)
            return QString();
        return QCoreApplication::translate("EntryListModel", "Dit is de mening van %1.")
            .arg(holderText(e));
    case RestsOnRole: {
        if (c.label != Label::Mening)
            return QString();
        if (c.restsOn.empty())
            return QCoreApplication::translate("EntryListModel", "Er staat niet bij op welke feiten deze mening rust.");
        QStringList ids;
        for (Id id : c.restsOn)
            ids << QStringLiteral("%1").arg(id);
        return QCoreApplication::translate("EntryListModel", "Deze mening rust op de feiten met nummer %1.").arg(ids.join(QStringLiteral(", ")));
    }
    case AnswersRole:
        return m_answers[std::size_t(index.row())];
    case RevisionRole:
        return e.rev;
    case HistoryRole:
        return historyFor(e);
    case ApprovalRole:
        return approvalLines(e.approvals);
    case RestsOnIdsRole: {
        QVariantList ids;
        if (c.label == Label::Mening) {
            for (Id id : c.restsOn)
                ids << int(id);
        }
        return ids;
    }
    case NewnessRole:
        return m_newness.value(e.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> EntryListModel::roleNames() const
{
    return {{EntryIdRole, "entryId"},     {TextRole, "text"},         {SectionRole, "section"},
            {EventDateRole, "eventDate"}, {LabelRole, "label"},       {LabelNameRole, "labelName"},
            {SpokenToRole, "spokenTo"},   {BasisRole, "basis"},       {HolderRole, "holder"},
            {RestsOnRole, "restsOn"},     {AnswersRole, "answers"},   {RevisionRole, "revision"},
            {HistoryRole, "history"},     {ApprovalRole, "approval"},
            {RestsOnIdsRole, "restsOnIds"}, {NewnessRole, "newness"}};
}

QVariantList EntryListModel::historyFor(const Entry& e) const
{
    if (e.rev <= 1 || !m_vault)
        return {};
    if (const auto it = m_history.constFind(e.id); it != m_history.constEnd())
        return *it;
    QVariantList out;
    if (auto revisions = Entries(*m_vault, kReader).history(e.id)) {
        // Newest first; each earlier version says why it was replaced (the next version's note).
        for (std::size_t i = revisions->size(); i-- > 0;) {
            const Entry& old = (*revisions)[i];
            if (old.rev == e.rev)
                continue;
            const QString why = i + 1 < revisions->size() ? (*revisions)[i + 1].changeNote : QString();
            out.append(QVariantMap {{QStringLiteral("rev"), old.rev},
                                    {QStringLiteral("label"), toString(old.content.label)},
                                    {QStringLiteral("labelName"), labelName(old.content.label)},
                                    {QStringLiteral("text"), old.content.text},
                                    {QStringLiteral("date"), dateInWords(old.recordedAt)},
                                    {QStringLiteral("replacedBecause"), why}});
        }
    }
    m_history.insert(e.id, out);
    return out;
}

QString EntryListModel::labelFilter() const { return m_filter.label ? toString(*m_filter.label) : QString(); }

void EntryListModel::setLabelFilter(const QString& label)
{
    const std::optional<Label> l = label.isEmpty() ? std::nullopt : parse<Label>(label);
    if (l == m_filter.label)
        return;
    m_filter.label = l;
    Q_EMIT filterChanged();
    reload();
}

void EntryListModel::setPersonFilter(int personId)
{
    const std::optional<Id> p = personId > 0 ? std::optional<Id>(personId) : std::nullopt;
    if (p == m_filter.spokenTo)
        return;
    m_filter.spokenTo = p;
    Q_EMIT filterChanged();
    reload();
}

void EntryListModel::setSectionFilter(const QString& section)
{
    if (section == m_filter.section)
        return;
    m_filter.section = section;
    Q_EMIT filterChanged();
    reload();
}

void EntryListModel::setSearch(const QString& text)
{
    if (text == m_filter.search)
        return;
    m_filter.search = text;
    Q_EMIT filterChanged();
    reload();
}

QString EntryListModel::sortOrder() const
{
    return m_filter.order == EntryOrder::Date ? QStringLiteral("datum") : QStringLiteral("rapport");
}

void EntryListModel::setSortOrder(const QString& order)
{
    const EntryOrder o = order == QLatin1String("datum") ? EntryOrder::Date : EntryOrder::Report;
    if (o == m_filter.order)
        return;
    m_filter.order = o;
    Q_EMIT filterChanged();
    reload();
}

// %Ln: "333.333 feiten" in Dutch, with the locale's thousands separator.
QString EntryListModel::countsText() const
{
    return QCoreApplication::translate("EntryListModel", "%Ln feit(en)", nullptr, m_counts.feit) + QStringLiteral(", ")
        + QCoreApplication::translate("EntryListModel", "%Ln mening(en)", nullptr, m_counts.mening) + QStringLiteral(", ")
        + QCoreApplication::translate("EntryListModel", "%Ln bron(nen)", nullptr, m_counts.bron) + QStringLiteral(", ")
        + QCoreApplication::translate("EntryListModel", "%Ln nog niet beoordeeld", nullptr, m_counts.onbeoordeeld);
}

} // namespace inzage::app
