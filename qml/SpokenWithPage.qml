import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// "Gesproken met": everyone the professionals spoke to, when and how; family members never
// spoken to are shown as such.
Item {
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap
        Label {
            text: qsTr("Met wie is er gesproken?")
            font.pointSize: Theme.title
            font.bold: true
            color: Theme.ink
        }
        Label {
            objectName: "notSpokenTo"
            text: App.people.notSpokenToText
            wrapMode: Text.WordWrap
            font.bold: true
            color: Theme.ink
            Layout.fillWidth: true
        }
        ListView {
            objectName: "peopleList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap * 0.6
            model: App.people
            activeFocusOnTab: true
            delegate: Rectangle {
                required property string name
                required property string relation
                required property int entryCount
                required property string moments
                required property bool notSpokenTo
                required property string shieldReason
                required property var personId
                width: ListView.view.width - Theme.gap
                color: notSpokenTo ? "#FFF4E5" : Theme.card
                border.color: Theme.line
                radius: 6
                implicitHeight: col.implicitHeight + 2 * Theme.gap
                ColumnLayout {
                    id: col
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: 4
                    Label { text: name + (relation !== "" ? " — " + relation : ""); font.bold: true; color: Theme.ink; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    Label {
                        text: notSpokenTo ? qsTr("Met deze persoon is niet gesproken.")
                                          : qsTr("Komt voor in %n notitie(s).", "", entryCount) + (moments !== "" ? " " + qsTr("Gesproken: %1.").arg(moments) : "")
                        wrapMode: Text.WordWrap
                        color: Theme.ink
                        Layout.fillWidth: true
                    }
                    Label { visible: shieldReason !== ""; text: qsTr("Afgeschermde bron. Reden: %1").arg(shieldReason); wrapMode: Text.WordWrap; color: Theme.quiet; Layout.fillWidth: true }
                    Button {
                        visible: entryCount > 0
                        text: qsTr("Toon deze notities")
                        Accessible.name: qsTr("Toon de notities waarin met %1 is gesproken").arg(name)
                        onClicked: {
                            App.entries.personFilter = personId
                            root.currentPage = 0
                        }
                    }
                }
            }
        }
    }
}
