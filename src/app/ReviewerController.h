#pragma once

#include "FindingsModel.h"

#include "audit/AttributionAudit.h"
#include "audit/AuditSample.h"
#include "audit/ChangeHistory.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QObject>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace inzage::app {

// The reviewer's view: the dossier opened read-only (Vault::role() is Reviewer), its figures,
// findings, each entry's history and a sample for a manual check. Every figure is the core's
// (AttributionAudit, AuditSampler, ChangeHistory, Entries::history); this class only turns them into
// values QML can show. It has no write path: nothing here writes to the dossier, and the ticks of the
// sample checklist live in memory only.
//
// Reviewer flags (issue 11, point 3: a flag with a note, closed only with a note, kept beside the
// dossier) are the core's and the CLI's first; once the core has them, a FlagsModel sits beside
// FindingsModel here and the findings page shows them under the entry's history.
class ReviewerController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewerController)
    // A reviewer's dossier is open and its audit could be read.
    Q_PROPERTY(bool ready READ ready NOTIFY auditChanged)
    // Why the audit could not be read ("" when it could).
    Q_PROPERTY(QString error READ error NOTIFY auditChanged)
    Q_PROPERTY(QString auditedAt READ auditedAt NOTIFY auditChanged)
    Q_PROPERTY(QString auditHead READ auditHead NOTIFY auditChanged)
    Q_PROPERTY(int entryCount READ entryCount NOTIFY auditChanged)
    // The shares over the whole dossier, in the order of `inzage-cli audit`:
    // [{key, name, shortName, n, of, percent (-1: nothing to count), text}]
    Q_PROPERTY(QVariantList shares READ shares NOTIFY auditChanged)
    // [{name, description, count, text}], most spoken to first; family members at zero included.
    Q_PROPERTY(QVariantList spokenTo READ spokenTo NOTIFY auditChanged)
    // [{name, description, text}]: parents and children never spoken to.
    Q_PROPERTY(QVariantList neverSpokenTo READ neverSpokenTo NOTIFY auditChanged)
    // {total, entriesAnswered, handled, open, overdue, handledLate, medianDays ("" when none), text}
    Q_PROPERTY(QVariantMap answers READ answers NOTIFY auditChanged)
    Q_PROPERTY(QObject* findings READ findings CONSTANT)
    // [{entryId, labelName, section, text, checklist: [string]}], in dossier order.
    Q_PROPERTY(QVariantList sample READ sample NOTIFY sampleChanged)
    Q_PROPERTY(QString sampleSeed READ sampleSeed NOTIFY sampleChanged)
    // "3 van 12 notities, seed 42, getrokken bij logboek …" ("" before a sample is drawn).
    Q_PROPERTY(QString sampleSummary READ sampleSummary NOTIFY sampleChanged)
    Q_PROPERTY(int tickedCount READ tickedCount NOTIFY ticksChanged)
    Q_PROPERTY(int checklistCount READ checklistCount NOTIFY sampleChanged)

public:
    explicit ReviewerController(QObject* parent = nullptr);

    // Only a vault opened as a reviewer's is audited; any other clears the view.
    void setVault(Vault* vault, const QString& actorName);
    // Reads the audit again (the file may have been written by the professional meanwhile).
    Q_INVOKABLE void refresh();

    // One share per group as bars: group is "section", "period" or "author"; shareKey one of the
    // keys of `shares`. {labels: [..], values: [0..100, -1: nothing to count], texts: [..], description}
    Q_INVOKABLE QVariantMap bars(const QString& group, const QString& shareKey) const;
    // Every revision of the entry and every line of the audit chain about it:
    // {ok, message, entryId, text, labelName, section, revisions: [{rev, when, who, why, labelName, text,
    //  details, afterReport}], changes: [{when, who, what, sentence}]}, newest revision first.
    Q_INVOKABLE QVariantMap entryHistory(int entryId);
    // Draws a sample of `size` entries; seed "" for a random one (then shown). "" when drawn, else why not.
    Q_INVOKABLE QString drawSample(const QString& size, const QString& seed);
    // The reviewer's ticks on the checklist, in memory only (never written anywhere).
    Q_INVOKABLE void setTicked(int entryId, int item, bool ticked);
    Q_INVOKABLE bool ticked(int entryId, int item) const;

    bool ready() const { return m_report.has_value(); }
    QString error() const { return m_error; }
    QString auditedAt() const;
    QString auditHead() const { return m_report ? QString::fromLatin1(m_report->auditHead) : QString(); }
    int entryCount() const { return m_report ? m_report->total.entries : 0; }
    QVariantList shares() const;
    QVariantList spokenTo() const;
    QVariantList neverSpokenTo() const;
    QVariantMap answers() const;
    QObject* findings() { return &m_findings; }
    QVariantList sample() const;
    QString sampleSeed() const { return m_sample ? QString::number(m_sample->seed) : QString(); }
    QString sampleSummary() const;
    int tickedCount() const { return int(m_ticks.size()); }
    int checklistCount() const;

    // The share names of the issue with their words, in the order they are shown.
    static const QStringList& shareKeys();
    static QString shareName(const QString& key);
    static QString shareShortName(const QString& key);
    static std::optional<Share> shareOf(const AttributionFigures& figures, const QString& key);
    static QString shareText(const Share& share);

Q_SIGNALS:
    void auditChanged();
    void sampleChanged();
    void ticksChanged();

private:
    Vault* m_vault = nullptr;
    Actor m_actor;
    std::optional<AttributionReport> m_report;
    QString m_error;
    FindingsModel m_findings;
    std::optional<AuditSample> m_sample;
    QSet<QString> m_ticks; // "entry:item"
    std::optional<std::vector<ChangeLine>> m_chain; // read once, when the first history is asked for
};

} // namespace inzage::app
