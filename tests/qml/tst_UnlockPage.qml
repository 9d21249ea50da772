import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"

// The unlock page: a wrong passphrase says so and stays locked; the professional's passphrase
// does not open the parent copy; the parent's own passphrase opens it.
Item {
    id: root
    width: 900
    height: 600

    UnlockPage { id: page; anchors.fill: parent }

    TestCase {
        name: "UnlockPage"
        when: windowShown

        function cleanup() { App.lock() }

        function enter(passphrase) {
            const field = findChild(page, "passphraseField")
            verify(field)
            mouseClick(field)
            field.text = passphrase
            const button = findChild(page, "unlockButton")
            verify(button.enabled)
            mouseClick(button)
        }

        function test_wrong_then_right() {
            const message = findChild(page, "unlockMessage")
            verify(!message.visible)
            enter("niet-het-goede-wachtwoord")
            verify(!App.unlocked)
            tryCompare(message, "visible", true)
            verify(message.text.indexOf("Dit wachtwoord klopt niet") >= 0, message.text)
            compare(findChild(page, "passphraseField").text, "", "the typed passphrase is wiped")
            verify(!findChild(page, "unlockButton").enabled, "nothing to send once the field is empty")

            enter(fixture.parentPassphrase)
            tryCompare(App, "unlocked", true)
            verify(App.parentCopy)
            compare(App.message, "")
            verify(!message.visible)
        }

        function test_professional_passphrase_does_not_open_the_parent_copy() {
            enter(fixture.professionalPassphrase)
            verify(!App.unlocked)
            const message = findChild(page, "unlockMessage")
            tryCompare(message, "visible", true)
            verify(message.text.indexOf("klopt niet") >= 0, message.text)
            compare(App.entries.rowCount(), 0)
        }

        function test_return_key_unlocks() {
            const field = findChild(page, "passphraseField")
            mouseClick(field)
            field.text = fixture.parentPassphrase
            keyClick(Qt.Key_Return)
            tryCompare(App, "unlocked", true)
        }
    }
}
