// The professional's workspace behind the Reacties, Dossier and Rapport pages: what it shows
// follows from how the vault was opened, every bad input from the issue is refused with the
// core's message and changes nothing, and a change shows at once in the labelling view.

#include "AppTestSupport.h"

#include "LabelController.h"
#include "WorkspaceController.h"

#include "dossier/Answers.h"
#include "dossier/Persons.h"
#include "vault/Vault.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

WorkspaceController& workspaceOf(AppController& app) { return *qobject_cast<WorkspaceController*>(app.workspace()); }
LabelController& labellingOf(AppController& app) { return *qobject_cast<LabelController*>(app.labelling()); }
int appointmentRows(AppController& app) { return qobject_cast<QAbstractItemModel*>(app.appointments())->rowCount(); }

QVariantMap inboxItem(WorkspaceController& ws, const QString& key, const QVariant& value)
{
    for (const QVariant& v : ws.inbox()) {
        if (v.toMap().value(key) == value)
            return v.toMap();
    }
    return {};
}

} // namespace

TEST_CASE("the workspace shows the inbox and the report check only in the professional's own vault", "[workspace]")
{
    DemoFolder demo;
    {
        auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
        WorkspaceController& ws = workspaceOf(*app);
        CHECK(ws.inbox().size() == 3);
        CHECK_FALSE(ws.ready());
        CHECK_FALSE(ws.blockers().isEmpty());
        CHECK(ws.officeHours() == QStringLiteral("08:30-17:00"));
        CHECK_FALSE(ws.contactName().isEmpty());
    }
    auto parentApp = unlockedController(demo.files.parentCopy, kParentPassphrase);
    WorkspaceController& ws = workspaceOf(*parentApp);
    CHECK(ws.inbox().isEmpty());
    CHECK(ws.blockers().isEmpty());
    const QString msg = ws.setOfficeHours(QStringLiteral("09:00-17:00"));
    CHECK(msg.contains(QStringLiteral("professional")));
    CHECK(ws.handleAnswer(1, QStringLiteral("verwerkt"), QStringLiteral("x")).contains(QStringLiteral("professional")));
}

TEST_CASE("every bad case form input is refused with the core's message and changes nothing", "[workspace]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    WorkspaceController& ws = workspaceOf(*app);
    const QString hours = ws.officeHours();
    const QString contact = ws.contactName();
    const QString backup = ws.backupName();
    const int rows = appointmentRows(*app);

    SECTION("office hours that close before they open")
    {
        CHECK_FALSE(ws.setOfficeHours(QStringLiteral("17:00-08:30")).isEmpty());
        CHECK(ws.officeHours() == hours);
    }
    SECTION("a backup who is the contact person")
    {
        CHECK(ws.setBackup(contact).contains(QStringLiteral("contactpersoon")));
        CHECK(ws.backupName() == backup);
    }
    SECTION("a promise without a date")
    {
        CHECK(ws.addPromise(QStringLiteral("Verslag sturen"), {}, {}).contains(QStringLiteral("datum")));
        CHECK(appointmentRows(*app) == rows);
    }
    SECTION("an appointment made up before it was cancelled")
    {
        REQUIRE(ws.addAppointment(QStringLiteral("Gesprek"), QStringLiteral("2026-05-04 14:00"), {}).isEmpty());
        const int added = appointmentRows(*app);
        CHECK(ws.makeUpAppointment(added, QStringLiteral("2026-05-11 14:00")).contains(QStringLiteral("niet afgezegd")));
        CHECK(appointmentRows(*app) == added);
    }
    SECTION("an answer status that is not one")
    {
        const QVariantList before = ws.inbox();
        CHECK_FALSE(ws.handleAnswer(1, QStringLiteral("klaar"), QStringLiteral("x")).isEmpty());
        CHECK(ws.inbox() == before);
    }
    CHECK(ws.contactName() == contact);
}

TEST_CASE("an accepted correction shows at once in the labelling view", "[workspace]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    WorkspaceController& ws = workspaceOf(*app);
    LabelController& lc = labellingOf(*app);
    // The open "klopt niet" is on a bron: the professional labels that entry a feit first.
    const QVariantMap open = inboxItem(ws, QStringLiteral("status"), QStringLiteral("in-behandeling"));
    REQUIRE_FALSE(open.isEmpty());
    const int entry = open.value(QStringLiteral("entryId")).toInt();
    REQUIRE(lc.goToEntry(entry));
    lc.setBasisInput(QStringLiteral("document: politierapport 2 maart 2026"));
    REQUIRE(lc.labelWith(QStringLiteral("feit")));
    ws.refresh();
    REQUIRE(lc.goToEntry(entry));
    const QString corrected = QStringLiteral("De melder vertelt dat zij twee avonden in januari ruzie hoorde.");
    const QString msg = ws.acceptCorrection(open.value(QStringLiteral("answerId")).toInt(), corrected,
                                            QStringLiteral("Op verzoek van moeder verbeterd."));
    INFO(str(msg));
    REQUIRE(msg.isEmpty());
    CHECK(lc.entryId() == entry);
    CHECK(lc.text() == corrected);
    CHECK(inboxItem(ws, QStringLiteral("entryId"), entry).value(QStringLiteral("status")) == QStringLiteral("verwerkt"));
}

TEST_CASE("a report path that exists is never overwritten and a final report waits for the check", "[workspace]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    const QString dir = QFileInfo(demo.files.professional).absolutePath();
    const QString existing = QDir(dir).filePath(QStringLiteral("bestaat.pdf"));
    {
        QFile f(existing);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("eerder rapport");
    }
    CHECK(app->makeReport(existing, true).contains(QStringLiteral("bestaat al")));
    CHECK(fileBytes(existing) == QByteArray("eerder rapport"));
    const QString final = QDir(dir).filePath(QStringLiteral("definitief.pdf"));
    CHECK_FALSE(workspaceOf(*app).ready());
    CHECK_FALSE(app->makeReport(final, false).isEmpty());
    CHECK_FALSE(QFile::exists(final));
}

TEST_CASE("an AVG request's deadline is extended from the inbox once, with a reason, and shows as such",
    "[workspace][extension]")
{
    DemoFolder demo;
    {
        auto v = Vault::open(demo.files.professional,
            SecureBytes(kProfessionalPassphrase, std::strlen(kProfessionalPassphrase)));
        REQUIRE(v.isOk());
        const Actor pro { QStringLiteral("Anouk Verbeek"), Role::Professional };
        PersonRef ilse;
        ilse.nameOrId = QStringLiteral("Ilse Vermeulen");
        ilse.addWhenMissing = false;
        auto person = Persons(**v, pro).resolve(ilse);
        REQUIRE(person.isOk());
        REQUIRE(Answers(**v, pro).add(1, AnswerKind::Correctieverzoek, QStringLiteral("Het was 4 februari."), *person).isOk());
    }
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    WorkspaceController& ws = workspaceOf(*app);
    QVariantMap request = inboxItem(ws, QStringLiteral("kind"), QStringLiteral("correctieverzoek"));
    REQUIRE_FALSE(request.isEmpty());
    const int id = request.value(QStringLiteral("answerId")).toInt();
    CHECK(request.value(QStringLiteral("mayExtend")).toBool());
    CHECK_FALSE(request.value(QStringLiteral("extended")).toBool());
    CHECK_FALSE(inboxItem(ws, QStringLiteral("kind"), QStringLiteral("vraag")).value(QStringLiteral("mayExtend")).toBool());
    const QString firstDeadline = request.value(QStringLiteral("deadline")).toString();

    CHECK(ws.extendDeadline(id, QStringLiteral(" ")).contains(QStringLiteral("waarom")));
    CHECK_FALSE(inboxItem(ws, QStringLiteral("answerId"), id).value(QStringLiteral("extended")).toBool());

    CHECK(ws.extendDeadline(id, QStringLiteral("Ik wacht op de school.")) == QString());
    request = inboxItem(ws, QStringLiteral("answerId"), id);
    CHECK(request.value(QStringLiteral("extended")).toBool());
    CHECK_FALSE(request.value(QStringLiteral("mayExtend")).toBool());
    CHECK(request.value(QStringLiteral("extensionReason")).toString() == QStringLiteral("Ik wacht op de school."));
    CHECK(request.value(QStringLiteral("deadline")).toString() != firstDeadline);

    CHECK(ws.extendDeadline(id, QStringLiteral("Nog eens.")).contains(QStringLiteral("al verlengd")));
}
