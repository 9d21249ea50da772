import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// The professional's labelling view: one entry in focus with its neighbours, the hint as a
// suggestion (never drawn like a label), the fields a label needs, progress and the keys.
// Every decision is App.labelling's (the core's LabelSession); this file is layout and keys.
FocusScope {
    id: page
    readonly property var lc: App.labelling

    function backToEntry() { entryArea.forceActiveFocus() }
    // Later: a Loader parents the page into the window only after it is complete, and the keys
    // must work at once after unlocking, without a click.
    Component.onCompleted: Qt.callLater(backToEntry)
    onVisibleChanged: if (visible) backToEntry()

    Connections {
        target: page.lc
        // A refused label puts the cursor where the missing part goes.
        function onMessageChanged() {
            if (page.lc.needs === "basis")
                fieldsPanel.basisField.forceActiveFocus()
            else if (page.lc.needs === "source")
                fieldsPanel.sourceField.forceActiveFocus()
        }
    }

    // The widest label word, so the neighbours' text starts in one column.
    TextMetrics {
        id: labelWidth
        font.pointSize: Theme.small
        text: "? " + qsTr("Nog niet beoordeeld")
    }

    component ContextEntry: Rectangle {
        property var entry
        width: parent ? parent.width : 0
        implicitHeight: ctxRow.implicitHeight + Theme.gap * 0.6
        color: "transparent"
        border.color: Theme.line
        radius: 4
        RowLayout {
            id: ctxRow
            anchors.fill: parent
            anchors.margins: Theme.gap * 0.3
            spacing: Theme.gap * 0.5
            Label {
                text: Theme.labelIcon(entry.label) + " " + entry.labelName
                color: Theme.labelColor(entry.label)
                font.pointSize: Theme.small
                Layout.preferredWidth: labelWidth.advanceWidth + Theme.gap * 0.5
                Layout.alignment: Qt.AlignTop
            }
            Label {
                text: entry.text
                color: Theme.quiet
                font.pointSize: Theme.small
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Progress and the jumps.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: progressRow.implicitHeight + Theme.gap
            color: Theme.card
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.line }
            RowLayout {
                id: progressRow
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap
                spacing: Theme.gap
                Label {
                    objectName: "progressLabel"
                    text: page.lc.progressText
                    font.bold: true
                    color: Theme.ink
                }
                ProgressBar {
                    objectName: "progressBar"
                    Layout.fillWidth: true
                    Layout.minimumWidth: Theme.base * 6
                    from: 0
                    to: Math.max(1, page.lc.total)
                    value: page.lc.labelled
                    Accessible.name: page.lc.progressText
                }
                Label {
                    objectName: "positionLabel"
                    text: qsTr("notitie %1 van %2").arg(page.lc.position).arg(page.lc.total)
                    color: Theme.quiet
                }
                Button {
                    objectName: "nextUnlabelledButton"
                    text: qsTr("Volgende onbeoordeelde (N)")
                    onClicked: { page.lc.goNextUnlabelled(); page.backToEntry() }
                    Accessible.name: qsTr("Naar de volgende notitie die nog niet beoordeeld is")
                }
                Button {
                    objectName: "nextWarningButton"
                    text: qsTr("Volgende waarschuwing (W)")
                    onClicked: { page.lc.goNextWarning(); page.backToEntry() }
                    Accessible.name: qsTr("Naar de volgende notitie met een waarschuwing")
                }
                Button {
                    objectName: "undoButton"
                    text: qsTr("Ongedaan maken")
                    enabled: page.lc.canUndo
                    onClicked: { page.lc.undo(); page.backToEntry() }
                    Accessible.name: qsTr("Het laatste label ongedaan maken")
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.gap
            spacing: Theme.gap

            // The entry in focus between its neighbours; the keys work here.
            FocusScope {
                id: entryArea
                objectName: "entryArea"
                Layout.fillWidth: true
                Layout.fillHeight: true
                activeFocusOnTab: true
                Accessible.role: Accessible.Pane
                Accessible.name: qsTr("Notitie om te labelen")

                Keys.onPressed: (event) => {
                    if (event.modifiers & Qt.ControlModifier) {
                        if (event.key === Qt.Key_Z) { page.lc.undo(); event.accepted = true }
                        return
                    }
                    switch (event.key) {
                    case Qt.Key_1: page.lc.labelWith("feit"); break
                    case Qt.Key_2: page.lc.labelWith("mening"); break
                    case Qt.Key_3: page.lc.labelWith("bron"); break
                    case Qt.Key_0: page.lc.labelWith("onbeoordeeld"); break
                    case Qt.Key_Return:
                    case Qt.Key_Enter: page.lc.acceptHint(); break
                    case Qt.Key_Backspace: page.lc.undo(); break
                    case Qt.Key_N: page.lc.goNextUnlabelled(); break
                    case Qt.Key_W: page.lc.goNextWarning(); break
                    case Qt.Key_Down: page.lc.goNext(); break
                    case Qt.Key_Up: page.lc.goPrevious(); break
                    default: return
                    }
                    event.accepted = true
                }

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.gap * 0.5

                    Label {
                        visible: page.lc.total === 0
                        text: qsTr("Dit dossier heeft nog geen notities. Importeer eerst een document.")
                        color: Theme.quiet
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    // Repeaters sit in a Column, not in the layout: Qt 6.4's layouts crash when
                    // a Repeater's items go away while they arrange them.
                    Column {
                        Layout.fillWidth: true
                        spacing: Theme.gap * 0.4
                        Repeater {
                            model: page.lc.before
                            ContextEntry { entry: modelData; objectName: "before" + index }
                        }
                    }

                    Rectangle {
                        objectName: "focusCard"
                        visible: page.lc.total > 0
                        Layout.fillWidth: true
                        implicitHeight: focusColumn.implicitHeight + Theme.gap * 1.6
                        color: Theme.card
                        radius: 6
                        border.width: entryArea.activeFocus ? 3 : 1
                        border.color: entryArea.activeFocus ? Theme.focus : Theme.line

                        ColumnLayout {
                            id: focusColumn
                            anchors.fill: parent
                            anchors.margins: Theme.gap * 0.8
                            spacing: Theme.gap * 0.5
                            RowLayout {
                                Layout.fillWidth: true
                                LabelBadge {
                                    objectName: "storedLabel"
                                    label: page.lc.label
                                    labelName: page.lc.labelName
                                }
                                Label {
                                    visible: page.lc.section !== ""
                                    text: qsTr("onder het kopje %1").arg(page.lc.section)
                                    color: Theme.quiet
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                            Label {
                                objectName: "entryText"
                                text: page.lc.text
                                font.pointSize: Theme.large
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Column {
                                Layout.fillWidth: true
                                spacing: Theme.gap * 0.2
                                Repeater {
                                    model: page.lc.details
                                    Label {
                                        width: parent.width
                                        text: modelData
                                        color: Theme.quiet
                                        wrapMode: Text.WordWrap
                                    }
                                }
                            }
                        }
                    }

                    // What a refused label lacks, right under the entry it is about.
                    Rectangle {
                        visible: page.lc.message !== ""
                        Layout.fillWidth: true
                        implicitHeight: messageLabel.implicitHeight + Theme.gap * 0.8
                        color: page.lc.needs !== "" ? "#FDECEC" : Theme.card
                        border.color: page.lc.needs !== "" ? Theme.danger : Theme.line
                        radius: 6
                        Label {
                            id: messageLabel
                            objectName: "labelMessage"
                            anchors.fill: parent
                            anchors.margins: Theme.gap * 0.4
                            verticalAlignment: Text.AlignVCenter
                            text: page.lc.message
                                  + (page.lc.needs === "basis" ? " " + qsTr("Typ de basis rechts en druk op Enter.")
                                     : page.lc.needs === "source" ? " " + qsTr("Kies rechts met wie er gesproken is en druk op Enter.")
                                     : "")
                            color: page.lc.needs !== "" ? Theme.danger : Theme.ink
                            wrapMode: Text.WordWrap
                        }
                    }

                    // The hint: outlined, in words, "suggestie" — never filled like the label.
                    Rectangle {
                        objectName: "hintBox"
                        visible: page.lc.hasHint
                        Layout.fillWidth: true
                        implicitHeight: hintColumn.implicitHeight + Theme.gap
                        color: Theme.page
                        radius: 6
                        border.width: 2
                        border.color: Theme.labelColor(page.lc.hintLabel)
                        ColumnLayout {
                            id: hintColumn
                            anchors.fill: parent
                            anchors.margins: Theme.gap * 0.5
                            spacing: Theme.gap * 0.2
                            Label {
                                objectName: "hintLabel"
                                text: qsTr("Suggestie (nog niet opgeslagen): %1").arg(page.lc.hintLabelName.toLowerCase())
                                color: Theme.labelColor(page.lc.hintLabel)
                                font.bold: true
                                font.italic: true
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "hintReason"
                                text: qsTr("Waarom: %1. Enter neemt de suggestie over.").arg(page.lc.hintReason)
                                color: Theme.ink
                                font.italic: true
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                    }

                    Rectangle {
                        objectName: "warningBox"
                        visible: page.lc.warnings.length > 0
                        Layout.fillWidth: true
                        implicitHeight: warnColumn.implicitHeight + Theme.gap
                        color: "#FFF4E5"
                        radius: 6
                        border.color: Theme.focus
                        // A plain Column at a fixed place: its height follows its lines, with no
                        // anchors.fill loop between the box and what it holds.
                        Column {
                            id: warnColumn
                            x: Theme.gap * 0.5
                            y: Theme.gap * 0.5
                            width: parent.width - Theme.gap
                            spacing: Theme.gap * 0.2
                            Repeater {
                                model: page.lc.warnings
                                Label {
                                    width: warnColumn.width
                                    text: "\u26A0 " + modelData
                                    color: Theme.ink
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                    }

                    Column {
                        Layout.fillWidth: true
                        spacing: Theme.gap * 0.4
                        Repeater {
                            model: page.lc.after
                            ContextEntry { entry: modelData; objectName: "after" + index }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }
            }

            // What a label needs, beside the entry.
            LabelFields {
                id: fieldsPanel
                objectName: "labelFields"
                lc: page.lc
                Layout.preferredWidth: Math.min(Theme.base * 30, page.width * 0.36)
                Layout.fillHeight: true
                onBack: page.backToEntry()
            }
        }

        KeyLegend { Layout.fillWidth: true }
    }
}
