// The professional's "Ouders" page: a parent copy for a named parent, an update file for it, and
// the parent's answer file read in, from the app with the rules of inzage-cli. Every refusal
// leaves nothing behind and changes nothing.

#include "AppTestSupport.h"

#include "ParentCopyController.h"
#include "WorkspaceController.h"

#include "dossier/AnswerChoices.h"
#include "dossier/Answers.h"
#include "exchange/AnswerTravel.h"
#include "vault/Sql.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

ParentCopyController& copiesOf(AppController& app) { return *qobject_cast<ParentCopyController*>(app.copies()); }
WorkspaceController& workspaceOf(AppController& app) { return *qobject_cast<WorkspaceController*>(app.workspace()); }

QVariantMap recipient(ParentCopyController& c, const QString& name)
{
    for (const QVariant& v : c.recipients()) {
        if (v.toMap().value(QStringLiteral("name")).toString() == name)
            return v.toMap();
    }
    return {};
}

SecureBytes secret(const char* text) { return SecureBytes(text, std::strlen(text)); }

// The parent answers the first feit in their copy and writes the answer file.
QString answerInCopy(const QString& copy, const char* passphrase, const QString& answerFile)
{
    auto v = Vault::open(copy, secret(passphrase));
    REQUIRE(v.isOk());
    Statement st((*v)->db(), "SELECT min(id) FROM entry WHERE label = 'feit' AND visible_to_parent = 1");
    REQUIRE(st.step() == SQLITE_ROW);
    const Id entry = st.integer(0);
    const Actor parent {QStringLiteral("ouder"), Role::Ouder};
    auto a = Answers(**v, parent).add(entry, AnswerKind::Correctieverzoek, QStringLiteral("Het was op dinsdag, niet op maandag."));
    INFO(str(a.message()));
    REQUIRE(a.isOk());
    REQUIRE(AnswerTravel::exportAnswers(**v, parent, answerFile).isOk());
    return answerFile;
}

} // namespace

TEST_CASE("the Ouders page lists the demo's parents and children, and only in the professional's vault", "[ouders]")
{
    DemoFolder demo;
    {
        auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
        ParentCopyController& c = copiesOf(*app);
        CHECK(c.loadMessage().isEmpty());
        const QVariantMap ilse = recipient(c, QStringLiteral("Ilse Vermeulen"));
        const QVariantMap karim = recipient(c, QStringLiteral("Karim El Amrani"));
        REQUIRE_FALSE(ilse.isEmpty());
        REQUIRE_FALSE(karim.isEmpty());
        // The demo's parent copy is Ilse's; Karim has none yet.
        CHECK(ilse.value(QStringLiteral("copies")).toList().size() == 1);
        CHECK(karim.value(QStringLiteral("copies")).toList().isEmpty());
        CHECK(recipient(c, QStringLiteral("J. de Graaf")).isEmpty()); // the shielded melder
        CHECK(recipient(c, QStringLiteral("meester Dekker")).isEmpty());
        CHECK(c.suggestedFile(QStringLiteral("ouderexemplaar"), karim.value(QStringLiteral("personId")).toInt())
                  .endsWith(QStringLiteral("-karim-el-amrani-") + QDate::currentDate().toString(Qt::ISODate)
                            + QStringLiteral(".inzage")));
    }
    auto parentApp = unlockedController(demo.files.parentCopy, kParentPassphrase);
    ParentCopyController& c = copiesOf(*parentApp);
    CHECK(c.recipients().isEmpty());
    CHECK(c.makeCopy(2, demo.dir.filePath(QStringLiteral("x.inzage")), QStringLiteral("a"), QStringLiteral("a"))
              .contains(QStringLiteral("professional")));
    CHECK_FALSE(QFileInfo::exists(demo.dir.filePath(QStringLiteral("x.inzage"))));
}

TEST_CASE("a copy for a named parent is refused for each bad input and leaves no file", "[ouders]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    ParentCopyController& c = copiesOf(*app);
    const int karim = recipient(c, QStringLiteral("Karim El Amrani")).value(QStringLiteral("personId")).toInt();
    const QString dest = demo.dir.filePath(QStringLiteral("karim.inzage"));

    SECTION("two passphrases that differ")
    {
        CHECK(c.makeCopy(karim, dest, QStringLiteral("vader-wachtwoord"), QStringLiteral("vader-wachtwoordd"))
                  .contains(QStringLiteral("niet gelijk")));
    }
    SECTION("no passphrase")
    {
        CHECK_FALSE(c.makeCopy(karim, dest, QString(), QString()).isEmpty());
    }
    SECTION("the professional's own passphrase")
    {
        const QString own = QString::fromUtf8(kProfessionalPassphrase);
        CHECK(c.makeCopy(karim, dest, own, own).contains(QStringLiteral("ander wachtwoord")));
    }
    SECTION("no place chosen")
    {
        CHECK_FALSE(c.makeCopy(karim, QString(), QStringLiteral("v"), QStringLiteral("v")).isEmpty());
    }
    SECTION("a person who is not a parent")
    {
        CHECK_FALSE(c.makeCopy(9999, dest, QStringLiteral("vader-wachtwoord"), QStringLiteral("vader-wachtwoord")).isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(dest));
    CHECK(recipient(c, QStringLiteral("Karim El Amrani")).value(QStringLiteral("copies")).toList().isEmpty());

    SECTION("a file that exists is never overwritten")
    {
        QFile f(dest);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("van iemand anders");
        f.close();
        CHECK_FALSE(c.makeCopy(karim, dest, QStringLiteral("vader-wachtwoord"), QStringLiteral("vader-wachtwoord")).isEmpty());
        CHECK(fileBytes(dest) == QByteArray("van iemand anders"));
    }
}

TEST_CASE("a copy made in the app opens with the parent's passphrase, and answers and updates travel", "[ouders]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    ParentCopyController& c = copiesOf(*app);
    WorkspaceController& ws = workspaceOf(*app);
    const int karim = recipient(c, QStringLiteral("Karim El Amrani")).value(QStringLiteral("personId")).toInt();
    const QString dest = demo.dir.filePath(QStringLiteral("karim.inzage"));
    const char* karimPass = "vader-eigen-wachtwoord";

    REQUIRE(c.makeCopy(karim, QStringLiteral("file://") + dest, QString::fromUtf8(karimPass), QString::fromUtf8(karimPass)) == QString());
    CHECK(c.lastDone().contains(QStringLiteral("Karim El Amrani")));
    const QVariantList copies = recipient(c, QStringLiteral("Karim El Amrani")).value(QStringLiteral("copies")).toList();
    REQUIRE(copies.size() == 1);
    const QString exchange = copies.front().toMap().value(QStringLiteral("exchangeId")).toString();
    {
        auto opened = Vault::open(dest, secret(karimPass));
        INFO(str(opened.message()));
        REQUIRE(opened.isOk());
        CHECK((*opened)->role() == Role::Ouder);
    }

    // Karim answers; the professional reads the file in, twice.
    const int inboxBefore = int(ws.inbox().size());
    const QString answers = answerInCopy(dest, karimPass, demo.dir.filePath(QStringLiteral("karim.inzage-reacties")));
    QVariantMap r = c.readAnswers(answers);
    INFO(str(r.value(QStringLiteral("message")).toString()));
    CHECK(r.value(QStringLiteral("ok")).toBool());
    CHECK(r.value(QStringLiteral("message")).toString().contains(QStringLiteral("1 nieuwe reactie")));
    CHECK(int(ws.inbox().size()) == inboxBefore + 1);
    r = c.readAnswers(answers);
    CHECK(r.value(QStringLiteral("ok")).toBool());
    CHECK(r.value(QStringLiteral("message")).toString().contains(QStringLiteral("al ingelezen")));
    CHECK(int(ws.inbox().size()) == inboxBefore + 1);

    // A file that is not an answer file, and one that is not there: refused, nothing changes.
    const QString junk = demo.dir.filePath(QStringLiteral("rommel.inzage-reacties"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("geen antwoordbestand");
    f.close();
    CHECK_FALSE(c.readAnswers(junk).value(QStringLiteral("ok")).toBool());
    CHECK_FALSE(c.readAnswers(demo.dir.filePath(QStringLiteral("weg.inzage-reacties"))).value(QStringLiteral("ok")).toBool());
    CHECK(int(ws.inbox().size()) == inboxBefore + 1);

    // The update file for Karim's copy; never over an existing file.
    const QString update = demo.dir.filePath(QStringLiteral("karim.inzage-update"));
    CHECK(c.writeUpdate(exchange, update) == QString());
    CHECK(QFileInfo(update).size() > 0);
    const QByteArray written = fileBytes(update);
    CHECK_FALSE(c.writeUpdate(exchange, update).isEmpty());
    CHECK(fileBytes(update) == written);
    CHECK_FALSE(c.writeUpdate(QStringLiteral("geen-uitwisseling"), demo.dir.filePath(QStringLiteral("u2.inzage-update"))).isEmpty());
    CHECK_FALSE(QFileInfo::exists(demo.dir.filePath(QStringLiteral("u2.inzage-update"))));

    // The parent's app reads it in.
    auto parentApp = unlockedController(dest, karimPass);
    const QVariantMap fetched = parentApp->fetchUpdates(update);
    INFO(str(fetched.value(QStringLiteral("message")).toString()));
    CHECK(fetched.value(QStringLiteral("ok")).toBool());
}
