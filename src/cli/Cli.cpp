#include "Cli.h"

#include "Passphrase.h"
#include "dossier/Access.h"
#include "dossier/Persons.h"
#include "vault/InputFile.h"
#include "vault/OpenMemory.h"

#include <QFile>
#include <QJsonArray>
#include <QStringDecoder>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace inzage::cli {

Invocation::Invocation(const QString& command, const QString& summary, const QString& positionalSyntax, bool json,
                       bool personRole)
    : m_command(command), m_json(json), m_personRole(personRole)
{
    parser.setApplicationDescription(summary);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("passphrase-file"),
                      QStringLiteral("Read the passphrase from FILE (one trailing newline is ignored). Without it the "
                                     "passphrase is asked on the terminal, or read as one line from standard input."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("as"),
                      QStringLiteral("Name recorded in the audit log (default: $USER). In a parent copy made for a "
                                     "named parent, the history names that parent."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("read-only"),
                      QStringLiteral("Open the file read-only, as a reviewer: everything can be read, nothing written.")});
    // Gone: who reads follows from how the file is opened. Kept only to say so clearly.
    if (!personRole) {
        QCommandLineOption role(QStringLiteral("role"), QStringLiteral("No longer used."), QStringLiteral("ROLE"));
        role.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(role);
    }
    if (json)
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON document on stdout.")});
    parser.addPositionalArgument(QStringLiteral("args"), positionalSyntax, positionalSyntax);
}

bool Invocation::parse(const QStringList& args, int minPositional, int maxPositional, int* exitCode)
{
    QStringList full = args;
    full.prepend(QStringLiteral("inzage-cli %1").arg(m_command));
    if (!parser.parse(full)) {
        *exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText().replace(QStringLiteral("[options] args"),
                                      QStringLiteral("%1 [options]").arg(m_command)));
        *exitCode = 0;
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        *exitCode = usage(QStringLiteral("'%1' verwacht %2. Zie: inzage-cli %1 --help")
                              .arg(m_command, parser.helpText().section(QLatin1Char('\n'), 0, 0)));
        return false;
    }
    if (!m_personRole && parser.isSet(QStringLiteral("role"))) {
        *exitCode = usage(QStringLiteral("--role bestaat niet meer: wie het dossier leest volgt uit het bestand. Een "
                                         "ouderexemplaar opent als de ouder, het dossier van de professional als de "
                                         "professional, en met --read-only als reviewer (alleen lezen)."));
        return false;
    }
    return true;
}

Actor Invocation::actor() const
{
    QString name = parser.value(QStringLiteral("as"));
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", QStringLiteral("onbekend"));
    // The role is the vault's reader (the core sets it from how the file was opened).
    return actorNamed(name);
}

Result<std::unique_ptr<Vault>> Invocation::openVault() const
{
    return openVault(parser.isSet(QStringLiteral("read-only")) ? OpenMode::ReadOnly : OpenMode::ReadWrite);
}

Result<std::unique_ptr<Vault>> Invocation::openVault(OpenMode mode) const
{
    PassphraseSource source(parser.value(QStringLiteral("passphrase-file")));
    auto pass = source.read(QStringLiteral("Wachtwoord voor %1").arg(vaultPath()));
    if (!pass)
        return pass.status();
    auto vault = Vault::open(vaultPath(), *pass, mode);
    if (vault)
        m_olderThanBefore = checkRemembered(**vault);
    return vault;
}

bool checkRemembered(Vault& vault)
{
    auto checked = OpenMemory::check(vault, OpenMemory::defaultDirectory());
    if (!checked) {
        err(QStringLiteral("inzage-cli: let op: %1").arg(checked.message()));
        return false;
    }
    if (!checked->warning.isEmpty())
        err(QStringLiteral("inzage-cli: let op: %1").arg(checked->warning));
    return checked->olderThanBefore();
}

Result<QString> Invocation::text(const QString& valueOption, const QString& fileOption) const
{
    const bool hasValue = parser.isSet(valueOption);
    const bool hasFile = parser.isSet(fileOption);
    if (hasValue && hasFile)
        return Status(ErrorCode::Usage,
                      QStringLiteral("Geef --%1 of --%2, niet allebei.").arg(valueOption, fileOption));
    if (!hasFile)
        return parser.value(valueOption);
    return readTextFile(parser.value(fileOption));
}

Result<QString> readTextFile(const QString& path)
{
    constexpr qint64 kMaxBytes = 8 * 1024 * 1024;
    QFile f;
    const bool isStdin = path == QLatin1String("-");
    if (isStdin) {
        if (!f.open(0, QIODevice::ReadOnly))
            return Status(ErrorCode::Io, QStringLiteral("Standaardinvoer kan niet worden gelezen."));
    } else {
        auto fd = InputFile::openRegular(path);
        if (!fd)
            return fd.status();
        if (!f.open(*fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
            return Status(ErrorCode::NotFound, QStringLiteral("Het bestand %1 kan niet worden gelezen.").arg(path));
    }
    const QByteArray bytes = f.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return Status(ErrorCode::InvalidInput,
                      QStringLiteral("De tekst in %1 is groter dan 8 MB; dat past niet in één notitie.")
                          .arg(isStdin ? QStringLiteral("standaardinvoer") : path));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError() || text.contains(QChar(0)))
        return Status(ErrorCode::InvalidInput,
                      QStringLiteral("De tekst in %1 is geen geldige UTF-8-tekst. Sla hem op als UTF-8.")
                          .arg(isStdin ? QStringLiteral("standaardinvoer") : path));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

int fail(const Status& status)
{
    err(QStringLiteral("inzage-cli: %1").arg(status.message()));
    return int(status.code());
}

Status withHint(const Status& status, ErrorCode when, const QString& hint)
{
    if (status.isOk() || status.code() != when || hint.isEmpty())
        return status;
    return Status(status.code(), status.message() + QLatin1Char('\n') + hint);
}

int usage(const QString& message)
{
    err(QStringLiteral("inzage-cli: %1").arg(message));
    return int(ErrorCode::Usage);
}

void printJson(const QJsonValue& value)
{
    const QByteArray bytes = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void out(const QString& text)
{
    const QByteArray u = text.toUtf8();
    std::fwrite(u.constData(), 1, size_t(u.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString& text)
{
    const QByteArray u = text.toUtf8();
    std::fwrite(u.constData(), 1, size_t(u.size()), stderr);
    std::fputc('\n', stderr);
}

Result<Id> parseId(const QString& text, const QString& what)
{
    bool ok = false;
    const qlonglong id = QString(text).remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok || id <= 0)
        return Status(ErrorCode::Usage, QStringLiteral("'%1' is geen geldig nummer van %2.").arg(text, what));
    return Id(id);
}

QString samePersonNameHint()
{
    return QStringLiteral("Hebben meer personen die naam: kies met --person-role ROL of met #nummer.");
}

Result<Person> findPerson(Vault& vault, const QString& nameOrId)
{
    Persons persons(vault, Actor {QStringLiteral("cli"), vault.role()});
    PersonRef ref;
    ref.nameOrId = nameOrId;
    ref.addWhenMissing = false;
    auto id = persons.resolve(ref);
    if (!id)
        return withHint(id.status(), ErrorCode::InvalidInput, samePersonNameHint());
    return persons.get(*id);
}

} // namespace inzage::cli
