import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// "Gesproken met": everyone spoken to, the family member never spoken to called out, a shielded
// source without a name, and a button that shows that person's notes in the dossier.
Item {
    id: root
    width: 1000
    height: 1400
    property int currentPage: 2 // what Main.qml offers the pages

    SpokenWithPage { id: page; anchors.fill: parent }

    TestCase {
        name: "SpokenWithPage"
        when: windowShown

        function initTestCase() { verify(App.unlock(fixture.parentPassphrase), App.message) }
        function cleanupTestCase() {
            App.entries.personFilter = 0
            App.lock()
        }

        function test_not_spoken_to_is_named() {
            const line = findChild(page, "notSpokenTo")
            verify(line.text.indexOf("Yusuf") >= 0, line.text)
        }

        function test_people_with_moments_and_shielding() {
            const list = findChild(page, "peopleList")
            verify(list.count > 3)
            list.forceLayout()
            const all = H.texts(list)
            verify(H.anyContains(all, "Ilse Vermeulen — moeder"), all.join(" | "))
            verify(H.anyContains(all, "Met deze persoon is niet gesproken."))
            verify(H.anyContains(all, "Afgeschermde bron. Reden:"))
            verify(H.anyContains(all, "Komt voor in 1 notitie."), "Dutch plural, not notitie(s)")
            verify(!H.anyContains(all, "notitie(s)"))
        }

        function test_show_these_notes_filters_the_dossier() {
            const list = findChild(page, "peopleList")
            list.forceLayout()
            const mother = H.delegates(list).find(d => d.name === "Ilse Vermeulen")
            verify(mother)
            const show = H.findByText(mother, "Toon deze notities")
            verify(show)
            mouseClick(show)
            compare(App.entries.personFilter, mother.personId)
            compare(root.currentPage, 0)
            verify(App.entries.rowCount() > 0)
        }
    }
}
