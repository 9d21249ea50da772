import QtQuick
import QtQuick.Controls

// The keys of the labelling view, always on screen.
Rectangle {
    id: legend
    color: Theme.card
    implicitHeight: flow.implicitHeight + Theme.gap
    Rectangle { anchors.top: parent.top; width: parent.width; height: 1; color: Theme.line }

    readonly property var keys: [
        ["1", qsTr("feit")], ["2", qsTr("mening")], ["3", qsTr("bron")], ["0", qsTr("onbeoordeeld")],
        ["Enter", qsTr("suggestie overnemen")], ["Backspace / Ctrl+Z", qsTr("ongedaan maken")],
        ["N", qsTr("volgende onbeoordeelde")], ["W", qsTr("volgende waarschuwing")],
        ["\u2191 \u2193", qsTr("vorige / volgende")], ["Tab", qsTr("velden")], ["Esc", qsTr("terug")]
    ]

    Flow {
        id: flow
        objectName: "keyLegend"
        anchors.fill: parent
        anchors.margins: Theme.gap * 0.5
        spacing: Theme.gap
        Repeater {
            model: legend.keys
            Row {
                spacing: Theme.gap * 0.3
                Rectangle {
                    width: cap.implicitWidth + Theme.gap * 0.8
                    height: cap.implicitHeight + Theme.gap * 0.3
                    radius: 4
                    color: Theme.page
                    border.color: Theme.quiet
                    Label { id: cap; anchors.centerIn: parent; text: modelData[0]; font.bold: true; color: Theme.ink }
                }
                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    text: modelData[1]
                    color: Theme.ink
                }
            }
        }
    }
}
