import QtQuick
import QtQuick.Controls
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"

// "Op papier": the button names itself and its key, writes the PDF where the parent chose, says
// plainly that it is done and that the file is not encrypted, and never writes over a file.
Item {
    id: root
    width: 1000
    height: 700

    PaperButton { id: button; objectName: "paperButton" }

    TestCase {
        name: "PaperButton"
        when: windowShown

        function initTestCase() { verify(App.unlock(fixture.parentPassphrase), App.message) }
        function cleanupTestCase() { App.lock() }

        function test_names_what_it_makes_and_its_key() {
            button.answersOnly = false
            verify(button.Accessible.name.indexOf("Mijn dossier") >= 0, button.Accessible.name)
            verify(button.Accessible.name.indexOf("Ctrl+P") >= 0)
            button.answersOnly = true
            verify(button.Accessible.name.indexOf("Mijn reacties") >= 0, button.Accessible.name)
            verify(App.paper.suggestedFile(true).indexOf("mijn-reacties-") >= 0)
            verify(App.paper.suggestedFile(false).indexOf("mijn-dossier-") >= 0)
            button.answersOnly = false
        }

        function test_writes_once_and_never_over_a_file() {
            const path = fixture.pathIn("op-papier.pdf")
            compare(button.saveTo("file://" + path), "")
            verify(fixture.exists(path))
            const result = findChild(button, "paperResult")
            verify(result !== null)
            tryVerify(() => result.opened)
            verify(!result.failed)
            verify(result.text.indexOf("op-papier.pdf") >= 0, result.text)
            verify(result.text.indexOf("niet versleuteld") >= 0, result.text)
            result.close()
            tryVerify(() => !result.visible)
            const again = button.saveTo(path)
            verify(again.indexOf("bestaat al") >= 0, again)
            verify(result.failed)
            result.close()
        }

        function test_ctrl_p_asks_where_to_save() {
            const dialog = findChild(button, "paperDialog")
            verify(dialog !== null)
            button.choose()
            verify(String(dialog.selectedFile).indexOf("mijn-dossier-") >= 0, String(dialog.selectedFile))
            dialog.close()
        }
    }
}
