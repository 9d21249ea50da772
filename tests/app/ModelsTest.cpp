// Every model of the app under QAbstractItemModelTester, over the demo parent copy, while the app
// does to it what a parent does: unlock, filter, search, page, answer, lock.

#include "AppTestSupport.h"

#include "AnswerListModel.h"
#include "AppointmentModel.h"
#include "EntryListModel.h"
#include "PeopleModel.h"

#include "dossier/AnswerExtensions.h"
#include "dossier/Answers.h"
#include "dossier/Persons.h"
#include "exchange/AnswerExchange.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>

#include <cstring>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

QAbstractItemModel* asModel(QObject* o)
{
    auto* m = qobject_cast<QAbstractItemModel*>(o);
    REQUIRE(m != nullptr);
    return m;
}

} // namespace

TEST_CASE("the entry list passes the model tester through unlock, every filter, paging and lock", "[models]")
{
    DemoFolder demo;
    AppController app;
    auto* entries = qobject_cast<EntryListModel*>(app.entries());
    REQUIRE(entries != nullptr);
    ModelCheck check(entries);

    app.setVaultPath(demo.files.parentCopy);
    REQUIRE(app.unlock(QString::fromUtf8(kParentPassphrase)));
    CHECK(entries->rowCount() > 10);

    for (const char* label : { "feit", "mening", "bron", "onbeoordeeld", "" })
        entries->setLabelFilter(QString::fromLatin1(label));
    entries->setSearch(QStringLiteral("ruzie"));
    CHECK(entries->rowCount() > 0);
    entries->setSearch(QStringLiteral("woorddatnergensstaat"));
    CHECK(entries->rowCount() == 0);
    entries->setSearch({});
    REQUIRE_FALSE(entries->sections().isEmpty());
    entries->setSectionFilter(entries->sections().constFirst());
    CHECK(entries->rowCount() > 0);
    entries->setSectionFilter({});
    auto* people = qobject_cast<PeopleModel*>(app.people());
    // Read when the filter is first used, not when the file opens.
    CHECK_FALSE(people->loaded());
    CHECK(people->choices().isEmpty());
    people->ensureLoaded();
    const QVariantList choices = people->choices();
    REQUIRE_FALSE(choices.isEmpty());
    entries->setPersonFilter(choices.constFirst().toMap().value(QStringLiteral("personId")).toInt());
    CHECK(entries->rowCount() > 0);
    entries->setPersonFilter(0);
    while (entries->canFetchMore({}))
        entries->fetchMore({});

    const int firstId = entries->data(entries->index(0), EntryListModel::EntryIdRole).toInt();
    CHECK(app.submitAnswer(firstId, QStringLiteral("vraag"), QStringLiteral("Wie heeft dit gezegd?")).isEmpty());
    app.lock();
    CHECK(entries->rowCount() == 0);

    INFO(str(check.complaints()));
    CHECK(check.complaints().isEmpty());
}

TEST_CASE("the answer, people and appointment models pass the model tester", "[models]")
{
    DemoFolder demo;
    AppController app;
    ModelCheck answers(asModel(app.answers()));
    ModelCheck people(asModel(app.people()));
    ModelCheck appointments(asModel(app.appointments()));

    app.setVaultPath(demo.files.parentCopy);
    REQUIRE(app.unlock(QString::fromUtf8(kParentPassphrase)));
    CHECK(asModel(app.answers())->rowCount() == 3);
    CHECK(asModel(app.people())->rowCount() == 0); // read when first wanted
    qobject_cast<PeopleModel*>(app.people())->ensureLoaded();
    CHECK(asModel(app.people())->rowCount() > 0);
    CHECK(asModel(app.appointments())->rowCount() > 0);

    const int entryId
        = asModel(app.entries())->data(asModel(app.entries())->index(0, 0), EntryListModel::EntryIdRole).toInt();
    CHECK(app.submitAnswer(entryId, QStringLiteral("aanvulling"), QStringLiteral("Ik was er die dag ook bij."))
              .isEmpty());
    CHECK(asModel(app.answers())->rowCount() == 4);
    app.setLanguage(QStringLiteral("en")); // reloads every model
    CHECK(asModel(app.people())->rowCount() > 0); // still wanted: read again at once
    app.setLanguage(QStringLiteral("nl"));
    app.lock();
    CHECK(asModel(app.answers())->rowCount() == 0);
    CHECK(asModel(app.people())->rowCount() == 0);
    CHECK(asModel(app.appointments())->rowCount() == 0);

    INFO(str(answers.complaints()));
    CHECK(answers.complaints().isEmpty());
}

TEST_CASE("every role of every model answers for every row, and roles start after Qt::UserRole", "[models]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.parentCopy);
    qobject_cast<PeopleModel*>(app->people())->ensureLoaded(); // read when first wanted
    for (QObject* o : { app->entries(), app->answers(), app->people(), app->appointments() }) {
        QAbstractItemModel* m = asModel(o);
        INFO(o->metaObject()->className());
        const auto roles = m->roleNames();
        REQUIRE_FALSE(roles.isEmpty());
        for (auto it = roles.begin(); it != roles.end(); ++it) {
            CHECK(it.key() > Qt::UserRole);
            CHECK_FALSE(it.value().isEmpty());
        }
        REQUIRE(m->rowCount() > 0);
        for (int r = 0; r < m->rowCount(); ++r) {
            for (auto it = roles.begin(); it != roles.end(); ++it) {
                INFO("row " << r << " role " << it.value().toStdString());
                CHECK(m->data(m->index(r, 0), it.key()).isValid());
            }
        }
        CHECK_FALSE(m->data(m->index(m->rowCount(), 0), roles.begin().key()).isValid());
    }
}

TEST_CASE("the parent's answers list says until when and why an answer's deadline was extended", "[models][extension]")
{
    DemoFolder demo;
    const QString update = QFileInfo(demo.files.parentCopy).dir().filePath(QStringLiteral("verlengd.inzage-update"));
    const QString reason = QStringLiteral("Ik wacht op het verslag van de school.");
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
        auto a = Answers(**v, pro).add(1, AnswerKind::Correctieverzoek, QStringLiteral("Het was 4 februari."), *person);
        REQUIRE(a.isOk());
        REQUIRE(AnswerExtensions(**v, pro).extend(a->id, reason).isOk());
        REQUIRE(AnswerExchange::exportUpdates(**v, {}, update).isOk());
    }
    AppController app;
    ModelCheck check(asModel(app.answers()));
    app.setVaultPath(demo.files.parentCopy);
    REQUIRE(app.unlock(QString::fromUtf8(kParentPassphrase)));
    const QVariantMap fetched = app.fetchUpdates(update);
    INFO(str(fetched.value(QStringLiteral("message")).toString()));
    REQUIRE(fetched.value(QStringLiteral("ok")).toBool());
    CHECK(fetched.value(QStringLiteral("message")).toString().contains(QStringLiteral("termijn verlengd")));

    QAbstractItemModel* m = asModel(app.answers());
    int extended = 0;
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex i = m->index(row, 0);
        const QString until = m->data(i, AnswerListModel::ExtendedUntilRole).toString();
        if (until.isEmpty()) {
            CHECK(m->data(i, AnswerListModel::ExtensionReasonRole).toString().isEmpty());
            continue;
        }
        ++extended;
        CHECK(m->data(i, AnswerListModel::KindKeyRole).toString() == QStringLiteral("correctieverzoek"));
        CHECK(m->data(i, AnswerListModel::ExtensionReasonRole).toString() == reason);
        CHECK(until.contains(QString::number(QDate::currentDate().addMonths(3).year())));
    }
    CHECK(extended == 1);
    INFO(str(check.complaints()));
    CHECK(check.complaints().isEmpty());
}
