#include "AnswerListModel.h"

#include "Wording.h"

#include "dossier/Access.h"
#include "dossier/Answers.h"
#include "dossier/Entries.h"

namespace inzage::app {

namespace {
// Reads only; what the reader may see follows from how the vault was opened.
const Actor kReader = actorNamed(QStringLiteral("app"));
}

AnswerListModel::AnswerListModel(QObject* parent) : QAbstractListModel(parent) {}

void AnswerListModel::setVault(Vault* vault)
{
    m_vault = vault;
    reload();
}

int AnswerListModel::textVersions(Id answerId) const
{
    // The history mixes the parent's versions and the professional's handling; count only the
    // steps where the parent's words or kind changed.
    auto history = Answers(*m_vault, kReader).history(answerId);
    if (!history || history->empty())
        return 1;
    int versions = 1;
    for (std::size_t i = 1; i < history->size(); ++i) {
        const Answer& prev = (*history)[i - 1];
        const Answer& cur = (*history)[i];
        if (cur.text != prev.text || cur.kind != prev.kind)
            ++versions;
    }
    return versions;
}

void AnswerListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_excerpts.clear();
    m_labels.clear();
    m_versions.clear();
    m_travel.clear();
    if (m_vault) {
        if (auto travel = AnswerTravel::states(*m_vault, m_seenUpTo))
            m_travel = *travel;
        if (auto all = Answers(*m_vault, kReader).all()) {
            m_rows = std::move(*all);
            Entries entries(*m_vault, kReader);
            for (const Answer& a : m_rows) {
                auto e = entries.get(a.entryId);
                QString text = e ? e->content.text : QString();
                if (text.size() > 140)
                    text = text.left(137) + QStringLiteral("…");
                m_excerpts.push_back(text);
                m_labels.push_back(e ? toString(e->content.label) : QString());
                m_versions.push_back(textVersions(a.id));
            }
        }
    }
    endResetModel();
    Q_EMIT changed();
}

int AnswerListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant AnswerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Answer& a = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return a.text;
    case AnswerIdRole:
        return qint64(a.id);
    case EntryIdRole:
        return qint64(a.entryId);
    case EntryTextRole:
        return m_excerpts[std::size_t(index.row())];
    case KindRole:
        return answerKindName(a.kind);
    case StatusRole:
        return toString(a.status);
    case StatusNameRole:
        return answerStatusLine(a, m_travel.value(a.uid));
    case SentRole:
        return m_travel.value(a.uid).sent;
    case NewRole:
        return m_travel.value(a.uid).replyNew;
    case EntryLabelRole:
        return m_labels[std::size_t(index.row())];
    case ReplyRole:
        return a.reply;
    case HandledByRole:
        return a.handledBy;
    case ChangedSinceRole:
        return a.entryChangedSince;
    case DateRole:
        return dateInWords(a.changedAt);
    case KindKeyRole:
        return toString(a.kind);
    case VersionsRole:
        return m_versions[std::size_t(index.row())];
    case ExtendedUntilRole:
        return a.extension ? dateInWords(a.extension->until.left(10)) : QString();
    case ExtensionReasonRole:
        return a.extension ? a.extension->reason : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> AnswerListModel::roleNames() const
{
    return {{AnswerIdRole, "answerId"}, {EntryIdRole, "entryId"},     {EntryTextRole, "entryText"},
            {KindRole, "kind"},         {TextRole, "text"},           {StatusRole, "status"},
            {StatusNameRole, "statusName"}, {ReplyRole, "reply"},     {HandledByRole, "handledBy"},
            {ChangedSinceRole, "changedSince"}, {DateRole, "date"},
            {KindKeyRole, "kindKey"},   {VersionsRole, "versions"},
            {SentRole, "sent"},         {NewRole, "isNew"},
            {EntryLabelRole, "entryLabel"}, {ExtendedUntilRole, "extendedUntil"},
            {ExtensionReasonRole, "extensionReason"}};
}

} // namespace inzage::app
