// audit --batch over a folder of vaults through the real binary: one CSV row a vault, an unreadable
// vault a row with its error while the rest are audited, shards that merge back into the whole, and
// every vault left byte-identical.
#include "CliRunner.h"

#include <QDir>

namespace {

struct Folder {
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }

    void write(const QString& name, const QByteArray& bytes) const
    {
        QFile f(path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    // A vault NAME.inzage with `entries` entries, its passphrase in NAME.pass (or not).
    void vault(const char* name, int entries, bool passBeside = true) const
    {
        const QString v = path(s(name) + s(".inzage"));
        const QString pw = path(s(name) + s(".pass"));
        write(s(name) + s(".pass"), QByteArray("wachtwoord van ") + name + "\n");
        ok({ s("init"), v, s("--passphrase-file"), pw, s("--kdf-ops"), s("1"), s("--kdf-mem-mib"), s("0.0078125") });
        for (int i = 0; i < entries; ++i)
            ok({ s("add"), v, s("--text"), s("Notitie %1.").arg(i + 1), s("--passphrase-file"), pw });
        if (!passBeside) {
            QFile::rename(pw, path(s("gedeeld.txt")));
        }
    }

    static void ok(const QStringList& a)
    {
        const CliResult r = runCli(a);
        INFO(a.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
    }

    QByteArray read(const QString& name) const
    {
        QFile f(path(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
};

QStringList rows(const QByteArray& csv)
{
    QStringList out = QString::fromUtf8(csv).split(s("\r\n"), Qt::SkipEmptyParts);
    REQUIRE_FALSE(out.isEmpty());
    out.removeFirst(); // the header
    return out;
}

} // namespace

TEST_CASE("audit --batch gives one row a vault, errors as rows, and leaves every vault as it was", "[cli][audit][batch]")
{
    Folder f;
    QDir().mkpath(f.path(s("dossiers")));
    Folder* d = &f;
    const QString dir = f.path(s("dossiers"));
    auto in = [&](const char* n) { return s("dossiers/") + s(n); };
    d->vault(qPrintable(in("anna")), 3);
    d->vault(qPrintable(in("bram")), 1);
    d->vault(qPrintable(in("cor")), 2, false); // passphrase only in the shared file
    d->vault(qPrintable(in("dirk")), 1);
    f.write(in("dirk") + s(".pass"), "het verkeerde wachtwoord\n");
    f.write(in("eva") + s(".inzage"), "dit is geen dossier, maar het heet wel zo");
    f.write(in("eva") + s(".pass"), "x\n");
    const QByteArray annaBefore = fileHash(f.path(in("anna.inzage")));

    const CliResult r = runCli({ s("audit"), s("--batch"), dir, s("--csv"), f.path(s("alles.csv")) });
    INFO(r.errText().toStdString());
    CHECK(r.exitCode == 1); // some rows are errors; the CSV is whole
    CHECK(r.errText().contains(s("5 dossiers: 2 gecontroleerd, 3 met een fout")));
    const QByteArray csv = f.read(s("alles.csv"));
    CHECK(csv.startsWith("file,status,error,entries,labelled_share,"));
    const QStringList lines = rows(csv);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].startsWith(s("anna.inzage,ok,,3,0.000,")));
    CHECK(lines[1].startsWith(s("bram.inzage,ok,,1,")));
    CHECK(lines[2].startsWith(s("cor.inzage,fout,")));
    CHECK(lines[2].contains(s("cor.pass")));
    CHECK(lines[3].startsWith(s("dirk.inzage,fout,")));
    CHECK(lines[3].contains(s("wachtwoord")));
    CHECK(lines[4].startsWith(s("eva.inzage,fout,")));
    CHECK(fileHash(f.path(in("anna.inzage"))) == annaBefore);

    // The shared passphrase opens the vault without its own .pass.
    const CliResult shared = runCli({ s("audit"), s("--batch"), dir, s("--passphrase-file"), f.path(s("gedeeld.txt")) });
    CHECK(rows(shared.out)[2].startsWith(s("cor.inzage,ok,,2,")));

    // Never over an existing file.
    const CliResult again = runCli({ s("audit"), s("--batch"), dir, s("--csv"), f.path(s("alles.csv")) });
    CHECK(again.exitCode == 12);
    CHECK(f.read(s("alles.csv")) == csv);
}

TEST_CASE("audit --batch --shard K/N splits the folder and audit --merge puts it back", "[cli][audit][batch]")
{
    Folder f;
    QDir().mkpath(f.path(s("d")));
    for (const char* n : { "d/a1", "d/a2", "d/a3", "d/a4", "d/a5" })
        f.vault(n, 1);
    const QString dir = f.path(s("d"));
    const CliResult whole = runCli({ s("audit"), s("--batch"), dir, s("--jobs"), s("1") });
    REQUIRE(whole.exitCode == 0);
    const CliResult one = runCli({ s("audit"), s("--batch"), dir, s("--shard"), s("1/2"), s("--csv"), f.path(s("1.csv")) });
    const CliResult two = runCli({ s("audit"), s("--batch"), dir, s("--shard"), s("2/2"), s("--csv"), f.path(s("2.csv")) });
    REQUIRE(one.exitCode == 0);
    REQUIRE(two.exitCode == 0);
    CHECK(rows(f.read(s("1.csv"))).size() == 3);
    CHECK(rows(f.read(s("2.csv"))).size() == 2);
    const CliResult merged = runCli({ s("audit"), s("--merge"), f.path(s("samen.csv")), f.path(s("2.csv")), f.path(s("1.csv")) });
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    // The same rows as one run over the whole folder (each row's audit time is not in the CSV).
    CHECK(f.read(s("samen.csv")) == whole.out);

    // Overlapping shards, a file that is no batch CSV, and a shard that does not exist: refused.
    CHECK(runCli({ s("audit"), s("--merge"), f.path(s("x.csv")), f.path(s("1.csv")), f.path(s("1.csv")) }).exitCode == 10);
    CHECK_FALSE(QFileInfo::exists(f.path(s("x.csv"))));
    f.write(s("ander.csv"), "naam,waarde\r\n");
    CHECK(runCli({ s("audit"), s("--merge"), f.path(s("y.csv")), f.path(s("ander.csv")) }).exitCode == 10);
    CHECK(runCli({ s("audit"), s("--batch"), dir, s("--shard"), s("3/2") }).exitCode == 10);
    CHECK(runCli({ s("audit"), s("--batch"), dir, s("--shard"), s("twee") }).exitCode == 10);
    CHECK(runCli({ s("audit"), s("--batch"), f.path(s("bestaat-niet")) }).exitCode == 9);
}
