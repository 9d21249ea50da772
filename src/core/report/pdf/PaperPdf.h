#pragma once

#include "common/Status.h"
#include "report/DossierPaper.h"

#include <QCoreApplication>
#include <QIODevice>

namespace inzage {

// "Mijn dossier" or "Mijn reacties" as a PDF for the family (A4, fonts embedded): every entry with
// its label in word and icon, its text, who was spoken to, and the parent's answers with their
// status and the reply; "pagina N van M" and the date it was made on every page. Draws what
// DossierPaper read for the reader of the open file, nothing more. Needs a QGuiApplication.
class PaperPdf {
    Q_DECLARE_TR_FUNCTIONS(inzage::PaperPdf)

public:
    static Result<int> render(const PaperContent& content, QIODevice& out);
    static QString html(const PaperContent& content);
};

} // namespace inzage
