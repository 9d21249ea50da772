import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// Cijfers: the attribution shares of the whole dossier and per section and month, who was spoken to
// and who never was, and how the parents' answers were handled. Every figure is the core's
// (AttributionAudit); every chart has its figures in words beside it.
ScrollView {
    id: page
    signal findingsRequested(string rule)

    readonly property bool wide: width >= 1000
    readonly property var review: App.review
    property int shareIndex: 0
    readonly property string shareKey: review.shares.length > 0 ? review.shares[shareIndex].key : ""
    readonly property var sectionBars: review.ready ? review.bars("section", shareKey) : ({ labels: [], values: [], texts: [] })
    readonly property var periodBars: review.ready ? review.bars("period", shareKey) : ({ labels: [], values: [], texts: [] })

    contentWidth: availableWidth
    clip: true

    function shareLabels() { return review.shares.map(s => s.shortName) }
    function shareValues() { return review.shares.map(s => s.percent) }
    function shareTexts() { return review.shares.map(s => s.name + ": " + s.text) }

    ColumnLayout {
        width: page.availableWidth
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            Layout.bottomMargin: 0
            spacing: Theme.gap / 3
            Label {
                text: qsTr("Cijfers van dit dossier")
                font.pointSize: Theme.title
                font.bold: true
                color: Theme.ink
            }
            Label {
                objectName: "auditSummary"
                text: qsTr("%1 notities. Gelezen op %2, logboek tot %3.").arg(page.review.entryCount)
                          .arg(page.review.auditedAt).arg(page.review.auditHead.substring(0, 16))
                color: Theme.quiet
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Label {
                    objectName: "findingsSummary"
                    text: qsTr("Bevindingen: %1 hoog, %2 middel, %3 laag.")
                              .arg(page.review.findings.severityCounts.hoog)
                              .arg(page.review.findings.severityCounts.middel)
                              .arg(page.review.findings.severityCounts.laag)
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "toFindingsButton"
                    text: qsTr("Naar de bevindingen")
                    onClicked: page.findingsRequested("")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    Accessible.name: qsTr("Naar de lijst met bevindingen")
                }
            }
        }

        // The parents' answers (AVG: one month).
        Rectangle {
            objectName: "answersCard"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            implicitHeight: answersColumn.implicitHeight + 2 * Theme.gap
            color: Theme.card
            border.color: Theme.line
            radius: 6
            ColumnLayout {
                id: answersColumn
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap / 2
                Label {
                    text: qsTr("Reacties van de ouders")
                    font.bold: true
                    font.pointSize: Theme.large
                    color: Theme.ink
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Repeater {
                        objectName: "answerTiles"
                        model: [
                            { key: "total", name: qsTr("Totaal"), value: page.review.answers.total },
                            { key: "handled", name: qsTr("Afgehandeld"), value: page.review.answers.handled },
                            { key: "open", name: qsTr("Open"), value: page.review.answers.open },
                            { key: "overdue", name: qsTr("Over de termijn"), value: page.review.answers.overdue },
                            { key: "median", name: qsTr("Mediaan dagen tot afhandeling"),
                              value: page.review.answers.medianDays !== "" ? page.review.answers.medianDays : "—" }
                        ]
                        Rectangle {
                            objectName: "answerTile_" + modelData.key
                            width: Math.max(tileColumn.implicitWidth + 2 * Theme.gap, Theme.base * 9)
                            height: tileColumn.implicitHeight + Theme.gap
                            radius: 4
                            color: modelData.key === "overdue" && modelData.value > 0 ? "#FBEAEA" : Theme.page
                            border.color: modelData.key === "overdue" && modelData.value > 0 ? Theme.danger : Theme.line
                            Accessible.role: Accessible.StaticText
                            Accessible.name: modelData.name + ": " + modelData.value
                            Column {
                                id: tileColumn
                                anchors.centerIn: parent
                                Label {
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    text: (modelData.key === "overdue" && modelData.value > 0 ? "\u26A0 " : "") + modelData.value
                                    font.pointSize: Theme.title
                                    font.bold: true
                                    color: modelData.key === "overdue" && modelData.value > 0 ? Theme.danger : Theme.ink
                                }
                                Label {
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    text: modelData.name
                                    color: Theme.quiet
                                }
                            }
                        }
                    }
                }
                Label {
                    objectName: "answersText"
                    text: page.review.answers.text || ""
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap

            FigureChart {
                objectName: "sharesChart"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                title: qsTr("Bronvermelding in het hele dossier")
                labels: page.shareLabels()
                values: page.shareValues()
                texts: page.shareTexts()
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                spacing: Theme.gap
                FigureChart {
                    objectName: "spokenChart"
                    Layout.fillWidth: true
                    title: qsTr("Met wie is gesproken (aantal notities)")
                    percent: false
                    labels: page.review.spokenTo.map(p => p.name)
                    values: page.review.spokenTo.map(p => p.count)
                    texts: page.review.spokenTo.map(p => p.text)
                }
                Rectangle {
                    objectName: "neverSpokenCard"
                    Layout.fillWidth: true
                    implicitHeight: neverColumn.implicitHeight + 2 * Theme.gap
                    color: Theme.card
                    border.color: page.review.neverSpokenTo.length > 0 ? Theme.danger : Theme.line
                    radius: 6
                    ColumnLayout {
                        id: neverColumn
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        spacing: Theme.gap / 3
                        Label {
                            text: qsTr("Nooit gesproken (ouders en kinderen)")
                            font.bold: true
                            font.pointSize: Theme.large
                            color: Theme.ink
                        }
                        Label {
                            objectName: "neverSpokenNone"
                            visible: page.review.neverSpokenTo.length === 0
                            text: qsTr("Met elke ouder en elk kind in het dossier is gesproken.")
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Repeater {
                            objectName: "neverSpokenList"
                            model: page.review.neverSpokenTo
                            Label {
                                text: "\u26A0 " + modelData.text
                                color: Theme.danger
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                                Accessible.name: modelData.text
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            spacing: Theme.gap
            Label {
                id: shareBoxLabel
                text: qsTr("Per onderdeel en per maand:")
                color: Theme.ink
                font.bold: true
            }
            ComboBox {
                id: shareBox
                objectName: "shareBox"
                model: page.review.shares.map(s => s.name)
                currentIndex: page.shareIndex
                onActivated: (index) => page.shareIndex = index
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.base * 40
                Accessible.name: shareBoxLabel.text + " " + displayText
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            Layout.bottomMargin: Theme.gap
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            FigureChart {
                objectName: "sectionChart"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                title: qsTr("Per onderdeel: %1").arg(shareBox.displayText)
                labels: page.sectionBars.labels
                values: page.sectionBars.values
                texts: page.sectionBars.texts
            }
            FigureChart {
                objectName: "periodChart"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                title: qsTr("Per maand: %1").arg(shareBox.displayText)
                labels: page.periodBars.labels
                values: page.periodBars.values
                texts: page.periodBars.texts
            }
        }
    }
}
