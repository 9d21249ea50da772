import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// The professional's own vault: labelling, the parents' answers, the case information and the
// report, and the parents' copies, as tabs (Ctrl+1..5). Layout and keys only; the rules are the core's.
FocusScope {
    id: workspace
    property int currentPage: 0
    readonly property var ws: App.workspace

    // The report check and the inbox open an entry in the labelling view.
    function openEntry(entryId) {
        if (App.labelling.goToEntry(entryId))
            currentPage = 0
        return currentPage === 0
    }

    onCurrentPageChanged: {
        if (currentPage !== 0)
            ws.refresh()
        stack.children[currentPage].forceActiveFocus()
    }

    Repeater {
        model: 5
        Item {
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                context: Qt.WindowShortcut
                onActivated: workspace.currentPage = index
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            objectName: "workspaceTabs"
            Layout.fillWidth: true
            currentIndex: workspace.currentPage
            onCurrentIndexChanged: workspace.currentPage = currentIndex
            Repeater {
                model: [qsTr("Labelen"), qsTr("Reacties"), qsTr("Dossier"), qsTr("Rapport"), qsTr("Ouders")]
                TabButton {
                    objectName: "workspaceTab" + index
                    text: index === 1 && workspace.ws.overdueCount > 0
                          ? qsTr("%1 (%2 te laat)").arg(modelData).arg(workspace.ws.overdueCount)
                          : modelData
                    // Ctrl+1..5 are shown beside the names, so the keys can be found.
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Ctrl+%1").arg(index + 1)
                    Accessible.name: qsTr("%1 (Ctrl+%2)").arg(modelData).arg(index + 1)
                }
            }
        }

        StackLayout {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: workspace.currentPage
            LabelPage { objectName: "labelPage" }
            InboxPage { objectName: "inboxPage"; onOpenEntry: (entryId) => workspace.openEntry(entryId) }
            CasePage { objectName: "casePage" }
            ReportPage { objectName: "reportPage"; onOpenEntry: (entryId) => workspace.openEntry(entryId) }
            ParentsPage { objectName: "parentsPage" }
        }
    }
}
