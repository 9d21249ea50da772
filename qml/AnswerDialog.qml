import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// Answer one entry: choose what you want to say (the choices fit the label: the core's
// AnswerChoices), write it, save. Saved at once, encrypted; it leaves the computer only with
// "Verstuur mijn reacties". Escape, a click outside or "Later verder" close the dialog and keep
// what was typed as a draft (in memory only, never on disk) until the dossier is closed.
Dialog {
    id: dialog
    property var entryId: 0
    property string entryText: ""
    property string entryLabel: ""
    property var answerId: 0   // > 0: changing an existing answer (a new version)
    property var choices: []
    property string chosenKind: ""
    property var drafts: ({})  // entry (or answer) key -> {kind, text}
    readonly property string draftKey: answerId > 0 ? "a" + answerId : "e" + entryId
    property bool draftRestored: false

    function openWith(kindKey, text) {
        choices = App.answerChoices(entryLabel !== "" ? entryLabel : "onbeoordeeld")
        const draft = drafts[draftKey]
        draftRestored = draft !== undefined && draft.text !== ""
        chosenKind = draft !== undefined ? draft.kind : kindKey
        answerText.text = draft !== undefined ? draft.text : text
        error.text = ""
        open()
        answerText.forceActiveFocus()
    }
    function openFor(id, text, label) {
        answerId = 0
        entryId = id
        entryText = text
        entryLabel = label || ""
        openWith("", "")
    }
    function openForChange(existingAnswerId, id, text, kindKey, answer, label) {
        answerId = existingAnswerId
        entryId = id
        entryText = text
        entryLabel = label || ""
        openWith(kindKey, answer)
    }
    function keepDraft() {
        const d = drafts
        if (answerText.text !== "" || chosenKind !== "")
            d[draftKey] = { kind: chosenKind, text: answerText.text }
        else
            delete d[draftKey]
        drafts = d
    }
    function dropDraft() {
        const d = drafts
        delete d[draftKey]
        drafts = d
    }
    // Scrolls the form so the control that got the keyboard focus is in view (at 200% the form is
    // taller than the window).
    function reveal(item) {
        const flick = scroller.contentItem
        if (!item || !flick || flick.contentHeight === undefined)
            return
        const top = item.mapToItem(form, 0, 0).y
        const bottom = top + item.height
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top - Theme.gap)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(flick.contentHeight - flick.height, bottom - flick.height + Theme.gap)
    }
    function chosen() {
        for (let i = 0; i < choices.length; ++i)
            if (choices[i].kind === chosenKind)
                return choices[i]
        return null
    }
    function save() {
        if (chosenKind === "") {
            error.text = qsTr("Kies eerst wat u wilt zeggen.")
            return
        }
        const message = answerId > 0 ? App.reviseAnswer(answerId, chosenKind, answerText.text)
                                     : App.submitAnswer(entryId, chosenKind, answerText.text)
        if (message === "") {
            dropDraft()
            answerText.text = ""
            chosenKind = ""
            close()
        } else {
            error.text = message
        }
    }

    Connections {
        target: App
        // Locked (Sluiten, idle, the hide key): the dialog closes and forgets what was typed, so
        // no family text stays on screen or in memory behind the unlock page.
        function onUnlockedChanged() {
            if (App.unlocked)
                return
            answerText.text = ""
            dialog.chosenKind = ""
            dialog.close()
            dialog.drafts = ({})
        }
    }

    FocusReturn { popup: dialog }

    // Escape and a click outside close it, and keep the draft.
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onAboutToHide: keepDraft()

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 2 * Theme.gap : 700, Theme.base * 56)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 2 * Theme.gap : 700)
    title: answerId > 0 ? qsTr("Uw reactie op notitie %1 veranderen").arg(entryId) : qsTr("Reageren op notitie %1").arg(entryId)
    standardButtons: Dialog.NoButton

    contentItem: ScrollView {
        id: scroller
        objectName: "answerScroll"
        clip: true
        contentWidth: availableWidth
        implicitHeight: form.implicitHeight

        ColumnLayout {
            id: form
            width: scroller.availableWidth
            spacing: Theme.gap
            Label {
                text: "\u201C" + dialog.entryText + "\u201D"
                wrapMode: Text.WordWrap
                color: Theme.quiet
                Layout.fillWidth: true
            }
            Label {
                objectName: "draftNote"
                visible: dialog.draftRestored
                text: qsTr("U was hier al aan begonnen. Uw tekst staat er nog.")
                color: Theme.ink
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label { text: qsTr("Wat wilt u zeggen?"); font.bold: true }
            ButtonGroup { id: kindGroup }
            Repeater {
                model: dialog.choices
                RadioButton {
                    objectName: "kind_" + modelData.kind
                    text: modelData.title
                    ButtonGroup.group: kindGroup
                    checked: dialog.chosenKind === modelData.kind
                    Layout.fillWidth: true
                    onClicked: {
                        dialog.chosenKind = modelData.kind
                        error.text = ""
                    }
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onActiveFocusChanged: if (activeFocus) dialog.reveal(this)
                    Accessible.name: modelData.title
                    Accessible.description: modelData.whatHappens
                }
            }
            Rectangle {
                visible: dialog.chosen() !== null
                Layout.fillWidth: true
                color: "#EEF3F8"
                radius: 4
                implicitHeight: next.implicitHeight + Theme.gap
                Label {
                    id: next
                    objectName: "whatHappens"
                    anchors.fill: parent
                    anchors.margins: Theme.gap * 0.5
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                    text: dialog.chosen() ? qsTr("Wat gebeurt er nu? %1").arg(dialog.chosen().whatHappens) : ""
                }
            }
            Label { text: qsTr("Uw reactie in uw eigen woorden"); font.bold: true }
            TextArea {
                id: answerText
                objectName: "answerText"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, Theme.base * 8)
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Schrijf hier wat er volgens u niet klopt, wat u wilt toevoegen of wat u wilt vragen.")
                onTextChanged: error.text = ""
                onActiveFocusChanged: if (activeFocus) dialog.reveal(this)
                Accessible.name: qsTr("Uw reactie")
                // Inzage never puts anything on the clipboard: on a shared computer, clipboard
                // managers and other programs read it and keep a history. Copy and cut do nothing
                // here, and nothing selects: under X11 any selection in a text box, by mouse or by
                // Shift+arrows or Ctrl+A, goes to the X selection at once (tests/app/SafetyTest).
                selectByMouse: false
                selectByKeyboard: false
                Keys.onPressed: (event) => {
                    if (event.matches(StandardKey.Copy) || event.matches(StandardKey.Cut)
                            || event.matches(StandardKey.SelectAll))
                        event.accepted = true
                }
                // Tab goes on to the next control; a tab in the answer would mean nothing to the reader.
                Keys.onTabPressed: (event) => {
                    nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                    event.accepted = true
                }
                Keys.onBacktabPressed: (event) => {
                    nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                    event.accepted = true
                }
                // Without a frame the writing area is invisible until something is typed in it.
                background: Rectangle {
                    color: Theme.card
                    radius: 4
                    border.width: answerText.activeFocus ? 2 : 1
                    border.color: answerText.activeFocus ? Theme.focus : Theme.line
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
            Label {
                text: qsTr("Opslaan bewaart uw reactie versleuteld op deze computer. Ze gaat pas naar de hulpverlener als u bij Mijn reacties op \"Verstuur mijn reacties\" klikt.")
                wrapMode: Text.WordWrap
                color: Theme.quiet
                font.pointSize: Theme.small
                Layout.fillWidth: true
            }
            Flow {
                Layout.fillWidth: true
                layoutDirection: Qt.RightToLeft
                spacing: Theme.gap * 0.5
                Button {
                    objectName: "answerSave"
                    text: qsTr("Opslaan")
                    highlighted: true
                    Accessible.name: qsTr("Reactie opslaan")
                    onClicked: dialog.save()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onActiveFocusChanged: if (activeFocus) dialog.reveal(this)
                }
                Button {
                    objectName: "answerCancel"
                    text: qsTr("Later verder")
                    onClicked: dialog.close()
                    Accessible.name: qsTr("Sluiten en uw tekst bewaren om later verder te gaan")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onActiveFocusChanged: if (activeFocus) dialog.reveal(this)
                }
                Button {
                    objectName: "answerDiscard"
                    visible: answerText.text !== ""
                    text: qsTr("Tekst weggooien")
                    Accessible.name: qsTr("Uw tekst weggooien en sluiten")
                    onClicked: {
                        answerText.text = ""
                        dialog.chosenKind = ""
                        dialog.dropDraft()
                        dialog.close()
                    }
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onActiveFocusChanged: if (activeFocus) dialog.reveal(this)
                }
            }
        }
    }
}
