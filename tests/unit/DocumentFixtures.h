#pragma once

// Builds .docx and .odt files for tests: the parts of tests/data/documents/NAME.d zipped with
// libzip (so the repository holds readable XML, not binaries), or parts given in code.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <zip.h>

#include <list>
#include <utility>
#include <vector>

namespace inzage::test {

using Parts = std::vector<std::pair<QString, QByteArray>>;

inline QByteArray zipParts(const Parts& parts)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("p.zip")).toLocal8Bit();
    int error = 0;
    zip_t* z = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(z != nullptr);
    std::list<QByteArray> keep; // libzip reads the buffers at zip_close
    for (const auto& [name, bytes] : parts) {
        keep.push_back(bytes);
        zip_source_t* src = zip_source_buffer(z, keep.back().constData(), zip_uint64_t(keep.back().size()), 0);
        REQUIRE(src != nullptr);
        const zip_int64_t index = zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        if (name == QLatin1String("mimetype"))
            zip_set_file_compression(z, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    REQUIRE(zip_close(z) == 0);
    QFile f(QString::fromLocal8Bit(path));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline Parts folderParts(const QString& folder)
{
    Parts parts;
    const QDir root(folder);
    REQUIRE(root.exists());
    // mimetype first, as ODF wants it.
    if (QFile::exists(root.filePath(QStringLiteral("mimetype")))) {
        QFile f(root.filePath(QStringLiteral("mimetype")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        parts.emplace_back(QStringLiteral("mimetype"), f.readAll());
    }
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString name = root.relativeFilePath(file);
        if (name == QLatin1String("mimetype"))
            continue;
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        parts.emplace_back(name, f.readAll());
    }
    return parts;
}

inline QString documentFixtureDir(const char* name)
{
    return QStringLiteral(INZAGE_TEST_DATA_DIR "/documents/") + QString::fromUtf8(name) + QStringLiteral(".d");
}

// tests/data/documents/NAME.d zipped, e.g. fixtureDocument("rapport.docx").
inline QByteArray fixtureDocument(const char* name)
{
    return zipParts(folderParts(documentFixtureDir(name)));
}

// The parts of a fixture with one replaced (or added).
inline QByteArray fixtureWith(const char* name, const QString& part, const QByteArray& bytes)
{
    Parts parts = folderParts(documentFixtureDir(name));
    bool replaced = false;
    for (auto& [n, b] : parts)
        if (n == part) {
            b = bytes;
            replaced = true;
        }
    if (!replaced)
        parts.emplace_back(part, bytes);
    return zipParts(parts);
}

// The start of an OLE compound file, as old .doc files and password-protected Office files are;
// with the stream names its directory would hold, in UTF-16.
inline QByteArray oleFile(const std::vector<const char*>& streams)
{
    QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.append(QByteArray(504, '\0'));
    for (const char* s : streams) {
        for (const char* p = s; *p; ++p) {
            bytes.append(*p);
            bytes.append('\0');
        }
        bytes.append(QByteArray(16, '\0'));
    }
    bytes.append(QByteArray(4096, '\0'));
    return bytes;
}

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

} // namespace inzage::test
