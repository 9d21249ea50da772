#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace inzage {

enum class ReportKind { Concept, Definitief };

// One "who said it" line of a bron (or of any entry that names who was spoken to).
struct ReportSource {
    SpokenTo line;
    QString approval; // accordering: see ReportDocument::approvalText
};

struct ReportEntry {
    Id id = 0;
    int rev = 0;
    Label label = Label::Onbeoordeeld;
    QString text;
    QString eventDate;
    BasisKind basisKind = BasisKind::Geen;
    QString basisDetail;
    QString holder; // whose opinion a mening is; empty: the writer of the report
    bool holderShielded = false;
    std::vector<Id> restsOn;
    bool visibleToParent = true;
    std::vector<ReportSource> sources;
};

// A section of the case file, its entries in file order; the renderer groups them by kind.
struct ReportSection {
    QString name; // empty: entries without a heading
    std::vector<ReportEntry> entries;
};

// One row of "Gesproken met": everyone spoken to, and family members who were not (entryCount 0).
struct ReportContact {
    Person person;
    bool family = false;
    int entryCount = 0;
    std::vector<std::pair<QString, Method>> moments; // date, how
};

struct ReportAnswer {
    Id id = 0;
    Id entryId = 0;
    QString from; // the parent (or child) whose answer it is; empty when unknown (before schema 2)
    AnswerKind kind = AnswerKind::Vraag;
    int rev = 0;
    QString text;
    AnswerStatus status = AnswerStatus::Verstuurd;
    QString reply;
    QString handledBy;
    QString handledAt;
};

// Everything a report says, read from the professional's vault. The PDF shows it; the content
// hash is taken over canonical(), so the same dossier at the same chain head gives the same hash
// whatever day, font or renderer made the PDF.
struct ReportContent {
    ReportKind kind = ReportKind::Concept;
    CaseInfo caseInfo;
    QString contactName;
    QString backupName;
    std::vector<ReportSection> sections;
    std::vector<ReportContact> contacts;
    std::vector<ReportAnswer> answers;
    std::int64_t headSeq = 0; // the audit-chain head the report was made on
    QString head; // its hash, 64 hex digits

    // Length-prefixed fields in a fixed order ("inzage-report-v1"): the kind (concept/definitief),
    // the case information shown (case number, title, organisation, stage, contact, backup, child
    // not spoken to and why), every section with every entry (id, revision, label, text, date,
    // basis, holder, rests-on, visibility, every who-was-spoken-to line with its approval), the
    // Gesproken met table, every answer (id, entry, from, kind, revision, text, status, reply, by,
    // when) and the chain head (seq and hash). Not covered: when the PDF was made, page layout,
    // fonts and the translated words around the content.
    QByteArray canonical() const;
    // SHA-256 over canonical(), 64 hex digits.
    QString contentHash() const;
};

// Builds the report's content from the vault through the core's read API, as the professional
// (or a reviewer) sees it: every entry, shielded sources named with their legal reason.
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(inzage::ReportDocument)

public:
    // Refused (Forbidden) in a parent copy: a report is made from the professional's dossier.
    static Result<ReportContent> build(Vault& vault, const Actor& actor, ReportKind kind);

    // ACCORDERING: whether, when and how the person spoken to approved what the bron says. The
    // approval of a bron is being added on another branch; until it lands this returns "" and the
    // report says "not recorded". This is the one place the report reads it from.
    static QString approvalText(const Entry& entry, const SpokenTo& line);
    // An entry as the report and the family's file on paper show it (read already masked for the reader).
    static ReportEntry entryOf(const Entry& entry);
};

} // namespace inzage
