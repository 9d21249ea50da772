#include "audit/ChangeHistory.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "dossier/Audience.h"
#include "dossier/Persons.h"
#include "vault/Sql.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace inzage {

namespace {

using Fields = QHash<QString, QString>;

// "rev=2; label=feit; section=…" as the core writes before/after; a value may not hold "; ".
Fields fields(const QString& text)
{
    Fields f;
    for (const QString& part : text.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            f.insert(part.left(eq), part.mid(eq + 1));
    }
    return f;
}

std::optional<Id> idAfter(const QString& object, const QString& prefix)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    const int at = object.indexOf(prefix + QLatin1Char(':'));
    if (at < 0)
        return std::nullopt;
    const auto m = number.match(object, at + prefix.size() + 1);
    if (!m.hasMatch() || m.capturedStart() != at + prefix.size() + 1)
        return std::nullopt;
    return m.captured(1).toLongLong();
}

QString uidOf(const QString& object)
{
    const int at = object.indexOf(QStringLiteral("answer:"));
    if (at < 0)
        return {};
    return object.mid(at + 7).section(QLatin1Char(' '), 0, 0);
}

QString labelWord(const QString& stored)
{
    switch (parse<Label>(stored).value_or(Label::Onbeoordeeld)) {
    case Label::Feit:
        return ChangeHistory::tr("feit");
    case Label::Mening:
        return ChangeHistory::tr("mening");
    case Label::Bron:
        return ChangeHistory::tr("bron");
    case Label::Onbeoordeeld:
        break;
    }
    return ChangeHistory::tr("nog niet beoordeeld");
}

QString roleWord(const QString& role)
{
    if (role == QLatin1String("professional"))
        return ChangeHistory::tr("hulpverlener");
    if (role == QLatin1String("ouder"))
        return ChangeHistory::tr("ouder");
    if (role == QLatin1String("reviewer"))
        return ChangeHistory::tr("controleur");
    return role;
}

QString appointmentStatusWord(const QString& stored)
{
    switch (parse<AppointmentStatus>(stored).value_or(AppointmentStatus::Gepland)) {
    case AppointmentStatus::Gepland:
        return ChangeHistory::tr("gepland");
    case AppointmentStatus::Gehouden:
        return ChangeHistory::tr("is doorgegaan");
    case AppointmentStatus::Afgezegd:
        return ChangeHistory::tr("afgezegd");
    case AppointmentStatus::Ingehaald:
        return ChangeHistory::tr("ingehaald");
    case AppointmentStatus::Nagekomen:
        return ChangeHistory::tr("nagekomen");
    case AppointmentStatus::NietNagekomen:
        return ChangeHistory::tr("niet nagekomen");
    }
    return stored;
}

// What a new revision changed, compared with the one before it, as a list of "heeft …" parts.
struct RevisionFacts {
    QString label, section, spokenTo, visible, text, basis, holder;
};

QString revisionSentence(Id entry, const RevisionFacts& before, const RevisionFacts& after, bool forParent)
{
    QStringList parts;
    if (before.label != after.label)
        parts << ChangeHistory::tr("het label van nr. %1 veranderd van %2 in %3")
                     .arg(entry)
                     .arg(labelWord(before.label), labelWord(after.label));
    if (before.text != after.text)
        parts << ChangeHistory::tr("de tekst van nr. %1 veranderd").arg(entry);
    if (before.spokenTo != after.spokenTo)
        parts << ChangeHistory::tr("bij nr. %1 veranderd met wie er gesproken is").arg(entry);
    if (before.section != after.section)
        parts << ChangeHistory::tr("nr. %1 verplaatst naar het onderdeel \"%2\"").arg(entry).arg(after.section);
    if (!forParent && before.visible != after.visible)
        parts << (after.visible == QLatin1String("0")
                ? ChangeHistory::tr("nr. %1 verborgen voor de ouders").arg(entry)
                : ChangeHistory::tr("nr. %1 zichtbaar gemaakt voor de ouders").arg(entry));
    if (before.holder != after.holder)
        parts << ChangeHistory::tr("bij nr. %1 veranderd van wie de mening is").arg(entry);
    if (parts.isEmpty() && before.basis != after.basis)
        parts << ChangeHistory::tr("bij nr. %1 aangevuld waar het op rust").arg(entry);
    if (parts.isEmpty())
        parts << ChangeHistory::tr("nr. %1 bijgewerkt").arg(entry);
    return ChangeHistory::tr("heeft %1").arg(parts.join(ChangeHistory::tr(" en ")));
}

RevisionFacts factsOf(const Fields& f)
{
    return { f.value(QStringLiteral("label")), f.value(QStringLiteral("section")),
        f.value(QStringLiteral("spoken_to")), f.value(QStringLiteral("visible")), f.value(QStringLiteral("text")),
        QString(), QString() };
}

QString handlingSentence(Id entry, const QString& status, bool replied, const QString& whose)
{
    QString what;
    switch (parse<AnswerStatus>(status).value_or(AnswerStatus::Verstuurd)) {
    case AnswerStatus::InBehandeling:
        what = replied ? ChangeHistory::tr("heeft %1 op nr. %2 beantwoord en in behandeling genomen")
                       : ChangeHistory::tr("heeft %1 op nr. %2 in behandeling genomen");
        break;
    case AnswerStatus::Verwerkt:
        what = replied ? ChangeHistory::tr("heeft %1 op nr. %2 beantwoord en verwerkt")
                       : ChangeHistory::tr("heeft %1 op nr. %2 verwerkt");
        break;
    case AnswerStatus::Afgewezen:
        what = ChangeHistory::tr("heeft %1 op nr. %2 afgewezen, met de reden erbij");
        break;
    case AnswerStatus::Verstuurd:
        what = replied ? ChangeHistory::tr("heeft %1 op nr. %2 beantwoord")
                       : ChangeHistory::tr("heeft %1 op nr. %2 als ontvangen gemarkeerd");
        break;
    }
    return what.arg(whose).arg(entry);
}

class Reader {
public:
    Reader(Vault& vault, const Audience& audience, const QLocale& locale)
        : m_vault(vault)
        , m_audience(audience)
        , m_locale(locale)
    {
    }

    Status readPersons()
    {
        auto all = Persons(m_vault, actorFor(m_vault, QStringLiteral("inzage"))).all();
        if (!all)
            return all.status();
        for (const Person& p : *all)
            m_persons[p.id] = p;
        return {};
    }

    Status readAnswers()
    {
        Statement st(m_vault.db(), "SELECT uid, entry_id, owner_person_id FROM answer");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            m_answers.insert(st.text(0), { st.integer(1), st.isNull(2) ? 0 : st.integer(2) });
        if (rc != SQLITE_DONE)
            return sqlError(m_vault.db(), rc, ChangeHistory::tr("De reacties konden niet worden gelezen."));
        return {};
    }

    Status readVisibleEntries()
    {
        Statement st(m_vault.db(), (QByteArray("SELECT e.id FROM entry e WHERE 1 ") + m_audience.entryClause("e")).constData());
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            m_visible.push_back(st.integer(0));
        if (rc != SQLITE_DONE)
            return sqlError(m_vault.db(), rc, ChangeHistory::tr("De notities konden niet worden gelezen."));
        std::sort(m_visible.begin(), m_visible.end());
        return {};
    }

    bool entryVisible(Id id) const { return std::binary_search(m_visible.begin(), m_visible.end(), id); }

    QString personName(Id id) const
    {
        const auto it = m_persons.find(id);
        if (it == m_persons.end())
            return ChangeHistory::tr("persoon nr. %1").arg(id);
        if (it->second.name.isEmpty())
            return ChangeHistory::tr("een afgeschermde bron");
        return it->second.name;
    }

    // "Anouk Verbeek (professional)" as the reader may see it; "U" for the parent the copy is for.
    // A row of a parent copy's own chain written as a parent is always that parent (only they write
    // to their copy), whatever name was typed.
    QString who(const QString& actor, bool ownChainRow = false) const
    {
        static const QRegularExpression pattern(QStringLiteral("^(.*) \\(([a-z]+)\\)$"));
        if (actor == QLatin1String("inzage"))
            return ChangeHistory::tr("Inzage (het programma)");
        const auto m = pattern.match(actor);
        if (!m.hasMatch())
            return actor;
        const QString name = m.captured(1);
        const QString role = m.captured(2);
        if (m_audience.isParent() && role == QLatin1String("ouder") && (ownChainRow || name == m_vault.parentName()))
            return ChangeHistory::tr("U");
        return ChangeHistory::tr("%1 (%2)").arg(name, roleWord(role));
    }

    QString whose(const QString& uid) const
    {
        if (!m_audience.isParent())
            return ChangeHistory::tr("de reactie");
        const auto it = m_answers.find(uid);
        const Id owner = it == m_answers.end() ? 0 : it->second;
        return owner == 0 || owner == m_audience.parentPersonId().value_or(0) ? ChangeHistory::tr("uw reactie")
                                                                             : ChangeHistory::tr("een gedeelde reactie");
    }

    std::optional<Id> answerEntry(const QString& uid) const
    {
        const auto it = m_answers.find(uid);
        if (it == m_answers.end())
            return std::nullopt;
        return it->first;
    }

    // One chain row in words; nullopt when the reader may not see what it is about.
    std::optional<ChangeLine> chainLine(std::int64_t seq, const QString& ts, const AuditRecord& r) const;

    Status readChain(std::vector<ChangeLine>& out) const;
    Status readRevisions(std::vector<ChangeLine>& out) const;
    Status readAnswerSteps(std::vector<ChangeLine>& out) const;

    ChangeLine line(std::int64_t seq, const QString& at, const QString& action, const QString& actor) const
    {
        return line(seq, at, action, actor, false);
    }
    ChangeLine line(std::int64_t seq, const QString& at, const QString& action, const QString& actor,
        bool ownChainRow) const
    {
        ChangeLine l;
        l.seq = seq;
        l.at = at;
        l.when = when(at);
        l.action = action;
        l.who = who(actor, ownChainRow);
        return l;
    }

private:
    // The words for a time are the same for every row of one minute ("… om 14:05"): made once per
    // minute, not once per row (a million imported entries are a few hundred minutes).
    QString when(const QString& at) const
    {
        const QString minute = at.size() >= 16 && at.at(10) == QLatin1Char('T') ? at.left(16) : at;
        auto it = m_when.constFind(minute);
        if (it == m_when.constEnd())
            it = m_when.insert(minute, ChangeHistory::whenText(at, m_locale));
        return *it;
    }

    Vault& m_vault;
    const Audience& m_audience;
    QLocale m_locale;
    mutable QHash<QString, QString> m_when;
    std::map<Id, Person> m_persons;
    QHash<QString, std::pair<Id, Id>> m_answers; // uid → entry, owner (0: unknown)
    std::vector<Id> m_visible;
};

// Rows a parent copy holds as revisions and handlings are read from there (readRevisions,
// readAnswerSteps), not from the copy's chain, so a parent sees each once (answer.import in a copy
// is the handling an update file brought, which readAnswerSteps says with who handled it).
bool coveredByRevisions(const QString& action)
{
    static const QStringList covered { QStringLiteral("entry.add"), QStringLiteral("entry.revise"),
        QStringLiteral("answer.add"), QStringLiteral("answer.revise"), QStringLiteral("answer.status"),
        QStringLiteral("answer.import") };
    return covered.contains(action);
}

std::optional<ChangeLine> Reader::chainLine(std::int64_t seq, const QString& ts, const AuditRecord& r) const
{
    const bool parent = m_audience.isParent();
    if (parent && coveredByRevisions(r.action))
        return std::nullopt;
    ChangeLine l = line(seq, ts, r.action, r.actor, parent);
    const Fields before = fields(r.before);
    const Fields after = fields(r.after);
    const QString a = r.action;
    l.entry = idAfter(r.object, QStringLiteral("entry"));
    if (!l.entry && r.object.startsWith(QLatin1String("answer:")))
        l.entry = answerEntry(uidOf(r.object));
    if (parent && l.entry && !entryVisible(*l.entry))
        return std::nullopt;
    const Id entry = l.entry.value_or(0);
    if (a == QLatin1String("entry.add")) {
        l.what = ChangeHistory::tr("heeft een notitie toegevoegd: nr. %1 (%2)")
                     .arg(entry)
                     .arg(labelWord(after.value(QStringLiteral("label"))));
    } else if (a == QLatin1String("entry.revise")) {
        l.what = revisionSentence(entry, factsOf(before), factsOf(after), parent);
    } else if (a == QLatin1String("entry.remove")) {
        l.what = ChangeHistory::tr("heeft vastgelegd dat nr. %1 niet meer in de nieuwe versie van het document staat")
                     .arg(entry);
    } else if (a == QLatin1String("source.approve")) {
        l.what = ChangeHistory::tr("heeft vastgelegd dat de persoon die gesproken is akkoord is met nr. %1").arg(entry);
    } else if (a == QLatin1String("answer.add")) {
        l.what = r.actor.endsWith(QLatin1String("(professional)"))
            ? ChangeHistory::tr("heeft een reactie op nr. %1 vastgelegd die op papier binnenkwam").arg(entry)
            : ChangeHistory::tr("heeft een reactie gegeven op nr. %1").arg(entry);
    } else if (a == QLatin1String("answer.revise")) {
        l.what = ChangeHistory::tr("heeft de reactie op nr. %1 veranderd").arg(entry);
    } else if (a == QLatin1String("answer.status")) {
        const bool replied = before.value(QStringLiteral("reply")) != after.value(QStringLiteral("reply"))
            && after.value(QStringLiteral("reply")) != textFingerprint(QString());
        l.what = handlingSentence(entry, after.value(QStringLiteral("status")), replied, whose(uidOf(r.object)));
    } else if (a == QLatin1String("answer.share")) {
        const auto with = idAfter(r.after, QStringLiteral("person"));
        l.what = ChangeHistory::tr("heeft de reactie op nr. %1 gedeeld met %2")
                     .arg(entry)
                     .arg(with ? personName(*with) : ChangeHistory::tr("de andere ouder"));
    } else if (a == QLatin1String("answer.extend")) {
        l.what = ChangeHistory::tr("heeft de termijn om op de reactie op nr. %1 te antwoorden met twee maanden verlengd")
                     .arg(entry);
    } else if (a == QLatin1String("answer.import")) {
        l.what = ChangeHistory::tr("heeft een reactie op nr. %1 uit een antwoordbestand ingelezen").arg(entry);
    } else if (a == QLatin1String("answers.sent")) {
        l.what = ChangeHistory::tr("heeft de reacties in een antwoordbestand gezet, om te versturen");
    } else if (a == QLatin1String("appointment.add")) {
        const auto id = idAfter(r.object, QStringLiteral("appointment"));
        l.what = after.value(QStringLiteral("kind")) == QLatin1String("toezegging")
            ? ChangeHistory::tr("heeft een toezegging vastgelegd (nr. %1)").arg(id.value_or(0))
            : ChangeHistory::tr("heeft een afspraak vastgelegd (nr. %1)").arg(id.value_or(0));
    } else if (a == QLatin1String("appointment.status")) {
        const auto id = idAfter(r.object, QStringLiteral("appointment"));
        l.what = ChangeHistory::tr("heeft bij afspraak nr. %1 vastgelegd: %2")
                     .arg(id.value_or(0))
                     .arg(appointmentStatusWord(after.value(QStringLiteral("status"))));
    } else if (a == QLatin1String("dossier.update")) {
        l.what = ChangeHistory::tr("heeft de gegevens van de zaak bijgewerkt");
    } else if (a == QLatin1String("document.import")) {
        l.what = ChangeHistory::tr("heeft een document ingelezen: %1 (versie %2)")
                     .arg(after.value(QStringLiteral("name")), after.value(QStringLiteral("version")));
    } else if (a == QLatin1String("person.add")) {
        const auto id = idAfter(r.object, QStringLiteral("person"));
        l.what = ChangeHistory::tr("heeft %1 aan het dossier toegevoegd").arg(personName(id.value_or(0)));
    } else if (a == QLatin1String("person.update")) {
        const auto id = idAfter(r.object, QStringLiteral("person"));
        l.what = ChangeHistory::tr("heeft de gegevens van %1 bijgewerkt").arg(personName(id.value_or(0)));
    } else if (a == QLatin1String("person.shield")) {
        l.what = ChangeHistory::tr("heeft een persoon afgeschermd: een melder die de wet beschermt");
    } else if (a == QLatin1String("parent-copy.create")) {
        l.what = ChangeHistory::tr("heeft dit ouderexemplaar gemaakt");
    } else if (a == QLatin1String("parent-copy.make")) {
        const auto forId = idAfter(r.after, QStringLiteral("for=person"));
        l.what = ChangeHistory::tr("heeft een ouderexemplaar gemaakt voor %1")
                     .arg(forId ? personName(*forId) : ChangeHistory::tr("een ouder"));
    } else if (a == QLatin1String("parent-copy.entries")) {
        l.what = ChangeHistory::tr("heeft vastgelegd welke notities in dit exemplaar staan (een controle)");
    } else if (a == QLatin1String("parent-copy.update")) {
        l.what = ChangeHistory::tr("heeft een update van de hulpverlener ingelezen (%1 nieuwe en %2 veranderde "
                                   "notities)")
                     .arg(after.value(QStringLiteral("new_entries"), QStringLiteral("0")),
                         after.value(QStringLiteral("changed_entries"), QStringLiteral("0")));
    } else if (a == QLatin1String("report.final")) {
        l.what = ChangeHistory::tr("heeft het definitieve rapport gemaakt");
    } else if (a == QLatin1String("report.concept")) {
        l.what = ChangeHistory::tr("heeft het concept-rapport naar de ouders gestuurd (reageren kan tot en met %1)")
                     .arg(after.value(QStringLiteral("react_until")));
    } else if (a == QLatin1String("schema.migrate")) {
        l.what = ChangeHistory::tr("heeft het bestand bijgewerkt voor een nieuwere versie van Inzage");
    } else {
        l.what = ChangeHistory::tr("heeft iets veranderd dat deze versie van Inzage niet kent (%1)").arg(a);
    }
    return l;
}

Status Reader::readChain(std::vector<ChangeLine>& out) const
{
    Statement st(m_vault.db(), "SELECT seq, ts, actor, action, object, before, after FROM audit ORDER BY seq");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const AuditRecord r { st.text(2), st.text(3), st.text(4), st.text(5), st.text(6) };
        if (auto l = chainLine(st.integer(0), st.text(1), r))
            out.push_back(std::move(*l));
    }
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, ChangeHistory::tr("Het logboek kon niet worden gelezen."));
    return {};
}

Status Reader::readRevisions(std::vector<ChangeLine>& out) const
{
    const QByteArray sql = "SELECT r.entry_id, r.recorded_at, r.changed_by, r.label, r.section, r.text, "
                           "coalesce(r.basis_kind, '') || ':' || r.basis_detail || ':' || coalesce((SELECT group_concat(m.feit_entry_id) "
                           "FROM mening_basis m WHERE m.revision_id = r.id), ''), coalesce(r.holder_id, ''), "
                           "(SELECT count(*) FROM spoken_to s WHERE s.revision_id = r.id) "
                           "FROM entry_revision r WHERE 1 "
        + m_audience.revisionClause("r") + "ORDER BY r.entry_id, r.rev";
    Statement st(m_vault.db(), sql.constData());
    Id lastEntry = 0;
    RevisionFacts previous;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const Id entry = st.integer(0);
        const RevisionFacts now { st.text(3), st.text(4), QString::number(st.integer(8)), QStringLiteral("1"),
            st.text(5), st.text(6), st.text(7) };
        ChangeLine l = line(0, st.text(1), entry == lastEntry ? QStringLiteral("entry.revise") : QStringLiteral("entry.add"),
            st.text(2));
        l.entry = entry;
        l.what = entry == lastEntry
            ? revisionSentence(entry, previous, now, true)
            : ChangeHistory::tr("heeft een notitie toegevoegd: nr. %1 (%2)").arg(entry).arg(labelWord(now.label));
        out.push_back(std::move(l));
        lastEntry = entry;
        previous = now;
    }
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, ChangeHistory::tr("De notities konden niet worden gelezen."));
    return {};
}

Status Reader::readAnswerSteps(std::vector<ChangeLine>& out) const
{
    const QByteArray clause = m_audience.answerClause("a");
    {
        Statement st(m_vault.db(),
            (QByteArray("SELECT a.entry_id, ar.rev, ar.changed_by, ar.changed_at FROM answer_revision ar "
                        "JOIN answer a ON a.id = ar.answer_id WHERE 1 ")
                + clause)
                .constData());
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            const bool first = st.integer(1) == 1;
            ChangeLine l = line(0, st.text(3), first ? QStringLiteral("answer.add") : QStringLiteral("answer.revise"),
                st.text(2));
            l.entry = st.integer(0);
            const bool onPaper = st.text(2).endsWith(QLatin1String("(professional)"));
            l.what = !first ? ChangeHistory::tr("heeft de reactie op nr. %1 veranderd").arg(*l.entry)
                : onPaper   ? ChangeHistory::tr("heeft uw reactie op nr. %1 vastgelegd die op papier binnenkwam").arg(*l.entry)
                            : ChangeHistory::tr("heeft een reactie gegeven op nr. %1").arg(*l.entry);
            out.push_back(std::move(l));
        }
        if (rc != SQLITE_DONE)
            return sqlError(m_vault.db(), rc, ChangeHistory::tr("De reacties konden niet worden gelezen."));
    }
    Statement st(m_vault.db(),
        (QByteArray("SELECT a.entry_id, a.uid, h.status, h.reply, h.changed_by, h.handled_at, "
                    "coalesce((SELECT p.reply FROM answer_handling p WHERE p.answer_id = h.answer_id AND p.seq < h.seq "
                    "ORDER BY p.seq DESC LIMIT 1), '') FROM answer_handling h JOIN answer a ON a.id = h.answer_id "
                    "WHERE 1 ")
            + clause)
            .constData());
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        ChangeLine l = line(0, st.text(5), QStringLiteral("answer.status"), st.text(4));
        l.entry = st.integer(0);
        const bool replied = !st.text(3).isEmpty() && st.text(3) != st.text(6);
        l.what = handlingSentence(*l.entry, st.text(2), replied, whose(st.text(1)));
        out.push_back(std::move(l));
    }
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, ChangeHistory::tr("De reacties konden niet worden gelezen."));
    return {};
}

// Entries one person added on one day, one after the other, are one line ("25 notities").
std::vector<ChangeLine> groupAdditions(std::vector<ChangeLine> lines)
{
    std::vector<ChangeLine> out;
    Id low = 0, high = 0;
    for (ChangeLine& l : lines) {
        const bool added = l.action == QLatin1String("entry.add") && l.entry;
        if (added && !out.empty()) {
            ChangeLine& last = out.back();
            if (last.action == l.action && last.entry && last.who == l.who && last.at.left(10) == l.at.left(10)) {
                ++last.count;
                low = std::min(low, *l.entry);
                high = std::max(high, *l.entry);
                last.what = ChangeHistory::tr("heeft %n notities toegevoegd: nr. %1 tot en met nr. %2", nullptr, last.count)
                                .arg(low)
                                .arg(high);
                continue;
            }
        }
        if (added)
            low = high = *l.entry;
        out.push_back(std::move(l));
    }
    return out;
}

} // namespace

const QStringList& ChangeHistory::knownActions()
{
    static const QStringList actions { QStringLiteral("answer.add"), QStringLiteral("answer.extend"),
        QStringLiteral("answer.import"),
        QStringLiteral("answer.revise"), QStringLiteral("answer.share"), QStringLiteral("answer.status"),
        QStringLiteral("answers.sent"), QStringLiteral("appointment.add"), QStringLiteral("appointment.status"),
        QStringLiteral("document.import"), QStringLiteral("dossier.update"), QStringLiteral("entry.add"),
        QStringLiteral("entry.remove"), QStringLiteral("entry.revise"), QStringLiteral("parent-copy.create"),
        QStringLiteral("parent-copy.entries"), QStringLiteral("parent-copy.make"), QStringLiteral("parent-copy.update"),
        QStringLiteral("person.add"), QStringLiteral("person.shield"), QStringLiteral("person.update"),
        QStringLiteral("report.final"), QStringLiteral("report.concept"), QStringLiteral("schema.migrate"), QStringLiteral("source.approve") };
    return actions;
}

QString ChangeHistory::whenText(const QString& isoUtc, const QLocale& locale)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    //: a date and a time: "2 december 2026 om 14:05"
    return tr("%1 om %2").arg(locale.toString(t.toLocalTime().date(), QStringLiteral("d MMMM yyyy")),
        locale.toString(t.toLocalTime().time(), QStringLiteral("HH:mm")));
}

Result<std::vector<ChangeLine>> ChangeHistory::read(Vault& vault, const QLocale& locale)
{
    auto audience = Audience::of(vault);
    if (!audience)
        return audience.status();
    Reader reader(vault, *audience, locale);
    if (Status s = reader.readPersons(); !s)
        return s;
    if (Status s = reader.readAnswers(); !s)
        return s;
    if (Status s = reader.readVisibleEntries(); !s)
        return s;
    std::vector<ChangeLine> lines;
    if (Status s = reader.readChain(lines); !s)
        return s;
    if (audience->isParent()) {
        if (Status s = reader.readRevisions(lines); !s)
            return s;
        if (Status s = reader.readAnswerSteps(lines); !s)
            return s;
        // The copy's chain and its revisions, in the order they happened.
        std::stable_sort(lines.begin(), lines.end(),
            [](const ChangeLine& x, const ChangeLine& y) { return x.at < y.at; });
        for (ChangeLine& l : lines) {
            l.who = audience->maskNames(l.who);
            l.what = audience->maskNames(l.what);
        }
    }
    lines = groupAdditions(std::move(lines));
    std::reverse(lines.begin(), lines.end()); // newest first
    return lines;
}

} // namespace inzage
