#include "report/ReportCheck.h"

#include "report/ConceptRelease.h"

#include "dossier/Access.h"
#include "dossier/Answers.h"
#include "dossier/CaseFile.h"
#include "dossier/Entries.h"

#include <QSet>

#include <algorithm>

namespace inzage {

namespace {

constexpr int kPage = 500;

QString rule(const char* code)
{
    return QString::fromLatin1(code);
}

// A section heading that reads like the analysis, to suggest marking it.
QString suggestion(const QStringList& sections, std::initializer_list<const char*> stems)
{
    for (const QString& s : sections) {
        const QString lower = s.toLower();
        for (const char* stem : stems)
            if (lower.contains(QLatin1String(stem)))
                return s;
    }
    return {};
}

} // namespace

ReportCheck::ReportCheck(Vault& vault, const Actor& actor)
    : m_vault(vault)
    , m_actor(actorFor(vault, actor.name))
{
}

Result<Readiness> ReportCheck::run() const
{
    Readiness r;
    auto info = CaseFile(m_vault, m_actor).info();
    if (!info)
        return info.status();
    const QSet<Id> children(info->childIds.begin(), info->childIds.end());

    Entries entries(m_vault, m_actor);
    EntryFilter filter;
    filter.limit = kPage;
    QStringList sections;
    QSet<QString> sectionSet;
    QSet<Id> entryIds;
    bool childSpokenTo = false;
    for (;;) {
        auto page = entries.list(filter);
        if (!page)
            return page.status();
        for (const Entry& e : *page) {
            if (e.removed())
                continue; // no longer in the report: nothing about it can block it
            entryIds.insert(e.id);
            const EntryContent& c = e.content;
            if (!c.section.isEmpty() && !sectionSet.contains(c.section)) {
                sectionSet.insert(c.section);
                sections << c.section;
            }
            for (const SpokenTo& s : c.spokenTo)
                if (s.role == PersonRole::Kind || children.contains(s.personId))
                    childSpokenTo = true;
            switch (c.label) {
            case Label::Onbeoordeeld:
                r.blockers.push_back({ e.id, {}, rule(kUnlabelled),
                    tr("Notitie %1 is nog niet beoordeeld: label haar als feit, mening of bron.").arg(e.id) });
                break;
            case Label::Bron:
                if (c.spokenTo.empty())
                    r.blockers.push_back({ e.id, {}, rule(kBronWithoutSpokenTo),
                        tr("Notitie %1 is een bron, maar zegt niet met wie er is gesproken "
                           "(naam of rol, wanneer, hoe).")
                            .arg(e.id) });
                break;
            case Label::Feit:
                if (c.basisKind == BasisKind::Geen || c.basisDetail.trimmed().isEmpty())
                    r.blockers.push_back({ e.id, {}, rule(kFeitWithoutBasis),
                        tr("Notitie %1 is een feit zonder basis: zeg welk document (van wanneer) "
                           "of welke eigen waarneming (wanneer, waar).")
                            .arg(e.id) });
                break;
            case Label::Mening:
                if (opinionHolder(e).unknown())
                    r.blockers.push_back({ e.id, {}, rule(kMeningWithoutHolder),
                        tr("Notitie %1 is een mening, maar niet van wie: noem wiens mening het is.").arg(e.id) });
                break;
            }
        }
        if (int(page->size()) < kPage)
            break;
        filter.afterPosition = page->back().position;
    }

    // Hoor en wederhoor: every answer to an entry in the report is taken in or turned down with a reason.
    auto answers = Answers(m_vault, m_actor).all();
    if (!answers)
        return answers.status();
    std::vector<Answer> open;
    for (const Answer& a : *answers)
        if (entryIds.contains(a.entryId) && a.status != AnswerStatus::Verwerkt && a.status != AnswerStatus::Afgewezen)
            open.push_back(a);
    std::sort(open.begin(), open.end(), [](const Answer& x, const Answer& y) { return x.id < y.id; });
    for (const Answer& a : open)
        r.blockers.push_back({ a.entryId, a.id, rule(kAnswerNotHandled),
            tr("Reactie %1 van de ouder op notitie %2 is nog niet afgehandeld (%3): verwerk haar, "
               "of wijs haar af met een reden.")
                .arg(a.id)
                .arg(a.entryId)
                .arg(toString(a.status)) });

    const auto analysis = [&](const QString& marked, const char* code, const QString& what,
                              std::initializer_list<const char*> stems, const QString& example) {
        if (!marked.isEmpty() && sectionSet.contains(marked))
            return;
        QString message;
        if (!marked.isEmpty())
            message = tr("De %1 is gemarkeerd als onderdeel '%2', maar er staat geen notitie in dat onderdeel.")
                          .arg(what, marked);
        else
            message = tr("Het rapport heeft geen %1: markeer het onderdeel dat het is.").arg(what);
        const QString suggested = suggestion(sections, stems);
        message += QLatin1Char(' ')
            + (suggested.isEmpty() ? tr("Bijvoorbeeld een onderdeel '%1'.").arg(example)
                                   : tr("Is het '%1'? Markeer dat onderdeel dan als %2.").arg(suggested, what));
        r.blockers.push_back({ {}, {}, rule(code), message });
    };
    analysis(info->problemSection, kProblemAnalysisMissing, tr("probleemanalyse"), { "zorg", "probleem", "risico" },
        tr("Analyse zorgen"));
    analysis(info->strengthsSection, kStrengthsAnalysisMissing, tr("analyse van krachten"),
        { "kracht", "sterk", "beschermend" }, tr("Analyse krachten"));

    if (!childSpokenTo && info->childNotSpokenReason.trimmed().isEmpty())
        r.blockers.push_back({ {}, {}, rule(kChildNotSpokenTo),
            tr("Het rapport zegt nergens dat er met het kind is gesproken (een persoon met rol kind "
               "bij 'gesproken met'), en ook niet waarom niet.") });

    // The parents may react to a concept up to and including its last day; the final report waits.
    auto sent = ConceptReleases(m_vault, m_actor).latest();
    if (!sent)
        return sent.status();
    if (*sent && (*sent)->reactUntil >= QDate::currentDate())
        r.blockers.push_back({ {}, {}, rule(kConceptReactionOpen),
            tr("Het concept is op %1 naar de ouders gestuurd; zij kunnen reageren tot en met %2. Het definitieve "
               "rapport kan vanaf de dag daarna.")
                .arg((*sent)->releasedAt.toLocalTime().date().toString(Qt::ISODate),
                     (*sent)->reactUntil.toString(Qt::ISODate)) });
    return r;
}

} // namespace inzage
