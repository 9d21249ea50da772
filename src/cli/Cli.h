#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>

#include <memory>
#include <optional>

namespace inzage {
class OrgKey;
class ReviewerFlags;
} // namespace inzage

namespace inzage::cli {

// One subcommand's parsed command line with the options every subcommand shares:
// VAULT first, --passphrase-file, --as, --read-only, and --json where it applies.
class Invocation {
public:
    // personRole: the command takes --role as a person's role (person), not the retired reader role.
    Invocation(const QString& command, const QString& summary, const QString& positionalSyntax,
               bool json = false, bool personRole = false);

    QCommandLineParser parser;

    // Parses; on --help prints and returns 0 via *exitCode; on a usage error prints and sets 2.
    bool parse(const QStringList& args, int minPositional, int maxPositional, int* exitCode);

    QString vaultPath() const { return parser.positionalArguments().value(0); }
    QString arg(int i) const { return parser.positionalArguments().value(i); }
    bool json() const { return m_json && parser.isSet(QStringLiteral("json")); }
    Actor actor() const;
    // A free text from --VALUE or from --FILE (a path, or - for standard input after the passphrase
    // line), so a family's words never have to stand in argv where every local user sees them.
    Result<QString> text(const QString& valueOption, const QString& fileOption) const;

    Result<std::unique_ptr<Vault>> openVault() const;
    // Opens in this mode whatever --read-only says (audit always reads only).
    Result<std::unique_ptr<Vault>> openVault(OpenMode mode) const;

    // Whether the vault opened by openVault() is older than the last time this computer opened it
    // (the warning is then on stderr already).
    bool openedOlderThanBefore() const { return m_olderThanBefore; }

private:
    QString m_command;
    mutable bool m_olderThanBefore = false;
    bool m_json;
    bool m_personRole;
};

// verify: the file is whole, but older than the last time it was open on this computer.
inline constexpr int kExitOlderThanBefore = 14;

int fail(const Status& status);
// The core's messages name no command-line options (the app shows the same messages). Where an
// option is the way on, a command adds its own hint line, for the Status code whose cause it knows.
Status withHint(const Status& status, ErrorCode when, const QString& hint);
inline int fail(const Status& status, ErrorCode when, const QString& hint) { return fail(withHint(status, when, hint)); }
// Compares a freshly opened vault with what this computer remembers of it (the core's OpenMemory)
// and puts any warning on stderr; true when the file is older than the last time.
bool checkRemembered(Vault& vault);
int usage(const QString& message);
void printJson(const QJsonValue& value);
void out(const QString& text);
void err(const QString& text);

Result<QString> readTextFile(const QString& path);
Result<Id> parseId(const QString& text, const QString& what);
// Finds a person by exact name, or by "#id".
Result<Person> findPerson(Vault& vault, const QString& nameOrId);
// The hint after a person that could not be chosen by name alone.
QString samePersonNameHint();

// --kdf-ops and --kdf-mem-mib, as init, copy, passwd and parent-copy take them.
void addKdfOptions(QCommandLineParser& parser);
Result<KdfParams> kdfFrom(const QCommandLineParser& parser);
// A new passphrase from the file named by optionName, the terminal (asked twice) or stdin; never empty.
Result<SecureBytes> newPassphrase(const QCommandLineParser& parser, const QString& optionName, const QString& prompt);

int cmdInit(const QStringList& args);
int cmdDemo(const QStringList& args);
int cmdPasswd(const QStringList& args);
int cmdCopy(const QStringList& args);
int cmdVerify(const QStringList& args);
int cmdExport(const QStringList& args);
int cmdImport(const QStringList& args);
int cmdAdd(const QStringList& args);
int cmdList(const QStringList& args);
int cmdSearch(const QStringList& args);
int cmdShow(const QStringList& args);
int cmdHistory(const QStringList& args);
// history VAULT without an entry: every change to the file in words (ChangeHistory).
int fileHistory(Invocation& inv);
int cmdLabel(const QStringList& args);
int cmdSource(const QStringList& args);
int cmdAnswer(const QStringList& args);
int cmdParentCopy(const QStringList& args);
int cmdAnswersExport(const QStringList& args);
int cmdAnswersImport(const QStringList& args);
int cmdUpdatesExport(const QStringList& args);
int cmdUpdatesImport(const QStringList& args);
int cmdShield(const QStringList& args);
int cmdSentences(const QStringList& args);
// import VAULT FILE for .docx, .odt, .txt and .md (cmdImport hands these over).
int cmdImportDocument(const QStringList& args);
bool isDocumentImport(const QStringList& args);
int cmdHints(const QStringList& args);
int cmdWarnings(const QStringList& args);
int cmdCase(const QStringList& args);
int cmdPerson(const QStringList& args);
int cmdAppointment(const QStringList& args);
int cmdAppointmentsIcs(const QStringList& args);
int cmdCheck(const QStringList& args);
int cmdConcept(const QStringList& args);
int cmdAuditBatch(const QStringList& args);
int cmdAuditMerge(const QStringList& args);
int cmdReport(const QStringList& args);
int cmdPaper(const QStringList& args);
int cmdApprove(const QStringList& args);
int cmdAudit(const QStringList& args);
int cmdOrgKey(const QStringList& args);
int cmdCheckpoint(const QStringList& args);
int cmdFlag(const QStringList& args);
int cmdFlags(const QStringList& args);

// --KEY-OPTION KEY and --key-passphrase-file (org-key's key, for checkpoint and report).
void addOrgKeyOptions(QCommandLineParser& parser, const QString& keyOption);
// Reads the organisation's key named by keyOption, its passphrase from --key-passphrase-file,
// the terminal or a line of standard input.
Result<OrgKey> readOrgKey(const QCommandLineParser& parser, const QString& keyOption);
// --flags FILE and --flags-passphrase-file (flag, flags, audit).
void addFlagOptions(QCommandLineParser& parser);
QString flagsPath(const Invocation& inv);
// The reviewer's flags for the open dossier; none when there is no flag file (and none was named,
// and required is false).
Result<std::optional<ReviewerFlags>> readFlags(const Invocation& inv, Vault& vault, bool required);

} // namespace inzage::cli
