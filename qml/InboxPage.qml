import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// "Reacties": every parent's answer with its kind, entry, age and deadline, overdue first; the
// chosen one handled in place. What an answer may do to the file is the core's (AnswerInbox).
FocusScope {
    id: page
    signal openEntry(int entryId)
    readonly property var ws: App.workspace
    property int selected: 0
    readonly property var item: selected >= 0 && selected < ws.inbox.length ? ws.inbox[selected] : null
    property string message: ""
    property bool done: false

    // Runs one handling step; the list is re-sorted after it, the same answer stays chosen and
    // the core's answer is shown in place. doneText may be a function, read after the step.
    function act(step, doneText) {
        const answerId = item.answerId
        const result = step(answerId)
        for (let i = 0; i < ws.inbox.length; ++i) {
            if (ws.inbox[i].answerId === answerId) {
                list.currentIndex = i
                selected = i
            }
        }
        done = result === ""
        message = done ? (typeof doneText === "function" ? doneText() : doneText) : result
        return done
    }
    // Another answer chosen: its fields start afresh (a correction from the entry's text, an own
    // view from the parent's words).
    property string shownAnswer: ""
    onItemChanged: {
        const id = item ? item.answerId + ":" + item.entryLabel : ""
        if (id === shownAnswer)
            return
        shownAnswer = id
        message = ""
        replyField.text = ""
        extendField.text = ""
        changeField.text = item ? (item.entryLabel === "feit" ? item.entryText : item.text) : ""
    }
    onVisibleChanged: if (visible) list.forceActiveFocus()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        ColumnLayout {
            // The list takes two fifths, the chosen answer the rest (long texts wrap, not widen).
            Layout.preferredWidth: Math.round(page.width * 0.4)
            Layout.maximumWidth: Math.round(page.width * 0.4)
            Layout.fillHeight: true
            spacing: Theme.gap * 0.5
            Label {
                text: qsTr("Reacties van ouders")
                font.pointSize: Theme.title
                font.bold: true
                color: Theme.ink
            }
            Label {
                objectName: "inboxSummary"
                text: page.ws.inbox.length === 0 ? qsTr("Er zijn nog geen reacties.")
                    : qsTr("%1 reacties, waarvan %2 over de termijn. Te laat staat bovenaan.")
                          .arg(page.ws.inbox.length).arg(page.ws.overdueCount)
                color: Theme.quiet
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ListView {
                id: list
                objectName: "inboxList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.gap * 0.4
                model: page.ws.inbox
                currentIndex: page.selected
                onCurrentIndexChanged: page.selected = currentIndex
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.name: qsTr("Lijst van reacties")
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    objectName: "inboxRow" + index
                    required property var modelData
                    required property int index
                    width: ListView.view.width - Theme.gap
                    implicitHeight: rowCol.implicitHeight + Theme.gap
                    radius: 6
                    color: Theme.card
                    border.width: ListView.isCurrentItem ? 3 : 1
                    border.color: ListView.isCurrentItem ? (list.activeFocus ? Theme.focus : Theme.accent) : Theme.line
                    MouseArea {
                        anchors.fill: parent
                        onClicked: { page.selected = index; list.forceActiveFocus() }
                    }
                    ColumnLayout {
                        id: rowCol
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.gap * 0.5
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label { text: modelData.kindName; font.bold: true; color: Theme.ink }
                            Label { text: "· " + modelData.statusName; color: Theme.quiet }
                            Item { Layout.fillWidth: true }
                            Label {
                                visible: modelData.overdue
                                text: qsTr("te laat")
                                color: "white"
                                font.bold: true
                                padding: 2
                                leftPadding: 6
                                rightPadding: 6
                                background: Rectangle { color: Theme.danger; radius: 4 }
                            }
                        }
                        Label {
                            text: !modelData.open ? qsTr("%1 dagen oud · afgehandeld").arg(modelData.ageDays)
                                  : modelData.extended
                                  ? qsTr("%1 dagen oud · antwoord uiterlijk %2 (verlengd)").arg(modelData.ageDays).arg(modelData.deadline)
                                  : qsTr("%1 dagen oud · antwoord uiterlijk %2").arg(modelData.ageDays).arg(modelData.deadline)
                            color: modelData.overdue ? Theme.danger : Theme.quiet
                            font.pointSize: Theme.small
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                        Label {
                            objectName: "conceptNote" + index
                            visible: modelData.conceptUntil !== ""
                            text: "\u270E " + qsTr("Reactie op het concept; de ouders konden reageren tot en met %1. Handel haar af voor het definitieve rapport.")
                                      .arg(modelData.conceptUntil)
                            color: Theme.ink
                            font.pointSize: Theme.small
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Notitie %1 (%2): %3").arg(modelData.entryId).arg(modelData.entryLabelName).arg(modelData.entryText)
                            color: Theme.ink
                            font.pointSize: Theme.small
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            color: Theme.card
            border.color: Theme.line
            radius: 6
            visible: page.item !== null

            ScrollView {
                anchors.fill: parent
                anchors.margins: Theme.gap
                contentWidth: availableWidth
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.gap * 0.6
                    RowLayout {
                        Layout.fillWidth: true
                        LabelBadge {
                            label: page.item ? page.item.entryLabel : "onbeoordeeld"
                            labelName: page.item ? page.item.entryLabelName : ""
                        }
                        Label {
                            text: page.item ? qsTr("Notitie %1").arg(page.item.entryId) : ""
                            font.bold: true
                            color: Theme.ink
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "inboxOpenEntry"
                            text: qsTr("Open notitie")
                            onClicked: page.openEntry(page.item.entryId)
                            Accessible.name: qsTr("Open de notitie in het labelen")
                        }
                    }
                    Label {
                        objectName: "inboxEntryText"
                        text: page.item ? page.item.entryText : ""
                        wrapMode: Text.WordWrap
                        color: Theme.ink
                        Layout.fillWidth: true
                    }
                    Label {
                        text: page.item ? qsTr("%1 van de ouder:").arg(page.item.kindName) : ""
                        font.bold: true
                        color: Theme.ink
                    }
                    Label {
                        objectName: "inboxAnswerText"
                        text: page.item ? page.item.text : ""
                        wrapMode: Text.WordWrap
                        color: Theme.ink
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: page.item !== null && page.item.reply !== ""
                        text: page.item ? qsTr("Uw antwoord: %1").arg(page.item.reply) : ""
                        wrapMode: Text.WordWrap
                        color: Theme.quiet
                        Layout.fillWidth: true
                    }

                    Label {
                        objectName: "inboxDeadline"
                        visible: page.item !== null && page.item.open
                        text: !page.item ? ""
                              : page.item.extended
                              ? qsTr("Termijn verlengd tot %1. Reden (de ouder ziet die): %2").arg(page.item.deadline).arg(page.item.extensionReason)
                              : qsTr("Antwoord uiterlijk %1.").arg(page.item.deadline)
                        color: page.item && page.item.overdue ? Theme.danger : Theme.ink
                        font.bold: page.item !== null && page.item.extended
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }

                    ColumnLayout {
                        visible: page.item !== null && page.item.open
                        Layout.fillWidth: true
                        spacing: Theme.gap * 0.5
                        Label { text: qsTr("Antwoord aan de ouder (de ouder ziet dit)"); color: Theme.ink }
                        TextArea {
                            id: replyField
                            background: Rectangle {
                                color: Theme.card
                                radius: 3
                                border.width: parent.activeFocus ? 2 : 1
                                border.color: parent.activeFocus ? Theme.focus : Theme.line
                            }
                            objectName: "inboxReply"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.base * 5
                            wrapMode: TextEdit.Wrap
                            placeholderText: qsTr("Bij afwijzen of verbeteren: de reden")
                            Accessible.name: qsTr("Antwoord aan de ouder")
                            KeyNavigation.priority: KeyNavigation.BeforeItem
                            KeyNavigation.tab: busyButton
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.gap * 0.5
                            Button {
                                id: busyButton
                                objectName: "inboxBusy"
                                text: qsTr("In behandeling")
                                onClicked: page.act((id) => page.ws.handleAnswer(id, "in-behandeling", replyField.text), qsTr("De status is nu: in behandeling."))
                            }
                            Button {
                                objectName: "inboxDone"
                                text: qsTr("Verwerkt")
                                onClicked: page.act((id) => page.ws.handleAnswer(id, "verwerkt", replyField.text), qsTr("De reactie is verwerkt."))
                            }
                            Button {
                                objectName: "inboxReject"
                                text: qsTr("Afwijzen")
                                onClicked: page.act((id) => page.ws.handleAnswer(id, "afgewezen", replyField.text), qsTr("De reactie is afgewezen, met de reden."))
                            }
                        }

                        ColumnLayout {
                            objectName: "inboxExtendBox"
                            visible: page.item !== null && page.item.mayExtend
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.gap * 0.5
                            spacing: Theme.gap * 0.5
                            Label {
                                text: qsTr("Termijn verlengen (AVG: eenmaal met twee maanden, binnen de eerste maand; de ouder ziet de reden)")
                                font.bold: true
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            TextArea {
                                id: extendField
                                background: Rectangle {
                                    color: Theme.card
                                    radius: 3
                                    border.width: parent.activeFocus ? 2 : 1
                                    border.color: parent.activeFocus ? Theme.focus : Theme.line
                                }
                                objectName: "inboxExtendReason"
                                Layout.fillWidth: true
                                Layout.preferredHeight: Theme.base * 4
                                wrapMode: TextEdit.Wrap
                                placeholderText: qsTr("Waarom meer tijd nodig is")
                                Accessible.name: qsTr("Reden voor het verlengen van de termijn")
                                KeyNavigation.priority: KeyNavigation.BeforeItem
                                KeyNavigation.tab: extendButton
                            }
                            Button {
                                id: extendButton
                                objectName: "inboxExtend"
                                text: qsTr("Verleng termijn")
                                Accessible.name: qsTr("Verleng de termijn met twee maanden")
                                onClicked: page.act((id) => page.ws.extendDeadline(id, extendField.text),
                                                    () => qsTr("De termijn is verlengd tot %1; de ouder ziet dat met de reden.")
                                                              .arg(page.item.deadline))
                            }
                        }

                        Label {
                            visible: page.item !== null && (page.item.entryLabel === "feit" || page.item.entryLabel === "mening")
                            text: page.item && page.item.entryLabel === "feit"
                                  ? qsTr("Verbetering van het feit (een nieuwe versie; de oude blijft te lezen)")
                                  : qsTr("Eigen visie van de ouder (komt naast de mening; de mening blijft staan)")
                            font.bold: true
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.gap * 0.5
                        }
                        TextArea {
                            id: changeField
                            background: Rectangle {
                                color: Theme.card
                                radius: 3
                                border.width: parent.activeFocus ? 2 : 1
                                border.color: parent.activeFocus ? Theme.focus : Theme.line
                            }
                            objectName: "inboxChange"
                            visible: page.item !== null && (page.item.entryLabel === "feit" || page.item.entryLabel === "mening")
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.base * 5
                            wrapMode: TextEdit.Wrap
                            Accessible.name: page.item && page.item.entryLabel === "feit" ? qsTr("Verbeterde tekst") : qsTr("Eigen visie van de ouder")
                        }
                        Button {
                            objectName: "inboxApplyChange"
                            visible: changeField.visible
                            text: page.item && page.item.entryLabel === "feit" ? qsTr("Verbetering overnemen") : qsTr("Eigen visie toevoegen")
                            onClicked: {
                                if (page.item.entryLabel === "feit")
                                    page.act((id) => page.ws.acceptCorrection(id, changeField.text, replyField.text),
                                             qsTr("De notitie is verbeterd; de reactie is verwerkt."))
                                else
                                    page.act((id) => page.ws.addOwnView(id, changeField.text, replyField.text),
                                             qsTr("De eigen visie staat nu naast de mening; de reactie is verwerkt."))
                            }
                        }
                    }
                    Label {
                        objectName: "inboxMessage"
                        visible: page.message !== ""
                        text: page.message
                        color: page.done ? Theme.bron : Theme.danger
                        font.bold: true
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.AlertMessage
                    }
                }
            }
        }
    }
}
