import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// A plain card: a heading and a few lines of text.
Rectangle {
    id: card
    property string heading
    property string body
    property color accent: Theme.accent
    // A stop for Tab, so a page of cards is read and scrolled by keyboard (the ring shows where).
    property bool focusable: true
    readonly property string readingText: heading + (body !== "" ? ". " + body : "")
    activeFocusOnTab: focusable
    Layout.fillWidth: true
    color: Theme.card
    border.color: Theme.line
    radius: 6
    implicitHeight: col.implicitHeight + 2 * Theme.gap
    implicitWidth: Theme.base * 30
    Accessible.role: Accessible.StaticText
    Accessible.name: heading + ". " + body
    Rectangle { width: 5; height: parent.height; radius: 2; color: card.accent }
    ColumnLayout {
        id: col
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.gap * 1.5
        spacing: 4
        Label { text: card.heading; font.bold: true; color: Theme.ink; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        Label { text: card.body; color: Theme.ink; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    }
}
