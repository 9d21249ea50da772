import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inzage.App

// Chooses the file (file chooser, recent files, a dropped file), says before any passphrase when it
// is missing or not a dossier, then asks for the passphrase. Says plainly what went wrong.
Item {
    id: page

    // After Sluiten: the focus to the passphrase (or to the file chooser when the file is not right).
    function focusFirst() {
        if (passphrase.visible)
            passphrase.forceActiveFocus()
        else
            chooseFile.forceActiveFocus()
    }
    function tryUnlock() {
        if (passphrase.text.length === 0)
            return
        App.unlock(passphrase.text)
        passphrase.text = ""
        passphrase.forceActiveFocus()
    }

    Timer {
        id: waitTicker
        interval: 1000
        repeat: true
        running: App.waitSeconds > 0
        onTriggered: App.refreshClock()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, 560)
        height: column.implicitHeight + 4 * Theme.gap
        color: Theme.card
        border.color: Theme.line
        radius: 8

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 2 * Theme.gap
            spacing: Theme.gap

            Label {
                text: qsTr("Uw dossier openen")
                font.pointSize: Theme.title
                font.bold: true
                color: Theme.ink
            }
            Label {
                visible: App.fileProblem === ""
                text: qsTr("Typ het wachtwoord dat u zelf heeft gekozen voor uw exemplaar van het dossier.")
                wrapMode: Text.WordWrap
                color: Theme.ink
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap * 0.6
                Label {
                    objectName: "fileLabel"
                    text: App.vaultPath !== "" ? qsTr("Bestand: %1").arg(App.vaultPath.replace(/^.*[\/\\]/, "")) : qsTr("Nog geen bestand gekozen.")
                    color: Theme.quiet
                    elide: Text.ElideMiddle
                    Layout.fillWidth: true
                }
                Button {
                    id: chooseFile
                    objectName: "chooseFileButton"
                    text: qsTr("Ander bestand kiezen…")
                    Accessible.name: qsTr("Kies het dossierbestand")
                    onClicked: fileDialog.open()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }
            Label {
                objectName: "fileProblem"
                visible: App.fileProblem !== ""
                text: App.fileProblem
                color: App.vaultPath === "" ? Theme.ink : Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                visible: recent.count > 0
                text: qsTr("Eerder geopend:")
                color: Theme.ink
                font.bold: true
            }
            Repeater {
                id: recent
                model: App.recentFiles
                Button {
                    objectName: "recent_" + index
                    text: modelData.replace(/^.*[\/\\]/, "")
                    flat: true
                    font.underline: true
                    Layout.alignment: Qt.AlignLeft
                    Layout.maximumWidth: column.width
                    Accessible.name: qsTr("Open %1").arg(modelData)
                    onClicked: App.chooseFile(modelData)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    ToolTip.visible: hovered
                    ToolTip.text: modelData
                }
            }
            TextField {
                id: passphrase
                visible: App.fileProblem === ""
                objectName: "passphraseField"
                echoMode: TextInput.Password
                placeholderText: qsTr("Wachtwoord")
                Layout.fillWidth: true
                focus: true
                enabled: App.waitSeconds === 0
                Accessible.name: qsTr("Wachtwoord")
                onAccepted: page.tryUnlock()
            }
            // The reviewer's way in: read-only, exactly as `inzage-cli audit` opens the file; nothing is
            // written to it, so it also opens from a folder or file the reviewer cannot write.
            CheckBox {
                id: reviewerBox
                objectName: "reviewerCheckBox"
                visible: App.fileProblem === ""
                text: qsTr("Openen als toetser / alleen lezen")
                checked: App.openAsReviewer
                onToggled: App.openAsReviewer = checked
                Accessible.name: qsTr("Openen als toetser, alleen lezen: het dossier wordt niet veranderd")
                Layout.fillWidth: true
            }
            Button {
                objectName: "unlockButton"
                visible: App.fileProblem === ""
                text: qsTr("Openen")
                enabled: App.waitSeconds === 0 && passphrase.text.length > 0
                Layout.alignment: Qt.AlignRight
                onClicked: page.tryUnlock()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                Accessible.name: qsTr("Dossier openen")
            }
            Label {
                objectName: "unlockMessage"
                visible: App.message !== ""
                text: App.message
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                objectName: "waitMessage"
                visible: App.waitSeconds > 0
                text: qsTr("U kunt het over %n seconde(n) opnieuw proberen.", "", App.waitSeconds)
                color: Theme.quiet
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            // Safety at home: the idle lock (remembered) and the hide key, said where the lock shows.
            Rectangle { height: 1; color: Theme.line; Layout.fillWidth: true }
            // Stacked, not side by side: a wrapping label beside the box overlapped the next line.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.gap * 0.3
                Label {
                    id: idleLabel
                    text: qsTr("Inzage gaat vanzelf dicht als u niets doet, na:")
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: column.width
                }
                ComboBox {
                    id: idleBox
                    objectName: "idleMinutesBox"
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: 2, text: qsTr("2 minuten") },
                        { value: 5, text: qsTr("5 minuten") },
                        { value: 10, text: qsTr("10 minuten") },
                        { value: 15, text: qsTr("15 minuten") },
                        { value: 30, text: qsTr("30 minuten") },
                        { value: 60, text: qsTr("1 uur") }
                    ]
                    Component.onCompleted: {
                        const i = indexOfValue(App.idleMinutes)
                        currentIndex = i >= 0 ? i : indexOfValue(10)
                    }
                    onActivated: App.idleMinutes = currentValue
                    Accessible.name: idleLabel.text + " " + displayText
                }
            }
            Label {
                objectName: "hideKeyHint"
                text: qsTr("Komt er iemand bij u die het dossier niet mag zien? Druk op Ctrl+Shift+H: Inzage gaat meteen dicht en verdwijnt van het scherm.")
                color: Theme.quiet
                font.pointSize: Theme.small
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.preferredWidth: column.width
            }
        }
    }

    FileDialog {
        id: fileDialog
        objectName: "openFileDialog"
        title: qsTr("Kies uw dossierbestand")
        fileMode: FileDialog.OpenFile
        acceptLabel: qsTr("Openen")
        rejectLabel: qsTr("Annuleren")
        nameFilters: [qsTr("Inzage-dossier (*.inzage)"), qsTr("Alle bestanden (*)")]
        onAccepted: App.chooseFile(selectedFile.toString())
    }
}
