#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace inzage {

struct SampleItem {
    Entry entry;
    QStringList checklist; // what the reviewer checks by hand on this entry, in the reader's language
};

// A reproducible random sample of entries for a manual check: the same seed on the same dossier
// (the same audit chain head) draws the same entries, on every machine (a fixed generator and a
// fixed draw, not the standard library's distributions, which differ between implementations).
struct AuditSample {
    std::uint64_t seed = 0;
    int requested = 0;
    int population = 0; // entries it was drawn from
    QByteArray auditHead; // the chain head the sample was drawn at (hex)
    std::vector<SampleItem> items; // in dossier order
};

class AuditSampler {
    Q_DECLARE_TR_FUNCTIONS(inzage::AuditSampler)

public:
    AuditSampler(Vault& vault, const Actor& actor);

    // size at least 1 (more than there are entries: all of them); no seed: a random one, shown in
    // the result so the same sample can be drawn again. Reads only, from a read-only vault.
    Result<AuditSample> draw(int size, std::optional<std::uint64_t> seed) const;
    // "42" → 42; anything but a whole number from 0 up is refused with a message.
    static Result<std::uint64_t> parseSeed(const QString& text);
    static Result<int> parseSize(const QString& text);

    static QStringList checklistFor(const Entry& e);

private:
    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
