#pragma once

#include "common/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

struct zip;
struct zip_source;

namespace inzage {

// A .docx or .odt package read from memory with libzip, with limits against zip bombs: a part
// may unpack to at most kMaxPartSize bytes and at most kMaxRatio times its packed size (parts
// under kRatioFloor unpacked are exempt: tiny XML compresses very well). Sizes are checked while
// inflating, not taken from the header, which an attacker writes.
class ZipArchive {
    Q_DECLARE_TR_FUNCTIONS(inzage::ZipArchive)

public:
    static constexpr std::int64_t kMaxPartSize = std::int64_t {50} * 1024 * 1024;
    static constexpr std::int64_t kMaxRatio = 100;
    static constexpr std::int64_t kRatioFloor = std::int64_t {1024} * 1024;

    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // bytes must outlive the archive. what names the file kind in messages ("Word-bestand").
    [[nodiscard]] Status open(const QByteArray& bytes, const QString& what);
    bool contains(const QString& name) const;
    // NotFound when the part is absent; InvalidInput for a damaged or oversized part.
    Result<QByteArray> read(const QString& name) const;

private:
    zip* m_zip = nullptr;
    QString m_what;
};

} // namespace inzage
