#pragma once

#include "common/Status.h"
#include "dossier/Contacts.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDateTime>

#include <map>
#include <optional>
#include <vector>

namespace inzage {

// n of `of` entries meet a rule; no share when there is nothing to count.
struct Share {
    int n = 0;
    int of = 0;
    std::optional<double> value() const
    {
        return of == 0 ? std::nullopt : std::optional<double>(double(n) / double(of));
    }
    void count(bool meets)
    {
        ++of;
        n += meets ? 1 : 0;
    }
};

// The attribution figures over a set of entries (the whole dossier, one section, one author, one month).
struct AttributionFigures {
    int entries = 0;
    Share labelled; // of all entries: labelled feit, mening or bron
    Share bronNamed; // of the bronnen: who was spoken to is recorded
    Share bronDated; // of the bronnen: spoken to, and every conversation has a date
    Share bronMethod; // of the bronnen: spoken to, and every conversation says how
    Share bronApproved; // of the bronnen: approved by a person spoken to, this very text (accordering)
    Share feitBasis; // of the feiten: a basis (document or own observation) with its detail
    Share meningHolder; // of the meningen: whose opinion it is
    Share conclusionFeiten; // of the meningen that are conclusions: resting on at least one feit
};

struct AnswerFigures {
    int total = 0;
    int entriesAnswered = 0; // distinct entries with at least one answer
    int handled = 0; // verwerkt or afgewezen
    int open = 0; // verstuurd or in-behandeling
    int overdue = 0; // open past the AVG deadline
    int handledLate = 0;
    std::optional<double> medianDaysToHandle;
};

// One entry (or answer, person or the whole dossier) that breaks a rule. rule is a stable code;
// severity is hoog, middel or laag; message is in the reader's language.
struct Finding {
    QString rule;
    QString severity;
    std::optional<Id> entry;
    std::optional<Id> answer;
    std::optional<Id> person;
    QString message;
};

struct AttributionReport {
    QString auditedAt; // UTC, ISO 8601
    QByteArray auditHead; // the chain head the figures were read at (hex)
    AttributionFigures total;
    std::map<QString, AttributionFigures> bySection; // "" is entries without a section
    std::map<QString, AttributionFigures> byAuthor;
    std::map<QString, AttributionFigures> byPeriod; // YYYY-MM the entry was first recorded
    std::vector<ContactSummary> spokenTo; // everyone spoken to, and family members at zero
    std::vector<Person> neverSpokenTo; // parents and children never spoken to
    AnswerFigures answers;
    std::vector<Finding> findings;
};

// The reviewer's audit of the source attribution: figures per dossier, section, author and month,
// and every finding with its severity. Reads only, and only from a vault opened read-only (as a
// reviewer): it refuses any other, so an audit can never write to the dossier it audits.
//
// Reuses the rules where they live: the labelling warnings (dossier/Warnings) and the report's
// readiness rules (report/ReportCheck) for unlabelled entries and the case-level gaps. Its own
// rules: shielded_source_without_reason, answer_overdue, answer_handled_late, bron_not_approved,
// bron_approval_outdated. The AVG deadline is one month after the answer was given, or the extended
// one (three months) when the professional extended it (schema 7, dossier/AnswerExtensions).
class AttributionAudit {
    Q_DECLARE_TR_FUNCTIONS(inzage::AttributionAudit)

public:
    AttributionAudit(Vault& vault, const Actor& actor);

    // now: the moment deadlines are measured against (tests pass a fixed one).
    Result<AttributionReport> run(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // Every rule code with its severity, in the order findings are sorted.
    static const std::vector<std::pair<const char*, const char*>>& rules();
    // The AVG deadline of an answer given at createdAt (ISO 8601).
    static QDateTime answerDeadline(const QString& createdAt);

private:
    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
