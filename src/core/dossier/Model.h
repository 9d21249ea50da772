#pragma once

#include "dossier/Vocabulary.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace inzage {

using Id = std::int64_t;

struct Actor {
    QString name;
    Role role = Role::Professional;
    QString describe() const { return QStringLiteral("%1 (%2)").arg(name, toString(role)); }
};

struct Person {
    Id id = 0;
    QString name;
    PersonRole role = PersonRole::Informant;
    QString relation;     // to the child: moeder, leerkracht, huisarts, jeugdbeschermer
    QString organisation; // school, GGD, Veilig Thuis Utrecht
    QString phone;
    bool shielded = false; // a melder shielded by law: shown to the family only as "afgeschermde bron"
    QString shieldReason;  // the legal reason, always shown
    QString birthDate;     // ISO date, empty when unknown (last, so brace-initialised Persons stay valid)
};

// One "who was spoken to" line under an entry.
struct SpokenTo {
    Id personId = 0;
    QString spokenOn; // ISO date, may be empty when unknown
    Method method = Method::Onbekend;
    // Filled when read back:
    QString name;
    QString relation;
    QString organisation;
    PersonRole role = PersonRole::Informant;
    bool shielded = false;
    QString shieldReason;
};

// Accordering: a person spoken to for a bron approved what is written (schema 6). Read with every
// entry: the approvals of this revision and of earlier ones, each saying whether the text it
// approved is still the text of the revision read.
struct SourceApproval {
    Id id = 0;
    Id personId = 0;
    QString approvedOn; // ISO date
    Method method = Method::Schriftelijk;
    int rev = 0;               // the revision whose text was approved
    bool textUnchanged = true; // that text is the text of the revision read
    QString recordedAt;
    QString recordedBy;
    // Filled when read back; a shielded approver is masked for a parent like any shielded person.
    QString name;
    QString relation;
    PersonRole role = PersonRole::Informant;
    bool shielded = false;
    QString shieldReason;
};

// The content of an entry revision, as written by a professional.
struct EntryContent {
    QString text;
    QString section;
    QString eventDate; // ISO date of what the entry is about
    Label label = Label::Onbeoordeeld;
    BasisKind basisKind = BasisKind::Geen; // for a feit
    QString basisDetail;                   // document name and date, or when/where observed
    std::optional<Id> holderId;            // for a mening: whose opinion (author when empty)
    std::optional<Id> authorId;
    bool visibleToParent = true;
    std::vector<SpokenTo> spokenTo;
    std::vector<Id> restsOn; // for a mening: the feiten (entry ids) it rests on
};

struct Entry {
    Id id = 0;
    int rev = 0;
    std::int64_t position = 0;
    QString recordedAt;
    QString changedBy;
    QString changeNote;
    QString authorName;
    QString holderName;
    bool authorShielded = false; // named at display time ("afgeschermde bron"), never by a stored word
    bool holderShielded = false;
    int answerCount = 0;
    // When a newer version of the document it came from no longer has its sentence (re-import):
    // the entry stays, with its history and answers, but is no longer part of the report.
    QString removedAt; // empty while the entry is in the report
    bool removed() const { return !removedAt.isEmpty(); }
    EntryContent content;
    // Set by Entries::history() on a revision that changed the label after the last final report:
    // when that report was made (its audit row's ts). Empty otherwise.
    QString labelChangedAfterReport;
    std::vector<SourceApproval> approvals; // not content: an approval is recorded beside a revision
};

// The AVG (art. 12(3)) lets the professional extend the reply deadline of a request once, by two
// months, with a reason the parent is told (schema 7).
struct AnswerExtension {
    QString until;      // the new deadline, ISO 8601 UTC
    QString reason;
    QString extendedAt; // when it was announced, ISO 8601 UTC
    QString extendedBy;
};

struct Answer {
    Id id = 0;
    QString uid; // stable across the parent copy and the professional's vault
    Id entryId = 0;
    std::optional<Id> ownerId; // the parent whose answer it is (unknown for answers made before schema 2)
    int entryRev = 0;       // the revision the parent answered
    bool entryChangedSince = false;
    int rev = 0;
    AnswerKind kind = AnswerKind::Vraag;
    QString text;
    AnswerStatus status = AnswerStatus::Verstuurd;
    QString reply;
    QString handledBy;
    QString handledAt;
    QString changedBy;
    QString changedAt;
    QString createdAt;
    std::optional<AnswerExtension> extension; // none: the deadline is the AVG's one month
};

// The order of a list: as in the report (position), or by the date of what an entry is about
// (undated entries last, then in report order).
enum class EntryOrder { Report, Date };

struct EntryFilter {
    EntryOrder order = EntryOrder::Report;
    QString afterDate;       // with EntryOrder::Date: the page goes on after (afterDate, afterPosition)
    std::optional<Label> label;
    std::optional<Id> spokenTo; // person id
    QString section;
    QString search;          // folded full-text query; empty = no search
    std::int64_t afterPosition = -1; // keyset paging: entries after this position
    int limit = 100;
};

struct LabelCounts {
    int feit = 0, mening = 0, bron = 0, onbeoordeeld = 0;
    int total() const { return feit + mening + bron + onbeoordeeld; }
};

struct CaseInfo {
    QString uid;
    QString caseNumber;
    QString title;
    QString organisation;
    QString officeHoursStart = QStringLiteral("08:30");
    QString officeHoursEnd = QStringLiteral("17:00");
    QString officePhone;
    QString afterHoursPhone;
    std::optional<Id> contactPersonId;
    std::optional<Id> backupPersonId;
    Stage stage = Stage::Melding;
    QString nextStep; // in the professional's words; empty: the stage's standard text (nextStepText)
    QString problemSection;       // the report section that is the problem analysis (empty: none marked)
    QString strengthsSection;     // the report section that is the strengths analysis
    QString childNotSpokenReason; // why the report holds no conversation with the child
    std::vector<Id> childIds;
};

struct Appointment {
    Id id = 0;
    AppointmentKind kind = AppointmentKind::Afspraak;
    QString description;
    QString plannedAt;
    std::optional<Id> personId;
    AppointmentStatus status = AppointmentStatus::Gepland;
    QString statusNote;
    std::optional<Id> makesUpId; // this appointment makes up that cancelled one
};

} // namespace inzage
