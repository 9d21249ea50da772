#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

const QStringList kFastKdf { QStringLiteral("--kdf-ops"), QStringLiteral("1"), QStringLiteral("--kdf-mem-mib"),
    QStringLiteral("0.0078125") };

// A professional's demo-free dossier with two entries, one hidden, and a parent copy of it.
struct Round : CliVault {
    QString copy = dir.filePath(QStringLiteral("ouder.inzage"));
    QString parentPw = dir.filePath(QStringLiteral("ouder-pw.txt"));

    Round()
    {
        QFile f(parentPw);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("ouder heeft eigen wachtwoord\n");
        f.close();
        REQUIRE(
            run(args({ QStringLiteral("add"), vault, QStringLiteral("--text"), QStringLiteral("Moeder was te laat."),
                    QStringLiteral("--spoken-to"), QStringLiteral("Moeder Visser"), QStringLiteral("--person-role"),
                    QStringLiteral("ouder"), QStringLiteral("--relation"), QStringLiteral("moeder") }))
                .exitCode
            == 0);
        REQUIRE(run(args({ QStringLiteral("add"), vault, QStringLiteral("--text"),
                        QStringLiteral("Interne notitie snoeshaan."), QStringLiteral("--hidden") }))
                    .exitCode
            == 0);
    }

    CliResult parentRun(QStringList a) const
    {
        a << QStringLiteral("--passphrase-file") << parentPw;
        return runCli(a);
    }
};

} // namespace

TEST_CASE("exchange subcommands answer --help", "[cli][exchange]")
{
    for (const char* cmd : { "parent-copy", "answers-export", "answers-import", "updates-export", "updates-import" }) {
        const CliResult r = runCli({ QString::fromLatin1(cmd), QStringLiteral("--help") });
        INFO(cmd);
        CHECK(r.exitCode == 0);
        CHECK(r.outText().contains(QStringLiteral("--passphrase-file")));
    }
    CHECK(runCli({ QStringLiteral("--help") }).outText().contains(QStringLiteral("parent-copy")));
}

TEST_CASE("the whole round trip through the real CLI: copy, answer, import, handle, update", "[cli][exchange]")
{
    Round r;
    CliResult made = r.run(args({ QStringLiteral("parent-copy"), r.vault, r.copy,
                               QStringLiteral("--new-passphrase-file"), r.parentPw, QStringLiteral("--json") })
        + kFastKdf);
    INFO(made.errText().toStdString());
    REQUIRE(made.exitCode == 0);
    const QJsonObject report = made.json().object();
    CHECK(report.value(QStringLiteral("entries")).toInt() == 1);
    CHECK(report.value(QStringLiteral("left_out")).toInt() == 1);

    // The parent's file: the professional's passphrase does not open it; the parent's does.
    CHECK(r.run(args({ QStringLiteral("list"), r.copy })).exitCode == 3);
    const CliResult listed = r.parentRun(args({ QStringLiteral("list"), r.copy, QStringLiteral("--json") }));
    REQUIRE(listed.exitCode == 0);
    CHECK_FALSE(listed.outText().contains(QStringLiteral("snoeshaan")));
    CHECK(listed.outText().contains(QStringLiteral("Moeder was te laat.")));
    // Only reading and answering: a professional's write is refused in the copy.
    CHECK(r.parentRun(args({ QStringLiteral("add"), r.copy, QStringLiteral("--text"), QStringLiteral("x") })).exitCode
        == 11);

    const CliResult answered
        = r.parentRun(args({ QStringLiteral("answer"), r.copy, QStringLiteral("1"), QStringLiteral("--kind"),
            QStringLiteral("klopt-niet"), QStringLiteral("--text"), QStringLiteral("Ik was op tijd."),
            QStringLiteral("--as"), QStringLiteral("moeder") }));
    INFO(answered.errText().toStdString());
    REQUIRE(answered.exitCode == 0);

    const QString answers = r.dir.filePath(QStringLiteral("antwoorden.bin"));
    REQUIRE(r.parentRun(args({ QStringLiteral("answers-export"), r.copy, answers })).exitCode == 0);
    QFile sealed(answers);
    REQUIRE(sealed.open(QIODevice::ReadOnly));
    const QByteArray sealedBytes = sealed.readAll();
    CHECK(sealedBytes.startsWith("INZAGE-ANTWOORDEN 1\n"));
    CHECK_FALSE(sealedBytes.contains("op tijd"));
    CliResult in = r.run(args({ QStringLiteral("answers-import"), r.vault, answers, QStringLiteral("--json") }));
    INFO(in.errText().toStdString());
    REQUIRE(in.exitCode == 0);
    CHECK(in.json().object().value(QStringLiteral("new_answers")).toInt() == 1);
    const CliResult twice = r.run(args({ QStringLiteral("answers-import"), r.vault, answers }));
    CHECK(twice.exitCode == 0);
    CHECK(twice.outText().contains(QStringLiteral("Niets nieuws")));

    const CliResult handled = r.run(args({ QStringLiteral("answer"), r.vault, QStringLiteral("--handle"),
        QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("verwerkt"), QStringLiteral("--reply"),
        QStringLiteral("Aangepast.") }));
    INFO(handled.errText().toStdString());
    REQUIRE(handled.exitCode == 0);
    const QString update = r.dir.filePath(QStringLiteral("update.bin"));
    REQUIRE(r.run(args({ QStringLiteral("updates-export"), r.vault, update })).exitCode == 0);
    const CliResult back = r.parentRun(args({ QStringLiteral("updates-import"), r.copy, update }));
    INFO(back.errText().toStdString());
    REQUIRE(back.exitCode == 0);
    CHECK(r.parentRun(args({ QStringLiteral("updates-import"), r.copy, update }))
              .outText()
              .contains(QStringLiteral("Niets nieuws")));

    const CliResult shown
        = r.parentRun(args({ QStringLiteral("show"), r.copy, QStringLiteral("1"), QStringLiteral("--json") }));
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.outText().contains(QStringLiteral("Aangepast.")));
    CHECK(shown.outText().contains(QStringLiteral("verwerkt")));

    // Files land in the wrong place: clear refusals with their exit codes.
    CHECK(r.run(args({ QStringLiteral("answers-import"), r.vault, update })).exitCode == 10);
    CHECK(r.parentRun(args({ QStringLiteral("answers-import"), r.copy, answers })).exitCode == 11);
    CHECK(r.run(args({ QStringLiteral("answers-export"), r.vault, r.dir.filePath(QStringLiteral("x.bin")) })).exitCode
        == 11);
    CHECK(r.parentRun(args({ QStringLiteral("answers-export"), r.copy, answers })).exitCode == 12);
}

TEST_CASE("a tampered answer file exits 5 with a clear message and changes nothing", "[cli][exchange]")
{
    Round r;
    REQUIRE(r.run(args({ QStringLiteral("parent-copy"), r.vault, r.copy, QStringLiteral("--new-passphrase-file"),
                      r.parentPw })
                 + kFastKdf)
                .exitCode
        == 0);
    REQUIRE(r.parentRun(args({ QStringLiteral("answer"), r.copy, QStringLiteral("1"), QStringLiteral("--kind"),
                            QStringLiteral("klopt") }))
                .exitCode
        == 0);
    const QString answers = r.dir.filePath(QStringLiteral("antwoorden.bin"));
    REQUIRE(r.parentRun(args({ QStringLiteral("answers-export"), r.copy, answers })).exitCode == 0);
    QFile f(answers);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() - 5] = char(bytes[bytes.size() - 5] ^ 0x20);
    f.seek(0);
    f.write(bytes);
    f.close();
    const QByteArray before = r.run(args({ QStringLiteral("export"), r.vault, QStringLiteral("--json") })).out;
    const CliResult bad = r.run(args({ QStringLiteral("answers-import"), r.vault, answers }));
    CHECK(bad.exitCode == 5);
    CHECK(bad.errText().contains(QStringLiteral("beschadigd of veranderd")));
    CHECK(r.run(args({ QStringLiteral("export"), r.vault, QStringLiteral("--json") })).out == before);
}

TEST_CASE("a parent copy under the professional's own passphrase is refused", "[cli][exchange][security]")
{
    Round r;
    const CliResult same
        = r.run(args({ QStringLiteral("parent-copy"), r.vault, r.copy, QStringLiteral("--new-passphrase-file"), r.pw })
            + kFastKdf);
    CHECK(same.exitCode == 10);
    CHECK(same.errText().contains(QStringLiteral("ander wachtwoord")));
    CHECK_FALSE(QFile::exists(r.copy));
}
