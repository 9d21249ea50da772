import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// Answering from the dossier page: choose what to say (the choices fit the label), type, save, and
// the answer shows on the card as "Nog niet verstuurd". Bad input gets a message in the dialog and
// stores nothing; Escape keeps a draft; Tab leaves the text box; Enter presses the focused button.
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
            dialog.drafts = ({})
        }

        function openOnFirstCard() {
            mouseClick(findChild(page, "answerButton_" + entryId))
            tryCompare(dialog, "opened", true)
            wait(50) // the choices of this label are laid out
            return dialog.contentItem
        }
        // The first entry with this label, opened in the dialog.
        function openOnLabel(label) {
            for (let r = 0; r < App.entries.rowCount(); ++r) {
                if (App.entries.data(App.entries.index(r, 0), 261) === label) { // LabelRole
                    const id = App.entries.entryIdAt(r)
                    dialog.openFor(id, "tekst", label)
                    tryCompare(dialog, "opened", true)
                    wait(50)
                    return dialog.contentItem
                }
            }
            fail("no entry labelled " + label)
        }
        function choiceTitles(content) {
            const out = {}
            for (const k of ["klopt", "klopt-niet", "aanvulling", "correctieverzoek", "vraag"]) {
                const c = findChild(content, "kind_" + k)
                if (c && c.visible)
                    out[k] = c.text
            }
            return out
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
            // Saved on this computer, not sent: the card says so.
            verify(H.anyContains(H.texts(card), "status: Nog niet verstuurd"), H.texts(card).join(" | "))
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
            mouseClick(findChild(content, "kind_correctieverzoek"))
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
            dialog.openFor(987654, "Een notitie die er niet meer is.", "feit")
            tryCompare(dialog, "opened", true)
            wait(50)
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
    
        function test_choices_fit_the_label() {
            let t = choiceTitles(openOnLabel("feit"))
            compare(t["klopt-niet"], "Dit klopt niet")
            compare(t["correctieverzoek"], "Verbeter dit")
            dialog.close(); tryCompare(dialog, "visible", false)
            t = choiceTitles(openOnLabel("mening"))
            compare(t["aanvulling"], "Ik zie het anders: mijn eigen visie toevoegen")
            verify(t["correctieverzoek"] === undefined, "an opinion is not corrected on request")
            dialog.close(); tryCompare(dialog, "visible", false)
            t = choiceTitles(openOnLabel("bron"))
            compare(t["klopt-niet"], "Dit heeft deze persoon niet zo gezegd")
            verify(t["correctieverzoek"] === undefined)
        }

        function test_each_choice_says_what_happens_next() {
            const content = openOnLabel("mening")
            const next = findChild(content, "whatHappens")
            verify(!next.visible)
            mouseClick(findChild(content, "kind_aanvulling"))
            tryVerify(() => next.visible)
            verify(next.text.indexOf("Wat gebeurt er nu?") === 0, next.text)
            verify(next.text.indexOf("naast deze mening") > 0, next.text)
        }

        function test_a_correction_on_a_mening_is_refused_by_the_core() {
            const before = App.answers.count
            for (let r = 0; r < App.entries.rowCount(); ++r) {
                if (App.entries.data(App.entries.index(r, 0), 261) === "mening") {
                    const message = App.submitAnswer(App.entries.entryIdAt(r), "correctieverzoek", "Haal dit weg.")
                    verify(message.indexOf("mijn eigen visie toevoegen") >= 0, message)
                    compare(App.answers.count, before)
                    return
                }
            }
            fail("no mening in the demo")
        }

        function test_escape_keeps_the_draft() {
            const before = App.answers.count
            let content = openOnFirstCard()
            mouseClick(findChild(content, "kind_klopt-niet"))
            const field = findChild(content, "answerText")
            mouseClick(field)
            field.text = "Half geschreven antwoord"
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            compare(App.answers.count, before)
            content = openOnFirstCard()
            compare(findChild(content, "answerText").text, "Half geschreven antwoord")
            verify(findChild(content, "draftNote").visible)
            verify(findChild(content, "kind_klopt-niet").checked)
            // Thrown away on purpose: the next time it is empty.
            mouseClick(findChild(content, "answerDiscard"))
            tryCompare(dialog, "visible", false)
            content = openOnFirstCard()
            compare(findChild(content, "answerText").text, "")
            verify(!findChild(content, "draftNote").visible)
            compare(App.answers.count, before)
        }

        function test_tab_leaves_the_text_box() {
            const content = openOnFirstCard()
            const field = findChild(content, "answerText")
            field.forceActiveFocus()
            field.text = "Zonder tab"
            field.cursorPosition = field.text.length
            keyClick(Qt.Key_Tab)
            tryVerify(() => !field.activeFocus)
            compare(field.text, "Zonder tab")
            keyClick(Qt.Key_Backtab)
            tryVerify(() => field.activeFocus)
            compare(field.text, "Zonder tab")
        }

        function test_enter_presses_the_focused_button() {
            const before = App.answers.count
            const content = openOnFirstCard()
            mouseClick(findChild(content, "kind_vraag"))
            findChild(content, "answerText").text = "Met Enter opgeslagen?"
            const save = findChild(content, "answerSave")
            save.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "visible", false)
            compare(App.answers.count, before + 1)
        }

        function test_the_list_keeps_its_place_after_saving() {
            const list = findChild(page, "entryList")
            list.currentIndex = 5
            list.positionViewAtIndex(5, 1) // ListView.Beginning
            wait(50)
            const contentYBefore = list.contentY
            verify(contentYBefore > 0)
            const id = App.entries.entryIdAt(5)
            const card = list.itemAtIndex(5)
            mouseClick(findChild(card, "answerButton_" + id))
            tryCompare(dialog, "opened", true)
            wait(50)
            mouseClick(findChild(dialog.contentItem, "kind_vraag"))
            findChild(dialog.contentItem, "answerText").text = "Blijft de lijst staan?"
            mouseClick(findChild(dialog.contentItem, "answerSave"))
            tryCompare(dialog, "visible", false)
            wait(100)
            compare(list.currentIndex, 5)
            // The card grew by one answer; the list did not jump back to nr. 1.
            verify(Math.abs(list.contentY - contentYBefore) < 5, list.contentY + " vs " + contentYBefore)
        }
    }
}
