// Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/TARGET/) and the parent copy
// the update_content target applies its inputs to (tests/fuzz/data/). Run through
// `tools/dev fuzz-seeds`; the output is checked in, so a normal run never needs this program.
//
//   inzage_fuzz_seeds SOURCE_DIR   (the repository root)
//
// The sealed files are sealed again with fuzz::sealKey(); everything comes from the fictional demo
// dossier and the document fixtures in tests/data, never from a real case file.

#include "FuzzTarget.h"
#include "ZipWrap.h"

#include "demo/DemoDossier.h"
#include "exchange/AnswerExchange.h"
#include "exchange/ParentCopy.h"
#include "exchange/SealedFile.h"
#include "vault/Sql.h"
#include "vault/Vault.h"
#include "vault/VaultHeader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using namespace inzage;

QString root;

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "inzage_fuzz_seeds: %s\n", qPrintable(what));
    std::exit(1);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read ") + path);
    return f.readAll();
}

void write(const QString& target, const QString& name, const QByteArray& bytes)
{
    const QString dir = root + QStringLiteral("/tests/fuzz/corpus/") + target;
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write ") + f.fileName());
}

QByteArray fixturePart(const char* document, const char* part)
{
    return readAll(root + QStringLiteral("/tests/data/documents/%1.d/%2").arg(QLatin1String(document), QLatin1String(part)));
}

QByteArray zippedFixture(const char* document)
{
    const QString folder = root + QStringLiteral("/tests/data/documents/%1.d").arg(QLatin1String(document));
    std::vector<QByteArray> names;
    std::vector<QByteArray> bodies;
    if (QFile::exists(folder + QStringLiteral("/mimetype"))) {
        names.push_back("mimetype");
        bodies.push_back(readAll(folder + QStringLiteral("/mimetype")));
    }
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString name = QDir(folder).relativeFilePath(file);
        if (name == QLatin1String("mimetype"))
            continue;
        names.push_back(name.toUtf8());
        bodies.push_back(readAll(file));
    }
    fuzz::ZipParts parts;
    for (std::size_t i = 0; i < names.size(); ++i)
        parts.emplace_back(names[i].constData(), bodies[i]);
    return fuzz::zipInMemory(parts);
}

void documentSeeds()
{
    write(QStringLiteral("docx"), QStringLiteral("rapport.docx"), zippedFixture("rapport.docx"));
    write(QStringLiteral("odt"), QStringLiteral("rapport.odt"), zippedFixture("rapport.odt"));
    // An OLE compound file (old .doc, or a password-protected Office file) as the reader sees it.
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(504, '\0');
    for (const char c : QByteArray("EncryptionInfo")) {
        ole += c;
        ole += '\0';
    }
    write(QStringLiteral("docx"), QStringLiteral("versleuteld.doc"), ole);
    write(QStringLiteral("docx_xml"), QStringLiteral("rapport.xml"),
        fixturePart("rapport.docx", "word/document.xml") + '\0' + fixturePart("rapport.docx", "word/styles.xml"));
    write(QStringLiteral("odt_xml"), QStringLiteral("rapport.xml"),
        fixturePart("rapport.odt", "content.xml") + '\0' + fixturePart("rapport.odt", "styles.xml"));

    const QByteArray text = "1. Aanleiding\n\nOp 3 jan. 2026 sprak dhr. De Vries met moeder. Zij zei: \"Het gaat "
                            "goed.\" Volgens o.a. de school is dat niet zo...\n\n- eerste punt\n- tweede punt\n\n"
                            "2.1 Onderzoek\nDe GGD (art. 1:255 BW) meldde het.\n";
    write(QStringLiteral("txt"), QStringLiteral("utf8.txt"), text);
    write(QStringLiteral("txt"), QStringLiteral("bom.txt"), "\xEF\xBB\xBF" + text);
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : QString::fromUtf8("Één zin. Nog één.\n"))
        utf16 += QByteArray(reinterpret_cast<const char*>(&c), 2);
    write(QStringLiteral("txt"), QStringLiteral("utf16.txt"), utf16);
    write(QStringLiteral("txt"), QStringLiteral("cp1252.txt"), "Caf\xE9 en cr\xE8me \x93" "aanhalingstekens\x94.\n");
    write(QStringLiteral("md"), QStringLiteral("rapport.md"),
        "# Rapport\n\nTekst met *nadruk* en een [link](http://x.nl).\n\nKop twee\n--------\n\n"
        "1. punt een\n2. punt twee\n\n> citaat van de moeder.\n\n| cel a | cel b |\n|---|---|\n| c | d |\n\n"
        "```\ncode blijft weg\n```\n<!-- opmerking -->\nSlot.\n");
    write(QStringLiteral("sentences"), QStringLiteral("alinea.txt"),
        "Dhr. E.R.T.A. Luijten zei op 3 jan. 2026 dat het o.a. goed ging! 's Avonds belde zij. "
        "3.3.3. Conclusie: zie art. 1:255 BW... \"Echt?\" (Ja.) Einde");
    write(QStringLiteral("tsv"), QStringLiteral("kleine-rapportage.tsv"),
        readAll(root + QStringLiteral("/tests/data/kleine-rapportage.tsv")));
    write(QStringLiteral("kdf_text"), QStringLiteral("moderate"), "3\n256");
    write(QStringLiteral("kdf_text"), QStringLiteral("smallest"), "1\n0.0078125");
    write(QStringLiteral("kdf_text"), QStringLiteral("largest"), "10\n1024");
    write(QStringLiteral("audit_head"), QStringLiteral("head"),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
}

// A vault header followed by filler: read as VaultHeader::read reads it.
void headerSeeds()
{
    for (const KdfParams k : {KdfParams::moderate(), KdfParams::fastForTests(), KdfParams {10, 20}}) {
        const VaultHeader h = VaultHeader::fresh(k);
        QByteArray bytes(reinterpret_cast<const char*>(h.salt.data()), qsizetype(h.salt.size()));
        bytes += QByteArray(1008, '\x5a');
        write(QStringLiteral("vault_header"), QStringLiteral("ops%1-mem%2").arg(k.opsLimit).arg(k.memLog2KiB), bytes);
    }
}

SecureBytes secret(const char* text) { return SecureBytes(text, std::strlen(text)); }

QByteArray keyOf(Vault& v)
{
    Statement st(v.db(), "SELECT key FROM exchange_key");
    if (st.step() != SQLITE_ROW)
        fail(QStringLiteral("no exchange key"));
    return st.blob(0);
}

// The plaintext of an answer or update file written by the real export, and that payload sealed
// again with the fuzz key under the same header.
void exchangeSeeds(const QString& file, SealedFile::Kind kind, const QByteArray& key, const QString& name)
{
    auto parsed = SealedFile::parse(readAll(file), kind);
    if (!parsed)
        fail(parsed.message());
    auto plain = parsed->open(key);
    if (!plain)
        fail(plain.message());
    write(QStringLiteral("payload"), name, *plain);
    if (kind == SealedFile::Kind::Update)
        write(QStringLiteral("update_content"), name, *plain);
    write(QStringLiteral("sealed"), name,
        SealedFile::seal(kind, parsed->dossierUid, parsed->exchangeId, fuzz::sealKey(), *plain));
}

void dossierSeeds()
{
    QTemporaryDir dir;
    const QString proPath = dir.filePath(QStringLiteral("demo.inzage"));
    const QString copyPath = root + QStringLiteral("/tests/fuzz/data/ouderexemplaar.inzage");
    QDir().mkpath(root + QStringLiteral("/tests/fuzz/data"));
    QFile::remove(copyPath);
    auto pro = Vault::create(proPath, secret(kDemoPassphrase), {KdfParams::fastForTests(), VaultKind::Professional});
    if (!pro)
        fail(pro.message());
    if (Status s = buildDemoDossier(**pro); !s)
        fail(s.message());
    ParentCopyRequest request;
    request.destination = copyPath;
    request.kdf = KdfParams::fastForTests();
    request.forPerson.nameOrId = QStringLiteral("Ilse Vermeulen");
    const Actor professional {QStringLiteral("Anouk Verbeek"), Role::Professional};
    auto copy = ParentCopy::create(**pro, professional, request, secret(fuzz::kCopyPassphrase));
    if (!copy)
        fail(copy.message());
    const QByteArray key = keyOf(**pro);
    {
        auto opened = Vault::open(copyPath, secret(fuzz::kCopyPassphrase));
        if (!opened)
            fail(opened.message());
        const QString answers = dir.filePath(QStringLiteral("antwoorden.inzage-antw"));
        if (Status s = AnswerExchange::exportAnswers(**opened, answers); !s)
            fail(s.message());
        exchangeSeeds(answers, SealedFile::Kind::Answers, key, QStringLiteral("antwoorden"));
    }
    const QString update = dir.filePath(QStringLiteral("update.inzage-upd"));
    if (Status s = AnswerExchange::exportUpdates(**pro, {}, update); !s)
        fail(s.message());
    exchangeSeeds(update, SealedFile::Kind::Update, key, QStringLiteral("update"));
    // A -wal beside the checked-in copy would be lost: fold it into the file.
    auto opened = Vault::open(copyPath, secret(fuzz::kCopyPassphrase));
    if (!opened || !execSql((*opened)->db(), "PRAGMA wal_checkpoint(TRUNCATE)", {}))
        fail(QStringLiteral("checkpoint"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2 || sodium_init() < 0)
        fail(QStringLiteral("usage: inzage_fuzz_seeds SOURCE_DIR"));
    root = QString::fromLocal8Bit(argv[1]);
    documentSeeds();
    headerSeeds();
    dossierSeeds();
    return 0;
}
