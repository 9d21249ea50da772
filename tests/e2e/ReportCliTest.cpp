// inzage-cli report: the PDF read back with poppler (pdftotext, pdfinfo, pdftoppm), a final report
// refused while not ready, recorded in the chain and checked by verify, a label changed afterwards
// marked in the history, and bad targets (an existing path, a full or unwritable folder) refused
// with nothing left behind.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>

namespace {


CliResult ok(const CliVault& v, const QStringList& args)
{
    const CliResult r = v.run(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A poppler tool's standard output; poppler-utils is in tools/dev's packages.
QString poppler(const char* tool, const QStringList& args)
{
    const QString exe = QStandardPaths::findExecutable(QString::fromLatin1(tool));
    INFO(tool << " is missing: install poppler-utils (tools/dev does)");
    REQUIRE_FALSE(exe.isEmpty());
    QProcess p;
    p.start(exe, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString& pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(s("Pages:\\s+(\\d+)")).match(poppler("pdfinfo", { pdf }));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

QString pageText(const QString& pdf, int page)
{
    return poppler("pdftotext", { s("-f"), QString::number(page), s("-l"), QString::number(page), pdf, s("-") });
}

// A dossier the check finds ready, long enough for several pages: feiten with a basis, bronnen from
// the child with when and how, meningen of the mother, a handled answer, both analyses marked. The
// father is family and was never spoken to.
struct ReadyCli {
    CliVault v;
    QString pdf = v.dir.filePath(s("rapport.pdf"));

    ReadyCli()
    {
        ok(v, { s("person"), v.vault, s("Tim"), s("--role"), s("kind"), s("--relation"), s("zoon") });
        ok(v, { s("person"), v.vault, s("Anouk"), s("--role"), s("ouder"), s("--relation"), s("moeder") });
        ok(v, { s("person"), v.vault, s("Karim"), s("--role"), s("ouder"), s("--relation"), s("vader") });
        QByteArray tsv = "section\tlabel\tspoken_to\ttext\tevent_date\tspoken_on\tmethod\n";
        const QByteArray filler = " Dit staat hier om de notitie zo lang te maken als in een echt rapport, "
                                  "met genoeg woorden voor twee of drie regels op de pagina.";
        for (int i = 1; i <= 24; ++i)
            tsv += "Analyse zorgen\tfeit\tdocument: verzuimoverzicht 2026-02-01\tTim was in week "
                + QByteArray::number(i) + " afwezig." + filler + "\t2026-02-01\t\t\n";
        for (int i = 1; i <= 14; ++i)
            tsv += "Analyse krachten\tbron\tzoon (Tim)\tTim vertelt over training " + QByteArray::number(i) + "."
                + filler + "\t2026-03-01\t2026-03-01\thuisbezoek\n";
        for (int i = 1; i <= 8; ++i)
            tsv += "Analyse krachten\tmening\tmoeder (Anouk)\tMoeder vindt dat stap " + QByteArray::number(i)
                + " goed ging." + filler + "\t\t\t\n";
        const QString tsvPath = v.dir.filePath(s("rapport.tsv"));
        QFile f(tsvPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(tsv);
        f.close();
        ok(v, { s("import"), v.vault, tsvPath });
        ok(v,
            { s("answer"), v.vault, s("1"), s("--kind"), s("aanvulling"), s("--text"), s("Hij was toen ziek."),
                s("--for"), s("Anouk") });
        ok(v,
            { s("answer"), v.vault, s("--handle"), s("1"), s("--status"), s("verwerkt"), s("--reply"),
                s("Opgenomen bij de notitie.") });
        ok(v,
            { s("case"), v.vault, s("--title"), s("Gezin Proef"), s("--case-number"), s("PR-2026-7"),
                s("--problem-section"), s("Analyse zorgen"), s("--strengths-section"), s("Analyse krachten") });
        ok(v, { s("check"), v.vault });
    }

    QString head() const
    {
        return ok(v, { s("verify"), v.vault, s("--json") }).json().object().value(s("head")).toString();
    }
    int auditRows() const
    {
        return ok(v, { s("verify"), v.vault, s("--json") }).json().object().value(s("audit_rows")).toInt();
    }
};

// Unmounts the small tmpfs again however the test ends (before its temporary folder goes).
struct TmpfsGuard {
    QByteArray dir;
    bool mounted = false;
    ~TmpfsGuard()
    {
        if (mounted)
            ::umount2(dir.constData(), MNT_DETACH);
    }
};

QString printed(const CliResult& r, const char* label)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QString::fromUtf8(label) + s("[^:]*: ([0-9a-f]{64})")).match(r.outText());
    INFO(r.outText().toStdString());
    REQUIRE(m.hasMatch());
    return m.captured(1);
}

} // namespace

TEST_CASE("report --concept: the PDF holds the sections, the kinds apart, who said what, Gesproken met and the answers",
    "[cli][report]")
{
    ReadyCli d;
    const QString headBefore = d.head();
    const int rowsBefore = d.auditRows();
    const CliResult r = ok(d.v, { s("report"), d.v.vault, d.pdf, s("--concept") });
    CHECK(r.errText().isEmpty()); // no platform chatter on stderr
    CHECK(d.auditRows() == rowsBefore); // a concept is not recorded
    CHECK(printed(r, "Logboek bij het maken") == headBefore);
    const QString contentHash = printed(r, "Inhoudshash");

    const QString all = poppler("pdftotext", { d.pdf, s("-") });
    for (const char* heading : { "Analyse zorgen", "Analyse krachten", "Feiten", "Bronnen", "Meningen", "Gesproken met",
             "Bijlage: reacties van ouders en antwoorden", "Verantwoording" })
        CHECK(all.contains(s(heading)));
    CHECK(all.contains(s("Gezegd door: Tim (zoon)")));
    CHECK(all.contains(s("2026-03-01 · bij een huisbezoek")));
    CHECK(all.contains(s("akkoord van de bron: niet vastgelegd")));
    CHECK(all.contains(s("Basis: document — verzuimoverzicht 2026-02-01")));
    CHECK(all.contains(s("Mening van: Anouk")));
    CHECK(QRegularExpression(s("Karim \\(vader\\)\\s+ouder\\s+niet gesproken")).match(all).hasMatch());
    CHECK(all.contains(s("Hij was toen ziek.")));
    CHECK(all.contains(s("Opgenomen bij de notitie.")));
    CHECK(all.indexOf(s("Bijlage: reacties")) > all.indexOf(s("Gesproken met")));

    const int pages = pageCount(d.pdf);
    CHECK(pages >= 3);
    CHECK(poppler("pdfinfo", { d.pdf }).contains(s("A4")));
    for (int p = 1; p <= pages; ++p) {
        const QString text = pageText(d.pdf, p);
        INFO("page " << p);
        CHECK(text.contains(s("CONCEPT")));
        CHECK(text.contains(s("Concept — nog niet definitief")));
        CHECK(text.contains(QStringLiteral("pagina %1 van %2").arg(p).arg(pages)));
        CHECK_FALSE(text.contains(s("DEFINITIEF")));
        // An entry keeps its detail lines: no page starts with one of them.
        const QString body = text.section(s("CONCEPT"), 1).trimmed();
        INFO(body.left(200).toStdString());
        for (const char* detail : { "Datum:", "Basis:", "Gezegd door:", "Mening van:", "Status:" })
            CHECK_FALSE(body.startsWith(s(detail)));
    }
    const QString last = pageText(d.pdf, pages);
    CHECK(last.contains(headBefore));
    CHECK(last.contains(contentHash));
    CHECK_FALSE(pageText(d.pdf, 1).contains(headBefore));
    for (const char* font : { "DejaVuSans", "DejaVuSansMono" }) // every font embedded
        CHECK(QRegularExpression(QString::fromLatin1(font) + s("\\s+CID TrueType\\s+Identity-H\\s+yes"))
                  .match(poppler("pdffonts", { d.pdf }))
                  .hasMatch());

    // Rendered once for a look (README: pdftoppm -png -r 80).
    const QString png = d.v.dir.filePath(s("blik"));
    poppler("pdftoppm", { s("-png"), s("-r"), s("80"), s("-f"), s("1"), s("-l"), s("1"), d.pdf, png });
    CHECK(QFileInfo(png + s("-1.png")).size() > 10000);
}

TEST_CASE("a final report is refused with exit 13 and every blocker while the check is not ready, writing nothing",
    "[cli][report]")
{
    ReadyCli d;
    const QJsonObject added
        = ok(d.v, { s("add"), d.v.vault, s("--text"), s("Nog te beoordelen."), s("--json") }).json().object();
    const int open = added.value(s("id")).toInt();
    const QByteArray before = fileBytes(d.v.vault);
    const CliResult r = d.v.run({ s("report"), d.v.vault, d.pdf });
    CHECK(r.exitCode == 13);
    CHECK(r.errText().contains(QStringLiteral("#%1  unlabelled").arg(open)));
    CHECK(r.errText().contains(s("--concept")));
    CHECK_FALSE(QFile::exists(d.pdf));
    CHECK(fileBytes(d.v.vault) == before);
}

TEST_CASE("a final report is recorded in the chain, verify checks it and tells its PDF apart, and a later label "
          "change shows in the history",
    "[cli][report]")
{
    ReadyCli d;
    const QString headBefore = d.head();
    const CliResult r = ok(d.v, { s("report"), d.v.vault, d.pdf });
    CHECK(r.outText().contains(s("vastgelegd in het logboek")));
    const int pages = pageCount(d.pdf);
    for (int p = 1; p <= pages; ++p) {
        INFO("page " << p);
        CHECK(pageText(d.pdf, p).contains(s("DEFINITIEF")));
        CHECK_FALSE(pageText(d.pdf, p).contains(s("CONCEPT")));
    }
    CHECK(pageText(d.pdf, pages).contains(headBefore));

    const QJsonObject verify = ok(d.v, { s("verify"), d.v.vault, s("--json"), s("--report"), d.pdf }).json().object();
    CHECK(verify.value(s("reports")).toInt() == 1);
    CHECK(verify.value(s("reports_intact")).toBool());
    CHECK(verify.value(s("report_file_matches")).toBool());
    const QJsonObject chain = ok(d.v, { s("verify"), d.v.vault, s("--json") }).json().object();
    CHECK(verify.value(s("report_file_seq")).toInt() == chain.value(s("audit_rows")).toInt());
    CHECK(r.outText().contains(QStringLiteral("regel %1").arg(chain.value(s("audit_rows")).toInt())));

    const QString second = d.v.dir.filePath(s("tweede.pdf"));
    const QJsonObject made = ok(d.v, { s("report"), d.v.vault, second, s("--json") }).json().object();
    CHECK(made.value(s("final")).toBool());
    CHECK(made.value(s("head")).toString() == chain.value(s("head")).toString());
    CHECK(made.value(s("record_seq")).toInt() == chain.value(s("audit_rows")).toInt() + 1);
    CHECK(made.value(s("content_hash")).toString().size() == 64);
    CHECK(pageText(second, made.value(s("pages")).toInt()).contains(made.value(s("content_hash")).toString()));

    const QString conceptPdf = d.v.dir.filePath(s("concept.pdf"));
    ok(d.v, { s("report"), d.v.vault, conceptPdf, s("--concept") });
    const CliResult notIt = d.v.run({ s("verify"), d.v.vault, s("--report"), conceptPdf });
    CHECK(notIt.exitCode == 5);
    CHECK(notIt.outText().contains(s("GEEN vastgelegd definitief rapport")));
    const CliResult missing = d.v.run({ s("verify"), d.v.vault, s("--report"), d.v.dir.filePath(s("weg.pdf")) });
    CHECK(missing.exitCode == 9);
    CHECK(missing.errText().contains(s("kan niet worden gelezen")));

    ok(d.v, { s("label"), d.v.vault, s("2"), s("mening"), s("--holder"), s("Anouk") });
    const CliResult changed = ok(d.v, { s("history"), d.v.vault, s("2") });
    CHECK(changed.outText().contains(s("Label veranderd NA het definitieve rapport")));
    const QJsonArray revisions
        = ok(d.v, { s("history"), d.v.vault, s("2"), s("--json") }).json().object().value(s("revisions")).toArray();
    REQUIRE(revisions.size() == 2);
    CHECK_FALSE(revisions.at(0).toObject().contains(s("label_changed_after_final_report")));
    CHECK(revisions.at(1).toObject().contains(s("label_changed_after_final_report")));
    CHECK_FALSE(ok(d.v, { s("history"), d.v.vault, s("3") }).outText().contains(s("NA het definitieve rapport")));
}

TEST_CASE("report refuses a path that exists with exit 12 and leaves it unchanged", "[cli][report]")
{
    ReadyCli d;
    {
        QFile f(d.pdf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("het rapport van vorige week");
    }
    const int rowsBefore = d.auditRows();
    for (const QStringList& extra : { QStringList { s("--concept") }, QStringList {} }) {
        const CliResult r = d.v.run(QStringList { s("report"), d.v.vault, d.pdf } + extra);
        CHECK(r.exitCode == 12);
        CHECK(r.errText().contains(s("overschrijft nooit")));
    }
    CHECK(fileBytes(d.pdf) == QByteArray("het rapport van vorige week"));
    CHECK(d.auditRows() == rowsBefore);
    const CliResult usage = d.v.run({ s("report"), d.v.vault });
    CHECK(usage.exitCode == 2);
}

TEST_CASE(
    "a report into a full or unwritable folder fails with exit 8, leaves no file and records nothing", "[cli][report]")
{
    ReadyCli d;
    const QString target = d.v.dir.filePath(s("vol"));
    REQUIRE(QDir().mkdir(target));
    // As root (here and in CI) a 64 KiB tmpfs: the PDF (about 60 KiB of fonts alone) does not fit.
    // Otherwise a folder without write permission, which root would ignore.
    TmpfsGuard tmpfs { QFile::encodeName(target) };
    if (::geteuid() == 0) {
        tmpfs.mounted
            = ::mount("tmpfs", tmpfs.dir.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0700") == 0;
        INFO("mount tmpfs: " << std::strerror(errno));
        REQUIRE(tmpfs.mounted);
        QFile filler(target + s("/bijna-vol"));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        filler.write(QByteArray(40 * 1024, 'x'));
    } else {
        REQUIRE(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const QStringList before = QDir(target).entryList(QDir::Files | QDir::Hidden);
    const int rowsBefore = d.auditRows();
    for (const QStringList& extra : { QStringList { s("--concept") }, QStringList {} }) {
        const CliResult r = d.v.run(QStringList { s("report"), d.v.vault, target + s("/rapport.pdf") } + extra);
        INFO(r.errText().toStdString());
        CHECK(r.exitCode == 8);
        CHECK(r.errText().contains(s("geen (half) bestand")));
        CHECK(r.errText().contains(tmpfs.mounted ? s("de schijf is vol") : s("niet worden geschreven")));
        CHECK(QDir(target).entryList(QDir::Files | QDir::Hidden) == before);
    }
    CHECK(d.auditRows() == rowsBefore);
    if (tmpfs.mounted) {
        ::umount2(tmpfs.dir.constData(), MNT_DETACH);
        tmpfs.mounted = false;
    } else {
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    ok(d.v, { s("report"), d.v.vault, target + s("/rapport.pdf") }); // with room again it works
    CHECK(QFile::exists(target + s("/rapport.pdf")));
}

TEST_CASE("report --checkpoint-key writes a signed checkpoint beside the final report, which verify checks offline",
    "[cli][report][sign]")
{
    ReadyCli d;
    const QString key = d.v.dir.filePath(s("organisatie.key"));
    const QString keyPw = d.v.dir.filePath(s("sleutel.pw"));
    {
        QFile f(keyPw);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("sleutel van de organisatie\n");
    }
    const CliResult made = runCli({ s("org-key"), key, s("--passphrase-file"), keyPw, s("--kdf-ops"), s("1"),
        s("--kdf-mem-mib"), s("0.0078125") });
    REQUIRE(made.exitCode == 0);
    const QString checkpoint = d.v.dir.filePath(s("rapport.checkpoint"));
    const CliResult r = ok(d.v,
        { s("report"), d.v.vault, d.pdf, s("--json"), s("--checkpoint-key"), key, s("--key-passphrase-file"), keyPw });
    const QJsonObject o = r.json().object();
    CHECK(o.value(s("checkpoint")).toString() == checkpoint);
    const QByteArray text = fileBytes(checkpoint);
    // The checkpoint is of the chain with the report's own row in it, and names the PDF's bytes.
    CHECK(text.contains("\nregels " + QByteArray::number(o.value(s("record_seq")).toInt()) + "\n"));
    CHECK(text.contains("\nrapport " + o.value(s("file_hash")).toString().toLatin1() + "\n"));
    const QJsonObject verify = ok(d.v,
        { s("verify"), d.v.vault, s("--json"), s("--checkpoint"), checkpoint, s("--org-public"),
            d.v.dir.filePath(s("organisatie.pub")) })
                                   .json()
                                   .object();
    CHECK(verify.value(s("checkpoint_holds")).toBool());

    // A second report under a name whose checkpoint exists: refused before anything is recorded.
    const int rows = d.auditRows();
    const QString again = d.v.dir.filePath(s("rapport.PDF"));
    const CliResult refused = d.v.run(
        { s("report"), d.v.vault, again, s("--checkpoint-key"), key, s("--key-passphrase-file"), keyPw });
    CHECK(refused.exitCode == 12);
    CHECK_FALSE(QFile::exists(again));
    CHECK(d.auditRows() == rows);
    // A wrong key passphrase: exit 3, nothing recorded.
    const QString wrongPw = d.v.dir.filePath(s("fout.pw"));
    {
        QFile f(wrongPw);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("geraden\n");
    }
    const QString third = d.v.dir.filePath(s("derde.pdf"));
    CHECK(d.v.run({ s("report"), d.v.vault, third, s("--checkpoint-key"), key, s("--key-passphrase-file"), wrongPw })
              .exitCode
        == 3);
    CHECK_FALSE(QFile::exists(third));
    CHECK(d.auditRows() == rows);
    // Not with a concept.
    CHECK(d.v.run({ s("report"), d.v.vault, third, s("--concept"), s("--checkpoint-key"), key }).exitCode == 2);
}
