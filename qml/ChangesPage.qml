import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// "Veranderingen": who changed what in the file and when, newest first, in plain words. Reading is
// not recorded anywhere, and the page says so rather than pretend to know who looked.
Item {
    id: changesPage
    // Read when first shown (on a file of a million entries it takes seconds), then kept current.
    readonly property bool wanted: visible && App.unlocked
    onWantedChanged: if (wanted) App.changes.ensureLoaded()
    Component.onCompleted: if (wanted) App.changes.ensureLoaded()
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap
        Label {
            text: qsTr("Veranderingen")
            font.pointSize: Theme.title
            font.bold: true
            color: Theme.ink
        }
        Label {
            objectName: "changesIntro"
            text: qsTr("Hier ziet u wie iets in uw dossier heeft veranderd, wat en wanneer. Het nieuwste staat bovenaan. "
                       + "Elke verandering wordt vastgelegd in een logboek. Wordt dat logboek achteraf veranderd, dan "
                       + "merkt de controle van Inzage dat. Lezen wordt niet bijgehouden; alleen veranderingen staan hier.")
            wrapMode: Text.WordWrap
            color: Theme.ink
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.base * 70
        }
        Label {
            objectName: "changesError"
            visible: App.changes.error !== ""
            text: App.changes.error
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "changesEmpty"
            visible: App.changes.error === "" && App.changes.count === 0
            text: qsTr("Er is nog niets veranderd in dit dossier.")
            color: Theme.quiet
        }
        ListView {
            id: list
            objectName: "changeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.base * 80
            clip: true
            spacing: Theme.gap * 0.5
            model: App.changes
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightFollowsCurrentItem: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Veranderingen in uw dossier, %1 regels").arg(list.count)
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_Home) { list.currentIndex = 0; event.accepted = true }
                else if (event.key === Qt.Key_End) { list.currentIndex = list.count - 1; event.accepted = true }
                else if (event.key === Qt.Key_PageDown) { list.currentIndex = Math.min(list.count - 1, list.currentIndex + 8); event.accepted = true }
                else if (event.key === Qt.Key_PageUp) { list.currentIndex = Math.max(0, list.currentIndex - 8); event.accepted = true }
            }
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: Rectangle {
                id: row
                required property int index
                required property string who
                required property string what
                required property string when
                required property string sentence
                objectName: "change" + index
                width: ListView.view.width - Theme.gap
                implicitHeight: col.implicitHeight + Theme.gap
                radius: 6
                color: Theme.card
                border.color: ListView.isCurrentItem && list.activeFocus ? Theme.focus : Theme.line
                border.width: ListView.isCurrentItem && list.activeFocus ? 3 : 1
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1: %2").arg(row.when).arg(row.sentence)
                ColumnLayout {
                    id: col
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.gap * 0.5
                    spacing: 2
                    Label {
                        text: row.when
                        color: Theme.quiet
                        font.pointSize: Theme.small
                    }
                    Label {
                        objectName: "changeSentence"
                        text: "<b>" + row.who.replace(/&/g, "&amp;").replace(/</g, "&lt;") + "</b> "
                              + row.what.replace(/&/g, "&amp;").replace(/</g, "&lt;")
                        textFormat: Text.StyledText
                        wrapMode: Text.WordWrap
                        color: Theme.ink
                        Layout.fillWidth: true
                    }
                }
                MouseArea { anchors.fill: parent; onClicked: { list.currentIndex = row.index; list.forceActiveFocus() } }
            }
        }
    }
}
