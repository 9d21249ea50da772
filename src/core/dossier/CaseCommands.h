#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "dossier/Persons.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace inzage {

// What a professional typed about the case, its people and its appointments, as the CLI and the
// app hand it over: words, dates and times as text, persons as references. The core parses and
// checks all of it (as EntryCommands does for entries), so every way in gives the same messages,
// and nothing is written unless all of it is right.

Result<Stage> parseStage(const QString& word);
Result<PersonRole> parsePersonRole(const QString& word);
// "YYYY-MM-DDTHH:MM" or "YYYY-MM-DD HH:MM", stored as "YYYY-MM-DDTHH:MM".
Result<QString> parseDateTime(const QString& text);
struct OfficeHours {
    QString start; // HH:MM
    QString end;
};
// "HH:MM-HH:MM"; the office must close after it opens.
Result<OfficeHours> parseOfficeHours(const QString& text);

// Only what is set changes; an empty text clears a field (and an empty next step means the
// stage's own text again).
struct CaseInput {
    std::optional<QString> title;
    std::optional<QString> caseNumber;
    std::optional<QString> organisation;
    std::optional<PersonRef> contact; // added as a professional when new
    std::optional<PersonRef> backup;
    std::optional<QString> officeHours;
    std::optional<QString> officeNumber;
    std::optional<QString> afterHoursNumber;
    std::optional<QString> stage;
    std::optional<QString> nextStep;
    std::optional<QString> problemSection; // the report section that is the problem analysis
    std::optional<QString> strengthsSection; // the report section that is the strengths analysis
    std::optional<QString> childNotSpokenReason;
};

// A person to add, or to change when the reference finds one; only what is set changes.
struct PersonInput {
    QString nameOrId; // "#12" or a name
    std::optional<QString> role; // for a new person; with a name, also which of two
    std::optional<QString> name; // a new name for an existing person
    std::optional<QString> relation;
    std::optional<QString> organisation;
    std::optional<QString> phone;
    std::optional<QString> birthDate; // YYYY-MM-DD
    QString shieldReason; // shield (a new or an existing person) for this legal reason
};

struct PersonOutcome {
    Id id = 0;
    bool added = false;
    bool changed = false;
};

struct AppointmentInput {
    QString description;
    QString at; // see parseDateTime
    std::optional<PersonRef> with;
};

struct PromiseInput {
    QString description;
    QString due; // YYYY-MM-DD, required
    std::optional<PersonRef> with;
};

class CaseCommands {
    Q_DECLARE_TR_FUNCTIONS(inzage::CaseCommands)

public:
    CaseCommands(Vault& vault, const Actor& actor);

    Status setCase(const CaseInput& input);
    Result<PersonOutcome> setPerson(const PersonInput& input);

    // An appointment is held, or cancelled with a reason and then made up by a new one.
    Result<Id> addAppointment(const AppointmentInput& input);
    Status held(Id appointment);
    Status cancel(Id appointment, const QString& reason);
    Result<Id> makeUp(Id cancelled, const QString& at);

    // A promise (toezegging) has a due date, and is kept, or broken with a reason.
    Result<Id> addPromise(const PromiseInput& input);
    Status kept(Id promise);
    Status broken(Id promise, const QString& reason);

private:
    Result<Appointment> find(Id id) const;
    Result<Appointment> open(Id id, AppointmentKind kind) const;
    Result<std::optional<Id>> resolve(const std::optional<PersonRef>& ref, PersonRole newRole);

    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
