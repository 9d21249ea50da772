import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// "Wie doet wat": contact person and backup, office hours, where the case is in the chain, and
// the appointments with what became of them.
Item {
    id: root
    width: 1100
    height: 1400

    WhoDoesWhatPage { id: page; anchors.fill: parent }

    TestCase {
        name: "WhoDoesWhatPage"
        when: windowShown

        function initTestCase() { verify(App.unlock(fixture.parentPassphrase), App.message) }
        function cleanupTestCase() { App.lock() }

        function test_contact_and_backup() {
            const contact = findChild(page, "contactCard")
            verify(contact.body.indexOf("Anouk Verbeek") >= 0, contact.body)
            verify(contact.body.indexOf("Jeugdbescherming Voorbeeldregio") >= 0, contact.body)
            const backup = findChild(page, "backupCard")
            verify(backup.body.indexOf("Ruben Hoekstra") >= 0, backup.body)
        }

        function test_chain_marks_the_current_stage() {
            const chain = findChild(page, "chainPicture")
            const all = H.texts(chain)
            compare(App.currentStage, 2)
            verify(H.anyContains(all, "Raad voor de Kinderbescherming"), all.join(" | "))
            verify(H.anyContains(all, "Kinderrechter"))
            const next = findChild(page, "nextStep")
            verify(H.anyContains(H.texts(next), "5 werkdagen"))
        }

        function test_appointments_with_outcome() {
            const all = H.texts(page)
            verify(H.anyContains(all, "Huisbezoek bij moeder"), all.join(" | "))
            verify(H.anyContains(all, "Afgezegd, ingehaald op 19 maart 2026"))
        }

        // The demo's promise was due on 6 April 2026 and is not kept: it says so, not "Gepland".
        function test_a_promise_past_its_due_date_says_te_laat() {
            const all = H.texts(page)
            verify(H.anyContains(all, "Te laat: nog niet nagekomen"), all.join(" | "))
            verify(!H.anyContains(all, "Gepland"), all.join(" | "))
        }

        function test_calendar_button_writes_the_file_once_and_says_so() {
            const button = findChild(page, "calendarButton")
            verify(button.visible)
            verify(button.enabled)
            compare(button.text, "Zet in mijn agenda")
            verify(button.Accessible.name.indexOf("agenda") >= 0)
            const file = "file://" + fixture.folder + "/agenda-test.ics"
            compare(page.saveCalendarTo(file), "")
            const result = findChild(page, "calendarResult")
            verify(result.text.indexOf("Klaar.") === 0, result.text)
            verify(result.text.indexOf("agenda-test.ics") >= 0, result.text)
            verify(page.saveCalendarTo(file).indexOf("Er staat al een bestand") >= 0)
            verify(result.text.indexOf("Er staat al een bestand") === 0, result.text)
        }
    }
}
