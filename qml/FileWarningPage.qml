import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// Shown after unlocking and before the dossier, when the core says the file is older than the last
// time it was open on this computer (or that what the computer remembered cannot be trusted).
Rectangle {
    id: page
    color: Theme.page

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 4 * Theme.gap, Theme.base * 46)
            x: (parent.width - width) / 2
            spacing: Theme.gap * 1.5
            Item { Layout.preferredHeight: Theme.gap * 2 }
            Label {
                text: qsTr("Let op: is dit het nieuwste bestand?")
                font.pointSize: Theme.title
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            InfoCard {
                objectName: "fileWarningText"
                accent: Theme.danger
                heading: qsTr("Dit bestand is misschien ouder dan u denkt")
                body: App.fileWarning
            }
            Label {
                text: qsTr("U kunt het bestand sluiten en eerst de nieuwste versie zoeken. Of u bekijkt het toch, "
                           + "als u weet waarom het ouder is.")
                color: Theme.ink
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.gap
                Button {
                    objectName: "fileWarningClose"
                    text: qsTr("Bestand sluiten")
                    onClicked: App.lock()
                }
                Button {
                    objectName: "fileWarningContinue"
                    text: qsTr("Toch bekijken")
                    highlighted: true
                    onClicked: App.dismissFileWarning()
                }
            }
        }
    }
}
