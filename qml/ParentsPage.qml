import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inzage.App

// "Ouders": a parent copy for a named parent (or a child from 12), an update file for a copy made
// earlier, and the parents' answer files read in. The rules are the core's (ParentCopy,
// AnswerExchange), the same as inzage-cli's; the page only asks and says what happened.
FocusScope {
    id: page
    readonly property var copies: App.copies
    property string message: ""
    property bool done: false
    // What the file dialog is for: "copy", "update" or "answers", with its person or exchange.
    property string pending: ""
    property int pendingPerson: 0
    property string pendingExchange: ""

    function say(result, okText) {
        done = result === ""
        message = done ? okText : result
        return done
    }
    // Each action takes a path, so a test can drive it without a file dialog.
    function makeCopyAt(personId, path, passphrase, repeated) {
        const ok = say(copies.makeCopy(personId, path, passphrase, repeated), "")
        if (ok)
            message = copies.lastDone()
        return ok
    }
    function writeUpdateAt(exchangeId, path) {
        const ok = say(copies.writeUpdate(exchangeId, path), "")
        if (ok)
            message = copies.lastDone()
        return ok
    }
    function readAnswersFrom(path) {
        const r = copies.readAnswers(path)
        done = r.ok
        message = r.message
        return r.ok
    }

    function askCopy(personId, name) {
        pendingPerson = personId
        passDialog.personName = name
        passDialog.open()
    }
    function askUpdate(exchangeId, personId) {
        pending = "update"
        pendingExchange = exchangeId
        fileDialog.fileMode = FileDialog.SaveFile
        fileDialog.selectedFile = "file://" + copies.suggestedFile("update", personId)
        fileDialog.open()
    }
    function askAnswers() {
        pending = "answers"
        fileDialog.fileMode = FileDialog.OpenFile
        fileDialog.open()
    }

    onVisibleChanged: if (visible) { copies.refresh(); readButton.forceActiveFocus() }

    FileDialog {
        id: fileDialog
        objectName: "parentsFileDialog"
        parentWindow: page.Window.window
        title: page.pending === "answers" ? qsTr("Antwoordbestand van een ouder openen")
             : page.pending === "update" ? qsTr("Updatebestand bewaren als")
             : qsTr("Ouderexemplaar bewaren als")
        acceptLabel: page.pending === "answers" ? qsTr("Openen") : qsTr("Bewaren")
        rejectLabel: qsTr("Annuleren")
        nameFilters: page.pending === "answers" ? [qsTr("Antwoordbestanden (*.inzage-reacties)"), qsTr("Alle bestanden (*)")]
                   : page.pending === "update" ? [qsTr("Updatebestanden (*.inzage-update)")]
                   : [qsTr("Inzage-dossiers (*.inzage)")]
        onAccepted: {
            const path = App.workspace.localPath(selectedFile)
            if (page.pending === "answers")
                page.readAnswersFrom(path)
            else if (page.pending === "update")
                page.writeUpdateAt(page.pendingExchange, path)
            else
                page.makeCopyAt(page.pendingPerson, path, passDialog.passphrase, passDialog.repeated)
            passDialog.clear()
        }
        onRejected: passDialog.clear()
    }

    Dialog {
        id: passDialog
        objectName: "copyPassphraseDialog"
        property string personName: ""
        readonly property string passphrase: passField.text
        readonly property string repeated: repeatField.text
        function clear() { passField.text = ""; repeatField.text = "" }
        anchors.centerIn: Overlay.overlay
        width: Math.min(Overlay.overlay ? Overlay.overlay.width - 2 * Theme.gap : 600, Theme.base * 48)
        height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 2 * Theme.gap : 600)
        modal: true
        title: qsTr("Ouderexemplaar voor %1").arg(personName)
        onOpened: passField.forceActiveFocus()
        onRejected: clear()
        onAccepted: {
            page.pending = "copy"
            fileDialog.fileMode = FileDialog.SaveFile
            fileDialog.selectedFile = "file://" + page.copies.suggestedFile("ouderexemplaar", page.pendingPerson)
            fileDialog.open()
        }
        contentItem: ColumnLayout {
            spacing: Theme.gap * 0.5
            Label {
                text: qsTr("Kies een wachtwoord voor %1. Geef het apart van het bestand, bijvoorbeeld in een gesprek of per telefoon, nooit in dezelfde mail.")
                          .arg(passDialog.personName)
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label { text: qsTr("Wachtwoord voor de ouder") }
            TextField {
                id: passField
                objectName: "copyPassphrase"
                echoMode: TextInput.Password
                Layout.fillWidth: true
                Accessible.name: qsTr("Wachtwoord voor de ouder")
                onAccepted: repeatField.forceActiveFocus()
            }
            Label { text: qsTr("Nog een keer hetzelfde wachtwoord") }
            TextField {
                id: repeatField
                objectName: "copyPassphraseRepeat"
                echoMode: TextInput.Password
                Layout.fillWidth: true
                Accessible.name: qsTr("Nog een keer hetzelfde wachtwoord")
                onAccepted: passDialog.accept()
            }
        }
        footer: DialogButtonBox {
            Button { text: qsTr("Verder: kies waar het bestand komt"); DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole }
            Button { text: qsTr("Annuleren"); DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap * 0.6

        Label {
            text: qsTr("Ouders")
            font.pointSize: Theme.title
            font.bold: true
            color: Theme.ink
        }
        Label {
            text: qsTr("Elke ouder, en een kind vanaf 12 jaar, krijgt een eigen exemplaar met alleen wat hij of zij mag zien. Stuur daarna updates; de reacties van de ouder leest u hier in.")
            wrapMode: Text.WordWrap
            color: Theme.ink
            Layout.fillWidth: true
        }
        Button {
            id: readButton
            objectName: "readAnswersButton"
            text: qsTr("Reacties van een ouder inlezen…")
            onClicked: page.askAnswers()
            Accessible.name: qsTr("Lees een antwoordbestand van een ouder in")
        }
        Label {
            objectName: "parentsMessage"
            visible: page.message !== "" || page.copies.loadMessage !== ""
            text: page.copies.loadMessage !== "" ? page.copies.loadMessage : page.message
            color: page.done && page.copies.loadMessage === "" ? Theme.bron : Theme.danger
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            visible: recipientList.count === 0 && page.copies.loadMessage === ""
            text: qsTr("Er staat nog geen ouder in dit dossier. Voeg de ouder toe op de pagina Dossier (rol ouder).")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ListView {
            id: recipientList
            objectName: "recipientList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap * 0.4
            model: page.copies.recipients
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.name: qsTr("Ouders en hun exemplaren")
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: card
                objectName: "recipient" + index
                required property var modelData
                required property int index
                width: ListView.view.width - Theme.gap
                implicitHeight: cardColumn.height + Theme.gap
                color: Theme.card
                border.color: ListView.isCurrentItem && recipientList.activeFocus ? Theme.focus : Theme.line
                border.width: ListView.isCurrentItem && recipientList.activeFocus ? 3 : 1
                radius: 4
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData.name + (modelData.relation !== "" ? " (" + modelData.relation + ")" : "")
                    + ", " + qsTr("%n exemplaar/exemplaren", "", modelData.copies.length)

                Column {
                    id: cardColumn
                    x: Theme.gap * 0.5
                    y: Theme.gap * 0.5
                    width: card.width - Theme.gap
                    spacing: Theme.gap * 0.3
                    RowLayout {
                        width: cardColumn.width
                        Label {
                            text: card.modelData.name + (card.modelData.relation !== "" ? " (" + card.modelData.relation + ")" : "")
                            font.bold: true
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "makeCopyButton" + card.index
                            visible: card.modelData.personId > 0
                            enabled: card.modelData.refusal === ""
                            text: qsTr("Maak ouderexemplaar…")
                            onClicked: page.askCopy(card.modelData.personId, card.modelData.name)
                            Accessible.name: qsTr("Maak een ouderexemplaar voor %1").arg(card.modelData.name)
                        }
                    }
                    Label {
                        visible: card.modelData.refusal !== ""
                        text: card.modelData.refusal
                        wrapMode: Text.WordWrap
                        width: cardColumn.width
                    }
                    Label {
                        visible: card.modelData.copies.length === 0 && card.modelData.refusal === ""
                        text: qsTr("Nog geen exemplaar gemaakt.")
                    }
                    Repeater {
                        model: card.modelData.copies
                        RowLayout {
                            required property var modelData
                            required property int index
                            width: cardColumn.width
                            Label {
                                text: qsTr("Exemplaar van %1").arg(modelData.createdAt)
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Button {
                                objectName: "writeUpdateButton" + card.index + "_" + index
                                text: qsTr("Schrijf update…")
                                onClicked: page.askUpdate(modelData.exchangeId, card.modelData.personId)
                                Accessible.name: qsTr("Schrijf een updatebestand voor het exemplaar van %1 van %2")
                                                     .arg(card.modelData.name).arg(modelData.createdAt)
                            }
                        }
                    }
                }
            }
        }
    }
}
