import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// Bevindingen: every finding of the audit, most severe first, narrowed by severity and rule; the
// chosen one opens its entry with every version and audit line. Nothing on this page can change the
// dossier. On a narrow window the list and the history take turns.
Item {
    id: page
    readonly property var findings: App.review.findings
    readonly property bool narrow: width < 900
    property bool detailOpen: false
    property var selected: findings.count > 0 ? findings.get(0) : ({})

    // Shown (Ctrl+2, the tab): the keyboard goes to the list, so Up/Down and Enter work at once.
    onVisibleChanged: if (visible && !detailOpen) list.forceActiveFocus()

    function select(row) {
        list.currentIndex = row
        selected = findings.get(row)
        detailOpen = true
    }
    // Another page (Steekproef) asks for one entry's history: shown without a finding.
    function showEntry(entryId) {
        list.currentIndex = -1
        selected = { entry: entryId }
        detailOpen = true
    }
    function severityIcon(severity) {
        return severity === "hoog" ? "\u25B2" : severity === "middel" ? "\u25CF" : "\u25BD"
    }
    function severityColor(severity) {
        return severity === "hoog" ? Theme.danger : severity === "middel" ? "#8A5300" : Theme.quiet
    }

    Connections {
        target: page.findings
        function onCountChanged() {
            list.currentIndex = page.findings.count > 0 ? 0 : -1
            page.selected = page.findings.count > 0 ? page.findings.get(0) : ({})
        }
    }

    ColumnLayout {
        id: listColumn
        visible: !page.narrow || !page.detailOpen
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        width: page.narrow ? page.width - 2 * Theme.gap : page.width * 0.46
        spacing: Theme.gap / 2

        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            ComboBox {
                id: severityBox
                objectName: "severityFilter"
                width: Math.min(implicitWidth, listColumn.width)
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "", text: qsTr("Elke ernst (%1)").arg(page.findings.total) },
                    { value: "hoog", text: qsTr("\u25B2 Hoog (%1)").arg(page.findings.severityCounts.hoog) },
                    { value: "middel", text: qsTr("\u25CF Middel (%1)").arg(page.findings.severityCounts.middel) },
                    { value: "laag", text: qsTr("\u25BD Laag (%1)").arg(page.findings.severityCounts.laag) }
                ]
                currentIndex: Math.max(0, indexOfValue(page.findings.severity))
                onActivated: page.findings.severity = currentValue
                Accessible.name: qsTr("Toon bevindingen met ernst: %1").arg(displayText)
            }
            ComboBox {
                id: ruleBox
                objectName: "ruleFilter"
                width: Math.min(Math.max(implicitWidth, Theme.base * 16), listColumn.width)
                model: [qsTr("Elke regel")].concat(page.findings.ruleNames)
                currentIndex: Math.max(0, page.findings.rules.indexOf(page.findings.rule) + 1)
                onActivated: (index) => page.findings.rule = index === 0 ? "" : page.findings.rules[index - 1]
                Accessible.name: qsTr("Toon bevindingen van regel: %1").arg(displayText)
            }
        }
        Label {
            objectName: "findingsCount"
            text: qsTr("%1 van %2 bevindingen, de ernstigste eerst.").arg(page.findings.count).arg(page.findings.total)
            color: Theme.quiet
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "findingsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.findings
            currentIndex: 0
            focus: true
            keyNavigationEnabled: true
            spacing: 2
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Bevindingen")
            Keys.onReturnPressed: page.select(currentIndex)
            Keys.onEnterPressed: page.select(currentIndex)
            delegate: ItemDelegate {
                id: row
                objectName: "finding_" + index
                width: ListView.view.width - 12
                highlighted: ListView.isCurrentItem
                // A light highlight with a border: the severity's colour stays readable on it.
                background: Rectangle {
                    color: row.highlighted ? "#E8EEF7" : Theme.card
                    border.color: row.highlighted ? Theme.accent : Theme.line
                    border.width: row.highlighted ? 2 : 1
                    radius: 3
                }
                Accessible.name: model.accessibleText
                onClicked: page.select(index)
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        spacing: Theme.gap / 2
                        Layout.fillWidth: true
                        Label {
                            text: page.severityIcon(model.severity) + " " + model.severityName
                            color: page.severityColor(model.severity)
                            font.bold: true
                        }
                        Label {
                            text: model.entry > 0 ? qsTr("Notitie %1").arg(model.entry) : qsTr("Hele dossier")
                            color: Theme.ink
                            font.bold: true
                        }
                        Label {
                            text: model.ruleName
                            color: Theme.quiet
                            font.pointSize: Theme.small
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        text: model.message
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }

    ColumnLayout {
        id: detailColumn
        objectName: "findingDetail"
        visible: !page.narrow || page.detailOpen
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        width: page.narrow ? page.width - 2 * Theme.gap : page.width - listColumn.width - 3 * Theme.gap
        spacing: Theme.gap / 2

        Button {
            objectName: "backToFindings"
            visible: page.narrow
            text: qsTr("\u2190 Terug naar de bevindingen")
            onClicked: { page.detailOpen = false; list.forceActiveFocus() }
            Keys.onReturnPressed: clicked()
            Accessible.name: qsTr("Terug naar de lijst met bevindingen")
        }
        Label {
            objectName: "selectedFinding"
            visible: page.selected.message !== undefined
            text: page.selected.message !== undefined
                  ? page.severityIcon(page.selected.severity) + " " + page.selected.severityName + ": " + page.selected.message
                  : ""
            color: page.severityColor(page.selected.severity)
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.name: page.selected.accessibleText || ""
        }
        Label {
            objectName: "selectedRule"
            visible: page.selected.message !== undefined
            text: qsTr("Regel: %1 (in inzage-cli audit --json: %2)").arg(page.selected.ruleName || "").arg(page.selected.rule || "")
            color: Theme.quiet
            font.pointSize: Theme.small
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: page.selected.message !== undefined && page.selected.entry === 0
            text: qsTr("Deze bevinding gaat over het hele dossier, niet over één notitie.")
            color: Theme.quiet
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: page.findings.total === 0
            text: qsTr("Geen bevindingen: elke regel van de toetsing is nageleefd.")
            color: Theme.ink
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Rectangle { height: 1; color: Theme.line; Layout.fillWidth: true }
        // Reviewer flags (issue 11, point 3) go here, under the history, once the core and the CLI
        // have them: a FlagsModel beside FindingsModel in ReviewerController.
        EntryHistoryPane {
            objectName: "entryHistory"
            entryId: page.selected.entry || 0
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
