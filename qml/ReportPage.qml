import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inzage.App

// "Rapport": what keeps the final report from going out (the core's ReportCheck), each point
// opening its entry, and making the concept or the final report as a PDF. The core refuses a
// final report while not ready, a path that exists, and leaves no half file on a full disk.
FocusScope {
    id: page
    signal openEntry(int entryId)
    readonly property var ws: App.workspace
    property string message: ""
    property bool made: false
    property bool concept: true

    // Writes the report at path; the core's message in place when it is refused.
    function makeAt(path, asConcept) {
        if (path === "") {
            made = false
            message = qsTr("Kies een bestand op deze computer om het rapport in te bewaren.")
            return false
        }
        const result = App.makeReport(path, asConcept)
        made = result === ""
        ws.refresh()
        if (made)
            message = asConcept ? qsTr("Het concept is bewaard in %1. De ouders krijgen minstens 5 werkdagen om te reageren: tot en met %2.")
                                      .arg(path).arg(ws.conceptDeadline())
                                : qsTr("Het definitieve rapport is bewaard in %1.").arg(path)
        else if (!asConcept && !ws.ready)
            message = notReadyText() // the core refused: the list below says why, each point opens its entry
        else
            message = result
        return made
    }
    function notReadyText() {
        return qsTr("Het definitieve rapport kan nog niet: los eerst de %1 punten hieronder op. Een concept kan wel.")
                 .arg(ws.blockers.length)
    }
    // "Concept naar de ouders": its own act, recorded; the update files take it to each copy.
    function sendConcept() {
        const result = ws.sendConcept()
        made = result === ""
        message = made ? qsTr("Vastgelegd: het concept gaat naar de ouders; zij kunnen reageren tot en met %1. Schrijf nu voor elke ouder een update op de pagina Ouders (Ctrl+5).")
                             .arg(ws.conceptDeadline())
                       : result
        return made
    }
    function start(asConcept) {
        ws.refresh()
        if (!asConcept && !ws.ready) {
            made = false
            message = notReadyText()
            return false
        }
        concept = asConcept
        message = ""
        saveDialog.open()
        return true
    }

    onVisibleChanged: if (visible) blockerList.forceActiveFocus()

    FileDialog {
        id: saveDialog
        objectName: "reportDialog"
        title: page.concept ? qsTr("Concept bewaren als") : qsTr("Definitief rapport bewaren als")
        // Found at creation otherwise; a page made before it is put in a window needs it said.
        parentWindow: page.Window.window
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        acceptLabel: qsTr("Bewaren")
        rejectLabel: qsTr("Annuleren")
        nameFilters: [qsTr("PDF-bestanden (*.pdf)")]
        onAccepted: page.makeAt(page.ws.localPath(selectedFile), page.concept)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap * 0.6

        Label {
            text: qsTr("Rapport")
            font.pointSize: Theme.title
            font.bold: true
            color: Theme.ink
        }
        Label {
            objectName: "readinessLabel"
            text: page.ws.checkMessage !== "" ? page.ws.checkMessage
                : page.ws.ready ? qsTr("Alles is nagelopen: het rapport kan definitief worden gemaakt.")
                : qsTr("%1 punten houden het definitieve rapport tegen. Kies een punt en druk op Enter om de notitie te openen.")
                      .arg(page.ws.blockers.length)
            color: page.ws.ready ? Theme.bron : Theme.ink
            font.bold: page.ws.ready
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.gap * 0.5
            Button {
                objectName: "makeConceptButton"
                text: qsTr("Maak concept")
                onClicked: page.start(true)
                Accessible.name: qsTr("Maak een concept van het rapport")
            }
            Button {
                objectName: "makeFinalButton"
                text: qsTr("Maak definitief rapport")
                highlighted: page.ws.ready
                onClicked: page.start(false)
                Accessible.name: qsTr("Maak het definitieve rapport")
            }
            Button {
                objectName: "sendConceptButton"
                text: qsTr("Concept naar de ouders")
                onClicked: page.sendConcept()
                Accessible.name: qsTr("Stuur het concept naar de ouders, met minstens 5 werkdagen om te reageren")
            }
        }
        Label {
            objectName: "conceptSentLabel"
            visible: page.ws.conceptSent !== ""
            text: page.ws.conceptSent
            color: Theme.ink
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "reportMessage"
            visible: page.message !== ""
            text: page.message
            color: page.made ? Theme.bron : Theme.danger
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
        }
        ListView {
            id: blockerList
            objectName: "blockerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap * 0.3
            model: page.ws.blockers
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.name: qsTr("Wat het rapport tegenhoudt")
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: if (currentItem && currentItem.entryId > 0) page.openEntry(currentItem.entryId)
            delegate: Rectangle {
                id: blocker
                objectName: "blocker" + index
                required property var modelData
                required property int index
                readonly property int entryId: modelData.entryId
                width: ListView.view.width - Theme.gap
                implicitHeight: Math.max(blockerText.implicitHeight, openButton.implicitHeight) + Theme.gap
                color: Theme.card
                radius: 6
                border.width: ListView.isCurrentItem && blockerList.activeFocus ? 3 : 1
                border.color: ListView.isCurrentItem && blockerList.activeFocus ? Theme.focus : Theme.line
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.gap * 0.6
                    anchors.rightMargin: Theme.gap * 0.6
                    spacing: Theme.gap
                    Label {
                        id: blockerText
                        text: blocker.modelData.message
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Button {
                        id: openButton
                        objectName: "blockerOpen" + blocker.index
                        visible: blocker.entryId > 0
                        text: qsTr("Open notitie %1").arg(blocker.entryId)
                        onClicked: page.openEntry(blocker.entryId)
                        Accessible.name: text
                    }
                }
            }
        }
    }
}
