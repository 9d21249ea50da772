#include "dossier/LabelSession.h"

#include "dossier/Access.h"
#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "text/Folding.h"

#include <algorithm>

namespace inzage {

QString basisText(const EntryContent& c)
{
    switch (c.basisKind) {
    case BasisKind::Document:
        return QStringLiteral("document: %1").arg(c.basisDetail);
    case BasisKind::Waarneming:
        return QStringLiteral("waarneming: %1").arg(c.basisDetail);
    case BasisKind::Geen:
        break;
    }
    return {};
}

Result<LabelSession> LabelSession::open(Vault& vault, const Actor& actor)
{
    const Actor who = actorFor(vault, actor.name);
    if (Status s = checkWrite(vault, who, Write::CaseFile); !s)
        return s;
    LabelSession session(vault, who);
    Entries entries(vault, who);
    std::vector<HintSentence> doc;
    std::vector<Entry> page;
    EntryFilter filter;
    filter.limit = 1000;
    if (Status s = session.reloadPersons(); !s)
        return s;
    for (;;) {
        auto got = entries.list(filter);
        if (!got)
            return got.status();
        for (const Entry& e : *got) {
            if (e.removed())
                continue; // gone from the report with a newer version of its document: nothing to label
            Item item;
            item.id = e.id;
            item.label = e.content.label;
            item.text = e.content.text;
            item.warnings = Warnings::check(e, session.m_persons);
            session.m_items.push_back(std::move(item));
            doc.push_back({ e.content.text, e.content.section });
        }
        if (qsizetype(got->size()) < filter.limit)
            break;
        filter.afterPosition = got->back().position;
    }
    // A document is hinted as a whole, in order: headings and framing sentences carry over.
    std::vector<LabelHint> hints = LabelHints::forDocument(doc);
    for (std::size_t i = 0; i < hints.size() && i < session.m_items.size(); ++i)
        session.m_items[i].hint = std::move(hints[i]);
    if (const auto first = session.nextUnlabelledFrom(0))
        session.m_current = *first;
    return session;
}

Status LabelSession::reloadPersons()
{
    auto all = Persons(*m_vault, m_actor).all();
    if (!all)
        return all.status();
    m_persons = std::move(*all);
    return Status::ok();
}

Status LabelSession::moveTo(int index)
{
    if (index < 0 || index >= size())
        return Status(ErrorCode::NotFound,
            tr("Er is geen notitie %1 in dit dossier (het heeft er %2).").arg(index + 1).arg(size()));
    m_current = index;
    return Status::ok();
}

Id LabelSession::idAt(int index) const
{
    return m_items.at(std::size_t(index)).id;
}
Label LabelSession::labelAt(int index) const
{
    return m_items.at(std::size_t(index)).label;
}
const LabelHint& LabelSession::hintAt(int index) const
{
    return m_items.at(std::size_t(index)).hint;
}

const std::vector<LabelWarning>& LabelSession::warningsAt(int index) const
{
    return m_items.at(std::size_t(index)).warnings;
}

int LabelSession::indexOf(Id entry) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(), [entry](const Item& i) { return i.id == entry; });
    return it == m_items.end() ? -1 : int(it - m_items.begin());
}

Result<Entry> LabelSession::entryAt(int index) const
{
    if (index < 0 || index >= size())
        return Status(ErrorCode::NotFound, tr("Er is geen notitie %1 in dit dossier.").arg(index + 1));
    return Entries(*m_vault, m_actor).get(idAt(index));
}

Result<FocusView> LabelSession::focusView(int context) const
{
    if (m_items.empty())
        return Status(ErrorCode::NotFound, tr("Dit dossier heeft nog geen notities om te labelen."));
    FocusView v;
    v.index = m_current;
    auto e = entryAt(m_current);
    if (!e)
        return e.status();
    v.entry = std::move(*e);
    for (int k = 1; k <= context; ++k) {
        if (m_current - k >= 0) {
            auto b = entryAt(m_current - k);
            if (!b)
                return b.status();
            v.before.push_back(std::move(*b));
        }
        if (m_current + k < size()) {
            auto a = entryAt(m_current + k);
            if (!a)
                return a.status();
            v.after.push_back(std::move(*a));
        }
    }
    v.hint = hintAt(m_current);
    v.warnings = warningsAt(m_current);
    v.suggestedBasis = v.entry.content.basisKind != BasisKind::Geen ? basisText(v.entry.content) : m_lastBasis;
    if (v.entry.content.spokenTo.empty())
        v.suggestedSource = suggestedSource(m_current);
    return v;
}

Status LabelSession::refresh(int index)
{
    auto e = entryAt(index);
    if (!e)
        return e.status();
    Item& item = m_items[std::size_t(index)];
    item.label = e->content.label;
    item.text = e->content.text;
    item.warnings = Warnings::check(*e, m_persons);
    return Status::ok();
}

namespace {

bool names(const SpokenTo& line, const PersonRef& ref)
{
    const QString typed = ref.nameOrId.trimmed();
    if (typed.startsWith(QLatin1Char('#')))
        return typed.mid(1).toLongLong() == line.personId;
    return line.name.compare(typed, Qt::CaseInsensitive) == 0;
}

} // namespace

Status LabelSession::label(Label label, const LabelDetails& details)
{
    if (m_items.empty())
        return Status(ErrorCode::NotFound, tr("Dit dossier heeft nog geen notities om te labelen."));
    const int index = m_current;
    auto before = entryAt(index);
    if (!before)
        return before.status();
    LabelChange change;
    change.entry = before->id;
    change.label = toString(label);
    if (label == Label::Feit)
        change.basis = details.basis;
    if (label == Label::Bron && details.spokenTo && !details.spokenTo->nameOrId.trimmed().isEmpty()) {
        const auto& lines = before->content.spokenTo;
        const bool known
            = std::any_of(lines.begin(), lines.end(), [&](const SpokenTo& l) { return names(l, *details.spokenTo); });
        if (!known)
            change.spokenTo.push_back({ *details.spokenTo, {}, {} });
    }
    if (label == Label::Mening) {
        if (details.holder && !details.holder->nameOrId.trimmed().isEmpty())
            change.holder = details.holder;
        change.restsOn = details.restsOn;
    }
    // The label the entry already has, with nothing new beside it: move on without a revision that
    // changes nothing (pressing 0 to pass an unlabelled entry must not fill its history).
    const EntryContent& now = before->content;
    bool nothingNew = label == now.label && change.spokenTo.empty() && !change.holder;
    if (nothingNew && label == Label::Feit && !details.basis.trimmed().isEmpty()) {
        const auto basis = parseBasis(details.basis);
        nothingNew = basis && basis->kind == now.basisKind && basis->detail == now.basisDetail;
    }
    if (nothingNew && label == Label::Mening && details.restsOn)
        nothingNew = *details.restsOn == now.restsOn;
    if (nothingNew) {
        if (m_current + 1 < size())
            ++m_current;
        return Status::ok();
    }
    change.note = tr("label: %1 (labelen)").arg(toString(label));
    if (Status s = EntryCommands(*m_vault, m_actor).relabel(change); !s)
        return s;
    if (!change.spokenTo.empty() || change.holder)
        (void)reloadPersons(); // a new person may have been added; the list is only for the picker
    if (Status s = refresh(index); !s)
        return s;
    auto after = entryAt(index);
    if (!after)
        return after.status();
    m_undo.push_back({ after->id, after->rev, before->content });
    if (label == Label::Feit)
        m_lastBasis = basisText(after->content);
    if (m_current + 1 < size())
        ++m_current;
    return Status::ok();
}

Status LabelSession::acceptHint(const LabelDetails& details)
{
    if (m_items.empty())
        return Status(ErrorCode::NotFound, tr("Dit dossier heeft nog geen notities om te labelen."));
    const LabelHint& hint = hintAt(m_current);
    if (hint.none())
        return Status(ErrorCode::InvalidInput,
            tr("Voor deze notitie is er geen suggestie. Kies zelf: 1 feit, 2 mening, 3 bron."));
    return label(hint.label, details);
}

Status LabelSession::undo()
{
    if (m_undo.empty())
        return Status(ErrorCode::NotFound, tr("Er is niets meer om ongedaan te maken."));
    const UndoStep step = m_undo.back();
    m_undo.pop_back();
    const int index = indexOf(step.entry);
    auto now = entryAt(index);
    if (!now)
        return now.status();
    if (now->rev != step.revAfter)
        return Status(ErrorCode::InvalidInput,
            tr("Notitie %1 is na uw label nog gewijzigd; ongedaan maken zou die wijziging terugdraaien. "
               "Bekijk de geschiedenis van de notitie en label haar opnieuw.")
                .arg(step.entry));
    EntryContent restored = now->content;
    restored.label = step.before.label;
    restored.basisKind = step.before.basisKind;
    restored.basisDetail = step.before.basisDetail;
    restored.holderId = step.before.holderId;
    restored.restsOn = step.before.restsOn;
    restored.spokenTo = step.before.spokenTo;
    const QString note = tr("label ongedaan gemaakt: terug naar %1").arg(toString(step.before.label));
    if (Status s = Entries(*m_vault, m_actor).revise(step.entry, restored, note); !s) {
        m_undo.push_back(step); // nothing changed: the step can be tried again
        return s;
    }
    m_current = index;
    return refresh(index);
}

int LabelSession::labelledCount() const
{
    return int(
        std::count_if(m_items.begin(), m_items.end(), [](const Item& i) { return i.label != Label::Onbeoordeeld; }));
}

std::optional<int> LabelSession::nextUnlabelledFrom(int start) const
{
    for (int k = 0; k < size(); ++k) {
        const int i = (start + k) % size();
        if (m_items[std::size_t(i)].label == Label::Onbeoordeeld)
            return i;
    }
    return std::nullopt;
}

std::optional<int> LabelSession::nextUnlabelled() const
{
    if (m_items.empty())
        return std::nullopt;
    return nextUnlabelledFrom(m_current + 1);
}

std::optional<int> LabelSession::nextWithWarning() const
{
    for (int k = 1; k <= size(); ++k) {
        const int i = (m_current + k) % size();
        if (!m_items[std::size_t(i)].warnings.empty())
            return i;
    }
    return std::nullopt;
}

QString LabelSession::suggestedBasis(int index) const
{
    if (index >= 0 && index < size()) {
        if (auto e = entryAt(index); e && e->content.basisKind != BasisKind::Geen)
            return basisText(e->content);
    }
    return m_lastBasis;
}

std::optional<Person> LabelSession::suggestedSource(int index) const
{
    if (index < 0 || index >= size())
        return std::nullopt;
    const QString named = foldForSearch(hintAt(index).spokenTo);
    if (named.isEmpty())
        return std::nullopt;
    for (const Person& p : m_persons) {
        const QString name = foldForSearch(p.name);
        if (!p.shielded && !name.isEmpty() && (named.contains(name) || name.contains(named)))
            return p;
    }
    return std::nullopt;
}

std::vector<int> LabelSession::feitenMatching(const QString& typed, int limit) const
{
    std::vector<int> out;
    const QString want = foldForSearch(typed.trimmed());
    for (int i = 0; i < size() && int(out.size()) < limit; ++i) {
        const Item& item = m_items[std::size_t(i)];
        if (item.label != Label::Feit)
            continue;
        if (want.isEmpty() || foldForSearch(item.text).contains(want))
            out.push_back(i);
    }
    return out;
}

} // namespace inzage
