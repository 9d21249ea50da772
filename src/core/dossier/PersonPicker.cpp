#include "dossier/PersonPicker.h"

#include "text/Folding.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace inzage {

PersonMatches matchPersons(const std::vector<Person>& persons, const QString& typed, int limit)
{
    PersonMatches out;
    const QString want = foldForSearch(typed.trimmed());
    bool exact = false;
    for (const Person& p : persons) {
        const QString name = foldForSearch(p.name);
        if (!want.isEmpty() && name == want)
            exact = true;
        if (want.isEmpty() || name.contains(want) || foldForSearch(p.relation).contains(want)
            || foldForSearch(p.organisation).contains(want))
            out.persons.push_back(p);
    }
    QCollator collator { QLocale(QLocale::Dutch, QLocale::Netherlands) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(out.persons.begin(), out.persons.end(),
        [&](const Person& a, const Person& b) { return collator.compare(a.name, b.name) < 0; });
    if (limit >= 0 && qsizetype(out.persons.size()) > limit)
        out.persons.resize(std::size_t(limit));
    out.offerNew = !want.isEmpty() && !exact;
    return out;
}

} // namespace inzage
