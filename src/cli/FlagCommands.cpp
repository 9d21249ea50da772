// flag and flags: the reviewer's flags on entries, in the reviewer's own file beside the dossier
// (VAULT.vlaggen); the dossier is opened read-only and never written.
#include "Cli.h"

#include "Passphrase.h"
#include "audit/ReviewerFlags.h"

#include <QJsonArray>
#include <QJsonObject>

namespace inzage::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("inzage::FlagCommands", text);
}

} // namespace

void addFlagOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("flags"),
        QStringLiteral("The reviewer's flag file (default: VAULT.vlaggen beside the dossier)."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("flags-passphrase-file"),
        QStringLiteral("Read the flag file's own passphrase from FILE. Without it, it is asked on the terminal, or "
                       "read as a line from standard input (after the dossier's)."),
        QStringLiteral("FILE") });
}

QString flagsPath(const Invocation& inv)
{
    const QString given = inv.parser.value(QStringLiteral("flags"));
    return given.isEmpty() ? ReviewerFlags::defaultPath(inv.vaultPath()) : given;
}

Result<std::optional<ReviewerFlags>> readFlags(const Invocation& inv, Vault& vault, bool required)
{
    const QString path = flagsPath(inv);
    if (!ReviewerFlags::exists(path)) {
        if (required || inv.parser.isSet(QStringLiteral("flags")))
            return Status(
                ErrorCode::NotFound, tr("Er is geen vlaggenbestand %1 (er is nog geen vlag gezet).").arg(path));
        return std::optional<ReviewerFlags> {};
    }
    PassphraseSource source(inv.parser.value(QStringLiteral("flags-passphrase-file")));
    auto pass = source.read(tr("Wachtwoord van de vlaggen %1").arg(path));
    if (!pass)
        return pass.status();
    auto flags = ReviewerFlags::open(vault, path, *pass);
    if (!flags)
        return flags.status();
    return std::optional<ReviewerFlags>(std::move(*flags));
}

QJsonObject flagJson(const ReviewerFlag& f)
{
    QJsonObject o { { QStringLiteral("number"), f.number }, { QStringLiteral("entry"), qint64(f.entry) },
        { QStringLiteral("open"), f.open }, { QStringLiteral("note"), f.note },
        { QStringLiteral("opened_at"), f.openedAt }, { QStringLiteral("opened_by"), f.openedBy },
        { QStringLiteral("dossier_rows"), qint64(f.dossierRows) }, { QStringLiteral("dossier_head"), f.dossierHead } };
    if (!f.open) {
        o.insert(QStringLiteral("closed_at"), f.closedAt);
        o.insert(QStringLiteral("closed_by"), f.closedBy);
        o.insert(QStringLiteral("close_note"), f.closeNote);
        o.insert(QStringLiteral("closed_at_dossier_rows"), qint64(f.closedAtRows));
        o.insert(QStringLiteral("closed_at_dossier_head"), f.closedAtHead);
    }
    return o;
}

int cmdFlag(const QStringList& args)
{
    Invocation inv(QStringLiteral("flag"),
        QStringLiteral("Flag an entry with a note (flag VAULT ENTRY --note-file F), or close a flag with a note "
                       "(flag VAULT --close N --note-file F). The flags live in the reviewer's own encrypted file "
                       "beside the dossier (VAULT.vlaggen, its own passphrase, its own hash chain); the dossier is "
                       "opened read-only and stays byte-identical."),
        QStringLiteral("VAULT [ENTRY]"), true);
    addFlagOptions(inv.parser);
    addKdfOptions(inv.parser);
    inv.parser.addOption({ QStringLiteral("note-file"),
        QStringLiteral("The note, from FILE (or - for standard input): never on the command line."),
        QStringLiteral("FILE") });
    inv.parser.addOption(
        { QStringLiteral("close"), QStringLiteral("Close flag N (with a note)."), QStringLiteral("N") });
    int code = 0;
    if (!inv.parse(args, 1, 2, &code))
        return code;
    const bool closing = inv.parser.isSet(QStringLiteral("close"));
    const int positional = int(inv.parser.positionalArguments().size());
    if (closing == (positional == 2))
        return usage(tr("Geef een notitie om te markeren (flag VAULT NOTITIE --note-file F) of een vlag om te sluiten "
                        "(flag VAULT --close N --note-file F), niet allebei."));
    if (!inv.parser.isSet(QStringLiteral("note-file")))
        return usage(tr("Een vlag opent en sluit alleen met een notitie: geef --note-file F."));
    Id entry = 0;
    int number = 0;
    if (closing) {
        auto n = parseId(inv.parser.value(QStringLiteral("close")), tr("een vlag"));
        if (!n)
            return fail(n.status());
        number = int(std::min<Id>(*n, 1'000'000'000));
    } else {
        auto id = parseId(inv.arg(1), tr("een notitie"));
        if (!id)
            return fail(id.status());
        entry = *id;
    }
    auto kdf = kdfFrom(inv.parser);
    if (!kdf)
        return fail(kdf.status());
    auto note = readTextFile(inv.parser.value(QStringLiteral("note-file")));
    if (!note)
        return fail(note.status());
    auto vault = inv.openVault(OpenMode::ReadOnly);
    if (!vault)
        return fail(vault.status());
    const QString path = flagsPath(inv);
    std::optional<ReviewerFlags> flags;
    if (!closing && !ReviewerFlags::exists(path)) {
        auto pass = newPassphrase(
            inv.parser, QStringLiteral("flags-passphrase-file"), tr("Nieuw wachtwoord voor de vlaggen %1").arg(path));
        if (!pass)
            return fail(pass.status());
        auto made = ReviewerFlags::create(**vault, path, *pass, *kdf);
        if (!made)
            return fail(made.status());
        flags.emplace(std::move(*made));
    } else {
        auto read = readFlags(inv, **vault, true);
        if (!read)
            return fail(read.status());
        flags = std::move(*read);
    }
    const QString by = inv.actor().name;
    auto done = closing ? flags->close(number, *note, by) : flags->flag(entry, *note, by);
    if (!done)
        return fail(done.status());
    if (inv.json()) {
        QJsonObject o = flagJson(*done);
        o.insert(QStringLiteral("file"), path);
        o.insert(QStringLiteral("flags_head"), flags->head());
        printJson(o);
        return 0;
    }
    out(closing ? tr("Vlag %1 op notitie %2 gesloten (%3).").arg(done->number).arg(done->entry).arg(path)
                : tr("Vlag %1 gezet op notitie %2 (%3).").arg(done->number).arg(done->entry).arg(path));
    out(tr("Vlaggen tot: %1").arg(flags->head()));
    return 0;
}

int cmdFlags(const QStringList& args)
{
    Invocation inv(QStringLiteral("flags"),
        QStringLiteral("List the reviewer's flags (open first) from the flag file beside the dossier. Opens the "
                       "dossier read-only; a changed flag file is refused (exit 5)."),
        QStringLiteral("VAULT"), true);
    addFlagOptions(inv.parser);
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    auto vault = inv.openVault(OpenMode::ReadOnly);
    if (!vault)
        return fail(vault.status());
    auto flags = readFlags(inv, **vault, true);
    if (!flags)
        return fail(flags.status());
    const ReviewerFlags& f = **flags;
    std::vector<ReviewerFlag> ordered = f.openFlags();
    for (const ReviewerFlag& x : f.all())
        if (!x.open)
            ordered.push_back(x);
    if (inv.json()) {
        QJsonArray list;
        for (const ReviewerFlag& x : ordered)
            list.append(flagJson(x));
        printJson(QJsonObject { { QStringLiteral("file"), flagsPath(inv) }, { QStringLiteral("flags_head"), f.head() },
            { QStringLiteral("open"), int(f.openFlags().size()) }, { QStringLiteral("flags"), list } });
        return 0;
    }
    out(tr("Vlaggen in %1: %2 open, %3 in totaal. Tot: %4")
            .arg(flagsPath(inv))
            .arg(f.openFlags().size())
            .arg(f.all().size())
            .arg(f.head()));
    for (const ReviewerFlag& x : ordered) {
        out(tr("  %1  notitie #%2  %3  %4 (%5): %6")
                .arg(x.number)
                .arg(x.entry)
                .arg(x.open ? tr("open") : tr("gesloten"), x.openedAt.left(10), x.openedBy, x.note));
        if (!x.open)
            out(tr("      gesloten %1 (%2): %3").arg(x.closedAt.left(10), x.closedBy, x.closeNote));
    }
    return 0;
}

} // namespace inzage::cli
