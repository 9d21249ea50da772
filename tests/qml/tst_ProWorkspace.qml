import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// The professional's workspace: four visible tabs, Ctrl+1..4 switch between them, and the
// labelling view is the first.
Item {
    id: root
    width: 1366
    height: 768

    ProWorkspace { id: ws; anchors.fill: parent }

    TestCase {
        name: "ProWorkspace"
        when: windowShown

        function initTestCase() {
            App.vaultPath = fixture.professional
            verify(App.unlock(fixture.professionalPassphrase), App.message)
            verify(App.professional)
        }
        function cleanupTestCase() { App.lock() }

        function test_1_four_tabs_named_in_dutch() {
            const names = []
            for (let i = 0; i < 4; ++i)
                names.push(findChild(ws, "workspaceTab" + i).text)
            compare(names[0], "Labelen")
            verify(names[1].indexOf("Reacties") === 0, names[1])
            compare(names[2], "Dossier")
            compare(names[3], "Rapport")
            compare(ws.currentPage, 0)
            verify(findChild(ws, "labelPage").visible)
        }

        function shot(name) {
            if (fixture.shotDir !== "")
                grabImage(root).save(fixture.shotDir + "/proapp-workspace-" + name + ".png")
        }

        function test_2_ctrl_numbers_switch_pages() {
            const pages = ["labelPage", "inboxPage", "casePage", "reportPage"]
            for (const n of [2, 3, 4, 1, 4, 2]) {
                keyClick(Qt.Key_0 + n, Qt.ControlModifier)
                compare(ws.currentPage, n - 1)
                for (let i = 0; i < 4; ++i)
                    compare(findChild(ws, pages[i]).visible, i === n - 1, pages[i] + " after Ctrl+" + n)
                shot(pages[n - 1])
            }
        }

        function test_3_opening_an_entry_goes_to_labelling() {
            keyClick(Qt.Key_4, Qt.ControlModifier)
            const target = App.labelling.entryId === 3 ? 4 : 3
            verify(ws.openEntry(target))
            compare(ws.currentPage, 0)
            compare(App.labelling.entryId, target)
            // An entry that is not in the labelling session (an unknown id) stays where it is.
            keyClick(Qt.Key_4, Qt.ControlModifier)
            verify(!ws.openEntry(99999))
            compare(ws.currentPage, 3)
        }
    }
}
