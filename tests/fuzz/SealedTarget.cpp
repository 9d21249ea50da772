// Fuzz target: a whole answer or update file as it arrives (SealedFile): the plaintext header,
// then, with the key the seeds were sealed with, decryption and the payload inside. A file that
// opens with the key but is not what was sealed cannot happen (XChaCha20-Poly1305): the fuzzer
// mostly exercises the header parser and the refusal of every changed byte.
#include "FuzzTarget.h"

#include "exchange/ExchangePayload.h"
#include "exchange/SealedFile.h"

INZAGE_FUZZ_TARGET(sealed)
{
    using inzage::SealedFile;
    const QByteArray bytes = inzage::fuzz::bytesOf(data, size);
    for (const SealedFile::Kind kind : {SealedFile::Kind::Answers, SealedFile::Kind::Update}) {
        auto file = SealedFile::parse(bytes, kind);
        if (!file)
            continue;
        auto plain = file->open(inzage::fuzz::sealKey());
        if (plain)
            (void)inzage::parsePayload(*plain, kind, kind == SealedFile::Kind::Update);
    }
    return 0;
}
