import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Inzage.App

// One set of figures as horizontal bars, and every figure once more as text beneath it: a chart
// is never the only place a number is (nor is colour); the chart's accessible name says them all.
Rectangle {
    id: card
    property string title: ""
    property var labels: []     // one per bar
    property var values: []     // numbers, same order; -1 for nothing to count
    property var texts: []      // the same figures in words, same order
    property bool percent: true // values are 0..100 (else counts)
    property alias chart: chartView

    color: Theme.card
    border.color: Theme.line
    radius: 6
    implicitHeight: column.implicitHeight + 2 * Theme.gap

    // Bars run top-down in the order of the list below them (a horizontal chart draws its first
    // category at the bottom), and each category says its own figure, so an empty bar reads "0%".
    // A negative value is "nothing to count": no bar, and a dash instead of a figure.
    function valueText(v) { return v < 0 ? "\u2014" : card.percent ? v + "%" : String(v) }
    function chartLabels() {
        const out = []
        for (let i = card.labels.length - 1; i >= 0; --i)
            out.push(card.labels[i] + " (" + valueText(card.values[i]) + ")")
        return out
    }
    function chartValues() { return card.values.map(v => Math.max(0, v)).reverse() }

    function maxValue() {
        if (card.percent)
            return 100
        let m = 1
        for (const v of card.values)
            m = Math.max(m, v)
        return m
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2

        Label {
            text: card.title
            font.bold: true
            font.pointSize: Theme.large
            color: Theme.ink
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.labels.length === 0
            text: qsTr("Niets te tonen.")
            color: Theme.quiet
        }
        ChartView {
            id: chartView
            objectName: card.objectName + "View"
            visible: card.labels.length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(140, card.labels.length * Theme.base * 3.2 + Theme.base * 5)
            antialiasing: true
            legend.visible: false
            backgroundColor: Theme.card
            margins { top: 0; bottom: 0; left: 0; right: 0 }
            Accessible.role: Accessible.Chart
            Accessible.name: card.title + ". " + card.texts.join("; ")

            HorizontalBarSeries {
                id: series
                labelsVisible: true
                labelsPosition: AbstractBarSeries.LabelsInsideEnd
                labelsFormat: card.percent ? "@value%" : "@value"
                barWidth: 0.7
                axisY: BarCategoryAxis {
                    categories: card.chartLabels()
                    labelsFont.pointSize: Theme.small
                    labelsColor: Theme.ink
                    gridVisible: false
                }
                axisX: ValueAxis {
                    min: 0
                    max: card.maxValue()
                    tickCount: card.percent ? 6 : Math.min(6, card.maxValue() + 1)
                    labelFormat: card.percent ? "%d%" : "%d"
                    labelsFont.pointSize: Theme.small
                    labelsColor: Theme.quiet
                }
                BarSet {
                    label: card.title
                    values: card.chartValues()
                    color: Theme.accent
                    borderColor: Theme.accent
                    labelColor: "white"
                    labelFont.pointSize: Theme.small
                    labelFont.bold: true
                }
            }
        }
        Repeater {
            objectName: card.objectName + "Texts"
            model: card.texts
            Label {
                text: modelData
                color: Theme.ink
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.name: modelData
            }
        }
    }
}
