#include "report/DossierPaper.h"

#include "dossier/Access.h"
#include "dossier/Answers.h"
#include "dossier/CaseFile.h"
#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "vault/NewFile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace inzage {

namespace {

constexpr int kPage = 500;

} // namespace

Result<PaperContent> DossierPaper::build(Vault& vault, bool answersOnly, const QLocale& locale)
{
    const Actor reader = actorFor(vault, QStringLiteral("inzage"));
    PaperContent paper;
    paper.answersOnly = answersOnly;
    paper.reader = vault.role();
    if (vault.kind() == VaultKind::Ouderexemplaar)
        paper.forWhom = vault.parentName();
    auto info = CaseFile(vault, reader).info();
    if (!info)
        return info.status();
    paper.title = info->title;
    paper.caseNumber = info->caseNumber;
    paper.organisation = info->organisation;
    paper.madeAt = locale.toString(QDateTime::currentDateTime(), QStringLiteral("d MMMM yyyy, HH:mm"));

    auto answers = Answers(vault, reader).all();
    if (!answers)
        return answers.status();
    std::map<Id, QString> owners;
    Persons persons(vault, reader);
    for (const Answer& a : *answers) {
        ReportAnswer ra { a.id, a.entryId, {}, a.kind, a.rev, a.text, a.status, a.reply, a.handledBy, a.handledAt };
        if (a.ownerId) {
            auto [it, added] = owners.try_emplace(*a.ownerId);
            if (added) {
                auto p = persons.get(*a.ownerId);
                if (!p)
                    return p.status();
                it->second = p->name;
            }
            ra.from = it->second;
        }
        paper.answers[a.entryId].push_back(std::move(ra));
    }
    for (auto& [entry, list] : paper.answers)
        std::sort(list.begin(), list.end(), [](const ReportAnswer& x, const ReportAnswer& y) { return x.id < y.id; });

    Entries entries(vault, reader);
    EntryFilter filter;
    filter.limit = kPage;
    std::map<QString, std::size_t> sectionIndex;
    for (;;) {
        auto page = entries.list(filter);
        if (!page)
            return page.status();
        for (const Entry& e : *page) {
            if (answersOnly && !paper.answers.count(e.id))
                continue;
            auto [it, added] = sectionIndex.try_emplace(e.content.section, paper.sections.size());
            if (added)
                paper.sections.push_back({ e.content.section, {} });
            paper.sections[it->second].entries.push_back(ReportDocument::entryOf(e));
        }
        if (int(page->size()) < kPage)
            break;
        filter.afterPosition = page->back().position;
    }
    return paper;
}

Result<int> DossierPaper::write(
    Vault& vault, const QString& path, bool answersOnly, const Renderer& render, const QLocale& locale)
{
    if (path.isEmpty() || QFileInfo(path).fileName().isEmpty())
        return Status(ErrorCode::Usage, tr("Geef de naam van het PDF-bestand, bijvoorbeeld mijn-dossier.pdf."));
    auto content = build(vault, answersOnly, locale);
    if (!content)
        return content.status();
    auto temp = NewFile::createBeside(path);
    if (!temp)
        return temp.status();
    const auto failed = [&](const QString& why) {
        NewFile::discard(*temp);
        return Status(ErrorCode::Io,
            tr("Het PDF-bestand kon niet worden geschreven in %1: %2. Er is geen (half) bestand achtergelaten.")
                .arg(QFileInfo(path).absolutePath(), why));
    };
    QFile file(*temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failed(file.errorString());
    auto pages = render(*content, file);
    if (!pages) {
        file.close();
        NewFile::discard(*temp);
        return pages.status();
    }
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    if (::fsync(file.handle()) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    file.close();
    if (Status s = NewFile::publish(*temp, path); !s)
        return s;
    return *pages;
}

} // namespace inzage
