#pragma once

#include <QObject>
#include <QString>

namespace inzage {
class Vault;
}

namespace inzage::app {

// "Op papier" (Ctrl+P): "Mijn dossier" or "Mijn reacties" saved as a PDF, for a lawyer or the AKJ.
// What it holds is the core's (DossierPaper, only what the reader of the open file may see); this
// only suggests a name and hands the chosen file over.
class PaperController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperController)

public:
    explicit PaperController(QObject* parent = nullptr);
    void setVault(Vault* vault, const QString& vaultPath, const QString& caseNumber);

    // A name that is not taken yet, in the folder of the open file: mijn-dossier-2026-12-02.pdf.
    Q_INVOKABLE QString suggestedFile(bool answersOnly) const;
    // Writes the PDF at a local path or file:// URL; "" when written, else what went wrong. Never
    // overwrites a file.
    Q_INVOKABLE QString make(const QString& pathOrUrl, bool answersOnly);

private:
    Vault* m_vault = nullptr;
    QString m_vaultPath;
    QString m_caseNumber;
};

} // namespace inzage::app
