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

        function cleanup() {
            App.lock()
            App.chooseFile(fixture.parentCopy)
        }

        function enter(passphrase) {
            const field = findChild(page, "passphraseField")
            verify(field)
            mouseClick(field)
            field.text = passphrase
            const button = findChild(page, "unlockButton")
            verify(button.enabled)
            mouseClick(button)
        }

        // The idle time is chosen here, where the lock shows, and the controller remembers it.
        function test_idle_time_choice_and_hide_key_hint() {
            const box = findChild(page, "idleMinutesBox")
            verify(box)
            verify(box.visible)
            compare(box.currentValue, App.idleMinutes)
            verify(box.Accessible.name.indexOf("vanzelf dicht") >= 0, box.Accessible.name)
            box.currentIndex = box.indexOfValue(5)
            box.activated(box.currentIndex)
            compare(App.idleMinutes, 5)
            box.currentIndex = box.indexOfValue(10)
            box.activated(box.currentIndex)
            compare(App.idleMinutes, 10)
            const hint = findChild(page, "hideKeyHint")
            verify(hint.text.indexOf("Ctrl+Shift+H") >= 0, hint.text)
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
    
        // Before any passphrase: a missing file, a file that is not a dossier, a folder, an empty
        // file and no file at all each get their own message, and the passphrase field is not shown.
        function test_bad_files_are_named_before_any_passphrase() {
            const problem = findChild(page, "fileProblem")
            const cases = [
                [fixture.pathIn("weg.inzage"), "bestaat niet"],
                [fixture.writeFile("brief.inzage", "Dit is een gewone brief, geen dossier."), "geen Inzage-dossier"],
                [fixture.writeFile("leeg.inzage", ""), "geen Inzage-dossier"],
                [fixture.folder, "map"],
                ["", "Kies eerst het dossierbestand"]
            ]
            for (const c of cases) {
                App.chooseFile(c[0])
                tryCompare(problem, "visible", true)
                verify(problem.text.indexOf(c[1]) >= 0, c[0] + ": " + problem.text)
                verify(!findChild(page, "passphraseField").visible, c[0])
                verify(!findChild(page, "unlockButton").visible, c[0])
                verify(!App.unlocked)
            }
            App.chooseFile("file://" + fixture.parentCopy) // a URL from the file chooser or a drop
            tryCompare(problem, "visible", false)
            verify(findChild(page, "passphraseField").visible)
            compare(App.vaultPath, fixture.parentCopy)
        }

        function test_a_file_opened_once_is_in_the_recent_files() {
            App.chooseFile(fixture.parentCopy)
            enter(fixture.parentPassphrase)
            tryVerify(() => App.unlocked)
            verify(App.recentFiles.indexOf(fixture.parentCopy) >= 0, App.recentFiles)
            App.lock()
            App.chooseFile(fixture.pathIn("weg.inzage"))
            const recent = findChild(page, "recent_0")
            tryVerify(() => recent && recent.visible)
            compare(recent.text, "ouderexemplaar.inzage")
            mouseClick(recent)
            compare(App.vaultPath, fixture.parentCopy)
            compare(App.fileProblem, "")
            // A recent file that is gone is left out of the list.
            verify(App.recentFiles.every(p => fixture.exists(p)))
        }
    }
}
