import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// Steekproef: a reproducible sample of N entries (AuditSampler), with the seed shown so the same
// sample can be drawn again, and the checklist per entry. The ticks stay in this window only.
ScrollView {
    id: page
    readonly property var review: App.review
    property string message: ""
    signal historyRequested(int entryId)

    contentWidth: availableWidth
    clip: true

    function draw() {
        message = review.drawSample(sizeField.text, seedField.text)
    }

    ColumnLayout {
        width: page.availableWidth
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            Layout.bottomMargin: 0
            spacing: Theme.gap / 2
            Label {
                text: qsTr("Steekproef voor een controle met de hand")
                font.pointSize: Theme.title
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "memoryOnlyNote"
                text: qsTr("Uw vinkjes blijven alleen in dit venster en verdwijnen als u het dossier sluit: het dossier wordt nooit beschreven. Noteer de seed; met dezelfde seed trekt u later dezelfde notities.")
                color: Theme.quiet
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Column {
                    spacing: 2
                    Label { id: sizeLabel; text: qsTr("Aantal notities"); color: Theme.ink }
                    TextField {
                        id: sizeField
                        objectName: "sampleSizeField"
                        text: "5"
                        width: Theme.base * 8
                        inputMethodHints: Qt.ImhDigitsOnly
                        Accessible.name: sizeLabel.text
                        onAccepted: page.draw()
                    }
                }
                Column {
                    spacing: 2
                    Label { id: seedLabel; text: qsTr("Seed (leeg: Inzage kiest er een)"); color: Theme.ink }
                    TextField {
                        id: seedField
                        objectName: "sampleSeedField"
                        width: Theme.base * 16
                        inputMethodHints: Qt.ImhDigitsOnly
                        Accessible.name: seedLabel.text
                        onAccepted: page.draw()
                    }
                }
                Column {
                    spacing: 2
                    Label { text: " " } // lines the button up with the fields beside it
                    Button {
                        objectName: "drawSampleButton"
                        text: qsTr("Trek de steekproef")
                        onClicked: page.draw()
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                        Accessible.name: text
                    }
                }
            }
            Label {
                objectName: "sampleMessage"
                visible: page.message !== ""
                text: page.message
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                objectName: "sampleSummary"
                visible: page.review.sampleSummary !== ""
                text: page.review.sampleSummary
                color: Theme.ink
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "tickedSummary"
                visible: page.review.sampleSummary !== ""
                text: qsTr("%1 van %2 punten afgevinkt (alleen in dit venster).").arg(page.review.tickedCount).arg(page.review.checklistCount)
                color: Theme.quiet
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        Repeater {
            objectName: "sampleList"
            model: page.review.sample
            Rectangle {
                id: item
                readonly property int entryId: modelData.entryId
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                implicitHeight: itemColumn.implicitHeight + 2 * Theme.gap
                color: Theme.card
                border.color: Theme.line
                radius: 6
                ColumnLayout {
                    id: itemColumn
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap / 3
                    Label {
                        text: qsTr("Notitie %1 · %2%3").arg(modelData.entryId).arg(modelData.labelName)
                                  .arg(modelData.section !== "" ? " · " + modelData.section : "")
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: modelData.text
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "sampleHistory_" + item.entryId
                        text: qsTr("Geschiedenis van notitie %1").arg(item.entryId)
                        onClicked: page.historyRequested(item.entryId)
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                        Accessible.name: text
                    }
                    Repeater {
                        model: modelData.checklist
                        CheckBox {
                            objectName: "check_" + item.entryId + "_" + index
                            text: modelData
                            checked: page.review.ticked(item.entryId, index)
                            onToggled: page.review.setTicked(item.entryId, index, checked)
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Notitie %1: %2").arg(item.entryId).arg(modelData)
                            contentItem: Label {
                                text: parent.text
                                leftPadding: parent.indicator.width + parent.spacing
                                wrapMode: Text.WordWrap
                                color: Theme.ink
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                    }
                }
            }
        }
        Item { Layout.preferredHeight: Theme.gap }
    }
}
