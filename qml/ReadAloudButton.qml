import QtQuick
import QtQuick.Controls
import Inzage.App

// "Lees voor" (Ctrl+L) for an entry or a page; "Stop met voorlezen" while this one is being read.
// Without a speech engine it is disabled and says why (App.speech.status), in its tooltip and to a
// screen reader.
Button {
    id: button
    // What is read: "entry:12", "page:0" (App.speech.speakingKey tells which one is being read).
    property string speakKey: ""
    // "deze notitie", "deze pagina": said in the accessible name.
    property string what: ""
    // Only the sign (the header of a narrow window); the words stay in the tooltip and the name.
    property bool compact: false
    readonly property bool reading: App.speech.speaking && App.speech.speakingKey === speakKey
    signal readRequested()

    text: compact ? (reading ? "\u25A0" : "\u25B6")
        : !App.speech.available ? qsTr("Voorlezen kan hier niet") : reading ? qsTr("\u25A0 Stop (Ctrl+L)") : qsTr("\u25B6 Lees voor")
    enabled: App.speech.available
    // Compact: a square with the sign, so the title keeps the room.
    implicitWidth: compact ? Math.max(implicitContentWidth + leftPadding + rightPadding, implicitHeight)
                           : Math.max(implicitBackgroundWidth + leftInset + rightInset, implicitContentWidth + leftPadding + rightPadding)
    onClicked: reading ? App.speech.stop() : button.readRequested()
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Accessible.name: !App.speech.available ? qsTr("Lees %1 voor. %2").arg(what).arg(App.speech.status)
                     : reading ? qsTr("Stop met voorlezen (Ctrl+L)") : qsTr("Lees %1 voor (Ctrl+L)").arg(what)
    ToolTip.visible: hovered || visualFocus
    ToolTip.text: App.speech.available ? qsTr("Lees %1 voor (Ctrl+L)").arg(what) : App.speech.status
    // A disabled button shows no tooltip on hover in Fusion: the reason sits on the button's own
    // hover area too, so it is never a mute grey button.
    HoverHandler { id: hover; enabled: !App.speech.available }
    ToolTip {
        visible: hover.hovered && !App.speech.available
        text: App.speech.status
    }
}
