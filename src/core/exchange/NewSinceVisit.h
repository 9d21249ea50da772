#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <vector>

#include <cstdint>

namespace inzage {

// What in a parent copy is new or changed since the reader's last visit. Entries reach a copy only
// when it is made and with an update file (UpdateContent), and both keep the professional's
// revision ids, which only grow (revisions are never deleted). So the highest revision id the copy
// held when the reader left is a mark: an entry whose current revision lies beyond it is new (none
// of its revisions was there) or changed (an older one was). The mark is a number, no family text.
enum class Newness { Nieuw, Aangepast };

struct NewEntry {
    Id entry = 0;
    Newness newness = Newness::Nieuw;
};

class NewSinceVisit {
    Q_DECLARE_TR_FUNCTIONS(inzage::NewSinceVisit)

public:
    // The mark to remember when the reader leaves: the highest revision id in the file (0: none).
    static Result<std::int64_t> mark(Vault& vault);
    // The entries the parent may see whose current revision came after `mark`, in report order. A
    // mark of 0 (a first visit) makes nothing new: what comes in from now on is.
    static Result<std::vector<NewEntry>> since(Vault& vault, std::int64_t mark);
};

} // namespace inzage
