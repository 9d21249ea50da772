#include "FindingsModel.h"

#include <QCoreApplication>

namespace inzage::app {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

QString FindingsModel::severityName(const QString& severity)
{
    if (severity == QLatin1String("hoog"))
        return QCoreApplication::translate("FindingsModel", "Hoog");
    if (severity == QLatin1String("middel"))
        return QCoreApplication::translate("FindingsModel", "Middel");
    if (severity == QLatin1String("laag"))
        return QCoreApplication::translate("FindingsModel", "Laag");
    return severity;
}

QString FindingsModel::ruleName(const QString& rule)
{
    static const std::pair<const char*, const char*> kNames[] = {
        { "unlabelled", QT_TRANSLATE_NOOP("FindingsModel", "Niet gelabeld") },
        { "feit_without_basis", QT_TRANSLATE_NOOP("FindingsModel", "Feit zonder basis") },
        { "bron_without_spoken_to", QT_TRANSLATE_NOOP("FindingsModel", "Bron zonder met wie") },
        { "shielded_source_named", QT_TRANSLATE_NOOP("FindingsModel", "Afgeschermde bron genoemd") },
        { "mening_without_holder", QT_TRANSLATE_NOOP("FindingsModel", "Mening zonder van wie") },
        { "conclusion_without_feiten", QT_TRANSLATE_NOOP("FindingsModel", "Conclusie zonder feiten") },
        { "firm_claim_without_basis", QT_TRANSLATE_NOOP("FindingsModel", "Stellige bewering zonder basis") },
        { "feit_doubt_word", QT_TRANSLATE_NOOP("FindingsModel", "Twijfelwoord in een feit") },
        { "problem_analysis_missing", QT_TRANSLATE_NOOP("FindingsModel", "Geen probleemanalyse") },
        { "strengths_analysis_missing", QT_TRANSLATE_NOOP("FindingsModel", "Geen analyse van krachten") },
        { "child_not_spoken_to", QT_TRANSLATE_NOOP("FindingsModel", "Kind niet gesproken") },
        { "bron_without_date", QT_TRANSLATE_NOOP("FindingsModel", "Bron zonder datum") },
        { "bron_without_method", QT_TRANSLATE_NOOP("FindingsModel", "Bron zonder hoe") },
        { "shielded_source_without_reason", QT_TRANSLATE_NOOP("FindingsModel", "Afgeschermd zonder reden") },
        { "answer_overdue", QT_TRANSLATE_NOOP("FindingsModel", "Reactie over de termijn") },
        { "answer_handled_late", QT_TRANSLATE_NOOP("FindingsModel", "Reactie te laat afgehandeld") },
        { "bron_not_approved", QT_TRANSLATE_NOOP("FindingsModel", "Bron niet goedgekeurd") },
        { "bron_approval_outdated", QT_TRANSLATE_NOOP("FindingsModel", "Goedkeuring van een oudere tekst") },
        { "changed_after_final_report", QT_TRANSLATE_NOOP("FindingsModel", "Veranderd na het definitieve rapport") },
    };
    for (const auto& [code, name] : kNames) {
        if (rule == QLatin1String(code))
            return QCoreApplication::translate("FindingsModel", name);
    }
    return rule;
}

QStringList FindingsModel::ruleNames() const
{
    QStringList out;
    for (const QString& r : rules())
        out << ruleName(r);
    return out;
}

void FindingsModel::setFindings(std::vector<Finding> findings)
{
    m_all = std::move(findings);
    applyFilter();
}

void FindingsModel::setSeverity(const QString& severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    applyFilter();
    Q_EMIT filterChanged();
}

void FindingsModel::setRule(const QString& rule)
{
    if (rule == m_rule)
        return;
    m_rule = rule;
    applyFilter();
    Q_EMIT filterChanged();
}

void FindingsModel::applyFilter()
{
    beginResetModel();
    m_visible.clear();
    for (std::size_t i = 0; i < m_all.size(); ++i) {
        const Finding& f = m_all[i];
        if ((m_severity.isEmpty() || f.severity == m_severity) && (m_rule.isEmpty() || f.rule == m_rule))
            m_visible.push_back(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

QStringList FindingsModel::rules() const
{
    QStringList out;
    for (const Finding& f : m_all) {
        if (!out.contains(f.rule))
            out << f.rule;
    }
    return out;
}

QVariantMap FindingsModel::severityCounts() const
{
    return { { QStringLiteral("hoog"), countOf(QStringLiteral("hoog")) },
        { QStringLiteral("middel"), countOf(QStringLiteral("middel")) },
        { QStringLiteral("laag"), countOf(QStringLiteral("laag")) } };
}

int FindingsModel::countOf(const QString& severity) const
{
    int n = 0;
    for (const Finding& f : m_all)
        n += severity.isEmpty() || f.severity == severity ? 1 : 0;
    return n;
}

QVariantMap FindingsModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= count())
        return out;
    const QModelIndex i = index(row);
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(i, it.key()));
    return out;
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& f = m_all[m_visible[std::size_t(index.row())]];
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return f.message;
    case RuleRole:
        return f.rule;
    case RuleNameRole:
        return ruleName(f.rule);
    case SeverityRole:
        return f.severity;
    case SeverityNameRole:
        return severityName(f.severity);
    case EntryRole:
        return int(f.entry.value_or(0));
    case AnswerRole:
        return int(f.answer.value_or(0));
    case PersonIdRole:
        return int(f.person.value_or(0));
    case AccessibleRole:
        return f.entry ? QCoreApplication::translate("FindingsModel", "Ernst %1, notitie %2: %3 (regel %4)")
                             .arg(severityName(f.severity))
                             .arg(*f.entry)
                             .arg(f.message, ruleName(f.rule))
                       : QCoreApplication::translate("FindingsModel", "Ernst %1, het hele dossier: %2 (regel %3)")
                             .arg(severityName(f.severity), f.message, ruleName(f.rule));
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    return { { RuleRole, "rule" }, { SeverityRole, "severity" }, { SeverityNameRole, "severityName" },
        { EntryRole, "entry" }, { AnswerRole, "answer" }, { PersonIdRole, "person" }, { MessageRole, "message" },
        { AccessibleRole, "accessibleText" }, { RuleNameRole, "ruleName" } };
}

} // namespace inzage::app
