import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// Spoed: 112 and Veilig Thuis 0800-2000 always, locked or not; once unlocked also the
// organisation's number that applies now.
Item {
    id: root
    width: 900
    height: 700

    EmergencyPopup { id: popup }

    TestCase {
        name: "EmergencyPopup"
        when: windowShown

        function cleanup() {
            popup.close()
            tryCompare(popup, "visible", false)
            App.lock()
        }

        function openPopup() {
            popup.open()
            tryCompare(popup, "opened", true)
        }

        function test_112_and_veilig_thuis_while_locked() {
            verify(!App.unlocked)
            openPopup()
            const call112 = findChild(popup.contentItem, "call112")
            verify(call112 && call112.visible)
            verify(call112.heading.indexOf("112") >= 0, call112.heading)
            const vt = findChild(popup.contentItem, "callVeiligThuis")
            verify(vt.heading.indexOf("0800-2000") >= 0, vt.heading)
            verify(!findChild(popup.contentItem, "callOrganisation").visible)
        }

        function test_organisation_number_once_unlocked() {
            verify(App.unlock(fixture.parentPassphrase), App.message)
            openPopup()
            const org = findChild(popup.contentItem, "callOrganisation")
            verify(org.visible)
            verify(App.numberNow !== "")
            verify(org.heading.indexOf(App.numberNow) >= 0, org.heading)
            verify(H.anyContains(H.texts(popup.contentItem), "112"))
            verify(H.anyContains(H.texts(popup.contentItem), "0800-2000"))
        }

        function test_escape_closes() {
            openPopup()
            keyClick(Qt.Key_Escape)
            tryCompare(popup, "visible", false)
        }
    }
}
