import QtQuick
import QtQuick.Controls
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// "Ouders": the demo's parents and children listed with their copies; a copy made for the father
// shows under his name; a refusal says why in place; the update file is written; an answer file
// that is not one is refused with a message.
Item {
    id: root
    width: 1366
    height: 768

    ParentsPage { id: page; anchors.fill: parent }

    TestCase {
        name: "ParentsPage"
        when: windowShown
        property var copies: App.copies
        property string dir: ""

        function initTestCase() {
            App.vaultPath = fixture.professional
            verify(App.unlock(fixture.professionalPassphrase), App.message)
            dir = fixture.professional.substring(0, fixture.professional.lastIndexOf("/"))
            copies.refresh()
        }
        function cleanupTestCase() { App.lock() }

        function shot(name) {
            if (fixture.shotDir !== "")
                grabImage(root).save(fixture.shotDir + "/proapp-parents-" + name + ".png")
        }
        function indexOf(name) {
            for (let i = 0; i < copies.recipients.length; ++i)
                if (copies.recipients[i].name === name)
                    return i
            return -1
        }

        function test_1_parents_listed_with_their_copies() {
            const list = findChild(page, "recipientList")
            compare(list.count, copies.recipients.length)
            verify(indexOf("Ilse Vermeulen") >= 0)
            verify(indexOf("Karim El Amrani") >= 0)
            compare(indexOf("J. de Graaf"), -1, "a shielded melder gets no copy")
            compare(copies.recipients[indexOf("Ilse Vermeulen")].copies.length, 1)
            const karim = indexOf("Karim El Amrani")
            const button = findChild(page, "makeCopyButton" + karim)
            verify(button.visible && button.enabled)
            verify(button.Accessible.name.indexOf("Karim El Amrani") >= 0)
            shot("list")
        }

        function test_2_a_refusal_is_said_in_place_and_leaves_no_file() {
            const karim = copies.recipients[indexOf("Karim El Amrani")]
            verify(!page.makeCopyAt(karim.personId, dir + "/karim-1.inzage", "een", "twee"))
            const message = findChild(page, "parentsMessage")
            verify(message.visible)
            verify(message.text.indexOf("niet gelijk") >= 0, message.text)
            compare(copies.recipients[indexOf("Karim El Amrani")].copies.length, 0)
        }

        function test_3_a_copy_for_the_father_then_an_update() {
            const karim = copies.recipients[indexOf("Karim El Amrani")]
            verify(page.makeCopyAt(karim.personId, dir + "/karim.inzage", "vader-wachtwoord", "vader-wachtwoord"),
                   page.message)
            verify(page.message.indexOf("Karim El Amrani") >= 0, page.message)
            const after = copies.recipients[indexOf("Karim El Amrani")]
            compare(after.copies.length, 1)
            wait(50)
            const update = findChild(page, "writeUpdateButton" + indexOf("Karim El Amrani") + "_0")
            verify(update !== null && update.visible)
            verify(page.writeUpdateAt(after.copies[0].exchangeId, dir + "/karim.inzage-update"), page.message)
            verify(page.message.indexOf("karim.inzage-update") >= 0, page.message)
            // The same name again: refused, the file stays.
            verify(!page.writeUpdateAt(after.copies[0].exchangeId, dir + "/karim.inzage-update"))
            shot("made")
        }

        function test_4_a_file_that_is_no_answer_file_is_refused() {
            const path = fixture.writeFile("geen-reacties.inzage-reacties", "dit is geen antwoordbestand")
            verify(!page.readAnswersFrom(path))
            verify(findChild(page, "parentsMessage").text !== "")
        }

        function test_5_the_passphrase_dialog_takes_two_fields_and_clears_them() {
            const karim = copies.recipients[indexOf("Karim El Amrani")]
            page.askCopy(karim.personId, karim.name)
            const dialog = findChild(page, "copyPassphraseDialog")
            tryVerify(() => dialog.opened)
            const field = findChild(dialog.contentItem, "copyPassphrase")
            tryVerify(() => field.activeFocus)
            keyClick(Qt.Key_A)
            compare(field.text, "a")
            compare(field.echoMode, TextInput.Password)
            verify(field.Accessible.name !== "")
            shot("dialog")
            dialog.reject()
            tryVerify(() => !dialog.visible)
            compare(field.text, "")
        }
    }
}
