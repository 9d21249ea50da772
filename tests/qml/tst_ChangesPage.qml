import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// "Veranderingen": who changed what and when in the demo parent copy, in plain words, newest first;
// the shielded melder of the demo is never named; keys move through the list.
Item {
    id: root
    width: 1100
    height: 800

    ChangesPage { id: page; anchors.fill: parent }

    TestCase {
        name: "ChangesPage"
        when: windowShown

        function initTestCase() { verify(App.unlock(fixture.parentPassphrase), App.message) }
        function cleanupTestCase() { App.lock() }

        function sentences() {
            const out = []
            for (let i = 0; i < App.changes.count; ++i)
                out.push(App.changes.data(App.changes.index(i, 0), 257 + 3))
            return out
        }

        function test_says_who_changed_what_and_when() {
            const list = findChild(page, "changeList")
            verify(list.count > 3, "lines: " + list.count)
            compare(App.changes.error, "")
            const all = sentences()
            verify(H.anyContains(all, "Anouk Verbeek (hulpverlener) heeft uw reactie op nr. 2 beantwoord"), all.join(" | "))
            verify(H.anyContains(all, "heeft de tekst van nr. 7 veranderd"), all.join(" | "))
            verify(H.anyContains(all, "heeft dit ouderexemplaar gemaakt"), all.join(" | "))
            // The first row on screen is the newest, with a Dutch date and time.
            tryVerify(() => findChild(page, "change0") !== null)
            const first = findChild(page, "change0")
            verify(/ om \d\d:\d\d/.test(first.when), first.when)
            verify(H.anyContains(H.texts(page), "Lezen wordt niet bijgehouden"))
        }

        function test_a_shielded_source_is_never_named() {
            const all = sentences().join(" | ") + " | " + H.texts(page).join(" | ")
            // The demo's shielded melder (a neighbour) must not reach the parent's screen.
            verify(all.indexOf("J. de Graaf") < 0, all)
            verify(all.toLowerCase().indexOf("buurvrouw") < 0, all)
        }

        function test_keys_move_through_the_list_with_a_name_for_screen_readers() {
            const list = findChild(page, "changeList")
            list.forceActiveFocus()
            list.currentIndex = 0
            keyClick(Qt.Key_Down)
            compare(list.currentIndex, 1)
            keyClick(Qt.Key_End)
            compare(list.currentIndex, list.count - 1)
            keyClick(Qt.Key_Home)
            compare(list.currentIndex, 0)
            verify(list.Accessible.name.indexOf("Veranderingen") === 0, list.Accessible.name)
            verify(list.currentItem.Accessible.name.indexOf(" om ") > 0, list.currentItem.Accessible.name)
        }
    }
}
