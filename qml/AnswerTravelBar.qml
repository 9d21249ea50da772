import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inzage.App

// How answers travel: "Verstuur mijn reacties" writes the encrypted answer file the parent sends to
// the professional; "Antwoord ophalen" reads the update file that comes back (it can also be dropped
// on the window). Says plainly what is on this computer only and where the file must go.
Rectangle {
    id: bar
    color: Theme.card
    border.color: Theme.line
    radius: 6
    implicitHeight: col.implicitHeight + 2 * Theme.gap

    // "" when written; else the message is shown.
    function sendTo(file) {
        const message = App.sendAnswers(file)
        result.failed = message !== ""
        result.text = message !== "" ? message
            : qsTr("Klaar. Het bestand %1 is gemaakt. Stuur dit bestand naar uw hulpverlener, bijvoorbeeld als bijlage bij een e-mail of via het beveiligde portaal van de organisatie. Het bestand is versleuteld: alleen uw hulpverlener kan het openen.").arg(String(file).replace(/^.*[\/\\]/, ""))
        return message
    }
    function fetchFrom(file) {
        const r = App.fetchUpdates(file)
        result.failed = !r.ok
        result.text = r.message
        return r
    }
    function chooseSend() {
        saveDialog.selectedFile = "file://" + App.suggestedAnswerFile()
        saveDialog.open()
    }
    function chooseFetch() { openDialog.open() }

    ColumnLayout {
        id: col
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap * 0.6
        Label {
            objectName: "unsentLabel"
            // Two sentences instead of one plural form: right in Dutch before the translations are merged.
            text: App.unsentCount === 1
                  ? qsTr("1 reactie is nog niet verstuurd. Die staat alleen op deze computer; de hulpverlener ziet hem pas als u hem verstuurt.")
                  : App.unsentCount > 1
                  ? qsTr("%1 reacties zijn nog niet verstuurd. Ze staan alleen op deze computer; de hulpverlener ziet ze pas als u ze verstuurt.").arg(App.unsentCount)
                  : qsTr("Al uw reacties zijn verstuurd. Heeft u het bestand ook echt naar uw hulpverlener gestuurd?")
            color: Theme.ink
            font.bold: App.unsentCount > 0
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap * 0.6
            Button {
                id: sendButton
                objectName: "sendAnswersButton"
                text: qsTr("Verstuur mijn reacties")
                highlighted: App.unsentCount > 0
                enabled: App.canAnswer
                Accessible.name: qsTr("Verstuur mijn reacties: maak het versleutelde bestand voor uw hulpverlener")
                onClicked: bar.chooseSend()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                id: fetchButton
                objectName: "fetchUpdatesButton"
                text: qsTr("Antwoord ophalen")
                enabled: App.canAnswer
                Accessible.name: qsTr("Antwoord ophalen: lees het bestand dat u van uw hulpverlener kreeg")
                onClicked: bar.chooseFetch()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
        }
        Label {
            text: qsTr("Kreeg u een antwoordbestand van uw hulpverlener? Klik op \"Antwoord ophalen\" of sleep het bestand naar dit venster.")
            color: Theme.quiet
            font.pointSize: Theme.small
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            id: result
            objectName: "travelResult"
            property bool failed: false
            visible: text !== ""
            color: failed ? Theme.danger : Theme.ink
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    FileDialog {
        id: saveDialog
        objectName: "sendDialog"
        title: qsTr("Waar wilt u het bestand met uw reacties bewaren?")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Reacties voor de hulpverlener (*.inzage-reacties)")]
        defaultSuffix: "inzage-reacties"
        acceptLabel: qsTr("Bewaar hier")
        rejectLabel: qsTr("Annuleren")
        onAccepted: { bar.sendTo(selectedFile.toString()); sendButton.forceActiveFocus() }
        onRejected: sendButton.forceActiveFocus()
    }
    FileDialog {
        id: openDialog
        objectName: "fetchDialog"
        title: qsTr("Kies het bestand dat u van uw hulpverlener kreeg")
        fileMode: FileDialog.OpenFile
        acceptLabel: qsTr("Ophalen")
        rejectLabel: qsTr("Annuleren")
        nameFilters: [qsTr("Antwoord van de hulpverlener (*.inzage-update *.inzage-antwoord)"), qsTr("Alle bestanden (*)")]
        onAccepted: { bar.fetchFrom(selectedFile.toString()); fetchButton.forceActiveFocus() }
        onRejected: fetchButton.forceActiveFocus()
    }
}
