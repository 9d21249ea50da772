import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// Who to call, now. 112 first; the organisation's number that applies at this time of day.
Dialog {
    id: dialog
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 4 * Theme.gap : 640, 640)
    title: qsTr("Spoed: wie belt u?")
    standardButtons: Dialog.Close
    onOpened: App.refreshClock()
    FocusReturn { popup: dialog }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        InfoCard {
            objectName: "call112"
            accent: Theme.danger
            heading: qsTr("Is er levensgevaar? Bel 112.")
            body: qsTr("Bij direct gevaar voor iemands leven of gezondheid: bel meteen 112.")
        }
        InfoCard {
            objectName: "callVeiligThuis"
            heading: qsTr("Loopt het thuis uit de hand? Bel Veilig Thuis: 0800-2000.")
            body: qsTr("Gratis, dag en nacht bereikbaar.")
        }
        InfoCard {
            objectName: "callOrganisation"
            visible: App.unlocked
            heading: App.officeHoursNow ? qsTr("Nu is het kantoortijd: bel %1 op %2.").arg(App.organisation).arg(App.numberNow)
                                        : qsTr("Nu is het buiten kantoortijd: bel %1.").arg(App.numberNow)
            body: App.officeHoursNow ? qsTr("Vraag naar uw contactpersoon%1. Kantooruren: %2 op werkdagen.")
                                           .arg(App.contactName !== "" ? " (" + App.contactName + ")" : "").arg(App.officeHours)
                                     : qsTr("Dit is het nummer voor buiten kantooruren. Op werkdagen van %1 belt u %2.")
                                           .arg(App.officeHours).arg(App.officeNumber)
        }
    }
}
