#pragma once

#include "common/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace inzage {

// The small text files of the reviewer's signature (organisation key, public key, checkpoint):
// a first line "<MAGIC> <version>", then one "<name> <value>" line each, in a fixed order, every
// line ending in LF and nothing else in the file. Read strictly: a name missing, doubled, out of
// order or unknown, a CR, a NUL or a byte after the last line is refused, so the bytes that were
// signed are the only way to write a file that reads.
class KeyedLines {
    Q_DECLARE_TR_FUNCTIONS(inzage::KeyedLines)

public:
    struct Field {
        const char* name;
        bool optional = false;
    };

    std::vector<std::pair<QByteArray, QByteArray>> fields; // in file order

    // what: the kind of file in words ("controlepunt"), for the message. Refused: InvalidInput.
    static Result<KeyedLines> parse(const QByteArray& bytes, const char* magic, int version,
        const std::vector<Field>& expected, const QString& what);
    QByteArray value(const char* name) const;
    bool has(const char* name) const;

    static QByteArray line(const char* name, const QByteArray& value);
    static QByteArray header(const char* magic, int version);
    // Exactly `bytes` bytes of lower- or upper-case hex; else empty.
    static QByteArray fromHex(const QByteArray& text, int bytes);
};

} // namespace inzage
