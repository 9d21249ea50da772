// The controller behind the pages: unlocking and what it says when that fails, and answering with
// bad input. Every refusal comes with a message a parent understands and leaves the file as it was.

#include "AppTestSupport.h"

#include "AnswerListModel.h"
#include "EntryListModel.h"

#include <QElapsedTimer>
#include <QThread>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

const QString kWrongPassphraseWords = QStringLiteral("Dit wachtwoord klopt niet");

int firstEntryId(AppController& app)
{
    auto* m = qobject_cast<EntryListModel*>(app.entries());
    REQUIRE(m->rowCount() > 0);
    return m->data(m->index(0), EntryListModel::EntryIdRole).toInt();
}

QAbstractItemModel& answersOf(AppController& app)
{
    return *qobject_cast<QAbstractItemModel*>(app.answers());
}
QAbstractItemModel& entriesOf(AppController& app)
{
    return *qobject_cast<QAbstractItemModel*>(app.entries());
}

void waitUntilAllowed(AppController& app)
{
    QElapsedTimer t;
    t.start();
    while (app.waitSeconds() > 0 && t.elapsed() < 10'000)
        QThread::msleep(50);
    REQUIRE(app.waitSeconds() == 0);
}

} // namespace

TEST_CASE("a wrong passphrase says so, leaves the file byte-identical and makes the next try wait longer", "[unlock]")
{
    DemoFolder demo;
    const QByteArray before = fileBytes(demo.files.parentCopy);
    AppController app;
    app.setVaultPath(demo.files.parentCopy);

    CHECK_FALSE(app.unlock(QStringLiteral("fout wachtwoord")));
    CHECK_FALSE(app.unlocked());
    CHECK(app.message().contains(kWrongPassphraseWords));
    CHECK(app.waitSeconds() == 0); // the first two slips cost nothing
    CHECK_FALSE(app.unlock(QStringLiteral("nog steeds fout")));
    CHECK(app.waitSeconds() == 0);
    CHECK_FALSE(app.unlock(QStringLiteral("derde keer fout")));
    const int firstWait = app.waitSeconds();
    CHECK(firstWait > 0);

    // While waiting even the right passphrase is refused, with the wait in the message.
    CHECK_FALSE(app.unlock(QString::fromUtf8(kParentPassphrase)));
    CHECK_FALSE(app.unlocked());
    CHECK(app.message().contains(QStringLiteral("Wacht nog")));

    waitUntilAllowed(app);
    CHECK_FALSE(app.unlock(QStringLiteral("vierde keer fout")));
    CHECK(app.message().contains(kWrongPassphraseWords));
    CHECK(app.waitSeconds() > firstWait);
    CHECK(fileBytes(demo.files.parentCopy) == before);
}

TEST_CASE("a file that is not a dossier gets its own message and no growing wait", "[unlock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vakantiefoto.jpg"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\x5a'));
    f.close();

    AppController app;
    app.setVaultPath(path);
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(app.unlock(QStringLiteral("wat dan ook")));
    CHECK(app.message().contains(QStringLiteral("geen Inzage-dossier")));
    CHECK_FALSE(app.message().contains(kWrongPassphraseWords));
    CHECK(app.waitSeconds() == 0);
    CHECK(fileBytes(path) == QByteArray(4096, '\x5a'));

    app.setVaultPath(dir.filePath(QStringLiteral("bestaat-niet.inzage")));
    CHECK_FALSE(app.unlock(QStringLiteral("wat dan ook")));
    CHECK(app.message().contains(QStringLiteral("niet gevonden")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("bestaat-niet.inzage"))));
}

TEST_CASE("a parent copy opened with the professional's passphrase is refused and unchanged", "[unlock]")
{
    DemoFolder demo;
    const QByteArray before = fileBytes(demo.files.parentCopy);
    AppController app;
    app.setVaultPath(demo.files.parentCopy);

    CHECK_FALSE(app.unlock(QString::fromUtf8(kProfessionalPassphrase)));
    CHECK_FALSE(app.unlocked());
    CHECK(app.message().contains(kWrongPassphraseWords));
    CHECK(entriesOf(app).rowCount() == 0);
    CHECK(fileBytes(demo.files.parentCopy) == before);

    REQUIRE(app.unlock(QString::fromUtf8(kParentPassphrase)));
    CHECK(app.message().isEmpty());
    CHECK(app.parentCopy());
    CHECK(answersOf(app).rowCount() == 3); // the demo's three answers, untouched
}

TEST_CASE("the professional's own vault opens read-only for answering", "[answer]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    CHECK_FALSE(app->parentCopy());
    CHECK_FALSE(app->canAnswer());
    const int before = answersOf(*app).rowCount();
    const QString msg
        = app->submitAnswer(firstEntryId(*app), QStringLiteral("klopt-niet"), QStringLiteral("Niet waar."));
    CHECK(msg.contains(QStringLiteral("ouderexemplaar")));
    CHECK(answersOf(*app).rowCount() == before);
}

TEST_CASE("bad answers get a clear message and nothing already stored changes", "[answer]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.parentCopy);
    const int entryId = firstEntryId(*app);
    const auto answersBefore = snapshot(answersOf(*app));
    const auto entriesBefore = snapshot(entriesOf(*app));
    REQUIRE(answersBefore.size() == 3);
    QString msg;

    SECTION("an empty answer")
    {
        msg = app->submitAnswer(entryId, QStringLiteral("klopt-niet"), QString());
        CHECK(msg.contains(QStringLiteral("leeg")));
        msg = app->submitAnswer(entryId, QStringLiteral("vraag"), QStringLiteral("   \n\t "));
        CHECK(msg.contains(QStringLiteral("leeg")));
    }
    SECTION("an answer of 100,000 characters")
    {
        msg = app->submitAnswer(entryId, QStringLiteral("aanvulling"), QString(100'000, QLatin1Char('x')));
        CHECK(msg.contains(QStringLiteral("te lang")));
        CHECK(msg.contains(QStringLiteral("100000")));
        CHECK(msg.contains(QStringLiteral("niets opgeslagen")));
    }
    SECTION("an answer to an entry that no longer exists")
    {
        msg = app->submitAnswer(987'654, QStringLiteral("klopt-niet"), QStringLiteral("Dit klopt niet."));
        CHECK(msg.contains(QStringLiteral("bestaat niet")));
        CHECK(msg.contains(QStringLiteral("niet opgeslagen")));
    }
    SECTION("an answer without a kind")
    {
        msg = app->submitAnswer(entryId, QStringLiteral("boos"), QStringLiteral("Dit klopt niet."));
        CHECK(msg.contains(QStringLiteral("Kies eerst")));
    }

    INFO(str(msg));
    CHECK_FALSE(msg.isEmpty());
    CHECK(snapshot(answersOf(*app)) == answersBefore);
    CHECK(snapshot(entriesOf(*app)) == entriesBefore);
    app->lock();
    REQUIRE(app->unlock(QString::fromUtf8(kParentPassphrase)));
    CHECK(snapshot(answersOf(*app)) == answersBefore);
}

TEST_CASE("an answer in a parent copy is stored at once and is still there after reopening", "[answer]")
{
    DemoFolder demo;
    const QString words = QStringLiteral("Het ging om één avond in januari, niet om \"vaak\".");
    int entryId = 0;
    {
        auto app = unlockedController(demo.files.parentCopy);
        REQUIRE(app->canAnswer());
        entryId = firstEntryId(*app);
        int saved = 0;
        QObject::connect(app.get(), &AppController::answerSaved, [&](int id) { saved = id; });
        const QString msg = app->submitAnswer(entryId, QStringLiteral("klopt-niet"), words);
        INFO(str(msg));
        REQUIRE(msg.isEmpty());
        CHECK(saved == entryId);
        CHECK(answersOf(*app).rowCount() == 4);
        app->lock();
        CHECK(answersOf(*app).rowCount() == 0);
    }

    auto app = unlockedController(demo.files.parentCopy); // a new controller: nothing kept in memory
    auto& answers = answersOf(*app);
    REQUIRE(answers.rowCount() == 4);
    int found = -1;
    for (int r = 0; r < answers.rowCount(); ++r) {
        if (answers.data(answers.index(r, 0), AnswerListModel::TextRole).toString() == words)
            found = r;
    }
    REQUIRE(found >= 0);
    const QModelIndex i = answers.index(found, 0);
    CHECK(answers.data(i, AnswerListModel::EntryIdRole).toInt() == entryId);
    CHECK(answers.data(i, AnswerListModel::StatusRole).toString() == QStringLiteral("verstuurd"));
    // Stored on this computer only: honest until it is written into an answer file.
    CHECK(answers.data(i, AnswerListModel::StatusNameRole).toString() == QStringLiteral("Nog niet verstuurd"));
    CHECK_FALSE(answers.data(i, AnswerListModel::SentRole).toBool());
    CHECK(answers.data(i, AnswerListModel::KindRole).toString() == QStringLiteral("Dit klopt niet"));
    CHECK(answers.data(i, AnswerListModel::ReplyRole).toString().isEmpty());

    // And on the entry's card.
    auto& entries = entriesOf(*app);
    const QVariantList onCard = entries.data(entries.index(0, 0), EntryListModel::AnswersRole).toList();
    bool onTheCard = false;
    for (const QVariant& a : onCard)
        onTheCard = onTheCard || a.toMap().value(QStringLiteral("text")).toString() == words;
    CHECK(onTheCard);
}

TEST_CASE("changing an answer makes a new version, the old words stay in the history", "[answer]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.parentCopy);
    const int entryId = firstEntryId(*app);
    REQUIRE(app->submitAnswer(entryId, QStringLiteral("vraag"), QStringLiteral("Wie heeft dit gezegd?")).isEmpty());
    auto& answers = answersOf(*app);
    int row = -1;
    for (int r = 0; r < answers.rowCount(); ++r)
        if (answers.data(answers.index(r, 0), AnswerListModel::TextRole).toString() == QStringLiteral("Wie heeft dit gezegd?"))
            row = r;
    REQUIRE(row >= 0);
    const int answerId = answers.data(answers.index(row, 0), AnswerListModel::AnswerIdRole).toInt();
    CHECK(answers.data(answers.index(row, 0), AnswerListModel::VersionsRole).toInt() == 1);
    CHECK(answers.data(answers.index(row, 0), AnswerListModel::KindKeyRole).toString() == QStringLiteral("vraag"));

    // Bad input changes nothing.
    CHECK(!app->reviseAnswer(answerId, QStringLiteral("klopt-niet"), QStringLiteral("   ")).isEmpty());
    CHECK(!app->reviseAnswer(987654, QStringLiteral("klopt-niet"), QStringLiteral("x")).isEmpty());
    CHECK(answers.data(answers.index(row, 0), AnswerListModel::VersionsRole).toInt() == 1);

    REQUIRE(app->reviseAnswer(answerId, QStringLiteral("klopt-niet"), QStringLiteral("Dit klopt niet: ik was er zelf bij."))
                .isEmpty());
    auto reopened = unlockedController(demo.files.parentCopy);
    auto& after = answersOf(*reopened);
    int found = -1;
    for (int r = 0; r < after.rowCount(); ++r)
        if (after.data(after.index(r, 0), AnswerListModel::AnswerIdRole).toInt() == answerId)
            found = r;
    REQUIRE(found >= 0);
    const QModelIndex i = after.index(found, 0);
    CHECK(after.data(i, AnswerListModel::TextRole).toString() == QStringLiteral("Dit klopt niet: ik was er zelf bij."));
    CHECK(after.data(i, AnswerListModel::KindKeyRole).toString() == QStringLiteral("klopt-niet"));
    CHECK(after.data(i, AnswerListModel::VersionsRole).toInt() == 2);
    CHECK(after.data(i, AnswerListModel::StatusRole).toString() == QStringLiteral("verstuurd"));
}

TEST_CASE("the controller makes a concept report of the professional's dossier and refuses a final one while not ready",
    "[report]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    const QString conceptPdf = demo.dir.filePath(QStringLiteral("concept.pdf"));
    CHECK(app->makeReport(conceptPdf, true).isEmpty());
    CHECK(fileBytes(conceptPdf).startsWith("%PDF-"));
    CHECK(app->makeReport(conceptPdf, true).contains(QStringLiteral("overschrijft nooit")));
    const QString final = demo.dir.filePath(QStringLiteral("definitief.pdf"));
    const QString refused = app->makeReport(final, false);
    INFO(str(refused));
    CHECK(refused.contains(QStringLiteral("nog niet worden gemaakt")));
    CHECK_FALSE(QFile::exists(final));

    auto parent = unlockedController(demo.files.parentCopy);
    const QString fromCopy = demo.dir.filePath(QStringLiteral("ouder.pdf"));
    CHECK(parent->makeReport(fromCopy, true).contains(QStringLiteral("niet uit een ouderexemplaar")));
    CHECK_FALSE(QFile::exists(fromCopy));
}
