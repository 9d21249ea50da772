import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// "Mijn reacties": every answer with its status in words and the professional's reply.
Item {
    id: root
    width: 1000
    height: 1200

    MyAnswersPage { id: page; anchors.fill: parent }

    TestCase {
        name: "MyAnswersPage"
        when: windowShown

        function cleanupTestCase() { App.lock() }

        function test_locked_page_says_there_is_nothing_yet() {
            App.lock()
            const list = findChild(page, "answerList")
            compare(list.count, 0)
            verify(H.anyContains(H.texts(page), "U heeft nog nergens op gereageerd."))
        }

        function test_status_and_reply_of_each_answer() {
            verify(App.unlock(fixture.parentPassphrase), App.message)
            const list = findChild(page, "answerList")
            tryVerify(() => list.count >= 3) // the demo's three, and any added by another test function
            compare(list.count, App.answers.count)
            list.forceLayout()
            const cards = H.delegates(list)
            compare(cards.length, list.count)
            const all = H.texts(list)
            // The demo: one answer in behandeling with a reply, one verwerkt with a reply, one verstuurd.
            verify(H.anyContains(all, "In behandeling"), all.join(" | "))
            verify(H.anyContains(all, "Verwerkt"))
            verify(H.anyContains(all, "Verstuurd"))
            verify(H.anyContains(all, "Antwoord van Anouk Verbeek: Uw aanvulling is bij de notitie opgenomen."))
            verify(H.anyContains(all, "Nog geen antwoord. Heeft uw hulpverlener het bestand gekregen, dan hoort u binnen een maand iets."))
            verify(!H.anyContains(all, "U heeft nog nergens op gereageerd."))
            for (const card of cards)
                verify(H.anyContains(H.texts(card), "Op notitie " + card.entryId), H.texts(card).join(" | "))
        }

        function test_new_answer_appears_as_not_yet_sent() {
            verify(App.unlocked || App.unlock(fixture.parentPassphrase))
            const list = findChild(page, "answerList")
            const before = list.count
            const entryId = App.entries.data(App.entries.index(0, 0), 257) // EntryIdRole
            compare(App.submitAnswer(entryId, "vraag", "Wie heeft dit opgeschreven?"), "")
            tryCompare(list, "count", before + 1)
            list.forceLayout()
            const cards = H.delegates(list).filter(c => c.text === "Wie heeft dit opgeschreven?")
            compare(cards.length, 1)
            compare(cards[0].status, "verstuurd")
            compare(cards[0].sent, false)
            verify(H.anyContains(H.texts(cards[0]), "Nog niet verstuurd"), H.texts(cards[0]).join(" | "))
            verify(H.anyContains(H.texts(cards[0]), "staat alleen op deze computer"))
            verify(App.unsentCount >= 1)
            verify(H.anyContains(H.texts(page), "nog niet verstuurd"))
        }

        function test_send_then_fetch_the_reply() {
            verify(App.unlocked || App.unlock(fixture.parentPassphrase))
            const list = findChild(page, "answerList")
            const bar = findChild(page, "travelBar")
            const entryId = App.entries.entryIdAt(0)
            compare(App.submitAnswer(entryId, "vraag", "Gaat dit echt weg?"), "")
            verify(App.unsentCount > 0)
            // A good default name, beside the parent copy.
            const suggested = App.suggestedAnswerFile()
            verify(/mijn-reacties-.*\d{4}-\d{2}-\d{2}\.inzage-reacties$/.test(suggested), suggested)
            verify(suggested.indexOf(fixture.folder) === 0, suggested)
            const file = fixture.pathIn("reacties-1.inzage-reacties")
            compare(bar.sendTo("file://" + file), "")
            verify(fixture.exists(file))
            compare(App.unsentCount, 0)
            const result = findChild(bar, "travelResult")
            verify(result.text.indexOf("Stuur dit bestand naar uw hulpverlener") >= 0, result.text)
            list.forceLayout()
            let card = H.delegates(list).filter(c => c.text === "Gaat dit echt weg?")[0]
            compare(card.sent, true)
            verify(H.anyContains(H.texts(card), "Verstuurd op "), H.texts(card).join(" | "))
            // The same name again: refused, the old file stays.
            verify(bar.sendTo(file).indexOf("Er staat al een bestand") === 0)
            // The professional replies; the update file is read and the reply is marked new.
            const update = fixture.replyToAnswers(file, "Wij kijken ernaar.")
            verify(update.indexOf("FAILED") < 0, update)
            const r = bar.fetchFrom("file://" + update)
            verify(r.ok, r.message)
            tryVerify(() => H.delegates(list).some(c => c.text === "Gaat dit echt weg?" && c.reply === "Wij kijken ernaar."))
            list.forceLayout()
            card = H.delegates(list).filter(c => c.text === "Gaat dit echt weg?")[0]
            compare(card.isNew, true)
            verify(findChild(card, "newMark").visible)
            verify(H.anyContains(H.texts(card), "In behandeling"))
            // Read twice: nothing changes, and it says so.
            const again = bar.fetchFrom(update)
            verify(again.ok)
            verify(again.message.indexOf("niets veranderd") >= 0, again.message)
        }

        function test_fetch_of_a_bad_file_changes_nothing() {
            verify(App.unlocked || App.unlock(fixture.parentPassphrase))
            const bar = findChild(page, "travelBar")
            const before = App.answers.count
            let r = bar.fetchFrom(fixture.pathIn("bestaat-niet.inzage-update"))
            verify(!r.ok)
            verify(r.message.indexOf("niet gevonden") >= 0, r.message)
            r = bar.fetchFrom(fixture.writeFile("brief.txt", "Beste mevrouw, dit is geen updatebestand."))
            verify(!r.ok)
            verify(r.message.length > 20, r.message)
            verify(findChild(bar, "travelResult").visible)
            compare(App.answers.count, before)
        }

        function test_change_an_answer_through_the_dialog() {
            verify(App.unlocked || App.unlock(fixture.parentPassphrase))
            const list = findChild(page, "answerList")
            const entryId = App.entries.data(App.entries.index(0, 0), 257) // EntryIdRole
            compare(App.submitAnswer(entryId, "vraag", "Eerste versie van mijn vraag."), "")
            tryVerify(() => H.delegates(list).some(c => c.text === "Eerste versie van mijn vraag."))
            list.forceLayout()
            const card = H.delegates(list).filter(c => c.text === "Eerste versie van mijn vraag.")[0]
            const change = findChild(card, "changeAnswer_" + card.answerId)
            verify(change && change.visible)
            mouseClick(change)
            const dialog = findChild(page, "changeAnswerDialog")
            tryVerify(() => dialog.opened)
            wait(50) // laid out
            const field = findChild(dialog.contentItem, "answerText")
            compare(field.text, "Eerste versie van mijn vraag.")
            field.text = "Tweede versie: wie heeft dit gezegd?"
            mouseClick(findChild(dialog.contentItem, "answerSave"))
            tryVerify(() => !dialog.visible)
            tryVerify(() => H.delegates(list).some(c => c.text === "Tweede versie: wie heeft dit gezegd?"))
            list.forceLayout()
            const changed = H.delegates(list).filter(c => c.text === "Tweede versie: wie heeft dit gezegd?")[0]
            compare(changed.versions, 2)
            verify(H.anyContains(H.texts(changed), "Eerdere versies blijven bewaard"), H.texts(changed).join(" | "))
            verify(!H.delegates(list).some(c => c.text === "Eerste versie van mijn vraag."))
        }
    }
}
