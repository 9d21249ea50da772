import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Type-ahead over the persons of the dossier (Dutch order, from the core), with "nieuwe persoon"
// for a name no one has yet. Up/Down moves through the matches, Enter chooses, Esc goes back.
ColumnLayout {
    id: picker
    property string title: ""
    property string chosenName: ""
    property bool suggested: false
    property string emptyText: ""
    property var search: function(typed) { return [] }
    property var matches: []
    readonly property alias field: field
    signal chosen(string ref, string name)
    signal cleared()
    signal done()

    spacing: Theme.gap * 0.3

    function choose(i) {
        if (i < 0 || i >= matches.length)
            return
        const m = matches[i]
        picker.chosen(m.ref, m.name)
        field.text = ""
        matches = []
        picker.done()
    }

    Label {
        text: picker.title
        font.bold: true
        color: Theme.ink
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap * 0.4
        Label {
            objectName: picker.objectName + "Chosen"
            Layout.fillWidth: true
            text: picker.chosenName === "" ? picker.emptyText
                  : picker.suggested ? qsTr("%1 (suggestie)").arg(picker.chosenName) : picker.chosenName
            color: picker.chosenName === "" || picker.suggested ? Theme.quiet : Theme.ink
            font.italic: picker.chosenName === "" || picker.suggested
            wrapMode: Text.WordWrap
        }
        Button {
            objectName: picker.objectName + "Clear"
            visible: picker.chosenName !== ""
            text: qsTr("Wissen")
            onClicked: picker.cleared()
            Accessible.name: qsTr("%1 wissen").arg(picker.title)
        }
    }
    TextField {
        id: field
        objectName: picker.objectName + "Field"
        Layout.fillWidth: true
        placeholderText: qsTr("Typ een naam…")
        Accessible.name: picker.title
        onTextEdited: {
            picker.matches = text.trim() === "" ? [] : picker.search(text)
            list.currentIndex = 0
        }
        Keys.onDownPressed: list.incrementCurrentIndex()
        Keys.onUpPressed: list.decrementCurrentIndex()
        Keys.onReturnPressed: picker.matches.length > 0 ? picker.choose(list.currentIndex) : picker.done()
        Keys.onEnterPressed: picker.matches.length > 0 ? picker.choose(list.currentIndex) : picker.done()
        Keys.onEscapePressed: { text = ""; picker.matches = []; picker.done() }
    }
    ListView {
        id: list
        objectName: picker.objectName + "Matches"
        visible: picker.matches.length > 0
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, Theme.base * 12)
        clip: true
        model: picker.matches
        delegate: ItemDelegate {
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            text: modelData.isNew ? qsTr("Nieuwe persoon: %1").arg(modelData.name)
                  : modelData.detail === "" ? modelData.name : modelData.name + " — " + modelData.detail
            font.italic: modelData.isNew
            onClicked: picker.choose(index)
            Accessible.name: text
        }
    }
}
