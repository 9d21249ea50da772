// Fuzz target: the decrypted JSON payload of answer and update files (ExchangePayload), parsed
// directly, without the envelope: as an answer file and as an update file with handling rows.
#include "FuzzTarget.h"

#include "exchange/ExchangePayload.h"

INZAGE_FUZZ_TARGET(payload)
{
    const QByteArray plain = inzage::fuzz::bytesOf(data, size);
    (void)inzage::parsePayload(plain, inzage::SealedFile::Kind::Answers, false);
    (void)inzage::parsePayload(plain, inzage::SealedFile::Kind::Update, true);
    return 0;
}
