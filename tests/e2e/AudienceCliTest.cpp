// The CLI parses and renders; who reads follows from the file. Every refusal names what is wrong
// and what is allowed, and leaves the file byte-identical.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {


QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// A refusal: the exit code, words in the message, and the vault unchanged.
void checkRefused(const CliVault& v, const QStringList& args, int code, std::initializer_list<const char*> words,
                  const QByteArray& stdinData = {})
{
    const QByteArray before = fileHash(v.vault);
    const CliResult r = v.run(args, stdinData);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
    CHECK(r.exitCode == code);
    for (const char* w : words)
        CHECK(r.errText().contains(QString::fromUtf8(w)));
    CHECK(fileHash(v.vault) == before);
}

} // namespace

TEST_CASE("the role option is gone and says so, and --read-only opens as a reviewer who cannot write", "[cli][audience]")
{
    CliVault v;
    REQUIRE(v.run({QStringLiteral("add"), v.vault, QStringLiteral("--text"), QStringLiteral("Eerste notitie.")}).exitCode
            == 0);
    checkRefused(v, {QStringLiteral("list"), v.vault, QStringLiteral("--role"), QStringLiteral("ouder")}, 2,
                 {"--role", "--read-only"});
    checkRefused(v, {QStringLiteral("list"), v.vault, QStringLiteral("--parent-view")}, 2, {"ouderexemplaar"});
    checkRefused(v,
                 {QStringLiteral("add"), v.vault, QStringLiteral("--read-only"), QStringLiteral("--text"),
                  QStringLiteral("x")},
                 11, {"reviewer"});
    checkRefused(v, {QStringLiteral("label"), v.vault, QStringLiteral("1"), QStringLiteral("mening"),
                     QStringLiteral("--read-only")},
                 11, {"alleen-lezen"});
    const CliResult listed = v.run({QStringLiteral("list"), v.vault, QStringLiteral("--read-only"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json().object().value(QStringLiteral("entries")).toArray().size() == 1);
}

TEST_CASE("visibility takes a clear yes or no, anything else is refused naming the words", "[cli][audience]")
{
    CliVault v;
    for (const char* word : {"false", "hidden", "misschien", ""}) {
        INFO(word);
        checkRefused(v,
                     {QStringLiteral("add"), v.vault, QStringLiteral("--text"), QStringLiteral("Interne notitie."),
                      QStringLiteral("--visible"), QString::fromLatin1(word)},
                     10, {"verborgen", "zichtbaar"});
    }
    for (const char* word : {"nee", "verborgen", "intern", "0", "no"}) {
        const CliResult r = v.run({QStringLiteral("add"), v.vault, QStringLiteral("--text"), QStringLiteral("Intern."),
                                   QStringLiteral("--visible"), QString::fromLatin1(word), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        const QString id = QString::number(r.json().object().value(QStringLiteral("id")).toInt());
        const CliResult shown = v.run({QStringLiteral("show"), v.vault, id, QStringLiteral("--json")});
        CHECK_FALSE(shown.json().object().value(QStringLiteral("visible_to_parent")).toBool());
    }

    // The same words in an imported file; a TAB or NUL inside a field is refused with its line.
    const QString bad = writeFile(v.dir, "bad.tsv", "section\tlabel\tspoken_to\ttext\tvisible\n"
                                                    "Intern\t\t\tNotitie.\tja\nIntern\t\t\tGeheim.\tverborgen-ish\n");
    checkRefused(v, {QStringLiteral("import"), v.vault, bad}, 10, {"Regel 3", "verborgen"});
    const QString tab = writeFile(v.dir, "tab.tsv", "section\tlabel\tspoken_to\ttext\nA\t\t\tEen\tte veel\n");
    checkRefused(v, {QStringLiteral("import"), v.vault, tab}, 10, {"Regel 2", "TAB"});
    static const char kWithNul[] = "section\tlabel\tspoken_to\ttext\nA\t\t\tEen\0twee\n";
    const QString nul = writeFile(v.dir, "nul.tsv", QByteArray(kWithNul, sizeof kWithNul - 1));
    checkRefused(v, {QStringLiteral("import"), v.vault, nul}, 10, {"Regel 2", "NUL"});
}

TEST_CASE("a shielding reason for an existing person is refused, shield is its own command", "[cli][audience]")
{
    CliVault v;
    REQUIRE(v.run({QStringLiteral("add"), v.vault, QStringLiteral("--text"), QStringLiteral("De buurvrouw belde."),
                   QStringLiteral("--label"), QStringLiteral("bron"), QStringLiteral("--spoken-to"),
                   QStringLiteral("Buurvrouw Jansen")})
                .exitCode
            == 0);
    checkRefused(v,
                 {QStringLiteral("add"), v.vault, QStringLiteral("--text"), QStringLiteral("Nog een melding."),
                  QStringLiteral("--spoken-to"), QStringLiteral("Buurvrouw Jansen"), QStringLiteral("--shielded-reason"),
                  QStringLiteral("art. 4.1.1 Wmo")},
                 10, {"niet afgeschermd", "shield"});
    checkRefused(v, {QStringLiteral("shield"), v.vault, QStringLiteral("Buurvrouw Jansen")}, 10, {"reden"});
    // The reason from standard input (after the passphrase line), so it never shows in ps.
    CliVault s(false);
    const CliResult shielded = runCli({QStringLiteral("shield"), v.vault, QStringLiteral("Buurvrouw Jansen"),
                                       QStringLiteral("--reason-file"), QStringLiteral("-")},
                                      "geheim wachtwoord\nMelder beschermd: art. 4.1.1 Wmo\n");
    INFO(shielded.errText().toStdString());
    REQUIRE(shielded.exitCode == 0);
    const CliResult shown = v.run({QStringLiteral("show"), v.vault, QStringLiteral("1")});
    CHECK(shown.outText().contains(QStringLiteral("AFGESCHERMD voor de familie: Melder beschermd: art. 4.1.1 Wmo")));
}

TEST_CASE("entry text and answers can come from a file or standard input instead of argv", "[cli][audience]")
{
    CliVault v;
    const QString text = writeFile(v.dir, "tekst.txt", "Moeder vertelt over de \"ruzie\" van gisteren.\n");
    const CliResult added = v.run({QStringLiteral("add"), v.vault, QStringLiteral("--text-file"), text, QStringLiteral("--json")});
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
    const CliResult piped = runCli({QStringLiteral("add"), v.vault, QStringLiteral("--text-file"), QStringLiteral("-")},
                                   "geheim wachtwoord\nTekst via standaardinvoer.\n");
    INFO(piped.errText().toStdString());
    REQUIRE(piped.exitCode == 0);
    const CliResult listed = v.run({QStringLiteral("list"), v.vault, QStringLiteral("--json")});
    const QJsonArray entries = listed.json().object().value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].toObject().value(QStringLiteral("text")).toString()
          == QStringLiteral("Moeder vertelt over de \"ruzie\" van gisteren."));
    CHECK(entries[1].toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Tekst via standaardinvoer."));
    checkRefused(v, {QStringLiteral("add"), v.vault, QStringLiteral("--text"), QStringLiteral("x"),
                     QStringLiteral("--text-file"), text},
                 2, {"niet allebei"});
    const QString latin1 = writeFile(v.dir, "latin1.txt", "Cli\xebnt\n");
    checkRefused(v, {QStringLiteral("add"), v.vault, QStringLiteral("--text-file"), latin1}, 10, {"UTF-8"});
}

TEST_CASE("a parent copy is made for one named parent, the copy's history names them", "[cli][audience]")
{
    CliVault v;
    for (const char* who : {"Moeder Visser", "Vader Visser"}) {
        REQUIRE(v.run({QStringLiteral("add"), v.vault, QStringLiteral("--text"), QStringLiteral("Gesprek."),
                       QStringLiteral("--label"), QStringLiteral("bron"), QStringLiteral("--spoken-to"),
                       QString::fromLatin1(who), QStringLiteral("--person-role"), QStringLiteral("ouder")})
                    .exitCode
                == 0);
    }
    const QString parentPw = writeFile(v.dir, "ouder.txt", "ouder wachtwoord\n");
    const QString copy = v.dir.filePath(QStringLiteral("ouder.inzage"));
    const QStringList fast {QStringLiteral("--kdf-ops"), QStringLiteral("1"), QStringLiteral("--kdf-mem-mib"),
                            QStringLiteral("0.0078125")};
    checkRefused(v, QStringList {QStringLiteral("parent-copy"), v.vault, copy, QStringLiteral("--new-passphrase-file"), parentPw} + fast,
                 2, {"--for", "Moeder Visser", "Vader Visser"});
    CHECK_FALSE(QFile::exists(copy));
    const CliResult made = v.run(QStringList {QStringLiteral("parent-copy"), v.vault, copy, QStringLiteral("--new-passphrase-file"),
                                              parentPw, QStringLiteral("--for"), QStringLiteral("Vader Visser")}
                                 + fast);
    INFO(made.errText().toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.outText().contains(QStringLiteral("Vader Visser")));
    const CliResult answered = runCli({QStringLiteral("answer"), copy, QStringLiteral("2"), QStringLiteral("--kind"),
                                       QStringLiteral("klopt-niet"), QStringLiteral("--text-file"), QStringLiteral("-"),
                                       QStringLiteral("--as"), QStringLiteral("iemand anders")},
                                      "ouder wachtwoord\nZo heb ik het niet gezegd.\n");
    INFO(answered.errText().toStdString());
    REQUIRE(answered.exitCode == 0);
    CHECK(answered.outText().contains(QStringLiteral("door Vader Visser (ouder)")));
    // In the parent's copy nothing of the professional's work can be done.
    const CliResult label = runCli({QStringLiteral("label"), copy, QStringLiteral("1"), QStringLiteral("mening"),
                                    QStringLiteral("--passphrase-file"), parentPw});
    CHECK(label.exitCode == 11);
}
