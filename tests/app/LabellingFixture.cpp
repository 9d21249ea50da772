#include "LabellingFixture.h"

#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "vault/Vault.h"

#include <QDir>

#include <cstring>

namespace inzage::test {

Result<QString> makeLabellingFile(const QString& folder, int count)
{
    const QString path = QDir(folder).filePath(QStringLiteral("labelen.inzage"));
    Vault::CreateOptions options;
    options.kdf = KdfParams::fastForTests();
    auto vault = Vault::create(path, SecureBytes(kLabellingPassphrase, std::strlen(kLabellingPassphrase)), options);
    if (!vault)
        return vault.status();
    const Actor author { QStringLiteral("Anouk Verbeek"), Role::Professional };
    Persons persons(**vault, author);
    Person teacher;
    teacher.name = QStringLiteral("Anna de Wit");
    teacher.relation = QStringLiteral("leerkracht");
    teacher.organisation = QStringLiteral("Basisschool De Linde");
    if (auto id = persons.add(teacher); !id)
        return id.status();
    Person father;
    father.name = QStringLiteral("Karim El Amrani");
    father.role = PersonRole::Ouder;
    father.relation = QStringLiteral("vader");
    if (auto id = persons.add(father); !id)
        return id.status();
    // Our own sentences, four kinds in turn: what the teacher said, a judgement, a dated visit and
    // a document.
    std::vector<EntryContent> contents;
    for (int i = 0; i < count; ++i) {
        EntryContent c;
        c.section = QStringLiteral("Gezinssituatie");
        const int day = 1 + i % 28;
        switch (i % 4) {
        case 0:
            c.text = QStringLiteral("Volgens Anna de Wit kwam Tim op %1 maart zonder jas naar school.").arg(day);
            break;
        case 1:
            c.text = QStringLiteral("Het lijkt erop dat de ouders in week %1 weinig rust hadden.").arg(1 + i / 4);
            break;
        case 2:
            c.text = QStringLiteral("Op %1 maart 2026 heeft de jeugdbeschermer het gezin thuis bezocht.").arg(day);
            break;
        default:
            c.text
                = QStringLiteral("Uit het verzuimoverzicht van %1 maart blijkt dat Tim die dag afwezig was.").arg(day);
            break;
        }
        contents.push_back(c);
    }
    if (auto ids = Entries(**vault, author).addAll(contents, QStringLiteral("testdossier")); !ids)
        return ids.status();
    return path;
}

} // namespace inzage::test
