#pragma once

#include "common/Status.h"
#include "dossier/Access.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <vector>

namespace inzage {

// The dossier's own facts: case number, organisation with its hours and numbers, the contact
// person and the backup, the stage in the chain, the children; and appointments and promises
// with what became of them.
class CaseFile {
    Q_DECLARE_TR_FUNCTIONS(inzage::CaseFile)

public:
    // The actor names who writes; what they may do follows from how the vault was opened.
    CaseFile(Vault& vault, const Actor& actor) : m_vault(vault), m_actor(actorFor(vault, actor.name)) {}

    Result<CaseInfo> info() const;
    Status setInfo(const CaseInfo& info);

    Result<Id> addAppointment(const Appointment& a);
    Status setAppointmentStatus(Id id, AppointmentStatus status, const QString& note,
                                std::optional<Id> makesUpId = std::nullopt);
    Result<std::vector<Appointment>> appointments() const;

private:
    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
