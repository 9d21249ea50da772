import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// A dossier of 400 entries more than the demo: every entry is reachable by scrolling and by keys
// (Home/End, PageUp/PageDown, Ctrl+Home/Ctrl+End, "Ga naar nr."), and the place is kept after a
// filter and when the file is opened again.
Item {
    id: root
    width: 1100
    height: 800

    DossierPage { id: page; anchors.fill: parent }

    TestCase {
        name: "LongDossier"
        when: windowShown

        property var list: null
        property string path: ""
        property int total: 0

        function initTestCase() {
            path = fixture.makeLongCopy(400)
            App.chooseFile(path)
            compare(App.fileProblem, "")
            verify(App.unlock(fixture.parentPassphrase), App.message)
            list = findChild(page, "entryList")
            total = App.entries.total
            verify(total > 400, "total " + total)
        }
        function cleanupTestCase() { App.lock() }
        function init() {
            App.entries.labelFilter = ""
            list.forceActiveFocus()
        }

        function lastId() { return App.entries.entryIdAt(list.count - 1) }
        function lastCardFullyShown() {
            list.forceLayout()
            const card = list.itemAtIndex(list.count - 1)
            return card !== null && card.y >= list.contentY - 1 && card.y + card.height <= list.contentY + list.height + 1
        }

        function test_scrolling_reaches_the_last_entry() {
            page.placeEntry = 0
            App.entries.reload()
            wait(50)
            verify(list.count <= 200, "a page or two to start with, not " + list.count)
            // Scrolling down, as a wheel or the scroll bar would: the list reads on by itself.
            for (let i = 0; i < 400 && !(list.count === total && lastCardFullyShown()); ++i) {
                list.contentY = list.contentHeight + list.originY - list.height
                wait(5)
            }
            compare(list.count, total)
            verify(lastCardFullyShown())
            list.forceLayout()
            const last = list.itemAtIndex(total - 1)
            verify(last, "the last card exists")
            verify(last.text === "Notitie nummer 400.", last.text)
        }

        function test_end_and_home_keys() {
            keyClick(Qt.Key_End)
            compare(list.currentIndex, total - 1)
            compare(App.entries.entryIdAt(list.currentIndex), lastId())
            tryVerify(() => lastCardFullyShown())
            keyClick(Qt.Key_Home)
            compare(list.currentIndex, 0)
            // The first card at the top (its section heading above it).
            tryVerify(() => list.atYBeginning)
        }

        function test_ctrl_end_from_the_search_field() {
            const search = findChild(page, "searchField")
            search.forceActiveFocus()
            keyClick(Qt.Key_End, Qt.ControlModifier)
            compare(list.currentIndex, list.count - 1)
            compare(list.count, total)
            verify(list.activeFocus)
            findChild(page, "goToField").forceActiveFocus()
            keyClick(Qt.Key_Home, Qt.ControlModifier)
            compare(list.currentIndex, 0)
        }

        function test_arrow_keys_and_page_down_go_past_one_hundred() {
            App.entries.search = "nummer" // a fresh list: one page of 100
            tryCompare(list, "count", 100)
            list.forceActiveFocus()
            list.currentIndex = 98
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            compare(list.currentIndex, 101)
            verify(list.count > 101)
            const before = list.currentIndex
            keyClick(Qt.Key_PageDown)
            verify(list.currentIndex > before, "PageDown moved to " + list.currentIndex)
            keyClick(Qt.Key_PageUp)
            compare(list.currentIndex, before)
            App.entries.search = ""
        }

        function test_go_to_number() {
            const field = findChild(page, "goToField")
            const message = findChild(page, "goToMessage")
            const target = App.entries.entryIdAt(0) + 350
            field.text = String(target)
            mouseClick(findChild(page, "goToButton"))
            compare(message.text, "")
            compare(App.entries.entryIdAt(list.currentIndex), target)
            list.forceLayout()
            const card = list.itemAtIndex(list.currentIndex)
            verify(card && card.entryId === target)
            // The card's top is at the top of the view, not the middle of a card.
            verify(Math.abs(card.y - list.contentY) < 30, card.y + " vs " + list.contentY)
        }

        function test_go_to_bad_numbers_gets_a_message_and_moves_nothing() {
            const field = findChild(page, "goToField")
            const message = findChild(page, "goToMessage")
            list.currentIndex = 3
            for (const bad of ["", "abc", "-4", "1.5", "0"]) {
                field.text = bad
                mouseClick(findChild(page, "goToButton"))
                verify(message.text.indexOf("Typ het nummer") === 0, bad + ": " + message.text)
                compare(list.currentIndex, 3)
            }
            field.text = "999999"
            mouseClick(findChild(page, "goToButton"))
            verify(message.text.indexOf("Er is geen notitie met nr. 999999") === 0, message.text)
            App.entries.labelFilter = "feit"
            tryVerify(() => list.count > 0)
            field.text = String(App.entries.entryIdAt(0) + 1) // a neighbour that is not a feit, or beyond
            const probe = App.entries.rowOfEntry(parseInt(field.text))
            if (probe < 0) {
                mouseClick(findChild(page, "goToButton"))
                verify(message.text.indexOf("staat niet in deze lijst") >= 0, message.text)
            }
            field.text = "12"
            verify(message.text === "", "typing takes the old complaint away")
        }

        function test_place_is_kept_after_clearing_a_filter() {
            const field = findChild(page, "goToField")
            App.entries.loadAll()
            const target = lastId() - 100 // "Notitie nummer 300.": every third extra entry is a feit
            compare(App.entries.data(App.entries.index(App.entries.rowOfEntry(target), 0), 261), "feit")
            field.text = String(target)
            mouseClick(findChild(page, "goToButton"))
            compare(App.entries.entryIdAt(list.currentIndex), target)
            App.entries.labelFilter = "feit"
            tryVerify(() => App.entries.entryIdAt(list.currentIndex) === target)
            App.entries.labelFilter = ""
            tryVerify(() => App.entries.entryIdAt(list.currentIndex) === target)
            wait(500)
            const top = list.indexAt(10, list.contentY + 20)
            compare(App.entries.entryIdAt(top), target)
        }

        function test_place_is_kept_when_the_file_opens_again() {
            const field = findChild(page, "goToField")
            const target = App.entries.entryIdAt(0) + 250
            field.text = String(target)
            mouseClick(findChild(page, "goToButton"))
            compare(App.entries.entryIdAt(list.currentIndex), target)
            App.lock()
            compare(list.count, 0)
            verify(App.unlock(fixture.parentPassphrase), App.message)
            compare(App.lastPlace, target)
            tryVerify(() => App.entries.entryIdAt(list.currentIndex) === target)
            wait(500)
            compare(App.entries.entryIdAt(list.indexAt(10, list.contentY + 20)), target)
        }
    
        function test_sorted_by_date_every_entry_once() {
            const order = findChild(page, "sortOrder")
            App.entries.sortOrder = "datum"
            compare(order.currentIndex, 1)
            tryVerify(() => list.count > 0)
            list.forceActiveFocus()
            keyClick(Qt.Key_End)
            compare(list.count, total)
            const seen = {}
            for (let r = 0; r < list.count; ++r)
                seen[App.entries.entryIdAt(r)] = true
            compare(Object.keys(seen).length, total, "every entry once")
            // Dated entries (the demo's) first, the undated ones after them.
            verify(App.entries.data(App.entries.index(0, 0), 260) !== "")  // EventDateRole
            compare(App.entries.data(App.entries.index(total - 1, 0), 260), "")
            App.entries.sortOrder = "rapport"
            compare(order.currentIndex, 0)
            tryVerify(() => list.count > 0)
        }
    }
}
