#include "DomainSupport.h"

#include "dossier/Persons.h"
#include "exchange/ParentCopy.h"

namespace inzage::test {

std::unique_ptr<ParentView> parentViewOf(Vault& professionalVault, const QString& forName)
{
    auto view = std::make_unique<ParentView>();
    QString name = forName;
    if (name.isEmpty()) {
        auto all = Persons(professionalVault, professional()).all();
        REQUIRE(all.isOk());
        for (const Person& p : *all)
            if (p.role == PersonRole::Ouder && !p.shielded)
                name = p.name;
        if (name.isEmpty()) {
            name = QStringLiteral("Ouder Test");
            addPerson(professionalVault, name, PersonRole::Ouder, QStringLiteral("moeder"));
        }
    }
    ParentCopyRequest request;
    request.destination = view->dir.filePath(QStringLiteral("ouder.inzage"));
    request.forPerson.nameOrId = name;
    request.kdf = KdfParams::fastForTests();
    auto made = ParentCopy::create(professionalVault, professional(), request, pass("ouder-test"));
    INFO(str(made.message()));
    REQUIRE(made.isOk());
    auto opened = Vault::open(request.destination, pass("ouder-test"));
    INFO(str(opened.message()));
    REQUIRE(opened.isOk());
    view->vault = std::move(*opened);
    return view;
}

} // namespace inzage::test
