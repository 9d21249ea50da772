#pragma once

// A professional's vault with a parent copy made from it, both with the cheapest KDF, for the
// parent copy and answer exchange tests.

#include "DomainSupport.h"

#include "dossier/Answers.h"
#include "dossier/CaseFile.h"
#include "exchange/AnswerExchange.h"
#include "exchange/JsonExport.h"
#include "exchange/ParentCopy.h"

#include <QJsonDocument>

namespace inzage::test {

inline const char* kParentPass = "ouder eigen wachtwoord";
inline const char* kProPass = "correct paard batterij";

// A parent copy for the parent named (empty: the dossier's only parent), with the cheapest KDF.
inline Result<ParentCopyReport> makeParentCopy(Vault& pro, const QString& destination, const SecureBytes& parentPass,
                                               const QString& forName = {})
{
    ParentCopyRequest request;
    request.destination = destination;
    request.forPerson.nameOrId = forName;
    request.kdf = KdfParams::fastForTests();
    return ParentCopy::create(pro, professional(), request, parentPass);
}

struct ExchangePair {
    TempVault pro { kProPass };
    // The parent the copy is for (a dossier without a parent gets no parent copy).
    Id mother = addPerson(*pro.vault, QStringLiteral("Moeder Visser"), PersonRole::Ouder, QStringLiteral("moeder"));
    QString copyPath = pro.dir.filePath(QStringLiteral("ouderexemplaar.inzage"));
    std::unique_ptr<Vault> copy;
    ParentCopyReport report;

    QString file(const char* name) const { return pro.dir.filePath(QString::fromLatin1(name)); }

    QString forName; // empty: the dossier's only parent

    void makeCopy()
    {
        auto r = makeParentCopy(*pro.vault, copyPath, pass(kParentPass), forName);
        INFO(str(r.message()));
        REQUIRE(r.isOk());
        report = *r;
        auto opened = Vault::open(copyPath, pass(kParentPass));
        INFO(str(opened.message()));
        REQUIRE(opened.isOk());
        copy = std::move(*opened);
    }
};

inline QByteArray dossierJson(Vault& v)
{
    auto doc = exportDossier(v);
    REQUIRE(doc.isOk());
    return QJsonDocument(*doc).toJson(QJsonDocument::Compact);
}

inline Answer answerByUid(Vault& v, const QString& uid)
{
    auto all = Answers(v, reviewer()).all();
    REQUIRE(all.isOk());
    for (const Answer& a : *all) {
        if (a.uid == uid)
            return a;
    }
    FAIL("no answer " << uid.toStdString());
    return {};
}

} // namespace inzage::test
