#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "report/ReportDocument.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

#include <functional>
#include <map>
#include <vector>

namespace inzage {

// What "Mijn dossier" and "Mijn reacties" say on paper (for a lawyer or the AKJ), read through the
// core's read API, so only what the reader of the open file may see: in a parent copy no hidden
// entry, no other parent's answer and a shielded source only as "afgeschermde bron" with its reason.
struct PaperContent {
    bool answersOnly = false; // "Mijn reacties" alone; otherwise "Mijn dossier" with the answers under each entry
    Role reader = Role::Ouder;
    QString forWhom; // the parent (or child) the copy is for; empty outside a parent copy
    QString title;
    QString caseNumber;
    QString organisation;
    QString madeAt; // local date and time in words, printed in the footer
    std::vector<ReportSection> sections;            // in file order (answersOnly: only answered entries)
    std::map<Id, std::vector<ReportAnswer>> answers; // per entry, oldest first
};

class DossierPaper {
    Q_DECLARE_TR_FUNCTIONS(inzage::DossierPaper)

public:
    static Result<PaperContent> build(Vault& vault, bool answersOnly, const QLocale& locale = QLocale());

    // Draws a PaperContent (report/pdf/PaperPdf); passed in so the core stays free of QtGui.
    using Renderer = std::function<Result<int>(const PaperContent& content, QIODevice& out)>;
    // Writes the PDF at `path` and returns its page count. Never overwrites: an existing path (also
    // a dangling link) is refused (Exists); written beside it under a random name (0600, O_EXCL) and
    // put in place only when whole, so a failed write leaves no file.
    static Result<int> write(Vault& vault, const QString& path, bool answersOnly, const Renderer& render,
        const QLocale& locale = QLocale());
};

} // namespace inzage
