// No plaintext left behind by a scripted run of the CLI: a unique canary in the family's text and
// in every passphrase, every command run, and then every file the run could have touched (the
// vaults, their -wal and -shm, the parent copy, the answer and update files, the temp folder, the
// home folder with its settings, caches and the open memory) is searched for it. Only the files
// the test wrote itself (inputs, passphrase files) and the report PDF and JSON export it asked
// for (plaintext by design) may hold it.

#include "FaultSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdio>
#include <set>

using namespace inzage;
using namespace inzage::faults;

namespace {

struct Script {
    QTemporaryDir root;
    QString work = root.filePath(QStringLiteral("werk"));
    QString home = root.filePath(QStringLiteral("home"));
    QString tmp = root.filePath(QStringLiteral("tmp"));
    std::set<QString> allowed; // files that may hold the canary (written by the test, or plaintext by design)
    int commands = 0;

    Script()
    {
        REQUIRE(QDir().mkpath(work));
        REQUIRE(QDir().mkpath(home));
        REQUIRE(QDir().mkpath(tmp));
    }
    QString file(const QString& name) const { return QDir(work).filePath(name); }
    QString input(const QString& name, const QByteArray& bytes)
    {
        const QString path = file(name);
        writePrivateFile(path, bytes);
        allowed.insert(path);
        return path;
    }
    // Runs one CLI command with HOME, the XDG folders and TMPDIR inside the root; requires exit 0
    // (or `wanted`).
    QByteArray run(const QStringList& args, int wanted = 0)
    {
        QProcess p;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(home).filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), tmp);
        env.insert(QStringLiteral("TMPDIR"), tmp);
        env.insert(QStringLiteral("USER"), QStringLiteral("j.devries"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(work);
        p.start(QStringLiteral(INZAGE_CLI), args);
        REQUIRE(p.waitForStarted(10'000));
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(60'000));
        const QByteArray err = p.readAllStandardError();
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << err.toStdString());
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == wanted);
        ++commands;
        return p.readAllStandardOutput();
    }
};

QByteArray utf16(const QByteArray& ascii)
{
    const QString s = QString::fromLatin1(ascii);
    return QByteArray(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
}

} // namespace

TEST_CASE("a scripted run of every command leaves the canary in no file it wrote", "[faults][plaintext][canary]")
{
    Script s;
    REQUIRE(s.root.isValid());
    const QByteArray canary = "Kanarie" + randomToken(16);      // in the family's text
    const QByteArray secret = "Geheim" + randomToken(16);       // in every passphrase
    const QStringList fast {QStringLiteral("--kdf-ops"), QStringLiteral("1"), QStringLiteral("--kdf-mem-mib"),
                            QStringLiteral("0.0078125")};
    const QString pro = s.file(QStringLiteral("dossier.inzage"));
    const QString copy = s.file(QStringLiteral("kopie.inzage"));
    const QString parent = s.file(QStringLiteral("ouderexemplaar.inzage"));
    const QString demo = s.file(QStringLiteral("demo.inzage"));
    const QString pw1 = s.input(QStringLiteral("pw1.txt"), "een " + secret + " een\n");
    const QString pw2 = s.input(QStringLiteral("pw2.txt"), "twee " + secret + " twee\n");
    const QString pwCopy = s.input(QStringLiteral("pw-kopie.txt"), "kopie " + secret + "\n");
    const QString pwParent = s.input(QStringLiteral("pw-ouder.txt"), "ouder " + secret + "\n");
    const QString entryText = s.input(QStringLiteral("notitie.txt"), "Moeder vertelde over " + canary + " op school.\n");
    const QString tsv = s.input(QStringLiteral("rapport.tsv"),
        "section\tlabel\tspoken_to\ttext\tevent_date\tmethod\n"
        "Gesprekken\tonbeoordeeld\t\tDe vader noemde " + canary + " twee keer.\t2024-03-01\t\n"
        "Gesprekken\tonbeoordeeld\t\tHet lijkt goed te gaan met " + canary + ".\t2024-03-02\t\n");
    const QString document = s.input(QStringLiteral("verslag.txt"),
        "Verslag\n\nDe leerkracht zegt dat " + canary + " vaak moe is. Moeder belde terug.\n");
    const QString answerText = s.input(QStringLiteral("antwoord.txt"), "Dat klopt niet, " + canary + " was ziek.\n");
    const QString replyText = s.input(QStringLiteral("reactie.txt"), "Aangepast voor " + canary + ".\n");
    const QString reasonText = s.input(QStringLiteral("reden.txt"), "Wettelijke grond " + canary + ".\n");
    const QString answers = s.file(QStringLiteral("antwoorden.bin"));
    const QString updates = s.file(QStringLiteral("updates.bin"));
    const QString pdf = s.file(QStringLiteral("rapport.pdf"));
    const QString json = s.file(QStringLiteral("export.json"));
    s.allowed.insert(pdf);
    s.allowed.insert(json);
    auto as = [](const QString& pw) { return QStringList {QStringLiteral("--passphrase-file"), pw}; };

    s.run(QStringList {QStringLiteral("init"), pro} + as(pw1) + fast);
    s.run(QStringList {QStringLiteral("demo"), demo} + as(pw1) + fast);
    s.run(QStringList {QStringLiteral("add"), pro, QStringLiteral("--text-file"), entryText, QStringLiteral("--spoken-to"),
                       QStringLiteral("Moeder Visser"), QStringLiteral("--person-role"), QStringLiteral("ouder"),
                       QStringLiteral("--relation"), QStringLiteral("moeder")} + as(pw1));
    s.run(QStringList {QStringLiteral("import"), pro, tsv} + as(pw1));
    s.run(QStringList {QStringLiteral("import"), pro, document} + as(pw1));
    s.run(QStringList {QStringLiteral("sentences"), document});
    s.run(QStringList {QStringLiteral("person"), pro, QStringLiteral("Meester Jansen"), QStringLiteral("--role"),
                       QStringLiteral("informant"), QStringLiteral("--relation"), QStringLiteral("leerkracht")} + as(pw1));
    s.run(QStringList {QStringLiteral("label"), pro, QStringLiteral("2"), QStringLiteral("onbeoordeeld")} + as(pw1));
    s.run(QStringList {QStringLiteral("source"), pro, QStringLiteral("2"), QStringLiteral("--spoken-to"),
                       QStringLiteral("Meester Jansen"), QStringLiteral("--method"), QStringLiteral("gesprek"),
                       QStringLiteral("--date"), QStringLiteral("2024-03-01")} + as(pw1));
    for (const char* read : {"list", "hints", "warnings", "case", "verify", "check"})
        s.run(QStringList {QString::fromLatin1(read), pro} + as(pw1), QByteArray(read) == "check" ? 13 : 0);
    s.run(QStringList {QStringLiteral("show"), pro, QStringLiteral("1")} + as(pw1));
    s.run(QStringList {QStringLiteral("history"), pro, QStringLiteral("1")} + as(pw1));
    s.run(QStringList {QStringLiteral("search"), pro, QStringLiteral("moeder")} + as(pw1));
    s.run(QStringList {QStringLiteral("audit"), pro} + as(pw1));
    s.run(QStringList {QStringLiteral("list"), pro, QStringLiteral("--read-only")} + as(pw1));
    s.run(QStringList {QStringLiteral("answer"), pro, QStringLiteral("1"), QStringLiteral("--kind"),
                       QStringLiteral("aanvulling"), QStringLiteral("--text-file"), answerText} + as(pw1));
    s.run(QStringList {QStringLiteral("copy"), pro, copy, QStringLiteral("--new-passphrase-file"), pwCopy} + as(pw1) + fast);
    s.run(QStringList {QStringLiteral("passwd"), pro, QStringLiteral("--new-passphrase-file"), pw2} + as(pw1) + fast);
    s.run(QStringList {QStringLiteral("parent-copy"), pro, parent, QStringLiteral("--new-passphrase-file"), pwParent}
          + as(pw2) + fast);
    s.run(QStringList {QStringLiteral("answer"), parent, QStringLiteral("1"), QStringLiteral("--kind"),
                       QStringLiteral("klopt-niet"), QStringLiteral("--text-file"), answerText} + as(pwParent));
    s.run(QStringList {QStringLiteral("answers-export"), parent, answers} + as(pwParent));
    s.run(QStringList {QStringLiteral("answers-import"), pro, answers} + as(pw2));
    s.run(QStringList {QStringLiteral("answer"), pro, QStringLiteral("--handle"), QStringLiteral("2"),
                       QStringLiteral("--status"), QStringLiteral("verwerkt"), QStringLiteral("--reply-file"), replyText}
          + as(pw2));
    s.run(QStringList {QStringLiteral("updates-export"), pro, updates} + as(pw2));
    s.run(QStringList {QStringLiteral("updates-import"), parent, updates} + as(pwParent));
    s.run(QStringList {QStringLiteral("list"), parent} + as(pwParent));
    s.run(QStringList {QStringLiteral("shield"), pro, QStringLiteral("Meester Jansen"), QStringLiteral("--reason-file"),
                       reasonText} + as(pw2));
    s.run(QStringList {QStringLiteral("export"), pro, QStringLiteral("--json"), QStringLiteral("--output"), json} + as(pw2));
    s.run(QStringList {QStringLiteral("report"), pro, pdf, QStringLiteral("--concept")} + as(pw2));
    s.run(QStringList {QStringLiteral("verify"), pro} + as(pw2));
    // A copy is the same vault, made earlier: this computer has seen it further, and says so (exit 14).
    s.run(QStringList {QStringLiteral("verify"), copy} + as(pwCopy), 14);
    s.run(QStringList {QStringLiteral("verify"), parent} + as(pwParent));

    // The export really holds the canary: the search below would find it.
    CHECK(readFile(json).contains(canary));
    const QString memoryDir = QDir(s.home).filePath(QStringLiteral(".local/share/inzage-cli/geopend"));
    CHECK(QDir(memoryDir).entryList(QDir::Files).size() >= 2); // the dossier (and its copy), the parent copy

    const QList<QByteArray> needles {canary, canary.toLower(), canary.toUpper(), utf16(canary), secret,
                                     secret.toLower(), utf16(secret)};
    int searched = 0;
    std::int64_t bytes = 0;
    QDirIterator it(s.root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (s.allowed.count(path))
            continue;
        const QByteArray content = readFile(path);
        ++searched;
        bytes += content.size();
        for (const QByteArray& needle : needles) {
            INFO("file: " << path.toStdString() << " holds " << needle.toStdString());
            CHECK_FALSE(content.contains(needle));
        }
    }
    std::printf("canary: %d commands run, %d files (%lld bytes) searched, the canary found in none\n", s.commands,
                searched, static_cast<long long>(bytes));
    CHECK(searched >= 8);
}
