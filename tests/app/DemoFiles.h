#pragma once

// The files the app tests open: the built-in demo dossier as the professional's vault and a
// parent copy (ouderexemplaar) made from it, both with the cheapest KDF. No Catch here: the
// Qt Quick Test runner uses it too.

#include "common/Status.h"

#include <QString>

namespace inzage::test {

inline constexpr const char* kParentPassphrase = "ouder-eigen-wachtwoord";
inline constexpr const char* kProfessionalPassphrase = "demo-inzage-2026";

struct DemoFiles {
    QString professional; // the demo dossier, as the professional keeps it
    QString parentCopy; // the ouderexemplaar under kParentPassphrase
};

// Writes dossier.inzage and ouderexemplaar.inzage into `folder`.
Result<DemoFiles> makeDemoFiles(const QString& folder);

} // namespace inzage::test
