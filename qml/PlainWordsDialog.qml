import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// "Wat betekent dit?": feit, mening, bron, nog niet beoordeeld and afgeschermde bron in plain
// words, what the parent can do with each, the chain's words, and why note numbers skip. The texts
// come from the core (PlainWords); F1 opens it from anywhere.
Dialog {
    id: dialog
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 2 * Theme.gap : 760, 760)
    height: Overlay.overlay ? Overlay.overlay.height - 2 * Theme.gap : 600
    title: qsTr("Wat betekent dit?")
    standardButtons: Dialog.Close
    padding: Theme.gap
    onOpened: flick.contentY = 0
    FocusReturn { popup: dialog }

    readonly property var words: App.plainWords

    ScrollView {
        id: scroll
        anchors.fill: parent
        // A Dialog is no Item, so its name for a screen reader sits on what it shows.
        Accessible.name: dialog.title
        clip: true
        contentWidth: availableWidth
        Flickable {
            id: flick
            objectName: "plainWordsFlick"
            contentHeight: column.implicitHeight
            focus: true
            Keys.onDownPressed: flick.contentY = Math.min(flick.contentY + 40, Math.max(0, flick.contentHeight - flick.height))
            Keys.onUpPressed: flick.contentY = Math.max(0, flick.contentY - 40)
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_PageDown) {
                    flick.contentY = Math.min(flick.contentY + flick.height * 0.9, Math.max(0, flick.contentHeight - flick.height))
                    event.accepted = true
                } else if (event.key === Qt.Key_PageUp) {
                    flick.contentY = Math.max(0, flick.contentY - flick.height * 0.9)
                    event.accepted = true
                }
            }

            ColumnLayout {
                id: column
                width: scroll.availableWidth
                spacing: Theme.gap

                Repeater {
                    model: dialog.words.labels
                    ColumnLayout {
                        objectName: "explain_" + modelData.key
                        Layout.fillWidth: true
                        spacing: Theme.gap * 0.3
                        Accessible.role: Accessible.Paragraph
                        Accessible.name: modelData.word + ". " + modelData.meaning + " " + modelData.forYou
                        LabelBadge {
                            label: modelData.key
                            labelName: modelData.word
                        }
                        Label {
                            text: modelData.meaning
                            wrapMode: Text.WordWrap
                            color: Theme.ink
                            font.pointSize: Theme.large
                            Layout.fillWidth: true
                        }
                        Label {
                            text: modelData.forYou
                            wrapMode: Text.WordWrap
                            color: Theme.ink
                            Layout.fillWidth: true
                        }
                    }
                }

                Label {
                    objectName: "numberGaps"
                    text: dialog.words.numberGaps
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap * 0.5
                }

                Label {
                    text: qsTr("Woorden die u kunt tegenkomen")
                    font.pointSize: Theme.large
                    font.bold: true
                    color: Theme.ink
                    Layout.topMargin: Theme.gap
                    Accessible.role: Accessible.Heading
                }
                Repeater {
                    model: dialog.words.glossary
                    ColumnLayout {
                        objectName: "glossary_" + modelData.key
                        Layout.fillWidth: true
                        spacing: Theme.gap * 0.2
                        Accessible.role: Accessible.Paragraph
                        Accessible.name: modelData.word + ". " + modelData.meaning + " " + modelData.forYou
                        Label {
                            text: modelData.word
                            font.bold: true
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: modelData.meaning + " " + modelData.forYou
                            wrapMode: Text.WordWrap
                            color: Theme.ink
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
