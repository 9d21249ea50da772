import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Beside the entry in the labelling view: what a label needs. The basis of a feit, who was spoken
// to for a bron, whose opinion a mening is and the feiten a conclusion rests on. Every field is
// reached by Tab and left by Esc; what it holds lives in the LabelController (`lc`).
ScrollView {
    id: fields
    property var lc
    readonly property alias basisField: basisField
    readonly property alias sourceField: sourcePicker.field
    signal back() // Esc, or a field done: the keys go to the entry again
    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: fields.availableWidth
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.gap * 0.3
            Label {
                text: qsTr("Basis van een feit (1)")
                font.bold: true
                color: Theme.ink
            }
            TextField {
                id: basisField
                objectName: "basisField"
                Layout.fillWidth: true
                text: fields.lc.basisInput
                placeholderText: qsTr("document: … of waarneming: …")
                onTextEdited: fields.lc.basisInput = text
                Keys.onReturnPressed: if (fields.lc.labelWith("feit")) fields.back()
                Keys.onEnterPressed: if (fields.lc.labelWith("feit")) fields.back()
                Keys.onEscapePressed: fields.back()
                Accessible.name: qsTr("Basis van een feit")
            }
            Label {
                text: qsTr("Welk document (van wanneer), of wanneer en waar het is waargenomen. Enter: opslaan als feit met deze basis.")
                color: Theme.quiet
                font.pointSize: Theme.small
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        PersonPicker {
            id: sourcePicker
            objectName: "sourcePicker"
            Layout.fillWidth: true
            title: qsTr("Met wie gesproken (bron, 3)")
            emptyText: qsTr("Nog niemand gekozen")
            chosenName: fields.lc.sourceName
            suggested: fields.lc.sourceSuggested
            search: (typed) => fields.lc.personsMatching(typed)
            onChosen: (ref, name) => {
                // Chosen after "3" was refused for want of a source: finish that label.
                const pending = fields.lc.needs === "source"
                fields.lc.chooseSource(ref, name)
                if (pending)
                    fields.lc.labelWith("bron")
            }
            onCleared: fields.lc.clearSource()
            onDone: fields.back()
        }

        PersonPicker {
            id: holderPicker
            objectName: "holderPicker"
            Layout.fillWidth: true
            title: qsTr("Van wie is de mening (2)")
            emptyText: qsTr("Niemand gekozen (de auteur)")
            chosenName: fields.lc.holderName
            search: (typed) => fields.lc.personsMatching(typed)
            onChosen: (ref, name) => fields.lc.chooseHolder(ref, name)
            onCleared: fields.lc.clearHolder()
            onDone: fields.back()
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.gap * 0.3
            property var matches: []
            id: restsOnBox
            Label {
                text: qsTr("Conclusie rust op de feiten (2)")
                font.bold: true
                color: Theme.ink
            }
            Column {
                Layout.fillWidth: true
                spacing: Theme.gap * 0.2
                Repeater {
                    model: fields.lc.restsOn
                    RowLayout {
                        width: parent.width
                        Label {
                            text: modelData.text
                            wrapMode: Text.WordWrap
                            color: Theme.ink
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "removeRestsOn" + index
                            text: qsTr("Weg")
                            onClicked: fields.lc.removeRestsOn(modelData.id)
                            Accessible.name: qsTr("Dit feit weghalen")
                        }
                    }
                }
            }
            TextField {
                id: feitField
                objectName: "restsOnField"
                Layout.fillWidth: true
                placeholderText: qsTr("Zoek een feit…")
                Accessible.name: qsTr("Feit zoeken waarop de conclusie rust")
                onTextEdited: { restsOnBox.matches = fields.lc.feitenMatching(text); feitList.currentIndex = 0 }
                Keys.onDownPressed: feitList.incrementCurrentIndex()
                Keys.onUpPressed: feitList.decrementCurrentIndex()
                Keys.onReturnPressed: if (restsOnBox.matches.length > 0) fields.lc.addRestsOn(restsOnBox.matches[feitList.currentIndex].id)
                Keys.onEnterPressed: if (restsOnBox.matches.length > 0) fields.lc.addRestsOn(restsOnBox.matches[feitList.currentIndex].id)
                Keys.onEscapePressed: { text = ""; restsOnBox.matches = []; fields.back() }
            }
            ListView {
                id: feitList
                visible: feitField.activeFocus && restsOnBox.matches.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, Theme.base * 14)
                clip: true
                model: restsOnBox.matches
                delegate: ItemDelegate {
                    id: feitDelegate
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    text: modelData.text
                    onClicked: fields.lc.addRestsOn(modelData.id)
                    Accessible.name: text
                    // Two lines: the number alone does not tell feiten apart.
                    contentItem: Label {
                        text: feitDelegate.text
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        color: feitDelegate.highlighted ? feitDelegate.palette.highlightedText : feitDelegate.palette.text
                    }
                }
            }
        }
    }
}
