// import, add, list, search, show, history, label, source: commands about entries.
#include "Cli.h"
#include "EntryText.h"

#include "dossier/Answers.h"
#include "dossier/Audience.h"
#include "dossier/Entries.h"
#include "dossier/EntryCommands.h"
#include "dossier/Persons.h"
#include "exchange/JsonExport.h"
#include "exchange/DocumentReader.h"
#include "exchange/TsvImport.h"
#include "vault/InputFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace inzage::cli {

namespace {

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
    p.addOption({QStringLiteral("relation"), QStringLiteral("With a new person: relation to the child."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("organisation"), QStringLiteral("With a new person: organisation."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("person-role"),
                 QStringLiteral("ouder, kind, professional or informant: the role of a new person, or which one of "
                                "two with the same name."),
                 QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("shielded-reason"),
                 QStringLiteral("With a new --spoken-to: shield this source from the family, for this legal reason. "
                                "An existing person is shielded with 'inzage-cli shield'."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("shielded-reason-file"),
                 QStringLiteral("The shielding reason from FILE (- for standard input)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("method"), QStringLiteral("With --spoken-to: gesprek, telefoon, huisbezoek, schriftelijk."),
                 QStringLiteral("HOW")});
    p.addOption({QStringLiteral("date"), QStringLiteral("With --spoken-to: when (YYYY-MM-DD)."), QStringLiteral("DATE")});
}

// The command line's words as the core's input structs: parsing and every rule are the core's.
Result<PersonRef> personRef(const Invocation& inv, const QString& nameOrId)
{
    const QCommandLineParser& p = inv.parser;
    PersonRef ref;
    ref.nameOrId = nameOrId;
    if (p.isSet(QStringLiteral("person-role"))) {
        const auto role = parse<PersonRole>(p.value(QStringLiteral("person-role")));
        if (!role)
            return Status(ErrorCode::InvalidInput, QStringLiteral("Onbekende persoonsrol '%1'. Toegestaan: %2.")
                                                       .arg(p.value(QStringLiteral("person-role")),
                                                            Vocabulary<PersonRole>::allowed()));
        ref.role = *role;
    }
    ref.relation = p.value(QStringLiteral("relation"));
    ref.organisation = p.value(QStringLiteral("organisation"));
    auto reason = inv.text(QStringLiteral("shielded-reason"), QStringLiteral("shielded-reason-file"));
    if (!reason)
        return reason.status();
    ref.shieldReason = *reason;
    return ref;
}

// The core refuses a shielding reason for a person already in the dossier and says shielding is a
// step of its own; the CLI names that step.
int failWithShieldHint(const Invocation& inv, const Status& s)
{
    if (!inv.parser.isSet(QStringLiteral("shielded-reason")) && !inv.parser.isSet(QStringLiteral("shielded-reason-file")))
        return fail(s);
    return fail(s, ErrorCode::InvalidInput,
        QStringLiteral("Een persoon die al in het dossier staat, schermt u af met: inzage-cli shield %1 NAAM "
                       "--reason-file BESTAND.")
            .arg(inv.vaultPath()));
}

Result<std::vector<Id>> idList(const QString& text)
{
    std::vector<Id> ids;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto id = parseId(part.trimmed(), QStringLiteral("een notitie"));
        if (!id)
            return id.status();
        ids.push_back(*id);
    }
    return ids;
}

struct Details {
    QString basis;
    std::optional<PersonRef> holder;
    std::optional<std::vector<Id>> restsOn;
    std::vector<SourceInput> spokenTo;
};

Result<Details> detailsFrom(const Invocation& inv)
{
    const QCommandLineParser& p = inv.parser;
    Details d;
    d.basis = p.value(QStringLiteral("basis"));
    if (p.isSet(QStringLiteral("basis")) && d.basis.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
                      QStringLiteral("--basis hoort als document:WELK-EN-DATUM of waarneming:WANNEER-EN-WAAR."));
    if (p.isSet(QStringLiteral("holder"))) {
        PersonRef holder;
        holder.nameOrId = p.value(QStringLiteral("holder"));
        holder.addWhenMissing = false;
        d.holder = holder;
    }
    if (p.isSet(QStringLiteral("rests-on"))) {
        auto ids = idList(p.value(QStringLiteral("rests-on")));
        if (!ids)
            return ids.status();
        d.restsOn = *ids;
    }
    if (p.isSet(QStringLiteral("spoken-to"))) {
        auto ref = personRef(inv, p.value(QStringLiteral("spoken-to")));
        if (!ref)
            return ref.status();
        d.spokenTo.push_back({*ref, p.value(QStringLiteral("date")), p.value(QStringLiteral("method"))});
    } else if (p.isSet(QStringLiteral("shielded-reason")) || p.isSet(QStringLiteral("shielded-reason-file"))) {
        return Status(ErrorCode::Usage, QStringLiteral("--shielded-reason hoort bij --spoken-to (een nieuwe persoon). "
                                                       "Een bestaande persoon schermt u af met 'inzage-cli shield'."));
    }
    return d;
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
    // Anything that is not .tsv is a document (a .doc or a renamed file gets its own clear message there).
    if (isDocumentImport(args))
        return cmdImportDocument(args);
    Invocation inv(QStringLiteral("import"),
                   QStringLiteral("Import a report in the TSV layout: a header with section, label, spoken_to, text "
                                  "(optional: event_date, spoken_on, method, visible). All lines or none."),
                   QStringLiteral("VAULT FILE"));
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    // Refused before the passphrase is asked when it is no regular file (a FIFO, a device).
    if (auto fd = InputFile::openRegular(inv.arg(1)); !fd)
        return fail(fd.status());
    else
        ::close(*fd);
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    // Read and imported a line at a time (a million entries in constant memory); one transaction.
    auto imported = importTsvFile(**vault, inv.actor(), inv.arg(1));
    if (!imported)
        return fail(imported.status());
    out(QStringLiteral("%1 notities geïmporteerd (#%2 t/m #%3).").arg(imported->count).arg(imported->first).arg(imported->last));
    return 0;
}

int cmdAdd(const QStringList& args)
{
    Invocation inv(QStringLiteral("add"), QStringLiteral("Add one entry."), QStringLiteral("VAULT"), true);
    inv.parser.addOption({QStringLiteral("text"), QStringLiteral("The entry text."), QStringLiteral("TEXT")});
    inv.parser.addOption({QStringLiteral("text-file"),
                          QStringLiteral("The entry text from FILE (- for standard input, after the passphrase line), "
                                         "so it never shows in the process list."),
                          QStringLiteral("FILE")});
    inv.parser.addOption({QStringLiteral("section"), QStringLiteral("Report section."), QStringLiteral("NAME")});
    inv.parser.addOption({QStringLiteral("label"), QStringLiteral("feit, mening, bron or onbeoordeeld (default)."),
                          QStringLiteral("LABEL"), QStringLiteral("onbeoordeeld")});
    inv.parser.addOption({QStringLiteral("event-date"), QStringLiteral("What the entry is about happened on (YYYY-MM-DD)."),
                          QStringLiteral("DATE")});
    inv.parser.addOption({QStringLiteral("hidden"), QStringLiteral("Not visible to the parent (left out of the parent copy).")});
    inv.parser.addOption({QStringLiteral("visible"),
                          QStringLiteral("Visible to the parent: ja, yes, 1, zichtbaar or nee, no, 0, verborgen, intern."),
                          QStringLiteral("WORD")});
    addDetailOptions(inv.parser);
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    EntryInput in;
    in.section = inv.parser.value(QStringLiteral("section"));
    in.eventDate = inv.parser.value(QStringLiteral("event-date"));
    in.label = inv.parser.value(QStringLiteral("label"));
    in.visibleToParent = !inv.parser.isSet(QStringLiteral("hidden"));
    if (inv.parser.isSet(QStringLiteral("visible"))) {
        auto visible = parseVisibility(inv.parser.value(QStringLiteral("visible")));
        if (!visible)
            return fail(visible.status());
        if (inv.parser.isSet(QStringLiteral("hidden")) && *visible)
            return usage(QStringLiteral("--hidden en --visible ja spreken elkaar tegen."));
        in.visibleToParent = *visible;
    }
    if (const auto label = parseLabel(in.label); !label)
        return fail(label.status());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    // After the passphrase: with --text-file - both come from standard input, the passphrase first.
    auto text = inv.text(QStringLiteral("text"), QStringLiteral("text-file"));
    if (!text)
        return fail(text.status());
    in.text = *text;
    auto details = detailsFrom(inv);
    if (!details)
        return fail(details.status());
    in.basis = details->basis;
    in.holder = details->holder;
    in.restsOn = details->restsOn;
    in.spokenTo = details->spokenTo;
    auto id = EntryCommands(**vault, inv.actor()).add(in);
    if (!id)
        return failWithShieldHint(inv, id.status());
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
    QCommandLineOption parentView(QStringLiteral("parent-view"), QStringLiteral("No longer used."));
    parentView.setFlags(QCommandLineOption::HiddenFromHelp);
    inv.parser.addOption(parentView);
    inv.parser.addOption({QStringLiteral("after"), QStringLiteral("Entries after this position (paging)."), QStringLiteral("POS")});
    inv.parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N entries (default 100)."), QStringLiteral("N"),
                          QStringLiteral("100")});
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    if (inv.parser.isSet(QStringLiteral("parent-view")))
        return usage(QStringLiteral("--parent-view bestaat niet meer: wat een ouder ziet, staat in het ouderexemplaar "
                                    "(inzage-cli parent-copy), en een ouderexemplaar laat altijd precies dat zien."));
    EntryFilter f;
    if (inv.parser.isSet(QStringLiteral("label"))) {
        const auto label = parseLabel(inv.parser.value(QStringLiteral("label")));
        if (!label)
            return fail(label.status());
        f.label = *label;
    }
    if (inv.parser.isSet(QStringLiteral("unlabelled")))
        f.label = Label::Onbeoordeeld;
    f.section = inv.parser.value(QStringLiteral("section"));
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
        const auto label = parseLabel(inv.parser.value(QStringLiteral("label")));
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
    Invocation inv(QStringLiteral("history"),
                   QStringLiteral("With ID: every revision of an entry and of each answer to it. Without ID: every "
                                  "change to the file in plain words (who, what, when), newest first, as the reader "
                                  "of the file may see it."),
                   QStringLiteral("VAULT [ID]"), true);
    int code = 0;
    if (!inv.parse(args, 1, 2, &code))
        return code;
    if (inv.parser.positionalArguments().size() == 1)
        return fileHistory(inv);
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
        QJsonObject o = toJson(e);
        QString shown = renderEntry(e, true);
        if (!e.labelChangedAfterReport.isEmpty()) {
            o.insert(QStringLiteral("label_changed_after_final_report"), e.labelChangedAfterReport);
            shown += QLatin1Char('\n')
                + QCoreApplication::translate("inzage::HistoryCommand",
                      "    ! Label veranderd NA het definitieve rapport van %1: dat rapport zegt nog het oude label.")
                      .arg(e.labelChangedAfterReport);
        }
        revJson.append(o);
        text << shown;
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
    LabelChange change;
    change.entry = *id;
    change.label = inv.arg(2);
    change.note = inv.parser.value(QStringLiteral("note"));
    const auto label = parseLabel(change.label);
    if (!label)
        return fail(label.status());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto details = detailsFrom(inv);
    if (!details)
        return fail(details.status());
    change.basis = details->basis;
    change.holder = details->holder;
    change.restsOn = details->restsOn;
    change.spokenTo = details->spokenTo;
    if (Status s = EntryCommands(**vault, inv.actor()).relabel(change); !s)
        return failWithShieldHint(inv, s);
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
    auto details = detailsFrom(inv);
    if (!details)
        return fail(details.status());
    if (Status s = EntryCommands(**vault, inv.actor()).addSource(*id, details->spokenTo.front()); !s)
        return failWithShieldHint(inv, s);
    out(QStringLiteral("Bij notitie #%1 vastgelegd: gesproken met %2.").arg(*id).arg(inv.parser.value(QStringLiteral("spoken-to"))));
    return 0;
}

int cmdShield(const QStringList& args)
{
    Invocation inv(QStringLiteral("shield"),
                   QStringLiteral("Shield a person already in the dossier (a melder shielded by law): the family sees "
                                  "only \"afgeschermde bron\" with the legal reason. Give the reason with --reason or "
                                  "--reason-file."),
                   QStringLiteral("VAULT PERSON"));
    inv.parser.addOption({QStringLiteral("reason"), QStringLiteral("The legal reason (the family sees it)."), QStringLiteral("TEXT")});
    inv.parser.addOption({QStringLiteral("reason-file"), QStringLiteral("The reason from FILE (- for standard input)."),
                          QStringLiteral("FILE")});
    inv.parser.addOption({QStringLiteral("person-role"), QStringLiteral("Which one, when two persons share the name."),
                          QStringLiteral("ROLE")});
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto reason = inv.text(QStringLiteral("reason"), QStringLiteral("reason-file"));
    if (!reason)
        return fail(reason.status());
    auto ref = personRef(inv, inv.arg(1));
    if (!ref)
        return fail(ref.status());
    ref->shieldReason.clear();
    ref->addWhenMissing = false;
    Persons persons(**vault, inv.actor());
    auto id = persons.resolve(*ref);
    if (!id)
        return fail(id.status(), ErrorCode::InvalidInput, samePersonNameHint());
    if (Status s = persons.shield(*id, *reason); !s)
        return fail(s);
    out(QStringLiteral("Persoon #%1 is afgeschermd; de familie ziet alleen \"afgeschermde bron\" en de reden.").arg(*id));
    return 0;
}

} // namespace inzage::cli
