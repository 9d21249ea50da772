#include "PeopleModel.h"

#include "Wording.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace inzage::app {

namespace {

// Hundreds of notes with one person stay readable: a count, the first and the last date.
QString summaryText(const ContactSummary& c)
{
    QStringList dates;
    for (const ContactMoment& m : c.moments) {
        if (!m.date.isEmpty())
            dates << m.date;
    }
    std::sort(dates.begin(), dates.end()); // ISO dates sort as text
    const int n = int(c.moments.size());
    const QString times = QCoreApplication::translate("PeopleModel", "%n keer gesproken", nullptr, n);
    if (dates.isEmpty())
        return n == 0 ? QString() : times + QLatin1Char('.');
    if (dates.constFirst() == dates.constLast())
        return QCoreApplication::translate("PeopleModel", "%1, op %2.").arg(times, dateInWords(dates.constFirst()));
    return QCoreApplication::translate("PeopleModel", "%1, van %2 tot %3.")
        .arg(times, dateInWords(dates.constFirst()), dateInWords(dates.constLast()));
}

QString methodsText(const ContactSummary& c)
{
    QMap<int, int> perMethod;
    for (const ContactMoment& m : c.moments)
        ++perMethod[int(m.method)];
    std::vector<std::pair<int, int>> order(perMethod.keyValueBegin(), perMethod.keyValueEnd());
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList parts;
    for (const auto& [method, count] : order)
        parts << QCoreApplication::translate("PeopleModel", "%n keer %1", nullptr, count).arg(methodName(Method(method)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

PeopleModel::PeopleModel(QObject* parent) : QAbstractListModel(parent) {}

void PeopleModel::setVault(Vault* vault)
{
    if (vault != m_vault)
        m_wanted = false;
    m_vault = vault;
    m_loaded = false;
    read();
}

void PeopleModel::ensureLoaded()
{
    m_wanted = true;
    if (!m_loaded)
        read();
}

void PeopleModel::read()
{
    beginResetModel();
    m_rows.clear();
    if (m_vault && m_wanted) {
        m_loaded = true;
        if (auto rows = contactSummary(*m_vault))
            m_rows = std::move(*rows);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const ContactSummary& a, const ContactSummary& b) {
        return a.isFamily() > b.isFamily();
    });
    endResetModel();
    Q_EMIT changed();
}

int PeopleModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactSummary& c = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.person.shielded ? QCoreApplication::translate("PeopleModel", "Afgeschermde bron") : c.person.name;
    case PersonIdRole:
        return qint64(c.person.id);
    case RelationRole: {
        QStringList parts;
        if (!c.person.relation.isEmpty())
            parts << c.person.relation;
        if (!c.person.organisation.isEmpty())
            parts << c.person.organisation;
        return parts.join(QStringLiteral(", "));
    }
    case EntryCountRole:
        return c.entryCount;
    case MomentsRole: {
        QStringList parts;
        for (const ContactMoment& m : c.moments) {
            QString when = m.date.isEmpty() ? QCoreApplication::translate("PeopleModel", "datum onbekend")
                                            : QCoreApplication::translate("PeopleModel", "op %1").arg(dateInWords(m.date));
            parts << QStringLiteral("%1 %2").arg(when, methodName(m.method));
        }
        return parts.join(QStringLiteral("; "));
    }
    case IsFamilyRole:
        return c.isFamily();
    case NotSpokenToRole:
        return c.isFamily() && c.entryCount == 0;
    case ShieldReasonRole:
        return c.person.shielded ? c.person.shieldReason : QString();
    case MomentCountRole:
        return int(c.moments.size());
    case SummaryRole:
        return summaryText(c);
    case MethodsRole:
        return methodsText(c);
    default:
        return {};
    }
}

QHash<int, QByteArray> PeopleModel::roleNames() const
{
    return {{PersonIdRole, "personId"},     {NameRole, "name"},           {RelationRole, "relation"},
            {EntryCountRole, "entryCount"}, {MomentsRole, "moments"},     {IsFamilyRole, "isFamily"},
            {NotSpokenToRole, "notSpokenTo"}, {ShieldReasonRole, "shieldReason"},
            {MomentCountRole, "momentCount"}, {SummaryRole, "summary"}, {MethodsRole, "methods"}};
}

QVariantList PeopleModel::choices() const
{
    QVariantList out;
    for (const ContactSummary& c : m_rows)
        if (c.entryCount > 0)
            out.append(QVariantMap {{QStringLiteral("name"), c.person.name}, {QStringLiteral("personId"), qint64(c.person.id)}});
    return out;
}

QString PeopleModel::notSpokenToText() const
{
    QStringList names;
    for (const ContactSummary& c : m_rows)
        if (c.isFamily() && c.entryCount == 0)
            names << c.person.name;
    if (names.isEmpty())
        return QCoreApplication::translate("PeopleModel", "Met iedereen uit het gezin is gesproken.");
    return QCoreApplication::translate("PeopleModel", "Niet mee gesproken: %1.").arg(names.join(QStringLiteral(", ")));
}

} // namespace inzage::app
