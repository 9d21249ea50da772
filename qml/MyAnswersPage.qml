import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// "Mijn reacties": every answer with its status and the reply, and how answers travel.
Item {
    id: answersPage
    function fetchFrom(file) { return travel.fetchFrom(file) }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap
        Label {
            text: qsTr("Mijn reacties")
            font.pointSize: Theme.title
            font.bold: true
            color: Theme.ink
        }
        Label {
            text: qsTr("Hier ziet u alles wat u heeft gereageerd, en wat er mee gebeurd is. Een reactie wordt nooit "
                       + "overschreven: als u iets verandert, blijft de oude versie bewaard.")
            wrapMode: Text.WordWrap
            color: Theme.ink
            Layout.fillWidth: true
        }
        AnswerTravelBar {
            id: travel
            objectName: "travelBar"
            Layout.fillWidth: true
        }
        ListView {
            objectName: "answerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap * 0.8
            model: App.answers
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Uw reacties: %1").arg(count)
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: Rectangle {
                id: answerCard
                required property string kind
                required property string text
                required property string status
                required property string statusName
                required property string reply
                required property string handledBy
                required property string entryText
                required property var entryId
                required property bool changedSince
                required property string date
                required property var answerId
                required property string kindKey
                required property int versions
                required property bool sent
                required property bool isNew
                required property string entryLabel
                required property string extendedUntil
                required property string extensionReason
                readonly property string readingText: (isNew ? qsTr("Nieuw antwoord.") + " " : "")
                    + qsTr("Uw reactie op notitie %1, %2: \u201C%3\u201D.").arg(entryId).arg(kind).arg(answerCard.text)
                    + " " + qsTr("Status: %1.").arg(statusName)
                    + (reply !== "" ? " " + qsTr("Antwoord van %1: %2").arg(handledBy).arg(reply) : "")
                Accessible.role: Accessible.ListItem
                Accessible.name: readingText
                width: ListView.view.width - Theme.gap
                color: Theme.card
                border.color: Theme.line
                radius: 6
                implicitHeight: col.implicitHeight + 2 * Theme.gap
                ColumnLayout {
                    id: col
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap * 0.4
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gap * 0.6
                        Label { text: kind; font.bold: true; color: Theme.ink }
                        Rectangle {
                            radius: 4
                            color: !sent ? Theme.focus : status === "afgewezen" ? Theme.danger : status === "verwerkt" ? Theme.bron : Theme.accent
                            implicitWidth: st.implicitWidth + Theme.gap
                            implicitHeight: st.implicitHeight + 4
                            Label { id: st; anchors.centerIn: parent; text: statusName; color: "white"; font.bold: true }
                        }
                        Label { text: date; color: Theme.quiet }
                        Rectangle {
                            objectName: "newMark"
                            visible: isNew
                            radius: 4
                            color: Theme.danger
                            implicitWidth: nw.implicitWidth + Theme.gap
                            implicitHeight: nw.implicitHeight + 4
                            Label { id: nw; anchors.centerIn: parent; text: qsTr("Nieuw antwoord"); color: "white"; font.bold: true }
                        }
                    }
                    Label { text: qsTr("Op notitie %1: \u201C%2\u201D").arg(entryId).arg(entryText); color: Theme.quiet; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    Label { text: "\u201C" + answerCard.text + "\u201D"; wrapMode: Text.WordWrap; color: Theme.ink; Layout.fillWidth: true; visible: answerCard.text !== "" }
                    Label {
                        visible: reply !== ""
                        text: qsTr("Antwoord van %1: %2").arg(handledBy).arg(reply)
                        wrapMode: Text.WordWrap
                        color: Theme.ink
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "extendedNote_" + answerId
                        visible: extendedUntil !== ""
                        text: qsTr("Uw hulpverlener heeft meer tijd genomen om te antwoorden: u hoort uiterlijk %1 iets. De reden: %2")
                              .arg(extendedUntil).arg(extensionReason)
                        wrapMode: Text.WordWrap
                        color: Theme.ink
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: reply === "" && extendedUntil === ""
                        text: sent ? qsTr("Nog geen antwoord. Heeft uw hulpverlener het bestand gekregen, dan hoort u binnen een maand iets.")
                                   : qsTr("Deze reactie staat alleen op deze computer. Klik bovenaan op \"Verstuur mijn reacties\" om hem te versturen.")
                        color: Theme.quiet
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: versions > 1
                        text: qsTr("U heeft deze reactie %n keer veranderd. Eerdere versies blijven bewaard.", "", versions - 1)
                        color: Theme.quiet
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "changeAnswer_" + answerId
                        visible: App.canAnswer
                        text: qsTr("Reactie veranderen")
                        Accessible.name: qsTr("Reactie op notitie %1 veranderen").arg(entryId)
                        onClicked: changeDialog.openForChange(answerId, entryId, entryText, kindKey, answerCard.text, entryLabel)
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                    }
                    Label {
                        visible: changedSince
                        text: qsTr("Let op: de notitie is aangepast nadat u reageerde.")
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: parent.count === 0
                text: qsTr("U heeft nog nergens op gereageerd.")
                color: Theme.quiet
            }
        }
    }
    AnswerDialog { id: changeDialog; objectName: "changeAnswerDialog" }
}
