import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// "Mijn rechten" in plain words, with the deadlines.
Item {
    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: Theme.gap
            Item { height: 1 }
            Label { text: qsTr("Mijn rechten"); font.pointSize: Theme.title; font.bold: true; color: Theme.ink; Layout.leftMargin: Theme.gap }
            Repeater {
                model: [
                    { h: qsTr("U mag uw dossier lezen (inzage)"),
                      b: qsTr("U mag lezen wat er over u en uw kinderen is opgeschreven. Vraag erom bij de organisatie. Zij moeten binnen een maand antwoorden. Soms mag dat twee maanden langer duren; dat moeten ze u dan binnen een maand laten weten.") },
                    { h: qsTr("U mag uw eigen verhaal toevoegen (eigen verklaring)"),
                      b: qsTr("Bent u het ergens niet mee eens? Dan mag u uw eigen verklaring laten toevoegen aan het dossier. Gebruik daarvoor bij een notitie \u2018Ik wil iets aanvullen\u2019.") },
                    { h: qsTr("U mag vragen om iets te verbeteren (correctie)"),
                      b: qsTr("Staat er iets in dat feitelijk niet klopt? Dan mag u vragen om het te verbeteren. U krijgt binnen een maand antwoord. Wordt uw verzoek afgewezen, dan moet de organisatie zeggen waarom.") },
                    { h: qsTr("U mag vragen om gegevens te vernietigen"),
                      b: qsTr("U mag vragen om (een deel van) het dossier te vernietigen. De organisatie moet dat binnen drie maanden doen, behalve als een wet of het belang van een ander dat verbiedt. Dan hoort u waarom.") },
                    { h: qsTr("U mag een klacht indienen"),
                      b: qsTr("Bent u niet tevreden over hoe u behandeld bent? Praat er eerst over met uw contactpersoon of diens leidinggevende. Helpt dat niet, dan kunt u een klacht indienen bij de klachtencommissie van de organisatie. Een vertrouwenspersoon (AKJ) kan u gratis helpen.") },
                    { h: qsTr("Reageren op een rapport van de Raad"),
                      b: qsTr("U krijgt een concept van het rapport van de Raad voor de Kinderbescherming en heeft minstens 5 werkdagen om te reageren. Uw reactie komt bij het rapport.") }
                ]
                InfoCard {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.gap
                    Layout.rightMargin: Theme.gap
                    heading: modelData.h
                    body: modelData.b
                }
            }
            Item { height: Theme.gap }
        }
    }
}
