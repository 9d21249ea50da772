import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inzage.App

// "Wie doet wat": the contact person and the backup, the organisation, appointments and what
// became of them, and where the family is in the chain with what happens next.
Item {
    id: page

    // "" when written; else the message is shown.
    function saveCalendarTo(file) {
        const message = App.saveCalendar(file)
        calendarResult.failed = message !== ""
        calendarResult.text = message !== "" ? message
            : qsTr("Klaar. Het bestand %1 is gemaakt. Open het met uw agenda (bijvoorbeeld door erop te dubbelklikken) om de afspraken over te nemen. Dit bestand is niet versleuteld: gooi het weg als de afspraken in uw agenda staan.").arg(String(file).replace(/^.*[\/\\]/, ""))
        return message
    }
    function chooseCalendarFile() {
        calendarDialog.selectedFile = "file://" + App.suggestedCalendarFile()
        calendarDialog.open()
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: Theme.gap
            Item { height: 1 }
            Label { text: qsTr("Wie doet wat"); font.pointSize: Theme.title; font.bold: true; color: Theme.ink; Layout.leftMargin: Theme.gap }

            GridLayout {
                columns: width > Theme.base * 60 ? 2 : 1
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                InfoCard {
                    objectName: "contactCard"
                    Layout.alignment: Qt.AlignTop
                    heading: qsTr("Uw vaste contactpersoon")
                    body: App.contactName !== "" ? App.contactName + (App.contactRole !== "" ? " (" + App.contactRole + ")" : "") + "\n" + App.organisation
                                                 : qsTr("Nog niet bekend.")
                }
                InfoCard {
                    objectName: "backupCard"
                    Layout.alignment: Qt.AlignTop
                    heading: qsTr("Als uw contactpersoon er niet is")
                    body: App.backupName !== "" ? qsTr("Dan helpt %1 u.").arg(App.backupName + (App.backupRole !== "" ? ", " + App.backupRole : ""))
                                                : qsTr("Er is nog geen vervanger genoemd. Vraag ernaar: u heeft recht op een vast aanspreekpunt.")
                }
                InfoCard {
                    heading: qsTr("Bereikbaar")
                    body: qsTr("Kantooruren: %1 op werkdagen, nummer %2.").arg(App.officeHours).arg(App.officeNumber)
                          + "\n" + qsTr("Buiten kantooruren: %1.").arg(App.afterHoursNumber)
                }
            }

            Label { text: qsTr("Waar bent u nu?"); font.pointSize: Theme.large; font.bold: true; color: Theme.ink; Layout.leftMargin: Theme.gap }
            Flow {
                objectName: "chainPicture"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                spacing: Theme.gap * 0.4
                Repeater {
                    model: App.chainStages
                    Row {
                        spacing: Theme.gap * 0.4
                        Rectangle {
                            readonly property bool current: index === App.currentStage
                            width: stageLabel.implicitWidth + 2 * Theme.gap
                            height: stageLabel.implicitHeight + Theme.gap
                            radius: 6
                            color: current ? Theme.accent : Theme.card
                            border.color: current ? Theme.accent : Theme.line
                            border.width: current ? 3 : 1
                            Accessible.role: Accessible.StaticText
                            Accessible.name: current ? qsTr("%1 (hier bent u nu)").arg(modelData) : modelData
                            Label {
                                id: stageLabel
                                anchors.centerIn: parent
                                text: (parent.current ? "\u25CF " : "") + modelData
                                color: parent.current ? "white" : Theme.ink
                                font.bold: parent.current
                            }
                        }
                        Label {
                            visible: index < App.chainStages.length - 1
                            text: "\u2192"
                            font.pointSize: Theme.large
                            anchors.verticalCenter: parent.verticalCenter
                            color: Theme.quiet
                        }
                    }
                }
            }
            InfoCard {
                objectName: "nextStep"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                heading: qsTr("Wat gebeurt er nu?")
                body: App.nextStepText
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                spacing: Theme.gap
                Label { text: qsTr("Afspraken en toezeggingen"); font.pointSize: Theme.large; font.bold: true; color: Theme.ink; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                Button {
                    id: calendarButton
                    objectName: "calendarButton"
                    text: qsTr("Zet in mijn agenda")
                    enabled: App.unlocked && appointmentList.count > 0
                    Accessible.name: qsTr("Zet in mijn agenda: bewaar de afspraken als agendabestand")
                    onClicked: page.chooseCalendarFile()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }
            Label {
                id: calendarResult
                objectName: "calendarResult"
                property bool failed: false
                visible: text !== ""
                color: failed ? Theme.danger : Theme.ink
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Repeater {
                id: appointmentList
                model: App.appointments
                InfoCard {
                    required property string description
                    required property string when
                    required property string kind
                    required property string status
                    required property string statusText
                    required property string withWhom
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.gap
                    Layout.rightMargin: Theme.gap
                    heading: kind + ": " + description
                    body: when + (withWhom !== "" ? " — " + qsTr("met %1").arg(withWhom) : "") + "\n" + statusText
                    accent: status === "afgezegd" || status === "te-laat" || status === "niet-nagekomen" ? Theme.danger
                            : status === "ingehaald" || status === "gehouden" || status === "nagekomen" ? Theme.bron : Theme.accent
                }
            }
            Item { height: Theme.gap }
        }
    }

    FileDialog {
        id: calendarDialog
        objectName: "calendarDialog"
        title: qsTr("Waar wilt u het agendabestand bewaren?")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Agendabestand (*.ics)")]
        defaultSuffix: "ics"
        acceptLabel: qsTr("Bewaar hier")
        rejectLabel: qsTr("Annuleren")
        onAccepted: { page.saveCalendarTo(selectedFile.toString()); calendarButton.forceActiveFocus() }
        onRejected: calendarButton.forceActiveFocus()
    }

    Connections {
        target: App
        function onUnlockedChanged() { calendarResult.text = ""; calendarDialog.close() }
    }
}
