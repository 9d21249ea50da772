#include "Cli.h"

#include "Passphrase.h"
#include "dossier/Persons.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace inzage::cli {

Invocation::Invocation(const QString& command, const QString& summary, const QString& positionalSyntax, bool json)
    : m_command(command), m_json(json)
{
    parser.setApplicationDescription(summary);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("passphrase-file"),
                      QStringLiteral("Read the passphrase from FILE (one trailing newline is ignored). Without it the "
                                     "passphrase is asked on the terminal, or read as one line from standard input."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("as"), QStringLiteral("Name recorded in the audit log (default: $USER)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("professional (default), ouder or reviewer."),
                      QStringLiteral("ROLE"), QStringLiteral("professional")});
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
    if (!inzage::parse<Role>(parser.value(QStringLiteral("role")))) {
        *exitCode = usage(QStringLiteral("Onbekende rol '%1'. Toegestaan: %2.")
                              .arg(parser.value(QStringLiteral("role")), Vocabulary<Role>::allowed()));
        return false;
    }
    return true;
}

Actor Invocation::actor() const
{
    QString name = parser.value(QStringLiteral("as"));
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", QStringLiteral("onbekend"));
    return Actor {name, inzage::parse<Role>(parser.value(QStringLiteral("role"))).value_or(Role::Professional)};
}

Result<std::unique_ptr<Vault>> Invocation::openVault() const
{
    PassphraseSource source(parser.value(QStringLiteral("passphrase-file")));
    auto pass = source.read(QStringLiteral("Wachtwoord voor %1").arg(vaultPath()));
    if (!pass)
        return pass.status();
    return Vault::open(vaultPath(), *pass);
}

int fail(const Status& status)
{
    err(QStringLiteral("inzage-cli: %1").arg(status.message()));
    return int(status.code());
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

Result<Person> findPerson(Vault& vault, const QString& nameOrId)
{
    Persons persons(vault, Actor {QStringLiteral("cli"), Role::Reviewer});
    if (nameOrId.startsWith(QLatin1Char('#'))) {
        auto id = parseId(nameOrId, QStringLiteral("een persoon"));
        if (!id)
            return id.status();
        return persons.get(*id);
    }
    auto found = persons.find(nameOrId);
    if (!found)
        return found.status();
    if (found->empty())
        return Status(ErrorCode::NotFound, QStringLiteral("Niemand met de naam '%1' in dit dossier.").arg(nameOrId));
    return found->front();
}

} // namespace inzage::cli
