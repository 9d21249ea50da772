// inzage-cli: everything headless and scriptable. Thin: all logic lives in inzage_core.
#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include "vault/ProcessGuard.h"

#include <cstring>
#include <functional>
#include <map>
#include <memory>

using namespace inzage::cli;

namespace {

const char* kUsage =
    "inzage-cli COMMAND VAULT [options]   (inzage-cli COMMAND --help for each)\n"
    "\n"
    "  init VAULT              create a new, empty encrypted dossier\n"
    "  demo VAULT              create a new dossier filled with the built-in fictional demo family\n"
    "  import VAULT FILE       import a report: .docx, .odt, .txt or .md (unlabelled, one entry a sentence;\n"
    "                          again after a new version: matched), or the TSV layout (section, label, ...)\n"
    "  sentences FILE          show how a .docx, .odt, .txt or .md document is split into sentences\n"
    "  add VAULT --text T      add one entry\n"
    "  list VAULT              list entries (--label, --spoken-to, --section, --unlabelled, --json)\n"
    "  show VAULT ID           one entry with who was spoken to, basis, holder and answers\n"
    "  label VAULT ID LABEL    label an entry feit, mening, bron or onbeoordeeld (a new revision)\n"
    "  source VAULT ID         record who was spoken to for an entry (a new revision)\n"
    "  approve VAULT ID        record that the person spoken to approved a bron (--by, --on, --how)\n"
    "  answer VAULT ID         record a parent's answer, or --handle an answer (status, reply),\n"
    "                          or --extend an AVG request's deadline once by two months (with a reason)\n"
    "  search VAULT TEXT       search entry text, ignoring case and accents\n"
    "  history VAULT ID        every revision of an entry and of its answers\n"
    "  history VAULT           every change to the file in plain words: who, what and when\n"
    "  verify VAULT            check the file and the audit chain (--checkpoint FILE --org-public PUB: a signed\n"
    "                          checkpoint still holds)\n"
    "  passwd VAULT            change the passphrase\n"
    "  copy VAULT DEST         write an encrypted copy under its own passphrase\n"
    "  export VAULT --json     the whole dossier as one JSON document\n"
    "  parent-copy VAULT DEST  make the parent's copy (ouderexemplaar) under the parent's own passphrase\n"
    "  answers-export COPY FILE   write the parent's answers from a parent copy as an encrypted file\n"
    "  answers-import VAULT FILE  read an answer file into the professional's dossier\n"
    "  updates-export VAULT FILE  write statuses and replies for a parent copy as an encrypted file\n"
    "  updates-import COPY FILE   read an update file into the parent copy\n"
    "  shield VAULT PERSON     shield a person already in the dossier, for a legal reason\n"
    "  hints VAULT             suggest a label for every entry, with the reason (never stored)\n"
    "  hints --evaluate FILE   measure the hints on a labelled TSV (label, text, optionally section, source)\n"
    "  warnings VAULT          labelling warnings: doubt words, missing sources, bases and holders\n"
    "  case VAULT              the case information: contact, backup, office hours, numbers, stage, next step\n"
    "  person VAULT NAME       add or change a person (--role, --relation, ...); --list prints everyone\n"
    "  appointment VAULT       appointments and promises: --add, --held, --cancel, --make-up, --promise, --kept, --broken\n"
    "  appointments-ics VAULT DEST  the appointments and promises as a new calendar file (.ics)\n"
    "  audit VAULT             the reviewer's audit, read-only: attribution figures, findings, --sample N [--seed S];\n"
    "                          --csv OUT.csv, --pdf OUT.pdf: the audit report with flags and sample\n"
    "  flag VAULT ENTRY        the reviewer flags an entry with a note (--note-file), or --close N with a note;\n"
    "                          in the reviewer's own file VAULT.vlaggen, the dossier stays unwritten\n"
    "  flags VAULT             the reviewer's flags, open first\n"
    "  org-key OUT.key         make the organisation's signing key (OUT.key with a passphrase, OUT.pub public)\n"
    "  checkpoint VAULT OUT    a checkpoint of the audit chain signed with --org-key KEY (verify --checkpoint)\n"
    "  check VAULT             is the report ready? every blocking item with its entry and rule (exit 13: not ready)\n"
    "  report VAULT OUT.pdf    the report as a PDF; final (recorded in the audit chain) unless --concept;\n"
    "                          --checkpoint-key KEY: a signed checkpoint beside it (OUT.checkpoint)\n"
    "  audit --batch DIR       the audit over a folder of vaults, one CSV row each (--shard K/N, --csv OUT);\n"
    "                          audit --merge OUT.csv IN.csv... combines the shards' CSVs\n"
    "  concept VAULT --send    the concept goes to the parents (audited; at least 5 working days to react)\n"
    "  paper VAULT DEST.pdf    the file on paper for the family (Mijn dossier; --answers: Mijn reacties) as a PDF\n"
    "\n"
    "Passphrases: --passphrase-file FILE, or typed on the terminal, or one line on standard input.\n"
    "Exit codes: 0 ok, 1 failed, 2 usage, 3 wrong passphrase, 4 not a vault, 5 damaged file,\n"
    "6 newer format, 7 busy (another writer), 8 I/O error or disk full, 9 not found, 10 invalid input,\n"
    "11 not allowed for how the file was opened, 12 already exists, 13 report not ready (check),\n"
    "14 (verify) the file is older than the last time it was open on this computer.\n"
    "Who reads follows from the file: a parent copy opens as its parent, the professional's dossier as the\n"
    "professional, and with --read-only as a reviewer who can read everything and write nothing.\n";

QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform warns that XDG_RUNTIME_DIR is not set, on every report made from a script
// or a cron job: that says nothing to the user, so only that one is left out.
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    // No core dumps and no reading of this process's memory: it holds key material.
    (void)inzage::guardProcessMemory();

    // The report and the paper draw a PDF with QtGui, which needs a QGuiApplication; offscreen needs no display.
    bool drawsPdf = argc > 1 && (std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "paper") == 0);
    // The audit draws one only for --pdf.
    for (int i = 2; argc > 1 && std::strcmp(argv[1], "audit") == 0 && i < argc; ++i)
        drawsPdf = drawsPdf || std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0;
    if (drawsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (drawsPdf)
        g_defaultHandler = qInstallMessageHandler(quietRuntimeDirWarning);
    if (drawsPdf)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inzage-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        out(QString::fromLatin1(kUsage));
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out(QStringLiteral("inzage-cli %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const std::map<QString, std::function<int(const QStringList&)>> commands {
        {QStringLiteral("init"), cmdInit},       {QStringLiteral("demo"), cmdDemo},
        {QStringLiteral("import"), cmdImport},   {QStringLiteral("add"), cmdAdd},
        {QStringLiteral("list"), cmdList},       {QStringLiteral("show"), cmdShow},
        {QStringLiteral("label"), cmdLabel},     {QStringLiteral("source"), cmdSource},
        {QStringLiteral("answer"), cmdAnswer},   {QStringLiteral("search"), cmdSearch},
        {QStringLiteral("history"), cmdHistory}, {QStringLiteral("verify"), cmdVerify},
        {QStringLiteral("passwd"), cmdPasswd},   {QStringLiteral("copy"), cmdCopy},
        {QStringLiteral("export"), cmdExport},   {QStringLiteral("sentences"), cmdSentences},
        {QStringLiteral("parent-copy"), cmdParentCopy},
        {QStringLiteral("answers-export"), cmdAnswersExport},
        {QStringLiteral("answers-import"), cmdAnswersImport},
        {QStringLiteral("updates-export"), cmdUpdatesExport},
        {QStringLiteral("updates-import"), cmdUpdatesImport},
        {QStringLiteral("shield"), cmdShield},
        {QStringLiteral("hints"), cmdHints},
        {QStringLiteral("warnings"), cmdWarnings},
        {QStringLiteral("case"), cmdCase},
        {QStringLiteral("person"), cmdPerson},
        {QStringLiteral("appointment"), cmdAppointment},
        {QStringLiteral("appointments-ics"), cmdAppointmentsIcs},
        {QStringLiteral("check"), cmdCheck},
        {QStringLiteral("concept"), cmdConcept},
        {QStringLiteral("report"), cmdReport},
        {QStringLiteral("paper"), cmdPaper},
        {QStringLiteral("approve"), cmdApprove},
        {QStringLiteral("audit"), cmdAudit},
        {QStringLiteral("org-key"), cmdOrgKey},
        {QStringLiteral("checkpoint"), cmdCheckpoint},
        {QStringLiteral("flag"), cmdFlag},
        {QStringLiteral("flags"), cmdFlags},
    };
    const QString command = args.takeFirst();
    const auto it = commands.find(command);
    if (it == commands.end())
        return usage(QStringLiteral("Onbekende opdracht '%1'. Zie: inzage-cli --help").arg(command));
    return it->second(args);
}
