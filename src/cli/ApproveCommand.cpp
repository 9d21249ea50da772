// approve: a person spoken to for a bron approved what is written (accordering). Rules: the core's.
#include "Cli.h"

#include "dossier/SourceApprovals.h"

namespace inzage::cli {

int cmdApprove(const QStringList& args)
{
    Invocation inv(QStringLiteral("approve"),
        QStringLiteral("Record that a person spoken to for a bron approved what is written (accordering): "
                       "--by who, --on when (YYYY-MM-DD, not in the future), --how (gesprek, telefoon, "
                       "huisbezoek, schriftelijk). Audited; never changed afterwards."),
        QStringLiteral("VAULT ID"));
    inv.parser.addOption({ QStringLiteral("by"),
        QStringLiteral("Who approved (a person spoken to for this entry: name or #id)."), QStringLiteral("NAME") });
    inv.parser.addOption(
        { QStringLiteral("on"), QStringLiteral("The day of the approval (YYYY-MM-DD)."), QStringLiteral("DATE") });
    inv.parser.addOption({ QStringLiteral("how"), QStringLiteral("gesprek, telefoon, huisbezoek or schriftelijk."),
        QStringLiteral("METHOD") });
    inv.parser.addOption({ QStringLiteral("person-role"), QStringLiteral("Which one, when two persons share the name."),
        QStringLiteral("ROLE") });
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    for (const char* required : { "by", "on", "how" }) {
        if (!inv.parser.isSet(QString::fromLatin1(required)))
            return usage(
                QStringLiteral("approve heeft --by NAAM, --on JJJJ-MM-DD en --how MANIER nodig (--%1 ontbreekt).")
                    .arg(QString::fromLatin1(required)));
    }
    auto id = parseId(inv.arg(1), QStringLiteral("een notitie"));
    if (!id)
        return fail(id.status());
    ApprovalInput in;
    in.entry = *id;
    in.by.nameOrId = inv.parser.value(QStringLiteral("by"));
    if (inv.parser.isSet(QStringLiteral("person-role"))) {
        const auto role = parse<PersonRole>(inv.parser.value(QStringLiteral("person-role")));
        if (!role)
            return fail(Status(ErrorCode::InvalidInput,
                QStringLiteral("Onbekende persoonsrol '%1'. Toegestaan: %2.")
                    .arg(inv.parser.value(QStringLiteral("person-role")), Vocabulary<PersonRole>::allowed())));
        in.by.role = *role;
    }
    in.on = inv.parser.value(QStringLiteral("on"));
    in.method = inv.parser.value(QStringLiteral("how"));
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto approval = SourceApprovals(**vault, inv.actor()).approve(in);
    if (!approval)
        return fail(approval.status());
    out(QStringLiteral("Bij notitie #%1 vastgelegd: goedgekeurd door %2 op %3 (%4).")
            .arg(*id)
            .arg(in.by.nameOrId, in.on.trimmed(), in.method.trimmed().toLower()));
    return 0;
}

} // namespace inzage::cli
