#pragma once

// Packs fuzzed XML into a .docx or .odt in memory (libzip, stored, no compression), so a target
// can fuzz the main XML part of a document directly instead of the zip bytes around it.

#include <QByteArray>

#include <zip.h>

#include <cstdlib>
#include <utility>
#include <vector>

namespace inzage::fuzz {

using ZipParts = std::vector<std::pair<const char*, QByteArray>>;

inline QByteArray zipInMemory(const ZipParts& parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        std::abort();
    zip_source_keep(buffer); // read back after zip_close
    zip_t* z = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!z)
        std::abort();
    for (const auto& [name, bytes] : parts) {
        zip_source_t* src = zip_source_buffer(z, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        const zip_int64_t index = src ? zip_file_add(z, name, src, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0 || zip_set_file_compression(z, zip_uint64_t(index), ZIP_CM_STORE, 0) != 0)
            std::abort();
    }
    if (zip_close(z) != 0)
        std::abort();
    QByteArray out;
    zip_stat_t st;
    if (zip_source_stat(buffer, &st) == 0 && zip_source_open(buffer) == 0) {
        out.resize(qsizetype(st.size));
        const zip_int64_t got = zip_source_read(buffer, out.data(), st.size);
        out.resize(got < 0 ? 0 : qsizetype(got));
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

} // namespace inzage::fuzz
