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
            verify(H.anyContains(all, "Nog geen antwoord. U hoort binnen een maand iets."))
            verify(!H.anyContains(all, "U heeft nog nergens op gereageerd."))
            for (const card of cards)
                verify(H.anyContains(H.texts(card), "Op notitie " + card.entryId), H.texts(card).join(" | "))
        }

        function test_new_answer_appears_as_verstuurd() {
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
            verify(H.anyContains(H.texts(cards[0]), "Verstuurd"))
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
