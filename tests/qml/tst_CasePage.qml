import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// "Dossier": the case forms go through the core's commands; each bad input from the issue shows
// the core's message in place and changes nothing.
Item {
    id: root
    width: 1366
    height: 768

    CasePage { id: page; anchors.fill: parent }

    TestCase {
        name: "CasePage"
        when: windowShown
        property var ws: App.workspace

        function initTestCase() {
            App.vaultPath = fixture.professional
            verify(App.unlock(fixture.professionalPassphrase), App.message)
        }
        function cleanupTestCase() { App.lock() }

        function shot(name) {
            if (fixture.shotDir !== "")
                grabImage(root).save(fixture.shotDir + "/proapp-case-" + name + ".png")
        }
        function field(name, text) { findChild(page, name).text = text }
        function submit(form) { mouseClick(findChild(page, form + "Button")) }
        function message(form) { return findChild(page, form + "Message") }
        function refused(form, part) {
            const m = message(form)
            verify(m.visible, form + " shows a message")
            verify(m.text.indexOf(part) >= 0, m.text)
            compare(m.color, Theme.danger)
        }

        function test_1_office_hours_that_close_before_they_open() {
            const before = ws.officeHours
            field("hoursField", "17:00-08:30")
            submit("hours")
            refused("hours", "17:00")
            compare(ws.officeHours, before)
            shot("refused-hours")
            field("hoursField", "09:00-17:30")
            submit("hours")
            compare(ws.officeHours, "09:00-17:30", message("hours").text)
            compare(App.officeHours.indexOf("09:00") >= 0, true, App.officeHours)
        }

        function test_2_a_backup_who_is_the_contact_person() {
            const contact = ws.contactName
            const backup = ws.backupName
            verify(contact !== "")
            field("backupField", contact)
            submit("backup")
            verify(message("backup").visible)
            compare(message("backup").color, Theme.danger)
            compare(ws.backupName, backup)
            compare(ws.contactName, contact)
        }

        function test_3_a_promise_without_a_date() {
            const count = App.appointments.rowCount()
            field("promiseDescription", "Verslag van het huisbezoek sturen")
            field("promiseDue", "")
            submit("promise")
            refused("promise", "datum")
            compare(App.appointments.rowCount(), count)
            field("promiseDue", "2026-05-01")
            submit("promise")
            compare(message("promise").text, "Toezegging toegevoegd.")
            compare(App.appointments.rowCount(), count + 1)
        }

        function test_4_an_appointment_made_up_before_it_was_cancelled() {
            field("appointmentDescription", "Gesprek met vader")
            field("appointmentAt", "2026-05-04 14:00")
            field("appointmentWith", "")
            submit("appointment")
            compare(message("appointment").text, "Afspraak toegevoegd.")
            const count = App.appointments.rowCount()
            // The newest appointment's number, as the list shows it.
            let number = 0
            for (let i = 0; i < count; ++i)
                number = Math.max(number, App.appointments.data(App.appointments.index(i, 0), Qt.UserRole + 7))
            verify(number > 0)
            findChild(page, "makeUpNumber").value = number
            field("makeUpAt", "2026-05-11 14:00")
            submit("makeUp")
            refused("makeUp", "niet afgezegd")
            compare(App.appointments.rowCount(), count)
            shot("refused-makeup")
            findChild(page, "cancelNumber").value = number
            field("cancelReason", "Vader is ziek")
            submit("cancel")
            compare(message("cancel").text, "Afspraak afgezegd.")
            submit("makeUp")
            compare(message("makeUp").text, "Inhaalafspraak toegevoegd.")
            compare(App.appointments.rowCount(), count + 1)
        }

        function test_5_a_bad_date_is_refused() {
            const count = App.appointments.rowCount()
            field("appointmentDescription", "Huisbezoek")
            field("appointmentAt", "volgende week")
            submit("appointment")
            refused("appointment", "JJJJ-MM-DD")
            compare(App.appointments.rowCount(), count)
        }
    }
}
