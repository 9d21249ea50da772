import QtQuick
import QtQuick.Controls

// The label as word + icon + colour.
Rectangle {
    id: badge
    property string label: "onbeoordeeld"
    property string labelName: ""

    implicitWidth: row.implicitWidth + Theme.gap
    implicitHeight: row.implicitHeight + Theme.gap * 0.4
    radius: height / 2
    color: Theme.labelColor(label)
    Accessible.role: Accessible.StaticText
    Accessible.name: labelName

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.gap * 0.4
        Label {
            text: Theme.labelIcon(badge.label)
            color: "white"
            font.pointSize: Theme.base
            font.bold: true
        }
        Label {
            text: badge.labelName
            color: "white"
            font.pointSize: Theme.base
            font.bold: true
        }
    }
}
