// Fuzz target: `verify --head TEXT`. Accepted means exactly 32 bytes of head.
#include "FuzzTarget.h"

#include "audit/AuditChain.h"

#include <QString>

#include <cstdlib>

INZAGE_FUZZ_TARGET(audit_head)
{
    auto head = inzage::AuditChain::parseHead(QString::fromUtf8(inzage::fuzz::bytesOf(data, size)));
    if (head && head->size() != 32)
        std::abort();
    return 0;
}
