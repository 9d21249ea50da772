import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// One entry: label, text, who was spoken to, basis or holder, answers, and the answer button.
Rectangle {
    id: card
    required property int index
    required property var entryId
    required property string text
    required property string section
    required property string eventDate
    required property string label
    required property string labelName
    required property var spokenTo
    required property string basis
    required property string holder
    required property string restsOn
    required property var answers
    required property int revision
    required property var history
    required property string approval
    required property var restsOnIds
    // Since the last visit: "nieuw", "aangepast", "antwoord" (a reply came) or "".
    required property string newness
    property bool showHistory: false
    property bool current: false // the list's current card while the list has the keys

    signal answerRequested(var entryId, string entryText, string label)
    signal goToRequested(int entryId)

    objectName: "entry_" + entryId
    color: Theme.card
    radius: 6
    border.width: activeFocus || current ? 3 : 1
    border.color: activeFocus || current ? Theme.focus : Theme.line
    implicitHeight: body.implicitHeight + 2 * Theme.gap
    activeFocusOnTab: true
    // What a screen reader says and what "Lees voor" reads: one text (ReadingText::entry).
    readonly property var reading: App.speech.entryReading({
        entryId: entryId, labelName: labelName, text: text, newness: newness, spokenTo: spokenTo,
        basis: basis, holder: holder, restsOn: restsOn, approval: approval, answers: answers })
    readonly property string readingText: reading.text
    Accessible.role: Accessible.ListItem
    Accessible.name: reading.name
    Accessible.description: reading.description

    Rectangle {
        width: 6
        height: parent.height
        radius: 3
        color: Theme.labelColor(card.label)
    }

    ColumnLayout {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.gap * 1.6
        spacing: Theme.gap * 0.5

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            LabelBadge { label: card.label; labelName: card.labelName }
            // New since the last visit: a word and a star, not a colour only.
            Rectangle {
                objectName: "newMark_" + card.entryId
                visible: card.newness !== ""
                radius: 4
                color: Theme.card
                border.color: Theme.newMark
                border.width: 2
                implicitWidth: newWord.implicitWidth + Theme.gap
                implicitHeight: newWord.implicitHeight + 4
                Label {
                    id: newWord
                    anchors.centerIn: parent
                    text: card.newness === "aangepast" ? qsTr("\u2605 Nieuw: aangepast")
                        : card.newness === "antwoord" ? qsTr("\u2605 Nieuw antwoord")
                        : qsTr("\u2605 Nieuw")
                    color: Theme.newMark
                    font.bold: true
                }
            }
            Label {
                text: card.section + (card.eventDate !== "" ? " · " + card.eventDate : "")
                color: Theme.quiet
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "inConcept"
                // In the concept report the parents may react to (App.conceptEntries): word and sign.
                visible: App.conceptEntries[String(card.entryId)] === true
                text: "\u270E " + qsTr("In het concept")
                color: Theme.ink
                font.pointSize: Theme.small
                font.bold: true
            }
            Label {
                text: qsTr("nr. %1").arg(card.entryId)
                color: Theme.quiet
                font.pointSize: Theme.small
            }
        }
        Label {
            text: card.text
            wrapMode: Text.WordWrap
            color: Theme.ink
            font.pointSize: Theme.large
            Layout.fillWidth: true
        }
        Repeater {
            model: card.spokenTo
            Label {
                text: "\u2022 " + modelData
                wrapMode: Text.WordWrap
                color: Theme.ink
                Layout.fillWidth: true
            }
        }
        Label {
            visible: card.basis !== ""
            text: card.basis
            wrapMode: Text.WordWrap
            color: Theme.ink
            Layout.fillWidth: true
        }
        Label { objectName: "approval_" + card.entryId; visible: card.approval !== ""; text: card.approval; wrapMode: Text.WordWrap; color: Theme.ink; Layout.fillWidth: true }
        Label {
            visible: card.holder !== ""
            text: card.holder + (card.restsOn !== "" && card.restsOnIds.length === 0 ? " " + card.restsOn : "")
            wrapMode: Text.WordWrap
            color: Theme.ink
            Layout.fillWidth: true
        }
        Flow {
            visible: card.restsOnIds.length > 0
            Layout.fillWidth: true
            spacing: Theme.gap * 0.5
            Label { text: qsTr("Deze mening rust op:"); color: Theme.ink }
            Repeater {
                model: card.restsOnIds
                Button {
                    objectName: "restsOn_" + card.entryId + "_" + modelData
                    text: qsTr("nr. %1").arg(modelData)
                    flat: true
                    font.underline: true
                    palette.buttonText: Theme.accent
                    Accessible.name: qsTr("Ga naar feit nr. %1").arg(modelData)
                    onClicked: card.goToRequested(modelData)
                }
            }
        }
        RowLayout {
            visible: card.revision > 1
            spacing: Theme.gap
            Label {
                text: qsTr("Deze notitie is %n keer aangepast. Eerdere versies blijven bewaard.", "", card.revision - 1)
                color: Theme.quiet
                font.pointSize: Theme.small
            }
            Button {
                objectName: "historyButton_" + card.entryId
                visible: card.history.length > 0
                text: card.showHistory ? qsTr("Eerdere versies verbergen") : qsTr("Eerdere versies tonen")
                onClicked: card.showHistory = !card.showHistory
                Accessible.name: text
            }
        }
        Repeater {
            model: card.showHistory ? card.history : []
            Rectangle {
                Layout.fillWidth: true
                color: Theme.page
                border.color: Theme.line
                radius: 4
                implicitHeight: oldVersion.implicitHeight + Theme.gap
                Label {
                    id: oldVersion
                    objectName: "oldVersion"
                    anchors.fill: parent
                    anchors.margins: Theme.gap * 0.5
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                    text: qsTr("Versie %1 (%2), %3: %4").arg(modelData.rev).arg(modelData.labelName).arg(modelData.date).arg("\u201C" + modelData.text + "\u201D")
                          + (modelData.replacedBecause !== "" ? "\n" + qsTr("Waarom dit veranderde: %1").arg(modelData.replacedBecause) : "")
                }
            }
        }
        Repeater {
            model: card.answers
            Rectangle {
                Layout.fillWidth: true
                color: "#EEF3F8"
                radius: 4
                border.width: modelData.isNew ? 2 : 0
                border.color: Theme.danger
                implicitHeight: answerText.implicitHeight + Theme.gap
                Label {
                    id: answerText
                    anchors.fill: parent
                    anchors.margins: Theme.gap * 0.5
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                    text: (modelData.isNew ? qsTr("Nieuw antwoord!") + " " : "")
                          + qsTr("Uw reactie (%1): \u201C%2\u201D — status: %3").arg(modelData.kind).arg(modelData.text).arg(modelData.statusName)
                          + (modelData.reply !== "" ? "\n" + qsTr("Antwoord: %1").arg(modelData.reply) : "")
                          + (modelData.changedSince ? "\n" + qsTr("Let op: de notitie is later aangepast.") : "")
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: Theme.gap * 0.5
            Button {
                objectName: "answerButton_" + card.entryId
                visible: App.canAnswer
                text: qsTr("Reageren op deze notitie")
                onClicked: card.answerRequested(card.entryId, card.text, card.label)
                Accessible.name: qsTr("Reageren op notitie %1").arg(card.entryId)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            ReadAloudButton {
                objectName: "readEntry_" + card.entryId
                // Without a speech engine no dead button on every card: the header's button says why.
                visible: App.speech.available
                speakKey: "entry:" + card.entryId
                what: qsTr("notitie %1").arg(card.entryId)
                onReadRequested: App.speech.say(speakKey, card.readingText)
            }
        }
    }
}
