// "Op papier": the family's file as a PDF, drawn for real and read back with poppler's pdftotext.
// Only what the reader of the open file may see: the parent copy's shielded melder is never named.

#include "AppTestSupport.h"

#include "ChangeHistoryModel.h"
#include "PaperController.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

QString pdfText(const QString& pdf)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext is missing: install poppler-utils (tools/dev does)");
    REQUIRE_FALSE(exe.isEmpty());
    QProcess p;
    p.start(exe, { pdf, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("Mijn dossier on paper holds every entry with its label, who was spoken to and the answers", "[paper]")
{
    DemoFolder demo;
    AppController app;
    app.setVaultPath(demo.files.parentCopy);
    REQUIRE(app.unlock(QString::fromUtf8(kParentPassphrase)));
    auto* paper = qobject_cast<PaperController*>(app.paper());
    REQUIRE(paper != nullptr);

    const QString file = paper->suggestedFile(false);
    CHECK(file.endsWith(QStringLiteral(".pdf")));
    CHECK(QFileInfo(file).fileName().startsWith(QStringLiteral("mijn-dossier-")));
    const QString message = paper->make(QStringLiteral("file://") + file, false);
    INFO(message.toStdString());
    REQUIRE(message.isEmpty());
    const QString text = pdfText(file);
    INFO(text.left(3000).toStdString());
    for (const char* part : { "Mijn dossier", "voor Ilse Vermeulen", "Gezin Vermeulen / El Amrani", "pagina 1 van",
             "Gemaakt op", "Feit #1", "Bron #2", "Mening #3", "Gezegd door: meester Dekker",
             "een afgeschermde bron — reden: Melder beschermd", "Uw reactie (Klopt niet)", "Status: in behandeling",
             "Status: verwerkt", "Antwoord van de hulpverlener (Anouk Verbeek" })
        CHECK(text.contains(QString::fromUtf8(part)));
    CHECK_FALSE(text.contains(QStringLiteral("J. de Graaf")));
    CHECK_FALSE(text.contains(QStringLiteral("buurvrouw")));
    // Page numbers go up to the last page.
    const auto last = QRegularExpression(QStringLiteral("pagina (\\d+) van (\\d+)")).globalMatch(text);
    int pages = 0, highest = 0;
    for (auto it = last; it.hasNext();) {
        const auto m = it.next();
        pages = m.captured(2).toInt();
        highest = std::max(highest, m.captured(1).toInt());
    }
    CHECK(pages >= 2);
    CHECK(highest == pages);

    SECTION("a file already there is refused and kept as it was")
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const QString again = paper->make(file, true);
        CHECK_FALSE(again.isEmpty());
        CHECK(again.contains(QStringLiteral("bestaat al")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == before);
        // The next suggestion does not take that name.
        CHECK(paper->suggestedFile(false) != file);
    }

    SECTION("Mijn reacties holds only the answered entries")
    {
        const QString answers = paper->suggestedFile(true);
        REQUIRE(paper->make(answers, true).isEmpty());
        const QString a = pdfText(answers);
        CHECK(a.contains(QStringLiteral("Mijn reacties")));
        CHECK(a.contains(QStringLiteral("Uw reactie")));
        CHECK_FALSE(a.contains(QStringLiteral("Feit #1 ")));
        CHECK_FALSE(a.contains(QStringLiteral("J. de Graaf")));
    }
}

TEST_CASE("the change history model passes the model tester and follows a saved answer", "[history][models]")
{
    DemoFolder demo;
    AppController app;
    auto* changes = qobject_cast<ChangeHistoryModel*>(app.changes());
    REQUIRE(changes != nullptr);
    ModelCheck check(changes);
    app.setVaultPath(demo.files.parentCopy);
    REQUIRE(app.unlock(QString::fromUtf8(kParentPassphrase)));
    // Not read when the file opens: only when the page asks for it.
    CHECK_FALSE(changes->loaded());
    CHECK(changes->rowCount() == 0);
    changes->ensureLoaded();
    CHECK(changes->loaded());
    const int before = changes->rowCount();
    CHECK(before > 3);
    REQUIRE(app.submitAnswer(5, QStringLiteral("aanvulling"), QStringLiteral("Hij werkte die dag.")).isEmpty());
    CHECK(changes->rowCount() == before + 1);
    CHECK(changes->data(changes->index(0, 0), ChangeHistoryModel::SentenceRole).toString()
        == QStringLiteral("U heeft een reactie gegeven op nr. 5"));
    app.lock();
    CHECK(changes->rowCount() == 0);
}
