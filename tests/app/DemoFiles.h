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

// Writes dossier.inzage and ouderexemplaar.inzage into `folder`. With extraEntries, the dossier gets
// that many more entries ("Notitie nummer N.", in section "Verloop", every third a feit from a
// document) after the demo's own, so long lists can be walked.
Result<DemoFiles> makeDemoFiles(const QString& folder, int extraEntries = 0);

// The professional's side of a round trip: reads `answerFile` into the demo dossier, answers every
// answer that came in with status in-behandeling and `reply`, and writes the update file
// `updateFile` for the parent copy.
Status replyToAnswers(const DemoFiles& files, const QString& answerFile, const QString& reply, const QString& updateFile);

} // namespace inzage::test
