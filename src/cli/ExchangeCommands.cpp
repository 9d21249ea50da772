// parent-copy, answers-export, answers-import, updates-export, updates-import: how the parent gets
// a copy and how answers, statuses and replies travel between the two files.
#include "Cli.h"
#include "Passphrase.h"

#include "exchange/AnswerExchange.h"
#include "exchange/AnswerTravel.h"
#include "exchange/ParentCopy.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <sodium.h>

namespace inzage::cli {

namespace {

QJsonObject toJson(const ExchangeImportReport& r)
{
    return { { QStringLiteral("new_answers"), r.newAnswers }, { QStringLiteral("new_revisions"), r.newRevisions },
        { QStringLiteral("new_handling"), r.newHandling }, { QStringLiteral("already_present"), r.alreadyPresent },
        { QStringLiteral("new_extensions"), r.newExtensions },
        { QStringLiteral("entry_changed_since"), r.entryChangedSince },
        { QStringLiteral("changed_nothing"), r.changedNothing() },
        { QStringLiteral("new_entries"), r.content.newEntries },
        { QStringLiteral("changed_entries"), r.content.changedEntries },
        { QStringLiteral("hidden_entries"), r.content.hiddenEntries },
        { QStringLiteral("case_info"), r.content.caseInfo }, { QStringLiteral("appointments"), r.content.appointments },
        { QStringLiteral("promises"), r.content.promises }, { QStringLiteral("other_rows"), r.content.otherRows },
        { QStringLiteral("concepts"), r.content.concepts } };
}

// What an update file brought besides answers, one line, or nothing when it brought none.
void reportContent(const UpdateContentReport& c)
{
    if (c.total() == 0)
        return;
    out(QCoreApplication::translate("inzage::cli::ExchangeCommands",
        "Bijgewerkt: %1 nieuwe notities, %2 gewijzigde notities, %3 niet meer zichtbaar, dossiergegevens %4, "
        "%5 afspraken, %6 toezeggingen, %7 overige regels (personen, accorderingen, verwijderd uit het rapport).")
            .arg(c.newEntries)
            .arg(c.changedEntries)
            .arg(c.hiddenEntries)
            .arg(c.caseInfo > 0 ? QCoreApplication::translate("inzage::cli::ExchangeCommands", "gewijzigd")
                                : QCoreApplication::translate("inzage::cli::ExchangeCommands", "ongewijzigd"))
            .arg(c.appointments)
            .arg(c.promises)
            .arg(c.otherRows));
    if (c.concepts > 0)
        out(QStringLiteral("Het concept-rapport is binnen: de notities die erin staan, zijn gemarkeerd (inzage-cli concept "
                           "COPY toont tot wanneer u kunt reageren)."));
}

int reportImport(const Invocation& inv, const ExchangeImportReport& r, bool answers)
{
    if (inv.json()) {
        printJson(toJson(r));
        return 0;
    }
    if (r.changedNothing()) {
        out(QStringLiteral("Niets nieuws: alles uit dit bestand stond er al (%1 regels)").arg(r.alreadyPresent));
    } else if (answers) {
        out(QStringLiteral("Ingelezen: %1 nieuwe reacties, %2 nieuwe versies van reacties.")
                .arg(r.newAnswers)
                .arg(r.newRevisions));
    } else {
        if (r.newHandling + r.newAnswers + r.newRevisions > 0 || r.content.total() == 0)
            out(QStringLiteral("Ingelezen: %1 nieuwe afhandelingen (status en antwoord), %2 reacties aangevuld.")
                    .arg(r.newHandling)
                    .arg(r.newAnswers + r.newRevisions));
        if (r.newExtensions > 0)
            out(QCoreApplication::translate("inzage::cli::ExchangeCommands",
                "Bij %1 reactie(s) heeft de professional de termijn van de AVG verlengd.")
                    .arg(r.newExtensions));
        reportContent(r.content);
    }
    if (r.entryChangedSince > 0)
        out(QStringLiteral("Let op: %1 reactie(s) gaan over een notitie die sindsdien is gewijzigd; ze zijn bewaard "
                           "en als zodanig gemarkeerd.")
                .arg(r.entryChangedSince));
    return 0;
}

} // namespace

int cmdParentCopy(const QStringList& args)
{
    Invocation inv(QStringLiteral("parent-copy"),
        QStringLiteral("Make the parent's copy (ouderexemplaar) of the dossier in VAULT as the new file DEST, "
                       "under the parent's own passphrase from --new-passphrase-file, the terminal, or the "
                       "second line of standard input. Entries not visible to the parent are left out of "
                       "the file; shielded sources appear as \"Afgeschermde bron\" with the legal reason."),
        QStringLiteral("VAULT DEST"), true);
    inv.parser.addOption({ QStringLiteral("new-passphrase-file"),
        QStringLiteral("Read the parent's passphrase from FILE."), QStringLiteral("FILE") });
    inv.parser.addOption({ QStringLiteral("for"),
        QStringLiteral("The parent (role ouder) or child from 12 (role kind) the copy is for, by name or #id. "
                       "Needed when the dossier has more than one parent: each parent gets their own copy, "
                       "with only their own answers."),
        QStringLiteral("NAME") });
    addKdfOptions(inv.parser);
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    auto kdf = kdfFrom(inv.parser);
    if (!kdf)
        return fail(kdf.status());
    auto own = PassphraseSource(inv.parser.value(QStringLiteral("passphrase-file")))
                   .read(QStringLiteral("Wachtwoord voor %1").arg(inv.vaultPath()));
    if (!own)
        return fail(own.status());
    auto vault = Vault::open(inv.vaultPath(), *own);
    if (!vault)
        return fail(vault.status());
    (void)checkRemembered(**vault);
    ParentCopyRequest request;
    request.destination = inv.arg(1);
    request.forPerson.nameOrId = inv.parser.value(QStringLiteral("for"));
    request.kdf = *kdf;
    request.ownPassphrase = &*own;
    // Who it is for is checked before the parent's passphrase is asked.
    if (auto who = ParentCopy::recipient(**vault, request.forPerson); !who)
        return fail(who.status(), ErrorCode::Usage, QStringLiteral("Kies de ouder met --for NAAM."));
    auto pass = newPassphrase(inv.parser, QStringLiteral("new-passphrase-file"),
        QStringLiteral("Wachtwoord van de ouder voor het ouderexemplaar"));
    if (!pass)
        return fail(pass.status());
    auto report = ParentCopy::create(**vault, inv.actor(), request, *pass);
    own->clear();
    if (!report)
        return fail(report.status());
    if (inv.json()) {
        printJson(QJsonObject { { QStringLiteral("file"), inv.arg(1) },
            { QStringLiteral("exchange"), report->exchangeId }, { QStringLiteral("for"), report->personName },
            { QStringLiteral("for_person_id"), qint64(report->personId) }, { QStringLiteral("entries"), report->entries },
            { QStringLiteral("left_out"), report->leftOut }, { QStringLiteral("answers"), report->answers },
            { QStringLiteral("shielded_persons"), report->shieldedPersons } });
    } else {
        out(QStringLiteral("Ouderexemplaar gemaakt voor %6: %1\n%2 notities, %3 niet zichtbaar voor de ouder en "
                           "weggelaten, %4 reacties. Uitwisseling: %5")
                .arg(inv.arg(1))
                .arg(report->entries)
                .arg(report->leftOut)
                .arg(report->answers)
                .arg(report->exchangeId)
                .arg(report->personName));
    }
    return 0;
}

int cmdAnswersExport(const QStringList& args)
{
    Invocation inv(QStringLiteral("answers-export"),
        QStringLiteral("Write every answer in the parent copy COPY to the new, encrypted answer file FILE, "
                       "for the professional to read in with answers-import."),
        QStringLiteral("COPY FILE"));
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    if (Status s = AnswerTravel::exportAnswers(**vault, inv.actor(), inv.arg(1)); !s)
        return fail(s);
    out(QStringLiteral("Antwoordbestand gemaakt: %1").arg(inv.arg(1)));
    return 0;
}

int cmdAnswersImport(const QStringList& args)
{
    Invocation inv(QStringLiteral("answers-import"),
        QStringLiteral("Read the answer file FILE from a parent copy into the professional's dossier VAULT. "
                       "Only missing answers and versions are added; reading the same file twice changes "
                       "nothing. A file that cannot be read whole is refused whole."),
        QStringLiteral("VAULT FILE"), true);
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto report = AnswerExchange::importAnswers(**vault, inv.actor(), inv.arg(1));
    if (!report)
        return fail(report.status());
    return reportImport(inv, *report, true);
}

int cmdUpdatesExport(const QStringList& args)
{
    Invocation inv(QStringLiteral("updates-export"),
        QStringLiteral("Write the status and reply of every answer of one parent copy to the new, encrypted "
                       "update file FILE, for the parent to read in with updates-import."),
        QStringLiteral("VAULT FILE"));
    inv.parser.addOption({ QStringLiteral("exchange"),
        QStringLiteral("Which parent copy (its exchange id); needed when more than one was made."),
        QStringLiteral("ID") });
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    if (Status s = AnswerExchange::exportUpdates(**vault, inv.parser.value(QStringLiteral("exchange")), inv.arg(1)); !s)
        return fail(s, ErrorCode::Usage, QStringLiteral("Kies het exemplaar met --exchange UITWISSELING."));
    out(QStringLiteral("Updatebestand gemaakt: %1").arg(inv.arg(1)));
    return 0;
}

int cmdUpdatesImport(const QStringList& args)
{
    Invocation inv(QStringLiteral("updates-import"),
        QStringLiteral("Read the update file FILE (statuses and replies) into the parent copy COPY. Reading "
                       "the same file twice changes nothing."),
        QStringLiteral("COPY FILE"), true);
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto report = AnswerExchange::importUpdates(**vault, inv.actor(), inv.arg(1));
    if (!report)
        return fail(report.status());
    return reportImport(inv, *report, false);
}

} // namespace inzage::cli
