#pragma once

#include "common/Status.h"
#include "vault/SecureBytes.h"

#include <QString>

namespace inzage::cli {

// Where a passphrase comes from: --passphrase-file F (one trailing newline is not part of it),
// a terminal without echo, or one line of standard input. Never from argv.
class PassphraseSource {
public:
    explicit PassphraseSource(QString file = {}) : m_file(std::move(file)) {}

    // prompt is shown on a terminal only; confirm asks twice (new passphrases).
    Result<SecureBytes> read(const QString& prompt, bool confirm = false);

private:
    QString m_file;
};

Result<SecureBytes> readPassphraseFile(const QString& path);
// One line from stdin, without the newline; bytes kept in wiped memory.
Result<SecureBytes> readPassphraseLine(int fd);

} // namespace inzage::cli
