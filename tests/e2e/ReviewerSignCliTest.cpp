// The reviewer signs and flags, through the real binary: the organisation's key, a signed
// checkpoint checked offline by verify (and each refusal with exit 5), flags in the reviewer's own
// file with the dossier byte-identical, and the audit report as CSV and PDF, never overwritten.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {


const QStringList kFast { s("--kdf-ops"), s("1"), s("--kdf-mem-mib"), s("0.0078125") };

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// The demo dossier with an organisation key and passphrase files for the key and the flags.
struct Signed : CliVault {
    QString key = dir.filePath(s("organisatie.key"));
    QString pub = dir.filePath(s("organisatie.pub"));
    QString keyPw = dir.filePath(s("sleutel.pw"));
    QString flagsPw = dir.filePath(s("vlaggen.pw"));
    QString note = dir.filePath(s("notitie.txt"));

    Signed()
        : CliVault(false)
    {
        REQUIRE(run({ s("demo"), vault }).exitCode == 0);
        writeFile(keyPw, "sleutel van de organisatie\n");
        writeFile(flagsPw, "eigen wachtwoord reviewer\n");
        writeFile(note, "=HYPERLINK(\"http://voorbeeld.invalid\") wie zei dit?\n");
        const CliResult r = orgKey(key);
        INFO(r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
    }
    CliResult orgKey(const QString& path) const
    {
        QStringList args { s("org-key"), path, s("--passphrase-file"), keyPw };
        return runCli(args << kFast);
    }
    CliResult checkpoint(const QString& out, const QString& withKey = {}) const
    {
        return run({ s("checkpoint"), vault, out, s("--org-key"), withKey.isEmpty() ? key : withKey,
            s("--key-passphrase-file"), keyPw });
    }
    CliResult verify(const QString& file, const QString& checkpointFile, const QString& publicKey = {}) const
    {
        return runCli({ s("verify"), file, s("--json"), s("--checkpoint"), checkpointFile, s("--org-public"),
            publicKey.isEmpty() ? pub : publicKey, s("--passphrase-file"), pw });
    }
    CliResult flag(QStringList args) const
    {
        args << s("--flags-passphrase-file") << flagsPw;
        if (args.first() == QLatin1String("flag"))
            args << kFast; // a new flag file: the cheapest key cost

        return run(args);
    }
};

} // namespace

TEST_CASE("org-key writes a key with a passphrase and its public file, and never overwrites either", "[cli][sign]")
{
    Signed d;
    CHECK(fileBytes(d.pub).startsWith("INZAGE-ORGANISATIESLEUTEL-PUBLIEK 1\npubliek "));
    CHECK(fileBytes(d.key).startsWith("INZAGE-ORGANISATIESLEUTEL 1\n"));
    const QByteArray before = fileBytes(d.key);
    const CliResult again = d.orgKey(d.key);
    CHECK(again.exitCode == 12);
    CHECK(fileBytes(d.key) == before);
}

TEST_CASE("a checkpoint holds until the dossier is rolled back, and verify then refuses it with exit 5", "[cli][sign]")
{
    Signed d;
    const QString older = d.dir.filePath(s("oud.inzage"));
    REQUIRE(QFile::copy(d.vault, older));
    REQUIRE(d.run({ s("add"), d.vault, s("--text"), s("Na de kopie toegevoegd.") }).exitCode == 0);
    const QString cp = d.dir.filePath(s("dossier.checkpoint"));
    const CliResult made = d.checkpoint(cp);
    INFO(made.errText().toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(d.checkpoint(cp).exitCode == 12);

    const CliResult good = d.verify(d.vault, cp);
    INFO(good.outText().toStdString() << good.errText().toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.json().object().value(s("checkpoint_holds")).toBool());

    // The whole file rolled back to the copy from before: the checkpoint's chain is longer.
    const CliResult rolledBack = d.verify(older, cp);
    CHECK(rolledBack.exitCode == 5);
    const QJsonObject o = rolledBack.json().object();
    CHECK_FALSE(o.value(s("checkpoint_holds")).toBool());
    CHECK(o.value(s("audit_intact")).toBool()); // the older copy on its own is whole: only the checkpoint tells
    CHECK(o.value(s("checkpoint_problem")).toString().contains(s("langer logboek")));
}

TEST_CASE("verify --checkpoint refuses another key, a changed byte and another dossier", "[cli][sign]")
{
    Signed d;
    const QString cp = d.dir.filePath(s("dossier.checkpoint"));
    REQUIRE(d.checkpoint(cp).exitCode == 0);

    SECTION("signed with another organisation's key")
    {
        const QString otherKey = d.dir.filePath(s("ander.key"));
        REQUIRE(d.orgKey(otherKey).exitCode == 0);
        const QString otherCp = d.dir.filePath(s("ander.checkpoint"));
        REQUIRE(d.checkpoint(otherCp, otherKey).exitCode == 0);
        const CliResult r = d.verify(d.vault, otherCp);
        CHECK(r.exitCode == 5);
        CHECK(r.json().object().value(s("checkpoint_problem")).toString().contains(s("andere sleutel")));
    }
    SECTION("one byte changed (the chain length)")
    {
        QByteArray text = fileBytes(cp);
        const int at = text.indexOf("\nregels ") + 8;
        text[at] = text[at] == '1' ? '2' : '1';
        const QString changed = d.dir.filePath(s("veranderd.checkpoint"));
        writeFile(changed, text);
        const CliResult r = d.verify(d.vault, changed);
        CHECK(r.exitCode == 5);
        CHECK(r.json().object().value(s("checkpoint_problem")).toString().contains(s("handtekening")));
    }
    SECTION("of another dossier")
    {
        CliVault other;
        const CliResult r = d.verify(other.vault, cp);
        // other has its own passphrase file with the same passphrase as d
        CHECK(r.exitCode == 5);
        CHECK(r.json().object().value(s("checkpoint_problem")).toString().contains(s("ander dossier")));
    }
    SECTION("not a checkpoint, or no public key given")
    {
        CHECK(d.verify(d.vault, d.pub).exitCode == 10);
        CHECK(d.verify(d.vault, d.dir.filePath(s("weg.checkpoint"))).exitCode == 9);
        CHECK(d.run({ s("verify"), d.vault, s("--checkpoint"), cp }).exitCode == 2);
        CHECK(d.checkpoint(d.dir.filePath(s("x.checkpoint")), d.pub).exitCode == 10);
    }
}

TEST_CASE("flags live in the reviewer's own file: the dossier stays byte-identical, audit --json lists the open ones",
    "[cli][sign]")
{
    Signed d;
    const QByteArray before = fileHash(d.vault);
    const CliResult one = d.flag({ s("flag"), d.vault, s("3"), s("--note-file"), d.note });
    INFO(one.errText().toStdString());
    REQUIRE(one.exitCode == 0);
    REQUIRE(d.flag({ s("flag"), d.vault, s("5"), s("--note-file"), d.note }).exitCode == 0);
    CHECK(d.flag({ s("flag"), d.vault, s("--close"), s("1") }).exitCode == 2); // only with a note
    REQUIRE(d.flag({ s("flag"), d.vault, s("--close"), s("1"), s("--note-file"), d.note }).exitCode == 0);
    CHECK(d.flag({ s("flag"), d.vault, s("999"), s("--note-file"), d.note }).exitCode == 9);
    CHECK(fileHash(d.vault) == before);
    CHECK(QFile::exists(d.vault + s(".vlaggen")));

    const CliResult listed = d.flag({ s("flags"), d.vault, s("--json") });
    REQUIRE(listed.exitCode == 0);
    const QJsonObject l = listed.json().object();
    CHECK(l.value(s("open")).toInt() == 1);
    REQUIRE(l.value(s("flags")).toArray().size() == 2);
    CHECK(l.value(s("flags")).toArray().at(0).toObject().value(s("entry")).toInt() == 5);

    const CliResult audit = d.flag({ s("audit"), d.vault, s("--json") });
    INFO(audit.errText().toStdString());
    REQUIRE(audit.exitCode == 0);
    const QJsonArray open = audit.json().object().value(s("flags")).toArray();
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).toObject().value(s("number")).toInt() == 2);
    CHECK(open.at(0).toObject().value(s("note")).toString().startsWith(s("=HYPERLINK")));
    CHECK(fileHash(d.vault) == before);

    SECTION("a changed flag file is refused with exit 5, and audit does not go on without it")
    {
        QByteArray bytes = fileBytes(d.vault + s(".vlaggen"));
        bytes[bytes.size() - 3] = char(bytes[bytes.size() - 3] ^ 0x20);
        writeFile(d.vault + s(".vlaggen"), bytes);
        CHECK(d.flag({ s("flags"), d.vault }).exitCode == 5);
        CHECK(d.flag({ s("audit"), d.vault, s("--json") }).exitCode == 5);
        // A reader without the flag file (or its passphrase) audits without it, when asked.
        const CliResult without = d.run({ s("audit"), d.vault, s("--json"), s("--no-flags") });
        CHECK(without.exitCode == 0);
        CHECK(without.json().object().value(s("flags")).isNull());
    }
}

TEST_CASE("audit --csv and --pdf write the audit report with flags and sample, and never overwrite", "[cli][sign]")
{
    Signed d;
    REQUIRE(d.flag({ s("flag"), d.vault, s("3"), s("--note-file"), d.note }).exitCode == 0);
    const QString csv = d.dir.filePath(s("controle.csv"));
    const QString pdf = d.dir.filePath(s("controle.pdf"));
    const QByteArray before = fileHash(d.vault);
    const CliResult r = d.flag(
        { s("audit"), d.vault, s("--csv"), csv, s("--pdf"), pdf, s("--sample"), s("3"), s("--seed"), s("11") });
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(fileHash(d.vault) == before);
    const QByteArray text = fileBytes(csv);
    CHECK(text.startsWith("kind,group,key,value,n,of,severity,entry,rule,date,by,message\r\n"));
    CHECK(text.contains("\r\nmeta,,sample_seed,11,"));
    CHECK(text.contains("\r\nfinding,"));
    CHECK(text.contains("\r\nsample_check,"));
    // The reviewer's note that starts with '=' is no formula in a spreadsheet.
    CHECK(text.contains(",\"'=HYPERLINK(\"\"http://voorbeeld.invalid\"\") wie zei dit?\"\r\n"));
    CHECK_FALSE(text.contains(",=HYPERLINK"));
    CHECK(fileBytes(pdf).startsWith("%PDF-"));

    const QByteArray csvBefore = fileBytes(csv), pdfBefore = fileBytes(pdf);
    CHECK(d.flag({ s("audit"), d.vault, s("--csv"), csv }).exitCode == 12);
    CHECK(d.flag({ s("audit"), d.vault, s("--pdf"), pdf }).exitCode == 12);
    CHECK(fileBytes(csv) == csvBefore);
    CHECK(fileBytes(pdf) == pdfBefore);
    // A folder that is not there: no file, half or whole, and a clear refusal.
    const QString missing = d.dir.filePath(s("weg/controle.csv"));
    CHECK(d.flag({ s("audit"), d.vault, s("--csv"), missing }).exitCode == 8);
    CHECK_FALSE(QFile::exists(missing));
}
