// import, add, list, search, show, history, label, source: commands about entries.
#include "Cli.h"
#include "EntryText.h"

#include "dossier/Answers.h"
#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "exchange/JsonExport.h"
#include "exchange/TsvImport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace inzage::cli {

namespace {

// One message for an unknown label wherever a label is typed: the word and the allowed values.
Result<Label> labelFrom(const QString& word)
{
    if (const auto label = parse<Label>(word))
        return *label;
    return Status(ErrorCode::InvalidInput,
                  QStringLiteral("Onbekend label '%1'. Toegestaan: %2.").arg(word, Vocabulary<Label>::allowed()));
}

void addDetailOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("basis"),
                 QStringLiteral("For a feit: document:WHICH-AND-DATE or waarneming:WHEN-AND-WHERE."), QStringLiteral("BASIS")});
    p.addOption({QStringLiteral("holder"), QStringLiteral("For a mening: whose opinion (a person's name or #id)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("rests-on"), QStringLiteral("For a mening: the feiten it rests on, e.g. 3,7."),
                 QStringLiteral("IDS")});
    p.addOption({QStringLiteral("spoken-to"), QStringLiteral("Who was spoken to (name, or #id); added when new."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("relation"), QStringLiteral("With --spoken-to: relation to the child."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("organisation"), QStringLiteral("With --spoken-to: organisation."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("person-role"), QStringLiteral("With a new --spoken-to: ouder, kind, professional, informant."),
                 QStringLiteral("ROLE"), QStringLiteral("informant")});
    p.addOption({QStringLiteral("shielded-reason"),
                 QStringLiteral("With a new --spoken-to: shield this source from the family, for this legal reason."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("method"), QStringLiteral("With --spoken-to: gesprek, telefoon, huisbezoek, schriftelijk."),
                 QStringLiteral("HOW"), QStringLiteral("onbekend")});
    p.addOption({QStringLiteral("date"), QStringLiteral("With --spoken-to: when (YYYY-MM-DD)."), QStringLiteral("DATE")});
}

Result<Id> personFor(Vault& vault, const Actor& actor, const QCommandLineParser& p, const QString& nameOrId)
{
    auto existing = findPerson(vault, nameOrId);
    if (existing)
        return existing->id;
    if (existing.code() != ErrorCode::NotFound || nameOrId.startsWith(QLatin1Char('#')))
        return existing.status();
    const auto role = parse<PersonRole>(p.value(QStringLiteral("person-role")));
    if (!role)
        return Status(ErrorCode::InvalidInput, QStringLiteral("Onbekende persoonsrol '%1'. Toegestaan: %2.")
                                                   .arg(p.value(QStringLiteral("person-role")), Vocabulary<PersonRole>::allowed()));
    Person person;
    person.name = nameOrId;
    person.role = *role;
    person.relation = p.value(QStringLiteral("relation"));
    person.organisation = p.value(QStringLiteral("organisation"));
    person.shieldReason = p.value(QStringLiteral("shielded-reason"));
    person.shielded = !person.shieldReason.isEmpty();
    return Persons(vault, actor).add(person);
}

Result<SpokenTo> spokenToFrom(Vault& vault, const Actor& actor, const QCommandLineParser& p)
{
    const auto method = parse<Method>(p.value(QStringLiteral("method")));
    if (!method)
        return Status(ErrorCode::InvalidInput, QStringLiteral("Onbekende manier '%1'. Toegestaan: %2.")
                                                   .arg(p.value(QStringLiteral("method")), Vocabulary<Method>::allowed()));
    const QString date = p.value(QStringLiteral("date"));
    if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
        return Status(ErrorCode::InvalidInput, QStringLiteral("'%1' is geen datum (JJJJ-MM-DD).").arg(date));
    auto id = personFor(vault, actor, p, p.value(QStringLiteral("spoken-to")));
    if (!id)
        return id.status();
    SpokenTo s;
    s.personId = *id;
    s.spokenOn = date;
    s.method = *method;
    return s;
}

// Applies --basis/--holder/--rests-on/--spoken-to to content.
Status applyDetails(Vault& vault, const Actor& actor, const QCommandLineParser& p, EntryContent& c)
{
    const QString basis = p.value(QStringLiteral("basis"));
    if (!basis.isEmpty()) {
        const QString kind = basis.section(QLatin1Char(':'), 0, 0).trimmed();
        const auto k = parse<BasisKind>(kind);
        if (!k || *k == BasisKind::Geen || !basis.contains(QLatin1Char(':')))
            return Status(ErrorCode::InvalidInput,
                          QStringLiteral("--basis hoort als document:WELK-EN-DATUM of waarneming:WANNEER-EN-WAAR."));
        c.basisKind = *k;
        c.basisDetail = basis.section(QLatin1Char(':'), 1).trimmed();
    }
    if (p.isSet(QStringLiteral("holder"))) {
        auto holder = findPerson(vault, p.value(QStringLiteral("holder")));
        if (!holder)
            return holder.status();
        c.holderId = holder->id;
    }
    if (p.isSet(QStringLiteral("rests-on"))) {
        c.restsOn.clear();
        for (const QString& part : p.value(QStringLiteral("rests-on")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto id = parseId(part.trimmed(), QStringLiteral("een notitie"));
            if (!id)
                return id.status();
            c.restsOn.push_back(*id);
        }
    }
    if (p.isSet(QStringLiteral("spoken-to"))) {
        auto s = spokenToFrom(vault, actor, p);
        if (!s)
            return s.status();
        c.spokenTo.push_back(*s);
    }
    return Status::ok();
}

int printEntries(const Invocation& inv, Vault& vault, const EntryFilter& filter)
{
    Entries entries(vault, inv.actor());
    auto list = entries.list(filter);
    if (!list)
        return fail(list.status());
    auto counts = entries.counts(filter);
    if (!counts)
        return fail(counts.status());
    if (inv.json()) {
        QJsonArray items;
        for (const Entry& e : *list)
            items.append(toJson(e));
        printJson(QJsonObject {{QStringLiteral("entries"), items}, {QStringLiteral("counts"), toJson(*counts)}});
        return 0;
    }
    for (const Entry& e : *list)
        out(renderEntry(e, false) + QLatin1Char('\n'));
    out(QStringLiteral("%1 getoond. In totaal: %2.").arg(list->size()).arg(renderCounts(*counts)));
    return 0;
}

} // namespace

int cmdImport(const QStringList& args)
{
    Invocation inv(QStringLiteral("import"),
                   QStringLiteral("Import a report in the TSV layout: a header with section, label, spoken_to, text "
                                  "(optional: event_date, spoken_on, method, visible). All lines or none."),
                   QStringLiteral("VAULT FILE"));
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    QFile f(inv.arg(1));
    if (!f.open(QIODevice::ReadOnly))
        return fail(Status(ErrorCode::NotFound, QStringLiteral("Het bestand %1 kan niet worden gelezen.").arg(inv.arg(1))));
    auto rows = parseTsv(f.readAll());
    if (!rows)
        return fail(rows.status());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto ids = importTsv(**vault, inv.actor(), *rows);
    if (!ids)
        return fail(ids.status());
    out(QStringLiteral("%1 notities geïmporteerd (#%2 t/m #%3).").arg(ids->size()).arg(ids->front()).arg(ids->back()));
    return 0;
}

int cmdAdd(const QStringList& args)
{
    Invocation inv(QStringLiteral("add"), QStringLiteral("Add one entry."), QStringLiteral("VAULT"), true);
    inv.parser.addOption({QStringLiteral("text"), QStringLiteral("The entry text."), QStringLiteral("TEXT")});
    inv.parser.addOption({QStringLiteral("section"), QStringLiteral("Report section."), QStringLiteral("NAME")});
    inv.parser.addOption({QStringLiteral("label"), QStringLiteral("feit, mening, bron or onbeoordeeld (default)."),
                          QStringLiteral("LABEL"), QStringLiteral("onbeoordeeld")});
    inv.parser.addOption({QStringLiteral("event-date"), QStringLiteral("What the entry is about happened on (YYYY-MM-DD)."),
                          QStringLiteral("DATE")});
    inv.parser.addOption({QStringLiteral("hidden"), QStringLiteral("Not visible to the parent (left out of the parent copy).")});
    addDetailOptions(inv.parser);
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    const auto label = labelFrom(inv.parser.value(QStringLiteral("label")));
    if (!label)
        return fail(label.status());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    EntryContent c;
    c.text = inv.parser.value(QStringLiteral("text"));
    c.section = inv.parser.value(QStringLiteral("section"));
    c.eventDate = inv.parser.value(QStringLiteral("event-date"));
    c.label = *label;
    c.visibleToParent = !inv.parser.isSet(QStringLiteral("hidden"));
    if (Status s = applyDetails(**vault, inv.actor(), inv.parser, c); !s)
        return fail(s);
    auto id = Entries(**vault, inv.actor()).add(c);
    if (!id)
        return fail(id.status());
    if (inv.json())
        printJson(QJsonObject {{QStringLiteral("id"), qint64(*id)}});
    else
        out(QStringLiteral("Notitie #%1 toegevoegd.").arg(*id));
    return 0;
}

int cmdList(const QStringList& args)
{
    Invocation inv(QStringLiteral("list"), QStringLiteral("List entries in report order, with who was spoken to."),
                   QStringLiteral("VAULT"), true);
    inv.parser.addOption({QStringLiteral("label"), QStringLiteral("Only feit, mening, bron or onbeoordeeld."), QStringLiteral("LABEL")});
    inv.parser.addOption({QStringLiteral("unlabelled"), QStringLiteral("Only entries not yet labelled.")});
    inv.parser.addOption({QStringLiteral("spoken-to"), QStringLiteral("Only entries where this person was spoken to."),
                          QStringLiteral("NAME")});
    inv.parser.addOption({QStringLiteral("section"), QStringLiteral("Only this report section."), QStringLiteral("NAME")});
    inv.parser.addOption({QStringLiteral("parent-view"), QStringLiteral("Show what the parent sees.")});
    inv.parser.addOption({QStringLiteral("after"), QStringLiteral("Entries after this position (paging)."), QStringLiteral("POS")});
    inv.parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N entries (default 100)."), QStringLiteral("N"),
                          QStringLiteral("100")});
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    EntryFilter f;
    if (inv.parser.isSet(QStringLiteral("label"))) {
        const auto label = labelFrom(inv.parser.value(QStringLiteral("label")));
        if (!label)
            return fail(label.status());
        f.label = *label;
    }
    if (inv.parser.isSet(QStringLiteral("unlabelled")))
        f.label = Label::Onbeoordeeld;
    f.section = inv.parser.value(QStringLiteral("section"));
    f.forParent = inv.parser.isSet(QStringLiteral("parent-view"));
    bool ok = true;
    f.limit = inv.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || f.limit <= 0 || f.limit > 100000)
        return usage(QStringLiteral("--limit moet tussen 1 en 100000 liggen."));
    if (inv.parser.isSet(QStringLiteral("after"))) {
        f.afterPosition = inv.parser.value(QStringLiteral("after")).toLongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--after verwacht een getal."));
    }
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    if (inv.parser.isSet(QStringLiteral("spoken-to"))) {
        auto person = findPerson(**vault, inv.parser.value(QStringLiteral("spoken-to")));
        if (!person)
            return fail(person.status());
        f.spokenTo = person->id;
    }
    return printEntries(inv, **vault, f);
}

int cmdSearch(const QStringList& args)
{
    Invocation inv(QStringLiteral("search"),
                   QStringLiteral("Search entry text; case and accents do not matter (client finds cliënt)."),
                   QStringLiteral("VAULT TEXT"), true);
    inv.parser.addOption({QStringLiteral("label"), QStringLiteral("Only feit, mening, bron or onbeoordeeld."), QStringLiteral("LABEL")});
    inv.parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N entries (default 100)."), QStringLiteral("N"),
                          QStringLiteral("100")});
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    EntryFilter f;
    f.search = inv.arg(1);
    f.limit = qBound(1, inv.parser.value(QStringLiteral("limit")).toInt(), 100000);
    if (inv.parser.isSet(QStringLiteral("label"))) {
        const auto label = labelFrom(inv.parser.value(QStringLiteral("label")));
        if (!label)
            return fail(label.status());
        f.label = *label;
    }
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    return printEntries(inv, **vault, f);
}

int cmdShow(const QStringList& args)
{
    Invocation inv(QStringLiteral("show"), QStringLiteral("One entry in full, with its answers."), QStringLiteral("VAULT ID"), true);
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    auto id = parseId(inv.arg(1), QStringLiteral("een notitie"));
    if (!id)
        return fail(id.status());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto e = Entries(**vault, inv.actor()).get(*id);
    if (!e)
        return fail(e.status());
    auto answers = Answers(**vault, inv.actor()).forEntry(*id);
    if (!answers)
        return fail(answers.status());
    if (inv.json()) {
        QJsonObject o = toJson(*e);
        QJsonArray a;
        for (const Answer& x : *answers)
            a.append(toJson(x));
        o.insert(QStringLiteral("answer_list"), a);
        printJson(o);
        return 0;
    }
    out(renderEntry(*e, true));
    for (const Answer& a : *answers)
        out(renderAnswer(a));
    return 0;
}

int cmdHistory(const QStringList& args)
{
    Invocation inv(QStringLiteral("history"), QStringLiteral("Every revision of an entry and of each answer to it."),
                   QStringLiteral("VAULT ID"), true);
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    auto id = parseId(inv.arg(1), QStringLiteral("een notitie"));
    if (!id)
        return fail(id.status());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto revisions = Entries(**vault, inv.actor()).history(*id);
    if (!revisions)
        return fail(revisions.status());
    Answers answers(**vault, inv.actor());
    auto current = answers.forEntry(*id);
    if (!current)
        return fail(current.status());
    QJsonArray revJson, answerJson;
    QStringList text;
    for (const Entry& e : *revisions) {
        revJson.append(toJson(e));
        text << renderEntry(e, true);
    }
    for (const Answer& a : *current) {
        auto hist = answers.history(a.id);
        if (!hist)
            return fail(hist.status());
        for (const Answer& v : *hist) {
            answerJson.append(toJson(v));
            text << renderAnswer(v);
        }
    }
    if (inv.json())
        printJson(QJsonObject {{QStringLiteral("entry_id"), qint64(*id)},
                               {QStringLiteral("revisions"), revJson},
                               {QStringLiteral("answer_revisions"), answerJson}});
    else
        out(text.join(QStringLiteral("\n\n")));
    return 0;
}

int cmdLabel(const QStringList& args)
{
    Invocation inv(QStringLiteral("label"),
                   QStringLiteral("Label an entry (a new revision; the old one stays in the history). A feit needs "
                                  "--basis, a bron needs who was spoken to, a mening may name --holder and --rests-on."),
                   QStringLiteral("VAULT ID LABEL"));
    inv.parser.addOption({QStringLiteral("note"), QStringLiteral("Why the label changed."), QStringLiteral("TEXT")});
    addDetailOptions(inv.parser);
    int code = 0;
    if (!inv.parse(args, 3, 3, &code))
        return code;
    auto id = parseId(inv.arg(1), QStringLiteral("een notitie"));
    if (!id)
        return fail(id.status());
    const auto label = labelFrom(inv.arg(2));
    if (!label)
        return fail(label.status());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    Entries entries(**vault, inv.actor());
    auto e = entries.get(*id);
    if (!e)
        return fail(e.status());
    EntryContent c = e->content;
    c.label = *label;
    if (*label != Label::Feit && !inv.parser.isSet(QStringLiteral("basis"))) {
        c.basisKind = BasisKind::Geen;
        c.basisDetail.clear();
    }
    if (Status s = applyDetails(**vault, inv.actor(), inv.parser, c); !s)
        return fail(s);
    const QString note = inv.parser.value(QStringLiteral("note"));
    if (Status s = entries.revise(*id, c, note.isEmpty() ? QStringLiteral("label: %1").arg(toString(*label)) : note); !s)
        return fail(s);
    out(QStringLiteral("Notitie #%1 is nu: %2.").arg(*id).arg(displayName(*label)));
    return 0;
}

int cmdSource(const QStringList& args)
{
    Invocation inv(QStringLiteral("source"),
                   QStringLiteral("Record who was spoken to for an entry (a new revision). --spoken-to is required."),
                   QStringLiteral("VAULT ID"));
    addDetailOptions(inv.parser);
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    if (!inv.parser.isSet(QStringLiteral("spoken-to")))
        return usage(QStringLiteral("source heeft --spoken-to NAAM nodig."));
    auto id = parseId(inv.arg(1), QStringLiteral("een notitie"));
    if (!id)
        return fail(id.status());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto line = spokenToFrom(**vault, inv.actor(), inv.parser);
    if (!line)
        return fail(line.status());
    if (Status s = Entries(**vault, inv.actor()).addSpokenTo(*id, *line); !s)
        return fail(s);
    out(QStringLiteral("Bij notitie #%1 vastgelegd: gesproken met %2.").arg(*id).arg(inv.parser.value(QStringLiteral("spoken-to"))));
    return 0;
}

} // namespace inzage::cli
