#pragma once

#include "audit/AttributionAudit.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace inzage::app {

// The reviewer's findings (AttributionAudit), most severe first as the core sorts them, narrowed
// by severity and by rule. Read-only: the model only shows what the audit found.
class FindingsModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Every finding, before the filter.
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    // "" for all, else hoog, middel or laag.
    Q_PROPERTY(QString severity READ severity WRITE setSeverity NOTIFY filterChanged)
    // "" for all, else one rule code (bron_not_approved, …).
    Q_PROPERTY(QString rule READ rule WRITE setRule NOTIFY filterChanged)
    // The rule codes that occur, in the order of the findings.
    Q_PROPERTY(QStringList rules READ rules NOTIFY countChanged)
    // The same rules in the reader's words, in the same order.
    Q_PROPERTY(QStringList ruleNames READ ruleNames NOTIFY countChanged)
    // {hoog, middel, laag}: how many findings of each severity, before the filter.
    Q_PROPERTY(QVariantMap severityCounts READ severityCounts NOTIFY countChanged)

public:
    enum Role {
        RuleRole = Qt::UserRole + 1, // stable code, as `inzage-cli audit --json` names it
        SeverityRole, // hoog, middel, laag
        SeverityNameRole, // "Hoog", in the reader's language
        EntryRole, // the entry it is about, 0 for the whole dossier
        AnswerRole, // the answer, 0 when none
        PersonIdRole, // the person, 0 when none
        MessageRole, // the core's message
        AccessibleRole, // all of it as one sentence, for a screen reader
        RuleNameRole, // the rule in the reader's words ("Bron niet goedgekeurd")
    };
    Q_ENUM(Role)

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(std::vector<Finding> findings);

    int count() const { return int(m_visible.size()); }
    int total() const { return int(m_all.size()); }
    QString severity() const { return m_severity; }
    void setSeverity(const QString& severity);
    QString rule() const { return m_rule; }
    void setRule(const QString& rule);
    QStringList rules() const;
    QStringList ruleNames() const;
    QVariantMap severityCounts() const;
    // How many findings of this severity ("" all), before the filter.
    Q_INVOKABLE int countOf(const QString& severity) const;
    // The row's values as a map (for the detail pane): rule, severity, severityName, entry, message.
    Q_INVOKABLE QVariantMap get(int row) const;
    static QString severityName(const QString& severity);
    // Every rule code of AttributionAudit::rules() has its words; an unknown code is shown as it is.
    static QString ruleName(const QString& rule);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void filterChanged();

private:
    void applyFilter();

    std::vector<Finding> m_all;
    std::vector<std::size_t> m_visible; // indexes into m_all
    QString m_severity, m_rule;
};

} // namespace inzage::app
