#include "DemoFiles.h"

#include "demo/DemoDossier.h"
#include "exchange/ParentCopy.h"
#include "vault/Vault.h"

#include <QDir>

#include <cstring>

namespace inzage::test {

namespace {

SecureBytes secret(const char* text)
{
    return SecureBytes(text, std::strlen(text));
}

} // namespace

Result<DemoFiles> makeDemoFiles(const QString& folder)
{
    DemoFiles files { QDir(folder).filePath(QStringLiteral("dossier.inzage")),
        QDir(folder).filePath(QStringLiteral("ouderexemplaar.inzage")) };
    Vault::CreateOptions options;
    options.kdf = KdfParams::fastForTests();
    auto pro = Vault::create(files.professional, secret(kProfessionalPassphrase), options);
    if (!pro)
        return pro.status();
    if (Status s = buildDemoDossier(**pro); !s)
        return s;
    const Actor author { QStringLiteral("Anouk Verbeek"), Role::Professional };
    ParentCopyRequest request;
    request.destination = files.parentCopy;
    request.forPerson.nameOrId = QStringLiteral("Ilse Vermeulen"); // the mother, whose answers the demo has
    request.kdf = KdfParams::fastForTests();
    auto copy = ParentCopy::create(**pro, author, request, secret(kParentPassphrase));
    if (!copy)
        return copy.status();
    return files;
}

} // namespace inzage::test
