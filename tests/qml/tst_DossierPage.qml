import QtQuick
import QtTest
import QtQuick.Layouts
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// The dossier page: the label filters show only cards of that label, the counts line says how
// many there are, and search (accents ignored) narrows the list.
Item {
    id: root
    width: 1100
    height: 3000 // tall enough that every card of the demo is created

    DossierPage { id: page; anchors.fill: parent }

    TestCase {
        name: "DossierPage"
        when: windowShown

        property var list: null

        function initTestCase() {
            verify(App.unlock(fixture.parentPassphrase), App.message)
            list = findChild(page, "entryList")
            verify(list)
        }
        function cleanupTestCase() { App.lock() }
        function init() {
            App.entries.labelFilter = ""
            App.entries.search = ""
            findChild(page, "searchField").text = ""
        }

        function visibleLabels() {
            list.forceLayout()
            return H.delegates(list).filter(d => d.visible).map(d => d.label)
        }

        // 1024×768 at 200%: the tools fold behind one button, a filter that hides notes is said, and
        // open they stack so nothing runs off the page; Ctrl+F opens them on the search field.
        function test_a_small_window_folds_the_tools_and_nothing_runs_off_the_page() {
            verify(!page.compact)
            verify(!findChild(page, "toolsBar").visible)
            verify(findChild(page, "searchField").visible)
            root.width = 360
            root.height = 330
            try {
                tryVerify(() => page.compact && page.narrow)
                const tools = findChild(page, "toolsButton")
                verify(tools.visible)
                verify(!findChild(page, "searchField").visible)
                verify(!findChild(page, "labelFilters").visible)
                verify(findChild(page, "explainButtonFolded").visible)
                verify(!findChild(page, "filterOnLabel").visible)
                App.entries.labelFilter = "feit"
                tryVerify(() => findChild(page, "filterOnLabel").visible)

                mouseClick(tools)
                tryVerify(() => findChild(page, "searchField").visible)
                verify(!findChild(page, "filterOnLabel").visible)
                verify(findChild(page, "filter_feit").checked)
                // Layouts are laid out on the next frame: wait until they have settled.
                const runsOff = () => {
                    const wide = []
                    for (const name of ["toolsBar", "labelFilters", "searchRow", "goToRow", "searchField", "personFilter",
                                        "sectionFilter", "goToField", "goToButton", "sortOrder", "positionLabel", "entryList"]) {
                        const item = findChild(page, name)
                        if (!item || !item.visible)
                            wide.push(name + " is not shown")
                        const at = item.mapToItem(page, 0, 0)
                        if (at.x < 0 || at.x + item.width > page.width + 1)
                            wide.push(name + " runs to " + Math.round(at.x + item.width))
                    }
                    return wide.join(", ")
                }
                tryVerify(() => runsOff() === "", 3000)
                compare(runsOff(), "", "the page is " + page.width + " wide")

                mouseClick(tools)
                tryVerify(() => !findChild(page, "searchField").visible)
                page.focusSearch()
                verify(page.toolsOpen)
                tryVerify(() => findChild(page, "searchField").activeFocus)
            } finally {
                App.entries.labelFilter = ""
                page.toolsOpen = false
                root.width = 1100
                root.height = 3000
            }
            tryVerify(() => !page.compact)
            verify(findChild(page, "searchField").visible)
        }

        // Who was spoken to is read when the filter is first used, and then the names are there.
        function test_the_person_filter_reads_the_names_when_first_used() {
            const box = findChild(page, "personFilter")
            verify(box)
            box.forceActiveFocus()
            tryVerify(() => box.count > 1)
            const names = []
            for (let i = 0; i < box.count; ++i)
                names.push(box.textAt(i))
            compare(names[0], "Iedereen")
            verify(names.indexOf("Ilse Vermeulen") > 0, names.join(" | "))
        }

        function test_counts_line() {
            const counts = findChild(page, "countsLabel")
            verify(counts.text.indexOf(App.entries.bronCount + " bronnen") >= 0, counts.text)
            verify(counts.text.indexOf(App.entries.feitCount + " feiten") >= 0, counts.text)
        }

        function test_filter_on_bron_shows_only_bronnen() {
            const all = list.count
            mouseClick(findChild(page, "filter_bron"))
            tryCompare(App.entries, "labelFilter", "bron")
            tryCompare(list, "count", App.entries.bronCount)
            verify(list.count > 0 && list.count < all)
            const labels = visibleLabels()
            compare(labels.length, App.entries.bronCount)
            for (let i = 0; i < labels.length; ++i)
                compare(labels[i], "bron", "card " + i)
            verify(findChild(page, "filter_bron").checked)
            verify(!findChild(page, "filter_alles").checked)

            mouseClick(findChild(page, "filter_alles"))
            tryCompare(list, "count", all)
        }

        function test_every_label_filter() {
            const expected = { feit: App.entries.feitCount, mening: App.entries.meningCount,
                               bron: App.entries.bronCount, onbeoordeeld: App.entries.onbeoordeeldCount }
            for (const key in expected) {
                mouseClick(findChild(page, "filter_" + key))
                tryCompare(list, "count", expected[key])
                const labels = visibleLabels()
                verify(labels.every(l => l === key), key + ": " + labels)
            }
        }

        function test_search_narrows_the_list_and_ignores_accents() {
            const field = findChild(page, "searchField")
            const all = list.count
            mouseClick(field)
            keyClick(Qt.Key_H); keyClick(Qt.Key_U); keyClick(Qt.Key_I); keyClick(Qt.Key_S)
            field.text = "huisarts" // the rest at once; the page waits 250 ms before searching
            tryCompare(App.entries, "search", "huisarts")
            tryVerify(() => list.count > 0 && list.count < all)
            const found = list.count
            list.forceLayout()
            for (const d of H.delegates(list))
                verify(d.text.toLowerCase().indexOf("huisarts") >= 0, d.text)

            field.text = "HUISÁRTS"
            tryCompare(App.entries, "search", "HUISÁRTS")
            compare(list.count, found)

            field.text = "olifantenparade"
            tryCompare(list, "count", 0)
            verify(H.anyContains(H.texts(page), "Geen notities gevonden"))
        }

        function test_internal_notes_are_not_shown() {
            list.forceLayout()
            for (const d of H.delegates(list))
                verify(d.text.indexOf("Interne notitie") < 0, d.text)
        }
    }
}
