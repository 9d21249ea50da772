// The core's messages in the parent's language. The core writes Dutch (the source language) through
// QCoreApplication::translate; the app's translator, installed on QCoreApplication, turns them into
// English. Here because the compiled translations live in the app's resources (:/i18n/*.qm).

#include "AppTestSupport.h"

#include "vault/Vault.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cstring>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

const QString kAppWrongPassphraseNl
    = QStringLiteral("Dit wachtwoord klopt niet. Kijk of u het goed heeft getypt en probeer het opnieuw.");
const QString kAppWrongPassphraseEn
    = QStringLiteral("This password is not correct. Check that you typed it correctly and try again.");
const QString kCoreWrongPassphraseNl = QStringLiteral(
    "Het wachtwoord klopt niet. Probeer het opnieuw. (Klopt het wachtwoord zeker? Dan is het bestand misschien "
    "beschadigd.)");
const QString kCoreWrongPassphraseEn = QStringLiteral(
    "The password is not correct. Please try again. (Are you sure the password is right? Then the file may be "
    "damaged.)");

SecureBytes secret(const char* s)
{
    return SecureBytes(s, std::strlen(s));
}

struct TsMessage {
    QString context, source;
    bool translated = false;
};

// Every message of a .ts file with whether it carries a finished, non-empty translation.
std::vector<TsMessage> readTs(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    std::vector<TsMessage> out;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            out.push_back({ context, {}, false });
        } else if (xml.name() == QLatin1String("source") && !out.empty()) {
            out.back().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !out.empty()) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.back().translated = !unfinished && !text.trimmed().isEmpty();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace

TEST_CASE("with the compiled English translation a vault message comes out in English", "[i18n]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("weg.inzage"));

    auto dutch = Vault::open(missing, secret("wat dan ook"));
    REQUIRE(dutch.code() == ErrorCode::NotFound);
    CHECK(dutch.message() == QStringLiteral("Het bestand %1 bestaat niet.").arg(missing));

    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/inzage_en.qm")));
    REQUIRE(QCoreApplication::installTranslator(&english));
    auto translated = Vault::open(missing, secret("wat dan ook"));
    QCoreApplication::removeTranslator(&english);

    CHECK(translated.code() == ErrorCode::NotFound); // the code a program tests does not change
    CHECK(translated.message() == QStringLiteral("The file %1 does not exist.").arg(missing));
}

TEST_CASE("the controller in English says a wrong passphrase is wrong in English, and in Dutch in Dutch", "[i18n]")
{
    DemoFolder demo;
    AppController app;
    app.setVaultPath(demo.files.parentCopy);

    app.setLanguage(QStringLiteral("en"));
    CHECK_FALSE(app.unlock(QStringLiteral("fout wachtwoord")));
    CHECK(app.message() == kAppWrongPassphraseEn);
    // The controller's translator serves the core as well: the vault's own words are English too.
    auto coreEn = Vault::open(demo.files.parentCopy, secret("fout wachtwoord"));
    CHECK(coreEn.code() == ErrorCode::WrongPassphrase);
    CHECK(coreEn.message() == kCoreWrongPassphraseEn);

    app.setLanguage(QStringLiteral("nl"));
    CHECK_FALSE(app.unlock(QStringLiteral("nog steeds fout")));
    CHECK(app.message() == kAppWrongPassphraseNl);
    auto coreNl = Vault::open(demo.files.parentCopy, secret("fout wachtwoord"));
    CHECK(coreNl.code() == ErrorCode::WrongPassphrase);
    CHECK(coreNl.message() == kCoreWrongPassphraseNl);
}

TEST_CASE("every message of the core and the app has an English translation", "[i18n]")
{
    const auto messages = readTs(QStringLiteral(INZAGE_I18N_DIR "/inzage_en.ts"));
    QStringList missing;
    int core = 0;
    for (const TsMessage& m : messages) {
        if (m.context.startsWith(QLatin1String("inzage::")))
            ++core;
        if (!m.translated)
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    INFO(str(missing.join(QLatin1Char('\n'))));
    CHECK(missing.isEmpty());
    CHECK(core >= 50); // the core's contexts are scanned at all (lupdate -no-obsolete drops what it misses)
}

TEST_CASE("every translatable text in the sources is in the committed translations", "[i18n]")
{
    // A message added to the core or the app without `cmake --build build --target update_translations`
    // would reach an English reader in Dutch: scan the sources as lupdate does and compare.
    QTemporaryDir dir;
    const QString scanned = dir.filePath(QStringLiteral("scan.ts"));
    const QString root = QStringLiteral(INZAGE_SOURCE_DIR);
    QProcess lupdate;
    lupdate.start(QStringLiteral(INZAGE_LUPDATE),
        { QStringLiteral("-silent"), root + QStringLiteral("/src/core"), root + QStringLiteral("/src/app"),
            root + QStringLiteral("/qml"), QStringLiteral("-ts"), scanned });
    REQUIRE(lupdate.waitForFinished(120'000));
    REQUIRE(lupdate.exitCode() == 0);

    QSet<QString> committed;
    for (const TsMessage& m : readTs(QStringLiteral(INZAGE_I18N_DIR "/inzage_en.ts")))
        committed.insert(m.context + QLatin1Char('|') + m.source);
    QStringList missing;
    const auto found = readTs(scanned);
    for (const TsMessage& m : found)
        if (!committed.contains(m.context + QLatin1Char('|') + m.source))
            missing << m.context + QStringLiteral(": ") + m.source;
    INFO(str(missing.join(QLatin1Char('\n'))));
    CHECK(found.size() >= 100);
    CHECK(missing.isEmpty());
}
