import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// The reviewer's view of a dossier opened read-only: figures (Cijfers), findings with each entry's
// history (Bevindingen) and a sample for a manual check (Steekproef). Nothing here writes to the file.
FocusScope {
    id: view
    property int currentPage: 0

    // From the dashboard: show the findings of one rule.
    function showFindings(rule) {
        App.review.findings.severity = ""
        App.review.findings.rule = rule
        currentPage = 1
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            objectName: "readOnlyBanner"
            Layout.fillWidth: true
            implicitHeight: bannerText.implicitHeight + Theme.gap
            color: "#E8EEF7"
            Label {
                id: bannerText
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                anchors.leftMargin: Theme.gap
                text: qsTr("Alleen lezen: u bekijkt dit dossier als toetser. Inzage schrijft niets in het dossier; het bestand blijft precies zoals het was.")
                color: Theme.ink
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignVCenter
                Accessible.name: text
            }
        }

        TabBar {
            id: tabs
            objectName: "reviewerTabs"
            Layout.fillWidth: true
            currentIndex: view.currentPage
            onCurrentIndexChanged: view.currentPage = currentIndex
            Repeater {
                model: [qsTr("Cijfers"), qsTr("Bevindingen (%1)").arg(App.review.findings.total), qsTr("Steekproef")]
                TabButton {
                    objectName: "reviewerTab" + index
                    text: modelData
                    Accessible.name: modelData
                }
            }
        }

        Label {
            objectName: "reviewerError"
            visible: App.review.error !== ""
            text: App.review.error
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: view.currentPage
            ReviewerDashboard {
                objectName: "reviewerDashboard"
                onFindingsRequested: (rule) => view.showFindings(rule)
            }
            FindingsPage { id: findingsPage; objectName: "findingsPage" }
            SamplePage {
                objectName: "samplePage"
                onHistoryRequested: (entryId) => {
                    findingsPage.showEntry(entryId)
                    view.currentPage = 1
                }
            }
        }
    }

    Repeater {
        model: 3
        Item {
            Shortcut {
                objectName: "reviewerShortcut" + (index + 1)
                sequence: "Ctrl+" + (index + 1)
                enabled: view.visible
                onActivated: view.currentPage = index
            }
        }
    }
}
