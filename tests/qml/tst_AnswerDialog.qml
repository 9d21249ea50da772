import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// Answering from the dossier page: choose a kind, type, save, and the answer shows on the card
// with status Verstuurd. Bad input gets a message in the dialog and stores nothing.
Item {
    id: root
    width: 1100
    height: 900

    DossierPage { id: page; anchors.fill: parent }

    TestCase {
        name: "AnswerDialog"
        when: windowShown

        property var dialog: null
        property int entryId: 0

        function initTestCase() {
            verify(App.unlock(fixture.parentPassphrase), App.message)
            verify(App.canAnswer)
            dialog = findChild(page, "answerDialog")
            verify(dialog)
            const list = findChild(page, "entryList")
            list.forceLayout()
            entryId = list.itemAtIndex(0).entryId
        }
        function cleanupTestCase() { App.lock() }
        function cleanup() {
            if (dialog.opened) {
                dialog.close()
                tryCompare(dialog, "visible", false)
            }
        }

        function openOnFirstCard() {
            mouseClick(findChild(page, "answerButton_" + entryId))
            tryCompare(dialog, "opened", true)
            return dialog.contentItem
        }

        function test_answer_is_saved_and_shown_with_status_verstuurd() {
            const before = App.answers.count
            const content = openOnFirstCard()
            mouseClick(findChild(content, "kind_klopt-niet"))
            const text = findChild(content, "answerText")
            mouseClick(text)
            keyClick(Qt.Key_N); keyClick(Qt.Key_E); keyClick(Qt.Key_E)
            text.text += ", het was anders."
            compare(text.text, "nee, het was anders.")
            mouseClick(findChild(content, "answerSave"))
            tryCompare(dialog, "visible", false)
            compare(App.answers.count, before + 1)
            const card = findChild(page, "entry_" + entryId)
            tryVerify(() => H.anyContains(H.texts(card), "\u201Cnee, het was anders.\u201D"))
            verify(H.anyContains(H.texts(card), "status: Verstuurd"), H.texts(card).join(" | "))
        }

        function test_no_kind_chosen() {
            const before = App.answers.count
            const content = openOnFirstCard()
            findChild(content, "answerText").text = "Zonder soort."
            mouseClick(findChild(content, "answerSave"))
            const error = findChild(content, "answerError")
            tryCompare(error, "visible", true)
            verify(error.text.indexOf("Kies eerst") >= 0, error.text)
            verify(dialog.opened)
            compare(App.answers.count, before)
        }

        function test_empty_answer_gets_a_message_and_is_not_stored() {
            const before = App.answers.count
            const content = openOnFirstCard()
            mouseClick(findChild(content, "kind_klopt-niet"))
            mouseClick(findChild(content, "answerSave"))
            const error = findChild(content, "answerError")
            tryCompare(error, "visible", true)
            verify(error.text.indexOf("leeg") >= 0, error.text)
            verify(dialog.opened, "the dialog stays open so nothing typed is lost")
            compare(App.answers.count, before)
            // Typing again takes the old complaint away.
            findChild(content, "answerText").text = "Toch iets."
            verify(!error.visible)
        }

        function test_answer_of_100000_characters_is_refused() {
            const before = App.answers.count
            const content = openOnFirstCard()
            mouseClick(findChild(content, "kind_aanvulling"))
            findChild(content, "answerText").text = "x".repeat(100000)
            mouseClick(findChild(content, "answerSave"))
            const error = findChild(content, "answerError")
            tryCompare(error, "visible", true)
            verify(error.text.indexOf("te lang") >= 0, error.text)
            verify(error.text.indexOf("niets opgeslagen") >= 0, error.text)
            compare(App.answers.count, before)
        }

        function test_answer_to_an_entry_that_no_longer_exists() {
            const before = App.answers.count
            dialog.openFor(987654, "Een notitie die er niet meer is.")
            tryCompare(dialog, "opened", true)
            const content = dialog.contentItem
            mouseClick(findChild(content, "kind_vraag"))
            findChild(content, "answerText").text = "Waar is deze notitie gebleven?"
            mouseClick(findChild(content, "answerSave"))
            const error = findChild(content, "answerError")
            tryCompare(error, "visible", true)
            verify(error.text.indexOf("bestaat niet") >= 0, error.text)
            compare(App.answers.count, before)
        }

        function test_cancel_stores_nothing() {
            const before = App.answers.count
            const content = openOnFirstCard()
            mouseClick(findChild(content, "kind_klopt"))
            findChild(content, "answerText").text = "Toch maar niet."
            mouseClick(findChild(content, "answerCancel"))
            tryCompare(dialog, "visible", false)
            compare(App.answers.count, before)
        }
    }
}
