import QtQuick
import QtQuick.Controls
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// "Rapport": the check's blockers as a list, each opening its entry; a concept is made; a final
// report is refused while not ready; a report path that exists is never overwritten.
Item {
    id: root
    width: 1366
    height: 768

    ReportPage { id: page; anchors.fill: parent }
    SignalSpy { id: opened; target: page; signalName: "openEntry" }

    TestCase {
        name: "ReportPage"
        when: windowShown
        property var ws: App.workspace
        property string dir: ""

        function initTestCase() {
            App.vaultPath = fixture.professional
            verify(App.unlock(fixture.professionalPassphrase), App.message)
            dir = fixture.professional.substring(0, fixture.professional.lastIndexOf("/"))
            ws.refresh()
        }
        function cleanupTestCase() { App.lock() }

        function shot(name) {
            if (fixture.shotDir !== "")
                grabImage(root).save(fixture.shotDir + "/proapp-report-" + name + ".png")
        }

        function test_1_blockers_listed_each_opening_its_entry() {
            verify(!ws.ready, "the demo has unlabelled entries")
            const list = findChild(page, "blockerList")
            compare(list.count, ws.blockers.length)
            verify(findChild(page, "readinessLabel").text.indexOf(String(ws.blockers.length)) >= 0)
            let first = -1
            for (let i = 0; i < ws.blockers.length; ++i)
                if (ws.blockers[i].entryId > 0 && first < 0)
                    first = i
            verify(first >= 0, "a blocker about one entry")
            const button = findChild(page, "blockerOpen" + first)
            verify(button.visible)
            opened.clear()
            mouseClick(button)
            compare(opened.count, 1)
            compare(opened.signalArguments[0][0], ws.blockers[first].entryId)
            // By keyboard: the list has focus, Enter opens the current one.
            list.forceActiveFocus()
            list.currentIndex = first
            keyClick(Qt.Key_Return)
            compare(opened.count, 2)
            shot("blockers")
        }

        function test_2_a_final_report_is_refused_while_not_ready() {
            mouseClick(findChild(page, "makeFinalButton"))
            const msg = findChild(page, "reportMessage")
            verify(msg.visible)
            verify(msg.text.indexOf("kan nog niet") >= 0, msg.text)
            verify(!findChild(page, "reportDialog").visible)
            // The core refuses it too, whatever the page does.
            verify(!page.makeAt(dir + "/definitief.pdf", false))
            verify(msg.text.indexOf("kan nog niet") >= 0, msg.text)
            compare(msg.color, Theme.danger)
            shot("final-refused")
        }

        function test_3_a_concept_is_made_and_an_existing_path_is_never_overwritten() {
            const path = dir + "/concept.pdf"
            verify(page.makeAt(path, true), findChild(page, "reportMessage").text)
            const made = findChild(page, "reportMessage").text
            verify(made.indexOf("concept.pdf") >= 0, made)
            verify(made.indexOf("5 werkdagen") >= 0 && made.indexOf(ws.conceptDeadline()) >= 0, made)
            verify(ws.conceptDeadline() !== "")
            verify(!page.makeAt(path, true))
            const msg = findChild(page, "reportMessage").text
            verify(msg.indexOf("bestaat") >= 0, msg)
        }

        function test_4_no_file_chosen() {
            verify(!page.makeAt("", true))
            verify(findChild(page, "reportMessage").text.indexOf("Kies een bestand") >= 0)
        }

        function test_5_the_concept_button_opens_the_save_dialog() {
            mouseClick(findChild(page, "makeConceptButton"))
            const dialog = findChild(page, "reportDialog")
            // Qt 6.4's fallback dialog is a popup in the window's overlay, titled for what is made.
            tryVerify(() => H.anyContains(H.texts(root.Overlay.overlay), "Concept bewaren als"))
            compare(page.concept, true)
            shot("dialog")
            dialog.reject()
        }
    }
}
