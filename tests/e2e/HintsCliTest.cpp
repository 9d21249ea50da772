#include "CliRunner.h"

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

} // namespace

TEST_CASE("hints --evaluate prints the accuracy and a confusion matrix without opening a vault", "[cli][hints]")
{
    QTemporaryDir dir;
    const QString tsv = writeFile(dir, "l.tsv",
        "section\tlabel\ttext\n"
        "Standpunt moeder\tbron\tZij wil dat Tim bij haar woont.\n"
        "Analyse\tmening\tTim raakt klem tussen zijn ouders.\n"
        "Aanleiding\tfeit\tOp 3 maart 2025 is een verzoek ingediend.\n"
        "Aanleiding\tfeit\tTim lijkt op zijn vader.\n");
    const CliResult r = runCli({ QStringLiteral("hints"), QStringLiteral("--evaluate"), tsv });
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().startsWith(QStringLiteral("accuracy 0.750 (3 of 4)")));
    CHECK(r.outText().contains(QStringLiteral("mening")));

    const CliResult j
        = runCli({ QStringLiteral("hints"), QStringLiteral("--evaluate"), tsv, QStringLiteral("--json") });
    REQUIRE(j.exitCode == 0);
    const QJsonObject o = j.json().object();
    CHECK(o.value(QStringLiteral("accuracy")).toDouble() == Approx(0.75));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).toObject().value(QStringLiteral("predicted")).toString() == QStringLiteral("bron"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("spoken_to")).toString() == QStringLiteral("moeder"));
    CHECK(rows.at(3).toObject().value(QStringLiteral("label")).toString() == QStringLiteral("feit"));
    CHECK(rows.at(3).toObject().value(QStringLiteral("predicted")).toString() == QStringLiteral("mening"));
}

TEST_CASE("hints --evaluate refuses a file without label and text with invalid input", "[cli][hints]")
{
    QTemporaryDir dir;
    const QString tsv = writeFile(dir, "bad.tsv", "tekst\tsoort\nTim\tx\n");
    const CliResult r = runCli({ QStringLiteral("hints"), QStringLiteral("--evaluate"), tsv });
    CHECK(r.exitCode == 10);
    CHECK(r.errText().contains(QStringLiteral("label")));
    CHECK(runCli({ QStringLiteral("hints"), QStringLiteral("--evaluate"), dir.filePath(QStringLiteral("nope.tsv")) })
              .exitCode
        == 9);
}

TEST_CASE("hints on a vault suggest for every entry and leave the labels as they are", "[cli][hints]")
{
    CliVault v;
    REQUIRE(v.run({ QStringLiteral("add"), v.vault, QStringLiteral("--text"),
                      QStringLiteral("Volgens de huisarts is Tim vaak ziek."), QStringLiteral("--section"),
                      QStringLiteral("Aanleiding") })
                .exitCode
        == 0);
    const CliResult r = v.run({ QStringLiteral("hints"), v.vault, QStringLiteral("--json") });
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray hints = r.json().object().value(QStringLiteral("hints")).toArray();
    REQUIRE(hints.size() == 1);
    CHECK(hints.at(0).toObject().value(QStringLiteral("hint")).toString() == QStringLiteral("bron"));
    CHECK(hints.at(0).toObject().value(QStringLiteral("spoken_to")).toString() == QStringLiteral("huisarts"));
    CHECK(hints.at(0).toObject().value(QStringLiteral("label")).toString() == QStringLiteral("onbeoordeeld"));
    const CliResult list
        = v.run({ QStringLiteral("list"), v.vault, QStringLiteral("--unlabelled"), QStringLiteral("--json") });
    CHECK(list.json().object().value(QStringLiteral("entries")).toArray().size() == 1);
}

TEST_CASE("warnings on a vault name the entry and the rule", "[cli][warnings]")
{
    CliVault v;
    REQUIRE(v.run({ QStringLiteral("add"), v.vault, QStringLiteral("--text"), QStringLiteral("Tim lijkt vaak afwezig."),
                      QStringLiteral("--label"), QStringLiteral("feit"), QStringLiteral("--basis"),
                      QStringLiteral("document:schoolrapport 2025") })
                .exitCode
        == 0);
    const CliResult r = v.run({ QStringLiteral("warnings"), v.vault, QStringLiteral("--json") });
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray list = r.json().object().value(QStringLiteral("warnings")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("feit_doubt_word"));
    CHECK(list.at(0).toObject().value(QStringLiteral("entry")).toInt() == 1);
    const CliResult text = v.run({ QStringLiteral("warnings"), v.vault });
    CHECK(text.outText().contains(QStringLiteral("#1 feit_doubt_word")));
}
