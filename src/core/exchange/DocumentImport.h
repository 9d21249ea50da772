#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "exchange/Document.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace inzage {

// What an import of a document did, sentence by sentence.
struct DocumentImportResult {
    QString document; // the name the document is known by in the vault
    int version = 0; // 1 for the first import
    bool unchanged = false; // the same file as the last import: nothing written
    bool hadTrackedChanges = false;
    std::vector<Id> kept, changed, removed, added; // entry ids
};

// Imports a document as unlabelled entries, one a sentence, with their sections; all of it in
// one transaction, or nothing. The vault remembers which document and which sentence each entry
// came from (schema 0003), so importing a newer version of the same document (same name) matches:
// an unchanged sentence keeps its entry and label, a changed one becomes a new revision of its
// entry, a sentence that is gone is marked removed (never deleted), a new one is added.
class DocumentImport {
    Q_DECLARE_TR_FUNCTIONS(inzage::DocumentImport)

public:
    // The name a file is known by: its name without folder and extension ("rapport-visser").
    static QString defaultName(const QString& path);

    static Result<DocumentImportResult> run(Vault& vault, const Actor& actor, const Document& doc,
        const QString& documentName, const QString& fileName, const QByteArray& fileBytes);

    // Whether an import marked the entry removed from its document (it still exists).
    static Result<bool> isRemoved(Vault& vault, Id entryId);
};

} // namespace inzage
