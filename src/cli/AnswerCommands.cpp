// answer: a parent's answer to an entry, or the professional's handling of one.
#include "Cli.h"
#include "EntryText.h"

#include "dossier/Answers.h"
#include "exchange/JsonExport.h"

#include <QJsonObject>

namespace inzage::cli {

int cmdAnswer(const QStringList& args)
{
    Invocation inv(QStringLiteral("answer"),
                   QStringLiteral("Record an answer to entry ID (--kind, --text), or handle answer N "
                                  "(--handle N --status S --reply R)."),
                   QStringLiteral("VAULT [ID]"), true);
    inv.parser.addOption({QStringLiteral("kind"), QStringLiteral("klopt, klopt-niet, aanvulling, correctieverzoek, vraag."),
                          QStringLiteral("KIND")});
    inv.parser.addOption({QStringLiteral("text"), QStringLiteral("The answer in the parent's words."), QStringLiteral("TEXT")});
    inv.parser.addOption({QStringLiteral("handle"), QStringLiteral("Handle this answer (professional)."), QStringLiteral("N")});
    inv.parser.addOption({QStringLiteral("status"), QStringLiteral("verstuurd, in-behandeling, verwerkt, afgewezen."),
                          QStringLiteral("STATUS")});
    inv.parser.addOption({QStringLiteral("reply"), QStringLiteral("Reply to the parent (required for afgewezen)."),
                          QStringLiteral("TEXT")});
    int code = 0;
    if (!inv.parse(args, 1, 2, &code))
        return code;
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
        Answers answers(**vault, inv.actor());
        if (Status s = answers.handle(*answerId, *status, inv.parser.value(QStringLiteral("reply"))); !s)
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
    auto a = Answers(**vault, inv.actor()).add(*entryId, *kind, inv.parser.value(QStringLiteral("text")));
    if (!a)
        return fail(a.status());
    if (inv.json())
        printJson(toJson(*a));
    else
        out(renderAnswer(*a));
    return 0;
}

} // namespace inzage::cli
