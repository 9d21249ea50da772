import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// One entry as it is now and every version before it (who, when, why), and every line of the audit
// chain about it (ReviewerController.entryHistory). Read-only: labels only, no edit controls.
ScrollView {
    id: pane
    property int entryId: 0
    readonly property var history: entryId > 0 ? App.review.entryHistory(entryId) : ({ ok: false, message: "" })

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: pane.availableWidth
        spacing: Theme.gap / 2

        Label {
            objectName: "historyMessage"
            visible: pane.entryId > 0 && !pane.history.ok
            text: pane.history.message || ""
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "historyTitle"
            visible: pane.history.ok === true
            text: qsTr("Notitie %1 · %2%3").arg(pane.entryId).arg(pane.history.labelName || "")
                      .arg(pane.history.section ? " · " + pane.history.section : "")
            font.bold: true
            font.pointSize: Theme.large
            color: Theme.ink
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: pane.history.ok === true
            text: pane.history.text || ""
            color: Theme.ink
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: pane.history.ok === true
            text: qsTr("Versies (nieuwste eerst)")
            font.bold: true
            color: Theme.ink
            Layout.topMargin: Theme.gap / 2
        }
        Repeater {
            objectName: "revisionList"
            model: pane.history.ok ? pane.history.revisions : []
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: revColumn.implicitHeight + Theme.gap
                color: Theme.page
                border.color: modelData.afterReport !== "" ? Theme.danger : Theme.line
                radius: 4
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Versie %1, %2, door %3. Label %4. Waarom: %5").arg(modelData.rev)
                                     .arg(modelData.when).arg(modelData.who).arg(modelData.labelName).arg(modelData.why)
                ColumnLayout {
                    id: revColumn
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    spacing: 2
                    Label {
                        text: qsTr("Versie %1 · %2 · door %3").arg(modelData.rev).arg(modelData.when).arg(modelData.who)
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Label: %1 · Waarom: %2").arg(modelData.labelName).arg(modelData.why)
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: modelData.text
                        color: Theme.quiet
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: modelData.details !== ""
                        text: modelData.details
                        color: Theme.quiet
                        font.pointSize: Theme.small
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: modelData.afterReport !== ""
                        text: "\u26A0 " + modelData.afterReport
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
        Label {
            visible: pane.history.ok === true
            text: qsTr("In het logboek (nieuwste eerst)")
            font.bold: true
            color: Theme.ink
            Layout.topMargin: Theme.gap / 2
        }
        Label {
            visible: pane.history.ok === true && pane.history.changes.length === 0
            text: qsTr("Geen regel in het logboek gaat over deze notitie alleen. Notities die iemand op één dag samen toevoegde, staan daar als één regel; zie Versies hierboven.")
            color: Theme.quiet
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            objectName: "chainList"
            model: pane.history.ok ? pane.history.changes : []
            Label {
                text: qsTr("%1: %2").arg(modelData.when).arg(modelData.sentence)
                color: Theme.ink
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.name: text
            }
        }
    }
}
