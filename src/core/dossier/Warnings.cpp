#include "dossier/Warnings.h"

#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "text/Folding.h"
#include "text/HintWords.h"

#include <QRegularExpression>

namespace inzage {

namespace {

QString quoted(const QString& s)
{
    return QStringLiteral("'%1'").arg(s);
}

bool isConclusionSection(const QString& section)
{
    const QString s = foldForSearch(section);
    return s.contains(QLatin1String("conclusie")) || s.contains(QLatin1String("analyse"))
        || s.contains(QLatin1String("advies")) || s.contains(QLatin1String("beoordeling"));
}

// Whole words of the folded text: "Jansen" is in "mevrouw Jansen belde" but not in "Jansenius".
bool containsWords(const QString& foldedText, const QString& words)
{
    const QString w = foldForSearch(words).trimmed();
    if (w.size() < 3)
        return false;
    const QRegularExpression re(
        QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(QRegularExpression::escape(w)));
    return re.match(foldedText).hasMatch();
}

// How a text can point at a person: the full name, the surname (the name without its first word,
// "de Bruin" of "Ans de Bruin"), the relation to the child ("buurvrouw").
QStringList identifyingWords(const Person& p)
{
    QStringList words;
    const QString name = p.name.simplified();
    if (!name.isEmpty()) {
        words << name;
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        if (space > 0) {
            QString rest = name.mid(space + 1);
            // "de Bruin" → also "Bruin": a parent's text says "mevrouw Bruin" as often.
            words << rest;
            const qsizetype last = rest.lastIndexOf(QLatin1Char(' '));
            if (last > 0)
                words << rest.mid(last + 1);
        }
    }
    if (!p.relation.trimmed().isEmpty())
        words << p.relation.trimmed();
    return words;
}

} // namespace

std::vector<LabelWarning> Warnings::check(const Entry& entry, const std::vector<Person>& persons)
{
    std::vector<LabelWarning> out;
    const EntryContent& c = entry.content;
    auto warn = [&](const char* rule, const QString& message) {
        out.push_back({ entry.id, QString::fromLatin1(rule), message });
    };
    switch (c.label) {
    case Label::Feit: {
        const QString doubt = hints::firstCueIn(c.text, hints::cues::doubt());
        if (!doubt.isEmpty())
            warn("feit_doubt_word",
                tr("Een feit met het twijfelwoord %1: is dit een mening of een bron?").arg(quoted(doubt)));
        if (c.basisKind == BasisKind::Geen || c.basisDetail.trimmed().isEmpty())
            warn("feit_without_basis",
                tr("Een feit zonder basis: noem de eigen waarneming (wanneer, waar) of het document (welk, van "
                   "wanneer)."));
        break;
    }
    case Label::Bron:
        if (c.spokenTo.empty()) {
            warn("bron_without_spoken_to", tr("Een bron zonder met wie er gesproken is."));
            break;
        }
        for (const SpokenTo& s : c.spokenTo) {
            const QString who = s.shielded ? tr("de afgeschermde bron") : (s.name.isEmpty() ? tr("de bron") : s.name);
            if (s.spokenOn.trimmed().isEmpty())
                warn("bron_without_date", tr("Bij %1 staat niet wanneer er gesproken is.").arg(who));
            if (s.method == Method::Onbekend)
                warn("bron_without_method",
                    tr("Bij %1 staat niet hoe er gesproken is (gesprek, telefoon, huisbezoek, schriftelijk).")
                        .arg(who));
        }
        break;
    case Label::Mening: {
        if (!c.holderId && !c.authorId && opinionHolder(entry).unknown())
            warn("mening_without_holder", tr("Een mening zonder van wie die is: noem de houder of de auteur."));
        if (c.restsOn.empty()) {
            const QString concluding = hints::firstCueIn(c.text, hints::cues::concluding());
            if (isConclusion(c)) {
                warn("conclusion_without_feiten",
                    concluding.isEmpty()
                        ? tr("Een conclusie onder het kopje %1 zonder de feiten waarop die rust.")
                              .arg(quoted(c.section))
                        : tr("Een conclusie (%1) zonder de feiten waarop die rust.").arg(quoted(concluding)));
            } else {
                const QString firm = hints::firstCueIn(c.text, hints::cues::firmClaim());
                if (!firm.isEmpty())
                    warn("firm_claim_without_basis",
                        tr("Een stellige bewering (%1) zonder de feiten waarop die rust.").arg(quoted(firm)));
            }
        }
        break;
    }
    case Label::Onbeoordeeld:
        break;
    }
    if (c.visibleToParent) {
        const QString folded = foldForSearch(c.text);
        for (const Person& p : persons) {
            if (!p.shielded)
                continue;
            for (const QString& words : identifyingWords(p)) {
                if (containsWords(folded, words)) {
                    warn("shielded_source_named",
                        tr("De ouder ziet deze tekst, en die noemt of beschrijft een afgeschermde bron (%1). "
                           "Verberg de notitie voor de ouder of herschrijf de tekst.")
                            .arg(quoted(words)));
                    break;
                }
            }
        }
    }
    return out;
}

bool Warnings::isConclusion(const EntryContent& c)
{
    return c.label == Label::Mening
        && (isConclusionSection(c.section) || !hints::firstCueIn(c.text, hints::cues::concluding()).isEmpty());
}

Result<std::vector<LabelWarning>> Warnings::all() const
{
    auto persons = Persons(m_vault, m_actor).all();
    if (!persons)
        return persons.status();
    Entries entries(m_vault, m_actor);
    std::vector<LabelWarning> out;
    EntryFilter filter;
    filter.limit = 1000;
    for (;;) {
        auto page = entries.list(filter);
        if (!page)
            return page.status();
        for (const Entry& e : *page) {
            if (e.removed())
                continue; // no longer in the report
            std::vector<LabelWarning> w = check(e, *persons);
            out.insert(out.end(), w.begin(), w.end());
        }
        if (qsizetype(page->size()) < filter.limit)
            break;
        filter.afterPosition = page->back().position;
    }
    return out;
}

} // namespace inzage
