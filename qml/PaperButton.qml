import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inzage.App

// "Op papier" (Ctrl+P): asks where to save, then writes "Mijn dossier" (or, from the page Mijn
// reacties, "Mijn reacties") as a PDF, and says plainly where it is and what it holds.
Button {
    id: button
    // true: Mijn reacties only (the answered entries with the answers)
    property bool answersOnly: false

    text: qsTr("Op papier")
    Accessible.name: answersOnly ? qsTr("Mijn reacties op papier zetten (PDF), Ctrl+P")
                                 : qsTr("Mijn dossier op papier zetten (PDF), Ctrl+P")
    ToolTip.visible: hovered || visualFocus
    ToolTip.text: qsTr("Bewaar als PDF om te printen of aan uw advocaat of het AKJ te geven (Ctrl+P)")
    onClicked: choose()

    function choose() {
        saveDialog.selectedFile = "file://" + App.paper.suggestedFile(answersOnly)
        saveDialog.open()
    }
    // "" when written; else the message is shown.
    function saveTo(file) {
        const message = App.paper.make(file, answersOnly)
        result.failed = message !== ""
        result.text = message !== "" ? message
            : qsTr("Klaar. Het bestand %1 is gemaakt. U kunt het printen of meegeven aan uw advocaat of het AKJ. Let op: het bestand is niet versleuteld. Iedereen die het bestand heeft, kan het lezen.").arg(String(file).replace(/^.*[\/\\]/, ""))
        result.open()
        return message
    }

    Shortcut {
        sequences: [StandardKey.Print]
        enabled: button.visible && button.enabled
        onActivated: button.choose()
    }

    FileDialog {
        id: saveDialog
        objectName: "paperDialog"
        title: button.answersOnly ? qsTr("Waar wilt u Mijn reacties als PDF bewaren?")
                                  : qsTr("Waar wilt u Mijn dossier als PDF bewaren?")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF-bestand (*.pdf)")]
        defaultSuffix: "pdf"
        acceptLabel: qsTr("Bewaar hier")
        rejectLabel: qsTr("Annuleren")
        onAccepted: button.saveTo(selectedFile.toString())
        onRejected: button.forceActiveFocus()
    }

    Dialog {
        id: result
        objectName: "paperResult"
        property bool failed: false
        property alias text: resultText.text
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 2 * Theme.gap : 500, Theme.base * 45)
        modal: true
        title: failed ? qsTr("Het is niet gelukt") : qsTr("Op papier")
        standardButtons: Dialog.Ok
        FocusReturn { popup: result; fallback: button }
        Label {
            id: resultText
            width: parent.width
            wrapMode: Text.WordWrap
            color: result.failed ? Theme.danger : Theme.ink
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
