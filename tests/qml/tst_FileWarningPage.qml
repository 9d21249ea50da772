import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"

// A file older than the last time it was open on this computer: the warning comes before the
// dossier, in plain words, with a way out (close) and a way on (look anyway).
Item {
    id: root
    width: 1000
    height: 700

    FileWarningPage {
        id: page
        anchors.fill: parent
        visible: App.unlocked && App.fileWarning !== ""
    }

    TestCase {
        name: "FileWarningPage"
        when: windowShown

        function cleanup() {
            App.lock()
            App.chooseFile(fixture.parentCopy)
        }

        function openOlder() {
            App.chooseFile(fixture.makeOlderCopy())
            verify(App.unlock(fixture.parentPassphrase), App.message)
        }

        function test_a_plain_open_shows_no_warning() {
            App.chooseFile(fixture.parentCopy)
            verify(App.unlock(fixture.parentPassphrase), App.message)
            compare(App.fileWarning, "")
            verify(!page.visible)
        }

        function test_an_older_file_is_said_before_the_dossier() {
            openOlder()
            verify(App.fileWarning.indexOf("Dit bestand is ouder dan de vorige keer dat u het opende") >= 0, App.fileWarning)
            verify(App.fileWarning.indexOf("nieuwste versie") >= 0, App.fileWarning)
            verify(page.visible)
            compare(findChild(page, "fileWarningText").body, App.fileWarning)
            if (fixture.shotDir !== "")
                grabImage(root).save(fixture.shotDir + "/file-warning.png")
            mouseClick(findChild(page, "fileWarningContinue"))
            compare(App.fileWarning, "")
            verify(!page.visible)
            verify(App.unlocked)
        }

        function test_close_from_the_warning() {
            openOlder()
            verify(page.visible)
            mouseClick(findChild(page, "fileWarningClose"))
            verify(!App.unlocked)
            verify(!page.visible)
        }
    }
}
