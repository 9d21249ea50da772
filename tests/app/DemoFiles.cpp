#include "DemoFiles.h"

#include "demo/DemoDossier.h"
#include "dossier/Entries.h"
#include "dossier/Answers.h"
#include "exchange/AnswerExchange.h"
#include "exchange/ParentCopy.h"
#include "vault/Vault.h"

#include <QDir>

#include <algorithm>
#include <cstring>

namespace inzage::test {

namespace {

SecureBytes secret(const char* text)
{
    return SecureBytes(text, std::strlen(text));
}

} // namespace

Result<DemoFiles> makeDemoFiles(const QString& folder, int extraEntries)
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
    if (extraEntries > 0) {
        std::vector<EntryContent> more;
        for (int i = 1; i <= extraEntries; ++i) {
            EntryContent c;
            c.text = QStringLiteral("Notitie nummer %1.").arg(i);
            c.section = QStringLiteral("Verloop");
            if (i % 3 == 0) {
                c.label = Label::Feit;
                c.basisKind = BasisKind::Document;
                c.basisDetail = QStringLiteral("verslag %1").arg(i);
            }
            more.push_back(c);
        }
        if (auto added = Entries(**pro, author).addAll(more, QStringLiteral("test")); !added)
            return added.status();
    }
    ParentCopyRequest request;
    request.destination = files.parentCopy;
    request.forPerson.nameOrId = QStringLiteral("Ilse Vermeulen"); // the mother, whose answers the demo has
    request.kdf = KdfParams::fastForTests();
    auto copy = ParentCopy::create(**pro, author, request, secret(kParentPassphrase));
    if (!copy)
        return copy.status();
    return files;
}

Status replyToAnswers(const DemoFiles& files, const QString& answerFile, const QString& reply, const QString& updateFile)
{
    auto pro = Vault::open(files.professional, secret(kProfessionalPassphrase));
    if (!pro)
        return pro.status();
    const Actor author { QStringLiteral("Anouk Verbeek"), Role::Professional };
    auto before = Answers(**pro, author).all();
    if (!before)
        return before.status();
    auto report = AnswerExchange::importAnswers(**pro, author, answerFile);
    if (!report)
        return report.status();
    auto after = Answers(**pro, author).all();
    if (!after)
        return after.status();
    for (const Answer& a : *after) {
        const bool old = std::any_of(before->begin(), before->end(), [&](const Answer& b) { return b.id == a.id; });
        if (old)
            continue;
        if (Status s = Answers(**pro, author).handle(a.id, AnswerStatus::InBehandeling, reply); !s)
            return s;
    }
    return AnswerExchange::exportUpdates(**pro, {}, updateFile);
}

} // namespace inzage::test
