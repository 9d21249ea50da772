import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// Asks for the passphrase. Says plainly what went wrong; reveals nothing else.
Item {
    id: page

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
                text: qsTr("Typ het wachtwoord dat u zelf heeft gekozen voor uw exemplaar van het dossier.")
                wrapMode: Text.WordWrap
                color: Theme.ink
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Bestand: %1").arg(App.vaultPath)
                visible: App.vaultPath !== ""
                color: Theme.quiet
                font.pointSize: Theme.small
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            TextField {
                id: passphrase
                objectName: "passphraseField"
                echoMode: TextInput.Password
                placeholderText: qsTr("Wachtwoord")
                Layout.fillWidth: true
                focus: true
                enabled: App.waitSeconds === 0
                Accessible.name: qsTr("Wachtwoord")
                onAccepted: page.tryUnlock()
            }
            Button {
                objectName: "unlockButton"
                text: qsTr("Openen")
                enabled: App.waitSeconds === 0 && passphrase.text.length > 0
                Layout.alignment: Qt.AlignRight
                onClicked: page.tryUnlock()
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
        }
    }
}
