// appointments-ics: the appointments and promises as a calendar file for the family's agenda.
#include "Cli.h"

#include "dossier/CalendarExport.h"

namespace inzage::cli {

int cmdAppointmentsIcs(const QStringList& args)
{
    Invocation inv(QStringLiteral("appointments-ics"),
        QStringLiteral("Write the appointments and promises of VAULT to the new calendar file DEST (.ics, RFC 5545), "
                       "as the reader of VAULT may see them; a shielded source is never named. DEST is never "
                       "overwritten."),
        QStringLiteral("VAULT DEST"));
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto file = CalendarExport::write(**vault, inv.arg(1));
    if (!file)
        return fail(file.status());
    out(QStringLiteral("Agendabestand gemaakt: %1 (%2 afspraken en toezeggingen).").arg(inv.arg(1)).arg(file->events));
    if (file->skipped > 0)
        err(QStringLiteral("%1 toezegging(en) zonder leesbare datum staan er niet in.").arg(file->skipped));
    return 0;
}

} // namespace inzage::cli
