import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// "Dossier": the case information, appointments and promises, each form through the core's
// validated commands (CaseCommands); a refusal shows the core's message and changes nothing.
FocusScope {
    id: page
    readonly property var ws: App.workspace

    onVisibleChanged: if (visible) contactField.forceActiveFocus()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap * 2

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            contentWidth: availableWidth
            ColumnLayout {
                width: parent.width
                spacing: Theme.gap
                Label {
                    text: qsTr("Dossiergegevens")
                    font.pointSize: Theme.title
                    font.bold: true
                    color: Theme.ink
                }
                FormRow {
                    id: contactForm
                    formName: "contact"
                    title: qsTr("Contactpersoon (nu: %1)").arg(page.ws.contactName || qsTr("niemand"))
                    buttonText: qsTr("Opslaan")
                    TextField {
                        id: contactField
                        objectName: "contactField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Naam of #nummer")
                        Accessible.name: qsTr("Contactpersoon")
                        onAccepted: contactForm.submit()
                    }
                    onSubmit: if (show(page.ws.setContact(contactField.text), qsTr("Contactpersoon opgeslagen."))) contactField.text = ""
                }
                FormRow {
                    id: backupForm
                    formName: "backup"
                    title: qsTr("Vervanger bij afwezigheid (nu: %1)").arg(page.ws.backupName || qsTr("niemand"))
                    buttonText: qsTr("Opslaan")
                    TextField {
                        id: backupField
                        objectName: "backupField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Naam of #nummer")
                        Accessible.name: qsTr("Vervanger")
                        onAccepted: backupForm.submit()
                    }
                    onSubmit: if (show(page.ws.setBackup(backupField.text), qsTr("Vervanger opgeslagen."))) backupField.text = ""
                }
                FormRow {
                    id: hoursForm
                    formName: "hours"
                    title: qsTr("Kantooruren (nu: %1)").arg(page.ws.officeHours)
                    buttonText: qsTr("Opslaan")
                    TextField {
                        id: hoursField
                        objectName: "hoursField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("UU:MM-UU:MM, bijvoorbeeld 08:30-17:00")
                        Accessible.name: qsTr("Kantooruren")
                        onAccepted: hoursForm.submit()
                    }
                    onSubmit: if (show(page.ws.setOfficeHours(hoursField.text), qsTr("Kantooruren opgeslagen."))) hoursField.text = ""
                }
                FormRow {
                    id: appointmentForm
                    formName: "appointment"
                    title: qsTr("Nieuwe afspraak")
                    buttonText: qsTr("Toevoegen")
                    TextField {
                        id: apDescription
                        objectName: "appointmentDescription"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        placeholderText: qsTr("Wat")
                        Accessible.name: qsTr("Omschrijving van de afspraak")
                    }
                    TextField {
                        id: apAt
                        objectName: "appointmentAt"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        placeholderText: qsTr("JJJJ-MM-DD UU:MM")
                        Accessible.name: qsTr("Datum en tijd van de afspraak")
                    }
                    TextField {
                        id: apWith
                        objectName: "appointmentWith"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        placeholderText: qsTr("Met wie")
                        Accessible.name: qsTr("Met wie is de afspraak")
                        onAccepted: appointmentForm.submit()
                    }
                    onSubmit: if (show(page.ws.addAppointment(apDescription.text, apAt.text, apWith.text), qsTr("Afspraak toegevoegd."))) {
                        apDescription.text = ""; apAt.text = ""; apWith.text = ""
                    }
                }
                FormRow {
                    id: promiseForm
                    formName: "promise"
                    title: qsTr("Nieuwe toezegging")
                    buttonText: qsTr("Toevoegen")
                    TextField {
                        id: prDescription
                        objectName: "promiseDescription"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        placeholderText: qsTr("Wat is toegezegd")
                        Accessible.name: qsTr("Omschrijving van de toezegging")
                    }
                    TextField {
                        id: prDue
                        objectName: "promiseDue"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        placeholderText: qsTr("Uiterlijk JJJJ-MM-DD")
                        Accessible.name: qsTr("Datum waarop de toezegging nagekomen moet zijn")
                    }
                    TextField {
                        id: prWith
                        objectName: "promiseWith"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        placeholderText: qsTr("Aan wie")
                        Accessible.name: qsTr("Aan wie is het toegezegd")
                        onAccepted: promiseForm.submit()
                    }
                    onSubmit: if (show(page.ws.addPromise(prDescription.text, prDue.text, prWith.text), qsTr("Toezegging toegevoegd."))) {
                        prDescription.text = ""; prDue.text = ""; prWith.text = ""
                    }
                }
                FormRow {
                    id: cancelForm
                    formName: "cancel"
                    title: qsTr("Afspraak afzeggen")
                    buttonText: qsTr("Afzeggen")
                    SpinBox {
                        id: cancelNumber
                        objectName: "cancelNumber"
                        from: 1
                        to: 99999
                        editable: true
                        Accessible.name: qsTr("Nummer van de afspraak")
                    }
                    TextField {
                        id: cancelReason
                        objectName: "cancelReason"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Reden (de familie ziet die)")
                        Accessible.name: qsTr("Reden van afzeggen")
                        onAccepted: cancelForm.submit()
                    }
                    onSubmit: if (show(page.ws.cancelAppointment(cancelNumber.value, cancelReason.text), qsTr("Afspraak afgezegd."))) cancelReason.text = ""
                }
                FormRow {
                    id: makeUpForm
                    formName: "makeUp"
                    title: qsTr("Afgezegde afspraak inhalen")
                    buttonText: qsTr("Inhalen")
                    SpinBox {
                        id: makeUpNumber
                        objectName: "makeUpNumber"
                        from: 1
                        to: 99999
                        editable: true
                        Accessible.name: qsTr("Nummer van de afgezegde afspraak")
                    }
                    TextField {
                        id: makeUpAt
                        objectName: "makeUpAt"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Nieuwe datum en tijd, JJJJ-MM-DD UU:MM")
                        Accessible.name: qsTr("Nieuwe datum en tijd")
                        onAccepted: makeUpForm.submit()
                    }
                    onSubmit: if (show(page.ws.makeUpAppointment(makeUpNumber.value, makeUpAt.text), qsTr("Inhaalafspraak toegevoegd."))) makeUpAt.text = ""
                }
            }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            spacing: Theme.gap * 0.5
            Label { text: qsTr("Afspraken en toezeggingen"); font.pointSize: Theme.large; font.bold: true; color: Theme.ink }
            ListView {
                objectName: "appointmentList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.gap * 0.4
                model: App.appointments
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    required property int number
                    required property string kind
                    required property string description
                    required property string when
                    required property string statusText
                    required property string withWhom
                    width: ListView.view.width - Theme.gap
                    implicitHeight: apCol.implicitHeight + Theme.gap
                    color: Theme.card
                    border.color: Theme.line
                    radius: 6
                    ColumnLayout {
                        id: apCol
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.gap * 0.5
                        spacing: 2
                        Label {
                            text: qsTr("%1 %2: %3").arg(kind).arg(number).arg(description)
                            font.bold: true
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: withWhom !== "" ? qsTr("%1 · met %2 · %3").arg(when).arg(withWhom).arg(statusText)
                                                  : qsTr("%1 · %2").arg(when).arg(statusText)
                            color: Theme.quiet
                            font.pointSize: Theme.small
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
