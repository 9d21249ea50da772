import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// All entries in order, each with its label and who was spoken to; filters and search on top.
Item {
    id: page
    property var model: App.entries

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap * 0.8

        Label {
            objectName: "countsLabel"
            text: page.model.countsText
            color: Theme.ink
            font.pointSize: Theme.large
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap * 0.5
            Repeater {
                model: [
                    { key: "", name: qsTr("Alles") },
                    { key: "feit", name: qsTr("Feiten") },
                    { key: "mening", name: qsTr("Meningen") },
                    { key: "bron", name: qsTr("Bronnen") },
                    { key: "onbeoordeeld", name: qsTr("Nog niet beoordeeld") }
                ]
                Button {
                    objectName: "filter_" + (modelData.key === "" ? "alles" : modelData.key)
                    text: (modelData.key === "" ? "" : Theme.labelIcon(modelData.key) + " ") + modelData.name
                    checkable: true
                    checked: page.model.labelFilter === modelData.key
                    onClicked: page.model.labelFilter = modelData.key
                    Accessible.name: qsTr("Toon: %1").arg(modelData.name)
                    palette.button: checked ? (modelData.key === "" ? Theme.accent : Theme.labelColor(modelData.key)) : Theme.card
                    palette.buttonText: checked ? "white" : Theme.ink
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            TextField {
                id: search
                objectName: "searchField"
                placeholderText: qsTr("Zoek in de tekst…")
                Layout.fillWidth: true
                Accessible.name: qsTr("Zoeken in het dossier")
                onTextChanged: searchDelay.restart()
                Timer {
                    id: searchDelay
                    interval: 250
                    onTriggered: page.model.search = search.text
                }
            }
            ComboBox {
                id: personBox
                objectName: "personFilter"
                Layout.preferredWidth: Theme.base * 22
                model: personChoices
                textRole: "name"
                valueRole: "personId"
                Accessible.name: qsTr("Filter op met wie er gesproken is")
                onActivated: page.model.personFilter = currentValue
            }
            ComboBox {
                id: sectionBox
                objectName: "sectionFilter"
                Layout.preferredWidth: Theme.base * 20
                model: [qsTr("Alle onderdelen")].concat(page.model.sections)
                Accessible.name: qsTr("Filter op onderdeel van het rapport")
                onActivated: (index) => page.model.sectionFilter = index === 0 ? "" : currentText
            }
        }

        ListModel { id: personChoices }
        Connections {
            target: App.people
            function onChanged() { page.fillPeople() }
        }
        Component.onCompleted: fillPeople()

        ListView {
            id: list
            objectName: "entryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap * 0.8
            model: page.model
            reuseItems: true
            keyNavigationEnabled: true
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            // Entries come in report order; each report section gets a heading.
            section.property: "section"
            section.criteria: ViewSection.FullString
            section.delegate: Label {
                required property string section
                width: ListView.view ? ListView.view.width : 0
                text: section
                visible: section !== ""
                height: visible ? implicitHeight + Theme.gap : 0
                topPadding: Theme.gap * 0.6
                font.pointSize: Theme.large
                font.bold: true
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: section
            }
            delegate: EntryCard {
                width: ListView.view.width - Theme.gap
                onAnswerRequested: (entryId, entryText) => page.answer(entryId, entryText)
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Geen notities gevonden met deze keuze.")
                color: Theme.quiet
            }
        }
    }

    function fillPeople() {
        personChoices.clear()
        personChoices.append({ name: qsTr("Iedereen"), personId: 0 })
        const choices = App.people.choices()
        for (let i = 0; i < choices.length; ++i)
            personChoices.append(choices[i])
        personBox.currentIndex = 0
    }

    AnswerDialog { id: answerDialog; objectName: "answerDialog" }
    function answer(entryId, text) { answerDialog.openFor(entryId, text) }
}
