#pragma once

#include "common/Status.h"
#include "exchange/Document.h"

#include <QByteArray>
#include <QCoreApplication>

namespace inzage {

// Reads an OpenDocument text (.odt) as it would read with every tracked change accepted: the
// text:tracked-changes region (where deletions are kept) is dropped, inserted text stays.
// text:h gives sections; list items and table cells are paragraphs of their own; notes,
// annotations, frames, the table of contents and hidden text (a style with text:display="none",
// text:hidden-text, text:hidden-paragraph) are left out.
class OdtReader {
    Q_DECLARE_TR_FUNCTIONS(inzage::OdtReader)

public:
    static Result<Document> read(const QByteArray& bytes);
};

} // namespace inzage
