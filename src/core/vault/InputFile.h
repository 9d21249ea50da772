#pragma once

#include "common/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace inzage {

// Every file Inzage reads from outside (a vault, an answer or update file, a document, a TSV, a
// text file) is opened here: without blocking (a FIFO never hangs the program), checked with fstat
// after open to be a regular file (no FIFO, device or folder), and read up to a limit that is
// checked before and while reading (so /dev/zero or a growing file cannot exhaust memory).
class InputFile {
    Q_DECLARE_TR_FUNCTIONS(inzage::InputFile)

public:
    // Opens PATH for reading as a regular file; returns the file descriptor (the caller closes it)
    // or why not: NotFound, Io, or InvalidInput for something that is not a regular file.
    static Result<int> openRegular(const QString& path);

    // The whole file, at most MAX_BYTES; a larger one is refused (InvalidInput) naming the limit.
    static Result<QByteArray> read(const QString& path, std::int64_t maxBytes);

    // "20 MB", "4 KB": a limit as the messages name it.
    static QString sizeText(std::int64_t bytes);
};

} // namespace inzage
