import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// Answer one entry: choose what kind of answer, write it, save. Saved at once, encrypted.
Dialog {
    id: dialog
    property var entryId: 0
    property string entryText: ""
    property var answerId: 0   // > 0: changing an existing answer (a new version)

    function openFor(id, text) {
        answerId = 0
        entryId = id
        entryText = text
        kinds.currentIndex = -1
        answerText.text = ""
        error.text = ""
        open()
        answerText.forceActiveFocus()
    }

    function openForChange(existingAnswerId, id, text, kindKey, answer) {
        answerId = existingAnswerId
        entryId = id
        entryText = text
        kinds.currentIndex = kinds.keys.indexOf(kindKey)
        answerText.text = answer
        error.text = ""
        open()
        answerText.forceActiveFocus()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 4 * Theme.gap : 700, 720)
    title: answerId > 0 ? qsTr("Uw reactie op notitie %1 veranderen").arg(entryId) : qsTr("Reageren op notitie %1").arg(entryId)
    standardButtons: Dialog.NoButton

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        Label {
            text: "\u201C" + dialog.entryText + "\u201D"
            wrapMode: Text.WordWrap
            color: Theme.quiet
            Layout.fillWidth: true
        }
        Label { text: qsTr("Wat wilt u zeggen?"); font.bold: true }
        ButtonGroup { id: kindGroup }
        ColumnLayout {
            id: kinds
            property int currentIndex: -1
            property var keys: ["klopt", "klopt-niet", "aanvulling", "correctieverzoek", "vraag"]
            Repeater {
                model: [qsTr("Dit klopt"), qsTr("Dit klopt niet"), qsTr("Ik wil iets aanvullen (eigen verklaring)"),
                        qsTr("Ik vraag om dit te verbeteren"), qsTr("Ik heb een vraag")]
                RadioButton {
                    objectName: "kind_" + kinds.keys[index]
                    text: modelData
                    ButtonGroup.group: kindGroup
                    checked: kinds.currentIndex === index
                    onClicked: {
                        kinds.currentIndex = index
                        error.text = ""
                    }
                    Accessible.name: modelData
                }
            }
        }
        Label { text: qsTr("Uw reactie in uw eigen woorden"); font.bold: true }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.base * 9
            TextArea {
                id: answerText
                objectName: "answerText"
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Schrijf hier wat er volgens u niet klopt, wat u wilt toevoegen of wat u wilt vragen.")
                onTextChanged: error.text = ""
                Accessible.name: qsTr("Uw reactie")
                // Without a frame the writing area is invisible until something is typed in it.
                background: Rectangle {
                    color: Theme.card
                    radius: 4
                    border.width: answerText.activeFocus ? 2 : 1
                    border.color: answerText.activeFocus ? Theme.focus : Theme.line
                }
            }
        }
        Label {
            id: error
            objectName: "answerError"
            visible: text !== ""
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                objectName: "answerCancel"
                text: qsTr("Annuleren")
                onClicked: dialog.close()
                Accessible.name: qsTr("Annuleren")
            }
            Button {
                objectName: "answerSave"
                text: qsTr("Opslaan")
                highlighted: true
                Accessible.name: qsTr("Reactie opslaan")
                onClicked: {
                    if (kinds.currentIndex < 0) {
                        error.text = qsTr("Kies eerst wat voor reactie het is.")
                        return
                    }
                    const kind = kinds.keys[kinds.currentIndex]
                    const message = dialog.answerId > 0 ? App.reviseAnswer(dialog.answerId, kind, answerText.text)
                                                        : App.submitAnswer(dialog.entryId, kind, answerText.text)
                    if (message === "")
                        dialog.close()
                    else
                        error.text = message
                }
            }
        }
    }
}
