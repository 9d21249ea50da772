#pragma once

#include "vault/Vault.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstring>
#include <memory>

// Failed checks on QStrings print the text, not a list of "{?}" characters.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace inzage::test {

inline SecureBytes pass(const char* text) { return SecureBytes(text, std::strlen(text)); }

inline Vault::CreateOptions fastOptions(VaultKind kind = VaultKind::Professional)
{
    Vault::CreateOptions o;
    o.kdf = KdfParams::fastForTests();
    o.kind = kind;
    return o;
}

// A fresh vault in its own temporary folder, with the cheapest KDF (asked for explicitly).
struct TempVault {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("dossier.inzage"));
    std::unique_ptr<Vault> vault;

    explicit TempVault(const char* passphrase = "correct paard batterij",
                       VaultKind kind = VaultKind::Professional)
    {
        auto r = Vault::create(path, pass(passphrase), fastOptions(kind));
        INFO(r.message().toStdString());
        REQUIRE(r.isOk());
        vault = std::move(r.value());
    }
};

QByteArray readAll(const QString& path);

} // namespace inzage::test
