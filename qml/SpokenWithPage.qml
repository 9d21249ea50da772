import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// "Gesproken met": everyone the professionals spoke to, when and how; family members never
// spoken to are shown as such. With hundreds of notes a person stays one short card: how many
// times, the first and the last date, how; every conversation on "Alle gesprekken tonen".
Item {
    id: spokenWithPage
    // Read when first shown (a scan of every entry's spoken-to lines), then kept current.
    readonly property bool wanted: visible && App.unlocked
    onWantedChanged: if (wanted) App.people.ensureLoaded()
    Component.onCompleted: if (wanted) App.people.ensureLoaded()
    ColumnLayout {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.margins: Theme.gap
        width: Math.min(parent.width - 2 * Theme.gap, Theme.readingWidth)
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
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Met wie is er gesproken: lijst van %1").arg(count)
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: Rectangle {
                id: person
                required property string name
                required property string relation
                required property int entryCount
                required property string moments
                required property bool notSpokenTo
                required property string shieldReason
                required property var personId
                required property int momentCount
                required property string summary
                required property string methods
                property bool expanded: false
                readonly property string countText: notSpokenTo ? qsTr("Met deze persoon is niet gesproken.")
                                                                : qsTr("Komt voor in %Ln notitie(s).", "", entryCount)
                readonly property string readingText: name + (relation !== "" ? ", " + relation : "") + ". " + countText
                                                      + (summary !== "" ? " " + summary : "") + (methods !== "" ? " " + methods + "." : "")
                Accessible.role: Accessible.ListItem
                Accessible.name: readingText
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
                        objectName: "countLine"
                        text: person.countText + (summary !== "" ? " " + summary : "")
                        wrapMode: Text.WordWrap
                        color: Theme.ink
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "methodsLine"
                        visible: methods !== ""
                        text: qsTr("Hoe: %1.").arg(methods)
                        wrapMode: Text.WordWrap
                        color: Theme.quiet
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "allMoments"
                        visible: person.expanded && moments !== ""
                        text: qsTr("Alle gesprekken: %1.").arg(moments)
                        wrapMode: Text.WordWrap
                        color: Theme.ink
                        Layout.fillWidth: true
                    }
                    Label { visible: shieldReason !== ""; text: qsTr("Afgeschermde bron. Reden: %1").arg(shieldReason); wrapMode: Text.WordWrap; color: Theme.quiet; Layout.fillWidth: true }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gap * 0.5
                        Button {
                            objectName: "expandMoments"
                            visible: momentCount > 1
                            text: person.expanded ? qsTr("Minder tonen") : qsTr("Alle gesprekken tonen (%1)").arg(momentCount)
                            Accessible.name: person.expanded ? qsTr("Minder tonen over %1").arg(name)
                                                             : qsTr("Alle %1 gesprekken met %2 tonen").arg(momentCount).arg(name)
                            onClicked: person.expanded = !person.expanded
                            Keys.onReturnPressed: clicked()
                            Keys.onEnterPressed: clicked()
                        }
                        Button {
                            visible: entryCount > 0
                            text: qsTr("Toon deze notities")
                            Keys.onReturnPressed: clicked()
                            Keys.onEnterPressed: clicked()
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
}
