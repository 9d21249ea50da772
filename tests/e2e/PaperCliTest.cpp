// inzage-cli history VAULT and paper VAULT DEST on the demo dossier and its parent copy: plain
// words, the PDF read back with pdftotext, a shielded source never named in the parent's paper,
// and an existing DEST refused and left as it was.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

namespace {


QString pdfText(const QString& pdf)
{
    const QString exe = QStandardPaths::findExecutable(s("pdftotext"));
    INFO("pdftotext is missing: install poppler-utils (tools/dev does)");
    REQUIRE_FALSE(exe.isEmpty());
    QProcess p;
    p.start(exe, { pdf, s("-") });
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Demo {
    QTemporaryDir dir;
    QString pro = dir.filePath(s("demo.inzage"));
    QString copy = dir.filePath(s("ouder.inzage"));
    QString proPw = dir.filePath(s("pro.txt"));
    QString parentPw = dir.filePath(s("ouder.txt"));
    const QStringList fast { s("--kdf-ops"), s("1"), s("--kdf-mem-mib"), s("0.0078125") };

    Demo()
    {
        for (const auto& [path, text] : { std::pair { proPw, "demo wachtwoord\n" }, { parentPw, "ouder wachtwoord\n" } }) {
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        REQUIRE(runCli(QStringList { s("demo"), pro, s("--passphrase-file"), proPw } + fast).exitCode == 0);
        const CliResult made = runCli(QStringList { s("parent-copy"), pro, copy, s("--for"), s("Ilse Vermeulen"),
                                          s("--passphrase-file"), proPw, s("--new-passphrase-file"), parentPw }
            + fast);
        INFO(made.errText().toStdString());
        REQUIRE(made.exitCode == 0);
    }
    CliResult parent(QStringList args) const { return runCli(args << s("--passphrase-file") << parentPw); }
};

} // namespace

TEST_CASE("history VAULT says in plain words who changed what and when, newest first", "[cli][history]")
{
    Demo d;
    const CliResult r = d.parent({ s("history"), d.copy });
    INFO(r.errText().toStdString() << r.outText().toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains(s("Anouk Verbeek (hulpverlener) heeft uw reactie op nr. 2 beantwoord en in behandeling genomen")));
    CHECK(r.outText().contains(s("heeft de tekst van nr. 7 veranderd")));
    CHECK(r.outText().contains(s(" om ")));
    CHECK_FALSE(r.outText().contains(s("J. de Graaf")));
    CHECK_FALSE(r.outText().contains(s("buurvrouw")));

    const CliResult j = d.parent({ s("history"), d.copy, s("--json") });
    REQUIRE(j.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(j.out).object();
    CHECK(o.value(s("reader")).toString() == s("ouder"));
    const QJsonArray changes = o.value(s("changes")).toArray();
    REQUIRE(changes.size() > 3);
    CHECK(changes.first().toObject().value(s("action")).toString() == s("parent-copy.entries"));
    for (const QJsonValue& c : changes)
        CHECK_FALSE(c.toObject().value(s("sentence")).toString().isEmpty());

    // With an entry number it still prints that entry's revisions.
    const CliResult one = d.parent({ s("history"), d.copy, s("7") });
    CHECK(one.exitCode == 0);
    // The professional's history names the shielded person (the professional may see her).
    const CliResult pro = runCli({ s("history"), d.pro, s("--passphrase-file"), d.proPw });
    REQUIRE(pro.exitCode == 0);
    CHECK(pro.outText().contains(s("heeft J. de Graaf aan het dossier toegevoegd")));
    CHECK(pro.outText().contains(s("heeft een ouderexemplaar gemaakt voor Ilse Vermeulen")));
}

TEST_CASE("paper VAULT DEST writes the parent's file as a PDF, without a shielded name, never over a file", "[cli][paper]")
{
    Demo d;
    const QString pdf = d.dir.filePath(s("mijn-dossier.pdf"));
    const CliResult r = d.parent({ s("paper"), d.copy, pdf, s("--json") });
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out).object().value(s("pages")).toInt() >= 2);
    CHECK((QFile(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    const QString text = pdfText(pdf);
    for (const char* part : { "Mijn dossier", "voor Ilse Vermeulen", "Feit", "Bron", "Mening", "pagina 1 van",
             "Gemaakt op", "een afgeschermde bron — reden: Melder beschermd", "Uw reactie (Klopt niet)",
             "Status: in behandeling", "Antwoord van de hulpverlener", "Gezegd door: meester Dekker" })
        CHECK(text.contains(s(part)));
    CHECK_FALSE(text.contains(s("J. de Graaf")));
    CHECK_FALSE(text.contains(s("buurvrouw")));
    CHECK(text.contains(QRegularExpression(s("\\d+ (januari|februari|maart|april|mei|juni|juli|augustus|september|"
                                             "oktober|november|december) 20\\d\\d"))));

    // An existing DEST is refused (exit 12) and stays byte for byte as it was.
    QFile before(pdf);
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const CliResult again = d.parent({ s("paper"), d.copy, pdf, s("--answers") });
    CHECK(again.exitCode == 12);
    QFile after(pdf);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == bytes);

    // --answers: Mijn reacties, only the answered entries.
    const QString answers = d.dir.filePath(s("mijn-reacties.pdf"));
    REQUIRE(d.parent({ s("paper"), d.copy, answers, s("--answers") }).exitCode == 0);
    const QString a = pdfText(answers);
    CHECK(a.contains(s("Mijn reacties")));
    CHECK(a.contains(s("Uw reactie")));
    CHECK_FALSE(a.contains(s("meester Dekker")));
    CHECK_FALSE(a.contains(s("J. de Graaf")));
}
