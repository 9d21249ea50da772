// "Lees voor" and the text a screen reader gets from an entry card come from one function
// (ReadingText); without a speech engine reading aloud is off and says so; the text size is
// remembered between runs; entries new since the last visit are marked and counted.

#include "AppTestSupport.h"

#include "EntryListModel.h"
#include "PlacesStore.h"
#include "ReadAloud.h"
#include "ReadingText.h"

#include "dossier/Entries.h"
#include "exchange/AnswerExchange.h"
#include "vault/Vault.h"

#include <QSettings>

#include <cstdlib>
#include <cstring>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

TEST_CASE("an entry is read as its label, text, who was spoken to, the parent's answer and its status", "[read-aloud]")
{
    const QVariantMap answer {{QStringLiteral("kind"), QStringLiteral("Dit klopt niet")},
                              {QStringLiteral("text"), QStringLiteral("Het ging ook over de kinderen.")},
                              {QStringLiteral("statusName"), QStringLiteral("Afgewezen")},
                              {QStringLiteral("reply"), QStringLiteral("Dit staat al in notitie 9.")},
                              {QStringLiteral("isNew"), true}};
    const QVariantMap entry {
        {QStringLiteral("entryId"), 42},
        {QStringLiteral("labelName"), QStringLiteral("Bron")},
        {QStringLiteral("text"), QStringLiteral("Moeder vertelt dat de ruzies over geld gaan")},
        {QStringLiteral("spokenTo"), QStringList {QStringLiteral("Gesproken met Ilse Vermeulen (moeder), op 12 maart 2026")}},
        {QStringLiteral("answers"), QVariantList {answer}},
    };
    const EntryReading r = ReadingText::entry(entry);
    CHECK(r.name == QStringLiteral("Bron, nr. 42: Moeder vertelt dat de ruzies over geld gaan."));
    CHECK(r.description.contains(QStringLiteral("Gesproken met Ilse Vermeulen (moeder), op 12 maart 2026.")));
    CHECK(r.description.contains(QStringLiteral("Nieuw antwoord.")));
    CHECK(r.description.contains(QStringLiteral("Uw reactie, Dit klopt niet: \u201CHet ging ook over de kinderen.\u201D")));
    CHECK(r.description.contains(QStringLiteral("Status: Afgewezen.")));
    CHECK(r.description.contains(QStringLiteral("Antwoord: Dit staat al in notitie 9.")));
    CHECK(r.text().startsWith(r.name + QLatin1Char(' ')));

    // A mening says whose opinion it is; an entry without an answer says so; a new one says "Nieuw".
    QVariantMap mening {{QStringLiteral("entryId"), 7}, {QStringLiteral("labelName"), QStringLiteral("Mening")},
                        {QStringLiteral("text"), QStringLiteral("Er is zorg.")},
                        {QStringLiteral("holder"), QStringLiteral("Dit is de mening van de schrijver.")},
                        {QStringLiteral("newness"), QStringLiteral("nieuw")}};
    const EntryReading m = ReadingText::entry(mening);
    CHECK(m.name == QStringLiteral("Nieuw. Mening, nr. 7: Er is zorg."));
    CHECK(m.description == QStringLiteral("Dit is de mening van de schrijver. U heeft hier nog niet op gereageerd."));
}

TEST_CASE("a page is read as its title and then each part as a sentence", "[read-aloud]")
{
    CHECK(ReadingText::page(QStringLiteral("Mijn rechten"), {QStringLiteral("U mag uw dossier lezen"), QString(),
                                                             QStringLiteral("Vraag erom."), QStringLiteral("  ")})
          == QStringLiteral("Mijn rechten. U mag uw dossier lezen. Vraag erom."));
    CHECK(ReadingText::sentence(QStringLiteral("Wat gebeurt er nu?")) == QStringLiteral("Wat gebeurt er nu?"));
    CHECK(ReadingText::sentence(QStringLiteral("\u201CDat klopt\u201D")) == QStringLiteral("\u201CDat klopt\u201D"));
}

TEST_CASE("the model's entries give the card the text it reads: label, text and who was spoken to", "[read-aloud]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.parentCopy);
    auto* model = qobject_cast<EntryListModel*>(app->entries());
    REQUIRE(model->rowCount() > 0);
    const QHash<int, QByteArray> roles = model->roleNames();
    QVariantMap card;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        card.insert(QString::fromLatin1(it.value()), model->data(model->index(0, 0), it.key()));
    auto* speech = qobject_cast<ReadAloud*>(app->speech());
    const QVariantMap reading = speech->entryReading(card);
    const QString text = reading.value(QStringLiteral("text")).toString();
    CHECK(text.startsWith(card.value(QStringLiteral("labelName")).toString() + QStringLiteral(", nr. ")));
    CHECK(text.contains(card.value(QStringLiteral("text")).toString().simplified()));
    for (const QString& line : card.value(QStringLiteral("spokenTo")).toStringList())
        CHECK(text.contains(line.simplified()));
    CHECK(text.contains(QStringLiteral("U heeft hier nog niet op gereageerd.")));
}

TEST_CASE("without a speech engine, Lees voor is off and says why: saying something does nothing", "[read-aloud]")
{
    const QByteArray before = qgetenv("INZAGE_SPEECH_ENGINE");
    for (const char* engine : {"none", "geen-spraakprogramma-met-deze-naam"}) {
        INFO(engine);
        qputenv("INZAGE_SPEECH_ENGINE", engine);
        ReadAloud speech;
        CHECK_FALSE(speech.available());
        CHECK(speech.status().contains(QStringLiteral("Voorlezen werkt niet op deze computer")));
        speech.say(QStringLiteral("page:0"), QStringLiteral("Mijn dossier."));
        CHECK_FALSE(speech.speaking());
        CHECK(speech.speakingKey().isEmpty());
        speech.setLanguage(QStringLiteral("en"));
        CHECK_FALSE(speech.available());
    }
    qputenv("INZAGE_SPEECH_ENGINE", before);
}

TEST_CASE("the text size changes in steps, stays between 80% and 200%, and is remembered", "[text-size]")
{
    QSettings().remove(QStringLiteral("view/textScale"));
    {
        AppController app;
        CHECK(app.textScale() == Approx(1.0));
        app.changeTextSize(1);
        CHECK(app.textScale() == Approx(1.15));
        for (int i = 0; i < 20; ++i)
            app.changeTextSize(1);
        CHECK(app.textScale() == Approx(2.0));
    }
    {
        AppController again; // the next run
        CHECK(again.textScale() == Approx(2.0));
        for (int i = 0; i < 20; ++i)
            again.changeTextSize(-1);
        CHECK(again.textScale() == Approx(0.8));
        again.changeTextSize(0);
        CHECK(again.textScale() == Approx(1.0));
    }
    // A value that is not a size (edited by hand) gives the normal size, never a tiny or huge one.
    QSettings().setValue(QStringLiteral("view/textScale"), QStringLiteral("reuze"));
    CHECK(PlacesStore::textScale() == Approx(1.0));
    QSettings().setValue(QStringLiteral("view/textScale"), 40);
    CHECK(PlacesStore::textScale() == Approx(2.0));
    QSettings().remove(QStringLiteral("view/textScale"));
}

TEST_CASE("an entry that came with an update since the last visit is marked Nieuw and counted", "[new-since-visit]")
{
    DemoFolder demo;
    {
        auto first = unlockedController(demo.files.parentCopy); // first visit: nothing new
        auto* model = qobject_cast<EntryListModel*>(first->entries());
        CHECK(model->newCount() == 0);
        first->lock(); // leaving: what was seen is remembered
    }
    // Meanwhile the professional adds an entry and sends an update file.
    const QString update = demo.dir.filePath(QStringLiteral("update.inzage-update"));
    Id added = 0;
    {
        const SecureBytes pass(kProfessionalPassphrase, std::strlen(kProfessionalPassphrase));
        auto pro = Vault::open(demo.files.professional, pass);
        REQUIRE(pro.isOk());
        const Actor who {QStringLiteral("Anouk Verbeek"), Role::Professional};
        EntryContent c;
        c.text = QStringLiteral("Gesprek met de huisarts op 4 april.");
        c.section = QStringLiteral("Verloop");
        auto id = Entries(**pro, who).add(c);
        INFO(str(id.message()));
        REQUIRE(id.isOk());
        added = *id;
        const Status s = AnswerExchange::exportUpdates(**pro, {}, update);
        INFO(str(s.message()));
        REQUIRE(s.isOk());
    }
    {
        auto second = unlockedController(demo.files.parentCopy);
        const QVariantMap fetched = second->fetchUpdates(update);
        INFO(str(fetched.value(QStringLiteral("message")).toString()));
        REQUIRE(fetched.value(QStringLiteral("ok")).toBool());
        auto* model = qobject_cast<EntryListModel*>(second->entries());
        CHECK(model->newCount() == 1);
        CHECK(model->nextNewEntry(0) == int(added));
        const int row = model->rowOfEntry(int(added));
        REQUIRE(row >= 0);
        CHECK(model->data(model->index(row, 0), EntryListModel::NewnessRole).toString() == QStringLiteral("nieuw"));
        CHECK(model->data(model->index(0, 0), EntryListModel::NewnessRole).toString().isEmpty());
        second->lock();
    }
    {
        auto third = unlockedController(demo.files.parentCopy); // seen now: no longer new
        CHECK(qobject_cast<EntryListModel*>(third->entries())->newCount() == 0);
    }
}
