// answer: a parent's answer to an entry, or the professional's handling of one.
#include "Cli.h"
#include "EntryText.h"

#include "dossier/AnswerExtensions.h"
#include "dossier/AnswerInbox.h"
#include "dossier/Answers.h"
#include "exchange/JsonExport.h"

#include <QJsonObject>

namespace inzage::cli {

namespace {

int extendDeadline(const Invocation& inv)
{
    if (inv.parser.positionalArguments().size() != 1 || inv.parser.isSet(QStringLiteral("handle"))
        || inv.parser.isSet(QStringLiteral("share")))
        return usage(QStringLiteral("Verlengen gaat zo: answer VAULT --extend N --reason-file BESTAND (of - voor "
                                    "standaardinvoer)."));
    auto answerId = parseId(inv.parser.value(QStringLiteral("extend")), QStringLiteral("een reactie"));
    if (!answerId)
        return fail(answerId.status());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto reason = inv.text(QStringLiteral("reason"), QStringLiteral("reason-file"));
    if (!reason)
        return fail(reason.status());
    auto extended = AnswerExtensions(**vault, inv.actor()).extend(*answerId, *reason);
    if (!extended)
        return fail(extended.status());
    auto a = Answers(**vault, inv.actor()).get(*answerId);
    if (!a)
        return fail(a.status());
    if (inv.json()) {
        printJson(toJson(*a));
        return 0;
    }
    out(QStringLiteral("De termijn van reactie %1 is verlengd tot %2. Reden: %3")
            .arg(*answerId)
            .arg(AnswerInbox::deadlineOf(*a).date().toString(Qt::ISODate), extended->reason));
    return 0;
}

} // namespace

int cmdAnswer(const QStringList& args)
{
    Invocation inv(QStringLiteral("answer"),
                   QStringLiteral("Record an answer to entry ID (--kind, --text), handle answer N "
                                  "(--handle N --status S --reply R), or extend its AVG deadline once by two "
                                  "months (--extend N --reason-file F)."),
                   QStringLiteral("VAULT [ID]"), true);
    inv.parser.addOption({QStringLiteral("kind"), QStringLiteral("klopt, klopt-niet, aanvulling, correctieverzoek, vraag."),
                          QStringLiteral("KIND")});
    inv.parser.addOption({QStringLiteral("text"), QStringLiteral("The answer in the parent's words."), QStringLiteral("TEXT")});
    inv.parser.addOption({QStringLiteral("handle"), QStringLiteral("Handle this answer (professional)."), QStringLiteral("N")});
    inv.parser.addOption({QStringLiteral("status"), QStringLiteral("verstuurd, in-behandeling, verwerkt, afgewezen."),
                          QStringLiteral("STATUS")});
    inv.parser.addOption({QStringLiteral("reply"), QStringLiteral("Reply to the parent (required for afgewezen)."),
                          QStringLiteral("TEXT")});
    inv.parser.addOption({QStringLiteral("text-file"),
                          QStringLiteral("The answer from FILE (- for standard input, after the passphrase line)."),
                          QStringLiteral("FILE")});
    inv.parser.addOption({QStringLiteral("reply-file"), QStringLiteral("The reply from FILE (- for standard input)."),
                          QStringLiteral("FILE")});
    inv.parser.addOption({QStringLiteral("for"),
                          QStringLiteral("In the professional's dossier: the parent (or child) whose answer this is, for "
                                         "an answer that came in on paper."),
                          QStringLiteral("NAME")});
    inv.parser.addOption({QStringLiteral("share"),
                          QStringLiteral("Share answer N with the parent named by --with: it then travels in their copy "
                                         "and update files too (read-only for them)."),
                          QStringLiteral("N")});
    inv.parser.addOption({QStringLiteral("with"), QStringLiteral("With --share: the parent to share with."),
                          QStringLiteral("NAME")});
    inv.parser.addOption({QStringLiteral("extend"),
                          QStringLiteral("Extend the AVG deadline of answer N (a correctieverzoek) once by two months, "
                                         "within the first month (professional; the parent is told the reason)."),
                          QStringLiteral("N")});
    inv.parser.addOption({QStringLiteral("reason"), QStringLiteral("With --extend: why the deadline is extended."),
                          QStringLiteral("TEXT")});
    inv.parser.addOption({QStringLiteral("reason-file"),
                          QStringLiteral("With --extend: the reason from FILE (- for standard input, after the "
                                         "passphrase line)."),
                          QStringLiteral("FILE")});
    int code = 0;
    if (!inv.parse(args, 1, 2, &code))
        return code;
    if (inv.parser.isSet(QStringLiteral("extend")))
        return extendDeadline(inv);
    if (inv.parser.isSet(QStringLiteral("share"))) {
        if (inv.parser.positionalArguments().size() != 1 || !inv.parser.isSet(QStringLiteral("with")))
            return usage(QStringLiteral("Delen gaat zo: answer VAULT --share N --with NAAM."));
        auto answerId = parseId(inv.parser.value(QStringLiteral("share")), QStringLiteral("een reactie"));
        if (!answerId)
            return fail(answerId.status());
        auto vault = inv.openVault();
        if (!vault)
            return fail(vault.status());
        auto person = findPerson(**vault, inv.parser.value(QStringLiteral("with")));
        if (!person)
            return fail(person.status());
        if (Status s = Answers(**vault, inv.actor()).share(*answerId, person->id); !s)
            return fail(s);
        out(QStringLiteral("Reactie %1 is gedeeld met %2.").arg(*answerId).arg(person->name));
        return 0;
    }
    const bool handling = inv.parser.isSet(QStringLiteral("handle"));
    if (handling == (inv.parser.positionalArguments().size() == 2))
        return usage(QStringLiteral("Geef óf een notitienummer met --kind en --text, óf --handle N met --status."));

    if (handling) {
        auto answerId = parseId(inv.parser.value(QStringLiteral("handle")), QStringLiteral("een reactie"));
        if (!answerId)
            return fail(answerId.status());
        const auto status = parse<AnswerStatus>(inv.parser.value(QStringLiteral("status")));
        if (!status)
            return fail(Status(ErrorCode::InvalidInput, QStringLiteral("Onbekende status '%1'. Toegestaan: %2.")
                                                            .arg(inv.parser.value(QStringLiteral("status")), Vocabulary<AnswerStatus>::allowed())));
        auto vault = inv.openVault();
        if (!vault)
            return fail(vault.status());
        auto reply = inv.text(QStringLiteral("reply"), QStringLiteral("reply-file"));
        if (!reply)
            return fail(reply.status());
        Answers answers(**vault, inv.actor());
        if (Status s = answers.handle(*answerId, *status, *reply); !s)
            return fail(s);
        auto a = answers.get(*answerId);
        if (!a)
            return fail(a.status());
        if (inv.json())
            printJson(toJson(*a));
        else
            out(renderAnswer(*a));
        return 0;
    }

    auto entryId = parseId(inv.arg(1), QStringLiteral("een notitie"));
    if (!entryId)
        return fail(entryId.status());
    const auto kind = parse<AnswerKind>(inv.parser.value(QStringLiteral("kind")));
    if (!kind)
        return fail(Status(ErrorCode::InvalidInput, QStringLiteral("Onbekende soort reactie '%1'. Toegestaan: %2.")
                                                        .arg(inv.parser.value(QStringLiteral("kind")), Vocabulary<AnswerKind>::allowed())));
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto text = inv.text(QStringLiteral("text"), QStringLiteral("text-file"));
    if (!text)
        return fail(text.status());
    std::optional<Id> forPerson;
    if (inv.parser.isSet(QStringLiteral("for"))) {
        if ((*vault)->kind() == VaultKind::Ouderexemplaar)
            return usage(QStringLiteral("--for hoort bij het dossier van de professional; in een ouderexemplaar is "
                                        "de reactie altijd van de ouder van dat exemplaar."));
        auto person = findPerson(**vault, inv.parser.value(QStringLiteral("for")));
        if (!person)
            return fail(person.status());
        forPerson = person->id;
    }
    auto a = Answers(**vault, inv.actor()).add(*entryId, *kind, *text, forPerson);
    if (!a)
        return fail(a.status());
    if (inv.json())
        printJson(toJson(*a));
    else
        out(renderAnswer(*a));
    return 0;
}

} // namespace inzage::cli
