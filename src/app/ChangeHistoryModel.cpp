#include "ChangeHistoryModel.h"

#include "vault/Vault.h"

namespace inzage::app {

ChangeHistoryModel::ChangeHistoryModel(QObject* parent) : QAbstractListModel(parent) {}

void ChangeHistoryModel::setVault(Vault* vault)
{
    // Another file (or none): not wanted until its page is shown. The same file again (the language
    // changed): read again at once if the page was shown.
    if (vault != m_vault)
        m_wanted = false;
    m_vault = vault;
    m_loaded = false;
    if (m_wanted) {
        reload();
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void ChangeHistoryModel::ensureLoaded()
{
    m_wanted = true;
    if (!m_loaded)
        reload();
}

void ChangeHistoryModel::reload()
{
    if (!m_wanted) {
        m_loaded = false;
        return;
    }
    m_loaded = true;
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (m_vault) {
        auto lines = ChangeHistory::read(*m_vault);
        if (lines)
            m_rows = std::move(*lines);
        else
            m_error = lines.message();
    }
    endResetModel();
    Q_EMIT countChanged();
}

int ChangeHistoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant ChangeHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeLine& l = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SentenceRole:
        return l.sentence();
    case WhoRole:
        return l.who;
    case WhatRole:
        return l.what;
    case WhenRole:
        return l.when;
    case EntryRole:
        return int(l.entry.value_or(0));
    case CountRole:
        return l.count;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChangeHistoryModel::roleNames() const
{
    return { { WhoRole, "who" }, { WhatRole, "what" }, { WhenRole, "when" }, { SentenceRole, "sentence" },
        { EntryRole, "entry" }, { CountRole, "count" } };
}

} // namespace inzage::app
