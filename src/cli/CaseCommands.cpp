// case, person, appointment: the case information, its people, appointments and promises. The
// command line's words go to the core as input structs; every rule and message is the core's.
#include "Cli.h"

#include "dossier/AppointmentState.h"
#include "dossier/CaseCommands.h"
#include "dossier/CaseFile.h"
#include "dossier/Persons.h"
#include "dossier/Stages.h"

#include <QJsonArray>
#include <QJsonObject>

namespace inzage::cli {

namespace {

std::optional<QString> valueIfSet(const QCommandLineParser& p, const char* name)
{
    const QString option = QString::fromLatin1(name);
    if (!p.isSet(option))
        return std::nullopt;
    return p.value(option);
}

// A free text that may come from --NAME or --NAME-file (a path, or - for standard input).
Result<std::optional<QString>> textIfSet(const Invocation& inv, const char* name)
{
    const QString option = QString::fromLatin1(name);
    const QString file = option + QStringLiteral("-file");
    if (!inv.parser.isSet(option) && !inv.parser.isSet(file))
        return std::optional<QString> {};
    auto text = inv.text(option, file);
    if (!text)
        return text.status();
    return std::optional<QString> { *text };
}

void addTextOption(QCommandLineParser& p, const char* name, const QString& help, const char* valueName = "TEXT")
{
    const QString option = QString::fromLatin1(name);
    p.addOption({ option, help, QString::fromLatin1(valueName) });
    p.addOption({ option + QStringLiteral("-file"), QStringLiteral("The same from FILE (- for standard input)."),
        QStringLiteral("FILE") });
}

Result<std::optional<PersonRole>> personRoleOption(const QCommandLineParser& p, const QString& option)
{
    if (!p.isSet(option))
        return std::optional<PersonRole> {};
    auto role = parsePersonRole(p.value(option));
    if (!role)
        return role.status();
    return std::optional<PersonRole> { *role };
}

QJsonValue personJson(Vault& vault, const Actor& actor, std::optional<Id> id)
{
    if (!id)
        return QJsonValue::Null;
    auto p = Persons(vault, actor).get(*id);
    if (!p)
        return QJsonObject { { QStringLiteral("id"), qint64(*id) } };
    return QJsonObject { { QStringLiteral("id"), qint64(p->id) },
        { QStringLiteral("name"), p->shielded && p->name.isEmpty() ? QStringLiteral("afgeschermde bron") : p->name },
        { QStringLiteral("role"), toString(p->role) } };
}

QString personText(Vault& vault, const Actor& actor, std::optional<Id> id)
{
    if (!id)
        return QStringLiteral("(niemand)");
    auto p = Persons(vault, actor).get(*id);
    if (!p)
        return QStringLiteral("#%1").arg(*id);
    const QString name = p->name.isEmpty() ? QStringLiteral("afgeschermde bron") : p->name;
    return QStringLiteral("%1 (#%2)").arg(name).arg(p->id);
}

int printCase(const Invocation& inv, Vault& vault)
{
    const Actor actor = inv.actor();
    auto info = CaseFile(vault, actor).info();
    if (!info)
        return fail(info.status());
    const CaseInfo& i = *info;
    if (inv.json()) {
        QJsonArray children;
        for (Id c : i.childIds)
            children.append(qint64(c));
        printJson(QJsonObject {
            { QStringLiteral("title"), i.title },
            { QStringLiteral("case_number"), i.caseNumber },
            { QStringLiteral("organisation"), i.organisation },
            { QStringLiteral("contact"), personJson(vault, actor, i.contactPersonId) },
            { QStringLiteral("backup"), personJson(vault, actor, i.backupPersonId) },
            { QStringLiteral("office_hours"),
                QJsonObject {
                    { QStringLiteral("start"), i.officeHoursStart }, { QStringLiteral("end"), i.officeHoursEnd } } },
            { QStringLiteral("office_number"), i.officePhone },
            { QStringLiteral("after_hours_number"), i.afterHoursPhone },
            { QStringLiteral("stage"), toString(i.stage) },
            { QStringLiteral("next_step"), nextStepText(i) },
            { QStringLiteral("next_step_is_own"), !i.nextStep.isEmpty() },
            { QStringLiteral("problem_section"), i.problemSection },
            { QStringLiteral("strengths_section"), i.strengthsSection },
            { QStringLiteral("child_not_spoken_reason"), i.childNotSpokenReason },
            { QStringLiteral("children"), children },
        });
        return 0;
    }
    const auto orDash = [](const QString& s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    QStringList lines;
    lines << QStringLiteral("Titel:                  %1").arg(orDash(i.title))
          << QStringLiteral("Zaaknummer:             %1").arg(orDash(i.caseNumber))
          << QStringLiteral("Organisatie:            %1").arg(orDash(i.organisation))
          << QStringLiteral("Contactpersoon:         %1").arg(personText(vault, actor, i.contactPersonId))
          << QStringLiteral("Vervanger:              %1").arg(personText(vault, actor, i.backupPersonId))
          << QStringLiteral("Kantooruren:            %1-%2").arg(i.officeHoursStart, i.officeHoursEnd)
          << QStringLiteral("Kantoornummer:          %1").arg(orDash(i.officePhone))
          << QStringLiteral("Buiten kantoortijd:     %1").arg(orDash(i.afterHoursPhone))
          << QStringLiteral("Fase:                   %1").arg(toString(i.stage))
          << QStringLiteral("Volgende stap:          %1%2")
                 .arg(nextStepText(i), i.nextStep.isEmpty() ? QStringLiteral(" (standaardtekst)") : QString())
          << QStringLiteral("Probleemanalyse:        %1").arg(orDash(i.problemSection))
          << QStringLiteral("Analyse krachten:       %1").arg(orDash(i.strengthsSection));
    if (!i.childNotSpokenReason.isEmpty())
        lines << QStringLiteral("Niet met kind gesproken: %1").arg(i.childNotSpokenReason);
    out(lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace

int cmdCase(const QStringList& args)
{
    Invocation inv(QStringLiteral("case"),
        QStringLiteral("Show the case information, or change what is given (audited). Without options it "
                       "prints the case information."),
        QStringLiteral("VAULT"), true);
    QCommandLineParser& p = inv.parser;
    p.addOption({ QStringLiteral("title"), QStringLiteral("Title of the case file."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("case-number"), QStringLiteral("Case number."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("organisation"), QStringLiteral("The organisation handling the case."),
        QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("contact"),
        QStringLiteral("The contact person (name or #id; added as a professional when new; \"\" clears)."),
        QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("backup"),
        QStringLiteral("Who replaces the contact person when absent (someone else than the contact)."),
        QStringLiteral("NAME") });
    p.addOption(
        { QStringLiteral("office-hours"), QStringLiteral("Office hours, HH:MM-HH:MM."), QStringLiteral("HOURS") });
    p.addOption({ QStringLiteral("office-number"), QStringLiteral("Phone number during office hours."),
        QStringLiteral("NUMBER") });
    p.addOption({ QStringLiteral("after-hours-number"), QStringLiteral("Phone number outside office hours."),
        QStringLiteral("NUMBER") });
    p.addOption({ QStringLiteral("stage"), QStringLiteral("Stage in the chain: %1.").arg(Vocabulary<Stage>::allowed()),
        QStringLiteral("WORD") });
    addTextOption(p, "next-step",
        QStringLiteral("What happens next, in your own words (\"\" goes back to the stage's standard text)."));
    p.addOption({ QStringLiteral("problem-section"),
        QStringLiteral("The report section that is the problem analysis (e.g. \"Analyse zorgen\")."),
        QStringLiteral("SECTION") });
    p.addOption({ QStringLiteral("strengths-section"),
        QStringLiteral("The report section that is the strengths analysis (e.g. \"Analyse krachten\")."),
        QStringLiteral("SECTION") });
    addTextOption(
        p, "child-not-spoken-reason", QStringLiteral("Why the child was not spoken to (the report says so)."));
    p.addOption({ QStringLiteral("person-role"),
        QStringLiteral("Which one of two persons with the --contact or --backup name."), QStringLiteral("ROLE") });
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    CaseInput in;
    in.title = valueIfSet(p, "title");
    in.caseNumber = valueIfSet(p, "case-number");
    in.organisation = valueIfSet(p, "organisation");
    in.officeHours = valueIfSet(p, "office-hours");
    in.officeNumber = valueIfSet(p, "office-number");
    in.afterHoursNumber = valueIfSet(p, "after-hours-number");
    in.stage = valueIfSet(p, "stage");
    in.problemSection = valueIfSet(p, "problem-section");
    in.strengthsSection = valueIfSet(p, "strengths-section");
    auto nextStep = textIfSet(inv, "next-step");
    if (!nextStep)
        return fail(nextStep.status());
    in.nextStep = *nextStep;
    auto reason = textIfSet(inv, "child-not-spoken-reason");
    if (!reason)
        return fail(reason.status());
    in.childNotSpokenReason = *reason;
    auto role = personRoleOption(p, QStringLiteral("person-role"));
    if (!role)
        return fail(role.status());
    for (const char* option : { "contact", "backup" }) {
        if (const auto name = valueIfSet(p, option)) {
            PersonRef ref;
            ref.nameOrId = *name;
            ref.role = *role;
            (QLatin1String(option) == QLatin1String("contact") ? in.contact : in.backup) = ref;
        }
    }
    const bool changes = in.title || in.caseNumber || in.organisation || in.contact || in.backup || in.officeHours
        || in.officeNumber || in.afterHoursNumber || in.stage || in.nextStep || in.problemSection || in.strengthsSection
        || in.childNotSpokenReason;
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    if (changes) {
        if (Status s = CaseCommands(**vault, inv.actor()).setCase(in); !s)
            return fail(s);
        if (!inv.json())
            out(QStringLiteral("De dossiergegevens zijn bijgewerkt."));
    }
    return printCase(inv, **vault);
}

namespace {

QJsonObject toJson(const Person& p)
{
    QJsonObject o { { QStringLiteral("id"), qint64(p.id) }, { QStringLiteral("name"), p.name },
        { QStringLiteral("role"), toString(p.role) }, { QStringLiteral("relation"), p.relation },
        { QStringLiteral("organisation"), p.organisation }, { QStringLiteral("phone"), p.phone },
        { QStringLiteral("birth_date"), p.birthDate }, { QStringLiteral("shielded"), p.shielded } };
    if (p.shielded)
        o.insert(QStringLiteral("shield_reason"), p.shieldReason);
    return o;
}

QString render(const Person& p)
{
    QStringList parts;
    parts << QStringLiteral("#%1").arg(p.id) << (p.name.isEmpty() ? QStringLiteral("afgeschermde bron") : p.name)
          << toString(p.role);
    for (const QString& s : { p.relation, p.organisation, p.phone })
        if (!s.isEmpty())
            parts << s;
    if (!p.birthDate.isEmpty())
        parts << QStringLiteral("geboren %1").arg(p.birthDate);
    if (p.shielded)
        parts << QStringLiteral("afgeschermd: %1").arg(p.shieldReason);
    return parts.join(QStringLiteral("  "));
}

} // namespace

int cmdPerson(const QStringList& args)
{
    Invocation inv(QStringLiteral("person"),
        QStringLiteral("Add a person, or change one already in the dossier (audited with before and "
                       "after). NAME is a name or #id; with a name, --role also tells two of the same "
                       "name apart (so change a role with #id). --list prints everyone."),
        QStringLiteral("VAULT [NAME]"), true, true);
    QCommandLineParser& p = inv.parser;
    p.addOption({ QStringLiteral("role"), QStringLiteral("%1.").arg(Vocabulary<PersonRole>::allowed()),
        QStringLiteral("ROLE") });
    p.addOption(
        { QStringLiteral("name"), QStringLiteral("A new name for the person found by NAME."), QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("relation"), QStringLiteral("Relation to the child (moeder, leerkracht, ...)."),
        QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("organisation"), QStringLiteral("Organisation."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("phone"), QStringLiteral("Phone number."), QStringLiteral("NUMBER") });
    p.addOption({ QStringLiteral("birth-date"), QStringLiteral("Birth date (YYYY-MM-DD)."), QStringLiteral("DATE") });
    addTextOption(p, "shielded-reason",
        QStringLiteral("Shield this person from the family, for this legal reason (the family sees it)."));
    p.addOption({ QStringLiteral("list"), QStringLiteral("Print every person.") });
    int code = 0;
    if (!inv.parse(args, 1, 2, &code))
        return code;
    const bool list = p.isSet(QStringLiteral("list"));
    if (!list && inv.arg(1).isEmpty())
        return usage(QStringLiteral("Geef de naam (of #nummer) van de persoon, of --list."));
    PersonInput in;
    in.nameOrId = inv.arg(1);
    in.role = valueIfSet(p, "role");
    in.name = valueIfSet(p, "name");
    in.relation = valueIfSet(p, "relation");
    in.organisation = valueIfSet(p, "organisation");
    in.phone = valueIfSet(p, "phone");
    in.birthDate = valueIfSet(p, "birth-date");
    auto reason = textIfSet(inv, "shielded-reason");
    if (!reason)
        return fail(reason.status());
    in.shieldReason = reason->value_or(QString());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    Persons persons(**vault, inv.actor());
    if (!in.nameOrId.isEmpty()) {
        auto outcome = CaseCommands(**vault, inv.actor()).setPerson(in);
        if (!outcome)
            return fail(outcome.status());
        if (!list) {
            auto person = persons.get(outcome->id);
            if (!person)
                return fail(person.status());
            if (inv.json()) {
                QJsonObject o = toJson(*person);
                o.insert(QStringLiteral("added"), outcome->added);
                o.insert(QStringLiteral("changed"), outcome->changed);
                printJson(o);
            } else {
                out(QStringLiteral("%1: %2").arg(outcome->added ? QStringLiteral("Toegevoegd")
                        : outcome->changed                      ? QStringLiteral("Gewijzigd")
                                                                : QStringLiteral("Ongewijzigd"),
                    render(*person)));
            }
            return 0;
        }
    }
    auto all = persons.all();
    if (!all)
        return fail(all.status());
    if (inv.json()) {
        QJsonArray items;
        for (const Person& person : *all)
            items.append(toJson(person));
        printJson(QJsonObject { { QStringLiteral("persons"), items } });
        return 0;
    }
    for (const Person& person : *all)
        out(render(person));
    out(QStringLiteral("%1 personen.").arg(all->size()));
    return 0;
}

namespace {

QJsonObject toJson(Vault& vault, const Actor& actor, const Appointment& a)
{
    return QJsonObject { { QStringLiteral("id"), qint64(a.id) }, { QStringLiteral("kind"), toString(a.kind) },
        { QStringLiteral("description"), a.description }, { QStringLiteral("at"), a.plannedAt },
        { QStringLiteral("with"), personJson(vault, actor, a.personId) },
        { QStringLiteral("status"), toString(a.status) },
        // What the family is told: the core's state, e.g. te-laat for a promise past its due date.
        { QStringLiteral("state"), toString(appointmentState(a, QDate::currentDate())) },
        { QStringLiteral("status_note"), a.statusNote },
        { QStringLiteral("makes_up"), a.makesUpId ? QJsonValue(qint64(*a.makesUpId)) : QJsonValue() } };
}

QString render(Vault& vault, const Actor& actor, const Appointment& a)
{
    QString line = QStringLiteral("#%1  %2  %3  %4  %5")
                       .arg(a.id)
                       .arg(toString(a.kind), toString(appointmentState(a, QDate::currentDate())), a.plannedAt,
                           a.description);
    if (a.personId)
        line += QStringLiteral("  met %1").arg(personText(vault, actor, a.personId));
    if (a.makesUpId)
        line += QStringLiteral("  (inhaalafspraak voor #%1)").arg(*a.makesUpId);
    if (!a.statusNote.isEmpty())
        line += QStringLiteral("  — %1").arg(a.statusNote);
    return line;
}

} // namespace

int cmdAppointment(const QStringList& args)
{
    Invocation inv(QStringLiteral("appointment"),
        QStringLiteral("Appointments and promises (toezeggingen), audited. One of --add, --held, --cancel, "
                       "--make-up, --promise, --kept, --broken; without one (or with --list) it lists them."),
        QStringLiteral("VAULT"), true);
    QCommandLineParser& p = inv.parser;
    p.addOption({ QStringLiteral("add"), QStringLiteral("A new appointment (needs --at; --with who)."),
        QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("at"), QStringLiteral("When: YYYY-MM-DDTHH:MM."), QStringLiteral("DATETIME") });
    p.addOption(
        { QStringLiteral("with"), QStringLiteral("With whom (name or #id; added when new)."), QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("person-role"),
        QStringLiteral("The role of a new --with person, or which one of two with that name."),
        QStringLiteral("ROLE") });
    p.addOption({ QStringLiteral("held"), QStringLiteral("Appointment N took place."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("cancel"), QStringLiteral("Appointment N was cancelled (needs --reason)."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("make-up"),
        QStringLiteral("A new appointment (--at) making up cancelled appointment N."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("promise"), QStringLiteral("A new promise (needs --due)."), QStringLiteral("TEXT") });
    p.addOption(
        { QStringLiteral("due"), QStringLiteral("When the promise is due: YYYY-MM-DD."), QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("kept"), QStringLiteral("Promise N was kept."), QStringLiteral("N") });
    p.addOption(
        { QStringLiteral("broken"), QStringLiteral("Promise N was broken (needs --reason)."), QStringLiteral("N") });
    addTextOption(p, "reason", QStringLiteral("Why it was cancelled or broken (the family sees it)."));
    p.addOption({ QStringLiteral("list"), QStringLiteral("List appointments and promises.") });
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    QStringList actions;
    for (const char* a : { "add", "held", "cancel", "make-up", "promise", "kept", "broken" })
        if (p.isSet(QString::fromLatin1(a)))
            actions << QStringLiteral("--%1").arg(QString::fromLatin1(a));
    if (actions.size() > 1)
        return usage(QStringLiteral("Eén ding tegelijk: %1.").arg(actions.join(QStringLiteral(", "))));
    const QString action = actions.value(0);
    auto reason = textIfSet(inv, "reason");
    if (!reason)
        return fail(reason.status());
    auto role = personRoleOption(p, QStringLiteral("person-role"));
    if (!role)
        return fail(role.status());
    std::optional<PersonRef> with;
    if (p.isSet(QStringLiteral("with"))) {
        PersonRef ref;
        ref.nameOrId = p.value(QStringLiteral("with"));
        ref.role = *role;
        with = ref;
    }
    Id number = 0;
    for (const char* a : { "held", "cancel", "make-up", "kept", "broken" }) {
        if (action == QStringLiteral("--%1").arg(QString::fromLatin1(a))) {
            auto id = parseId(p.value(QString::fromLatin1(a)), QStringLiteral("een afspraak"));
            if (!id)
                return fail(id.status());
            number = *id;
        }
    }
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    CaseCommands commands(**vault, inv.actor());
    const QString why = reason->value_or(QString());
    Result<Id> made = Id(0);
    Status done;
    if (action == QLatin1String("--add"))
        made = commands.addAppointment({ p.value(QStringLiteral("add")), p.value(QStringLiteral("at")), with });
    else if (action == QLatin1String("--promise"))
        made = commands.addPromise({ p.value(QStringLiteral("promise")), p.value(QStringLiteral("due")), with });
    else if (action == QLatin1String("--make-up"))
        made = commands.makeUp(number, p.value(QStringLiteral("at")));
    else if (action == QLatin1String("--held"))
        done = commands.held(number);
    else if (action == QLatin1String("--cancel"))
        done = commands.cancel(number, why);
    else if (action == QLatin1String("--kept"))
        done = commands.kept(number);
    else if (action == QLatin1String("--broken"))
        done = commands.broken(number, why);
    // The core says what is missing in words; the options that give it are the CLI's to name.
    QString hint;
    if (action == QLatin1String("--cancel") || action == QLatin1String("--broken"))
        hint = QStringLiteral("De reden geeft u met --reason TEKST of --reason-file BESTAND; een afspraak is "
                              "gehouden (--held) of afgezegd (--cancel), een toezegging nagekomen (--kept) of niet "
                              "(--broken).");
    else if (action == QLatin1String("--held") || action == QLatin1String("--kept"))
        hint = QStringLiteral("Een afspraak is gehouden (--held) of afgezegd (--cancel), een toezegging nagekomen "
                              "(--kept) of niet (--broken).");
    else if (action == QLatin1String("--make-up"))
        hint = QStringLiteral("De datum en tijd geeft u met --at JJJJ-MM-DDTUU:MM; afzeggen gaat eerst, met "
                              "--cancel N --reason TEKST.");
    else if (action == QLatin1String("--promise"))
        hint = QStringLiteral("De datum geeft u met --due JJJJ-MM-DD.");
    else if (action == QLatin1String("--add"))
        hint = QStringLiteral("De datum en tijd geeft u met --at JJJJ-MM-DDTUU:MM, met wie met --with NAAM.");
    if (!made)
        return fail(made.status(), ErrorCode::InvalidInput, hint);
    if (!done)
        return fail(done, ErrorCode::InvalidInput, hint);
    if (!action.isEmpty() && !p.isSet(QStringLiteral("list"))) {
        const Id id = *made != 0 ? *made : number;
        if (inv.json())
            printJson(QJsonObject { { QStringLiteral("id"), qint64(id) } });
        else
            out(QStringLiteral("Vastgelegd: #%1.").arg(id));
        return 0;
    }
    auto all = CaseFile(**vault, inv.actor()).appointments();
    if (!all)
        return fail(all.status());
    if (inv.json()) {
        QJsonArray items;
        for (const Appointment& a : *all)
            items.append(toJson(**vault, inv.actor(), a));
        printJson(QJsonObject { { QStringLiteral("appointments"), items } });
        return 0;
    }
    for (const Appointment& a : *all)
        out(render(**vault, inv.actor(), a));
    out(QStringLiteral("%1 afspraken en toezeggingen.").arg(all->size()));
    return 0;
}

} // namespace inzage::cli
