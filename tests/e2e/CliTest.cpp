#include "CliRunner.h"

#include "vault/Sql.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace inzage;

namespace {

const QString kData = QStringLiteral(INZAGE_TEST_DATA_DIR);

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

TEST_CASE("every subcommand answers --help with its options and exit code 0", "[cli]")
{
    for (const char* cmd : {"init", "demo", "import", "add", "list", "show", "label", "source", "answer", "search",
                            "history", "verify", "passwd", "copy", "export"}) {
        const CliResult r = runCli({QString::fromLatin1(cmd), QStringLiteral("--help")});
        INFO(cmd);
        CHECK(r.exitCode == 0);
        CHECK(r.outText().contains(QStringLiteral("--passphrase-file")));
    }
    const CliResult top = runCli({QStringLiteral("--help")});
    CHECK(top.exitCode == 0);
    CHECK(top.outText().contains(QStringLiteral("Exit codes")));
}

TEST_CASE("a passphrase given as an argument value is refused as a usage error", "[cli][security]")
{
    CliVault v;
    const CliResult r = runCli({QStringLiteral("list"), v.vault, QStringLiteral("--passphrase"), QStringLiteral("geheim")});
    CHECK(r.exitCode == 2);
}

TEST_CASE("unknown subcommand and missing vault are usage errors", "[cli]")
{
    CHECK(runCli({QStringLiteral("opruimen")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("list")}).exitCode == 2);
    CHECK(runCli({}).exitCode == 2);
}

TEST_CASE("one trailing newline in the passphrase file is not part of the passphrase", "[cli]")
{
    CliVault v(true, "abc\n");
    CHECK(runCli({QStringLiteral("list"), v.vault}, "abc\n").exitCode == 0); // stdin line
    CHECK(runCli({QStringLiteral("list"), v.vault}, "abc").exitCode == 0);
    QFile two(v.dir.filePath(QStringLiteral("twee.txt")));
    REQUIRE(two.open(QIODevice::WriteOnly));
    two.write("abc\n\n");
    two.close();
    CHECK(runCli({QStringLiteral("list"), v.vault, QStringLiteral("--passphrase-file"), two.fileName()}).exitCode == 3);
}

TEST_CASE("exit codes tell wrong passphrase, not a vault, empty file, newer format and existing file apart", "[cli][bad-input]")
{
    CliVault v;
    CHECK(runCli({QStringLiteral("list"), v.vault}, "fout\n").exitCode == 3);

    const QString text = v.dir.filePath(QStringLiteral("brief.txt"));
    QFile t(text);
    REQUIRE(t.open(QIODevice::WriteOnly));
    t.write(QByteArray("Dit is een brief, geen dossier.\n").repeated(100));
    t.close();
    const CliResult notVault = v.run({QStringLiteral("list"), text});
    CHECK(notVault.exitCode == 4);
    CHECK(notVault.errText().contains(QStringLiteral("geen Inzage-dossier")));

    const QString empty = v.dir.filePath(QStringLiteral("leeg.inzage"));
    QFile e(empty);
    REQUIRE(e.open(QIODevice::WriteOnly));
    e.close();
    CHECK(v.run({QStringLiteral("list"), empty}).exitCode == 4);
    CHECK(QFileInfo(empty).size() == 0);

    CHECK(v.run({QStringLiteral("init"), v.vault}).exitCode == 12);

    QFile f(v.vault);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(1);
    f.write("\x09");
    f.close();
    const CliResult newer = v.run({QStringLiteral("list"), v.vault});
    CHECK(newer.exitCode == 6);
    CHECK(newer.errText().contains(QStringLiteral("nieuwere versie")));

    CHECK(v.run({QStringLiteral("list"), v.dir.filePath(QStringLiteral("nergens.inzage"))}).exitCode == 9);
}

TEST_CASE("add, list with filters and show work end to end with JSON output", "[cli]")
{
    CliVault v;
    REQUIRE(v.run(args({"add"}) << v.vault << QStringLiteral("--text") << QStringLiteral("Moeder vertelt over school.")
                                << QStringLiteral("--label") << QStringLiteral("bron") << QStringLiteral("--spoken-to")
                                << QStringLiteral("Elif Öztürk") << QStringLiteral("--relation") << QStringLiteral("moeder")
                                << QStringLiteral("--method") << QStringLiteral("huisbezoek"))
                .exitCode
            == 0);
    REQUIRE(v.run(args({"add"}) << v.vault << QStringLiteral("--text") << QStringLiteral("Het huis was netjes.")
                                << QStringLiteral("--label") << QStringLiteral("feit") << QStringLiteral("--basis")
                                << QStringLiteral("waarneming:huisbezoek 10 mei"))
                .exitCode
            == 0);

    const QJsonObject all = v.run(args({"list"}) << v.vault << QStringLiteral("--json")).json().object();
    CHECK(all.value(QStringLiteral("entries")).toArray().size() == 2);
    CHECK(all.value(QStringLiteral("counts")).toObject().value(QStringLiteral("bron")).toInt() == 1);

    const QJsonArray bron = v.run(args({"list"}) << v.vault << QStringLiteral("--label") << QStringLiteral("bron")
                                                 << QStringLiteral("--json"))
                                .json().object().value(QStringLiteral("entries")).toArray();
    REQUIRE(bron.size() == 1);
    const QJsonObject spoken = bron.at(0).toObject().value(QStringLiteral("spoken_to")).toArray().at(0).toObject();
    CHECK(spoken.value(QStringLiteral("name")).toString() == QStringLiteral("Elif Öztürk"));
    CHECK(spoken.value(QStringLiteral("method")).toString() == QStringLiteral("huisbezoek"));

    const QJsonArray byPerson = v.run(args({"list"}) << v.vault << QStringLiteral("--spoken-to")
                                                     << QStringLiteral("Elif Öztürk") << QStringLiteral("--json"))
                                    .json().object().value(QStringLiteral("entries")).toArray();
    CHECK(byPerson.size() == 1);

    const QJsonObject shown = v.run(args({"show"}) << v.vault << QStringLiteral("2") << QStringLiteral("--json")).json().object();
    CHECK(shown.value(QStringLiteral("label")).toString() == QStringLiteral("feit"));
    CHECK(shown.value(QStringLiteral("basis")).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("waarneming"));

    CHECK(v.run(args({"show"}) << v.vault << QStringLiteral("99")).exitCode == 9);
}

TEST_CASE("an unknown label is refused with the allowed values named", "[cli][bad-input]")
{
    CliVault v;
    const CliResult r = v.run(args({"add"}) << v.vault << QStringLiteral("--text") << QStringLiteral("x")
                                            << QStringLiteral("--label") << QStringLiteral("roddel"));
    CHECK(r.exitCode == 10);
    CHECK(r.errText().contains(QStringLiteral("feit, mening, bron, onbeoordeeld")));
    const CliResult kind = v.run(args({"answer"}) << v.vault << QStringLiteral("1") << QStringLiteral("--kind")
                                                  << QStringLiteral("boos") << QStringLiteral("--text") << QStringLiteral("x"));
    CHECK(kind.exitCode == 10);
    CHECK(kind.errText().contains(QStringLiteral("klopt, klopt-niet, aanvulling, correctieverzoek, vraag")));
}

TEST_CASE("import reads the TSV layout: bron names who was spoken to, feit its basis, mening its holder", "[cli][import]")
{
    CliVault v;
    const CliResult r = v.run(args({"import"}) << v.vault << kData + QStringLiteral("/kleine-rapportage.tsv"));
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray entries = v.run(args({"list"}) << v.vault << QStringLiteral("--json"))
                                   .json().object().value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 6);
    const QJsonObject doc = entries.at(0).toObject();
    CHECK(doc.value(QStringLiteral("basis")).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("document"));
    CHECK(doc.value(QStringLiteral("basis")).toObject().value(QStringLiteral("detail")).toString()
          == QStringLiteral("melding Veilig Thuis 2 mei 2026"));
    const QJsonObject mentor = entries.at(1).toObject().value(QStringLiteral("spoken_to")).toArray().at(0).toObject();
    CHECK(mentor.value(QStringLiteral("name")).toString() == QStringLiteral("Pieter Kok"));
    CHECK(mentor.value(QStringLiteral("relation")).toString() == QStringLiteral("mentor"));
    CHECK(mentor.value(QStringLiteral("method")).toString() == QStringLiteral("telefoon"));
    CHECK(entries.at(3).toObject().value(QStringLiteral("holder")).toString() == QStringLiteral("jeugdbeschermer"));
    CHECK(entries.at(4).toObject().value(QStringLiteral("basis")).toObject().value(QStringLiteral("kind")).toString()
          == QStringLiteral("waarneming"));
    CHECK(entries.at(5).toObject().value(QStringLiteral("label")).toString() == QStringLiteral("onbeoordeeld"));

    const QJsonArray unlabelled = v.run(args({"list"}) << v.vault << QStringLiteral("--unlabelled") << QStringLiteral("--json"))
                                      .json().object().value(QStringLiteral("entries")).toArray();
    CHECK(unlabelled.size() == 1);

    // Search ignores case and accents.
    const QJsonArray found = v.run(args({"search"}) << v.vault << QStringLiteral("CLIENT") << QStringLiteral("--json"))
                                 .json().object().value(QStringLiteral("entries")).toArray();
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("cliënt")));
}

TEST_CASE("an import with one bad line imports nothing and names the line", "[cli][import][bad-input]")
{
    CliVault v;
    const CliResult r = v.run(args({"import"}) << v.vault << kData + QStringLiteral("/fout-label.tsv"));
    CHECK(r.exitCode == 10);
    CHECK(r.errText().contains(QStringLiteral("Regel 3")));
    CHECK(r.errText().contains(QStringLiteral("gerucht")));
    const QJsonArray entries = v.run(args({"list"}) << v.vault << QStringLiteral("--json"))
                                   .json().object().value(QStringLiteral("entries")).toArray();
    CHECK(entries.isEmpty());
}

TEST_CASE("label and source make new revisions, history shows the old ones", "[cli]")
{
    CliVault v;
    REQUIRE(v.run(args({"add"}) << v.vault << QStringLiteral("--text") << QStringLiteral("De school maakt zich zorgen.")).exitCode == 0);
    CHECK(v.run(args({"label"}) << v.vault << QStringLiteral("1") << QStringLiteral("bron")).exitCode == 10);
    REQUIRE(v.run(args({"source"}) << v.vault << QStringLiteral("1") << QStringLiteral("--spoken-to")
                                   << QStringLiteral("juf Sterre") << QStringLiteral("--relation")
                                   << QStringLiteral("leerkracht") << QStringLiteral("--date") << QStringLiteral("2026-05-04")
                                   << QStringLiteral("--method") << QStringLiteral("telefoon"))
                .exitCode
            == 0);
    REQUIRE(v.run(args({"label"}) << v.vault << QStringLiteral("1") << QStringLiteral("bron")).exitCode == 0);
    const QJsonObject h = v.run(args({"history"}) << v.vault << QStringLiteral("1") << QStringLiteral("--json")).json().object();
    const QJsonArray revs = h.value(QStringLiteral("revisions")).toArray();
    REQUIRE(revs.size() == 3);
    CHECK(revs.at(0).toObject().value(QStringLiteral("label")).toString() == QStringLiteral("onbeoordeeld"));
    CHECK(revs.at(2).toObject().value(QStringLiteral("label")).toString() == QStringLiteral("bron"));
    CHECK(revs.at(2).toObject().value(QStringLiteral("spoken_to")).toArray().size() == 1);
}

TEST_CASE("answers are recorded, handled, and a rejection needs a reason", "[cli][answers]")
{
    CliVault v;
    REQUIRE(v.run(args({"add"}) << v.vault << QStringLiteral("--text") << QStringLiteral("Vader kwam niet.")).exitCode == 0);
    const QJsonObject a = v.run(args({"answer"}) << v.vault << QStringLiteral("1") << QStringLiteral("--kind")
                                                 << QStringLiteral("klopt-niet") << QStringLiteral("--text")
                                                 << QStringLiteral("Ik was er wel, om 10 uur.") << QStringLiteral("--json"))
                              .json().object();
    CHECK(a.value(QStringLiteral("status")).toString() == QStringLiteral("verstuurd"));
    const QString answerId = QString::number(a.value(QStringLiteral("id")).toInt());
    const CliResult noReason = v.run(args({"answer"}) << v.vault << QStringLiteral("--handle") << answerId
                                                      << QStringLiteral("--status") << QStringLiteral("afgewezen"));
    CHECK(noReason.exitCode == 10);
    CHECK(noReason.errText().contains(QStringLiteral("reden")));
    const QJsonObject handled = v.run(args({"answer"}) << v.vault << QStringLiteral("--handle") << answerId
                                                       << QStringLiteral("--status") << QStringLiteral("verwerkt")
                                                       << QStringLiteral("--reply") << QStringLiteral("Aangepast.")
                                                       << QStringLiteral("--json"))
                                    .json().object();
    CHECK(handled.value(QStringLiteral("status")).toString() == QStringLiteral("verwerkt"));
    CHECK(handled.value(QStringLiteral("rev")).toInt() == 2);
    // A reviewer (the vault opened read-only) may not handle answers.
    CHECK(v.run(args({"answer"}) << v.vault << QStringLiteral("--handle") << answerId << QStringLiteral("--status")
                                 << QStringLiteral("in-behandeling") << QStringLiteral("--read-only"))
              .exitCode
          == 11);
}

TEST_CASE("verify reports a tampered audit row by its seq and exits 5", "[cli][audit]")
{
    CliVault v;
    for (int i = 0; i < 3; ++i)
        REQUIRE(v.run(args({"add"}) << v.vault << QStringLiteral("--text") << QStringLiteral("regel %1").arg(i)).exitCode == 0);
    const QJsonObject ok = v.run(args({"verify"}) << v.vault << QStringLiteral("--json")).json().object();
    CHECK(ok.value(QStringLiteral("ok")).toBool());
    const QString head = ok.value(QStringLiteral("head")).toString();
    {
        auto vault = Vault::open(v.vault, SecureBytes("geheim wachtwoord", 17));
        REQUIRE(vault.isOk());
        REQUIRE(execSql((*vault)->db(), "DROP TRIGGER audit_no_update; UPDATE audit SET after = 'vervalst' WHERE seq = 3",
                        QStringLiteral("tamper")).isOk());
    }
    const CliResult bad = v.run(args({"verify"}) << v.vault << QStringLiteral("--json"));
    CHECK(bad.exitCode == 5);
    CHECK(bad.json().object().value(QStringLiteral("first_bad_seq")).toInt() == 3);
    CHECK(!head.isEmpty());
}

TEST_CASE("passwd and copy take new passphrases from stdin lines and keep the data", "[cli]")
{
    CliVault v;
    REQUIRE(v.run(args({"add"}) << v.vault << QStringLiteral("--text") << QStringLiteral("blijft bewaard")).exitCode == 0);
    const CliResult p = runCli({QStringLiteral("passwd"), v.vault, QStringLiteral("--kdf-ops"), QStringLiteral("1"),
                                QStringLiteral("--kdf-mem-mib"), QStringLiteral("0.0078125")},
                               "geheim wachtwoord\nnieuw wachtwoord\n");
    INFO(p.errText().toStdString());
    REQUIRE(p.exitCode == 0);
    CHECK(runCli({QStringLiteral("list"), v.vault}, "geheim wachtwoord\n").exitCode == 3);
    CHECK(runCli({QStringLiteral("list"), v.vault}, "nieuw wachtwoord\n").outText().contains(QStringLiteral("blijft bewaard")));

    const QString copy = v.dir.filePath(QStringLiteral("kopie.inzage"));
    REQUIRE(runCli({QStringLiteral("copy"), v.vault, copy, QStringLiteral("--kdf-ops"), QStringLiteral("1"),
                    QStringLiteral("--kdf-mem-mib"), QStringLiteral("0.0078125")},
                   "nieuw wachtwoord\nkopie wachtwoord\n")
                .exitCode
            == 0);
    CHECK(runCli({QStringLiteral("list"), copy}, "kopie wachtwoord\n").outText().contains(QStringLiteral("blijft bewaard")));
}

TEST_CASE("export --json holds entries, answers, persons and the audit head", "[cli]")
{
    CliVault v;
    QFile::remove(v.vault);
    REQUIRE(v.run(args({"demo"}) << v.vault).exitCode == 0);
    const QJsonObject doc = v.run(args({"export"}) << v.vault << QStringLiteral("--json")).json().object();
    CHECK(doc.value(QStringLiteral("format")).toString() == QStringLiteral("inzage-export"));
    CHECK(doc.value(QStringLiteral("entries")).toArray().size() >= 15);
    CHECK(doc.value(QStringLiteral("answers")).toArray().size() >= 2);
    CHECK(doc.value(QStringLiteral("persons")).toArray().size() >= 5);
    CHECK(doc.value(QStringLiteral("audit_head")).toString().size() == 64);
    CHECK(v.run(args({"export"}) << v.vault).exitCode == 2);
}
