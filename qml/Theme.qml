pragma Singleton
import QtQuick
import Inzage.App

// Colours and sizes in one place. Label colours pass WCAG AA (4.5:1) as white text on the
// colour and as coloured text on white; a label is never shown by colour alone.
QtObject {
    id: theme
    readonly property color page: "#F7F5F0"
    readonly property color card: "#FFFFFF"
    readonly property color ink: "#1E1E1E"
    readonly property color quiet: "#4A4A4A"
    readonly property color line: "#D6D2C8"
    readonly property color accent: "#1F4E8C"
    readonly property color danger: "#A4161A"
    readonly property color focus: "#E08A00"
    // The keyboard focus: a 3 px near-black ring with a white inner line, drawn around whatever has
    // the focus (FocusRing), so it stands out on the page, on cards and on coloured buttons alike,
    // by its thickness and not by colour only.
    readonly property color focusRing: "#111111"
    readonly property int focusWidth: 3
    readonly property color newMark: "#8A4B00"

    readonly property color feit: "#1F4E8C"
    readonly property color mening: "#6B2C91"
    readonly property color bron: "#1E6B52"
    readonly property color onbeoordeeld: "#5A5A5A"

    // The system font times the reader's text size (A− / A+, remembered by the app).
    readonly property real systemBase: Qt.application.font.pointSize > 0 ? Qt.application.font.pointSize : 11
    readonly property real base: systemBase * (App.textScale > 0 ? App.textScale : 1)
    readonly property real small: base * 0.92
    readonly property real large: base * 1.25
    readonly property real title: base * 1.6
    readonly property int gap: Math.round(base * 0.9)
    // A reading column of about 80 characters of the entry text (Theme.large), centred on wide screens.
    readonly property FontMetrics readingMetrics: FontMetrics { font.pointSize: theme.large }
    readonly property real readingWidth: readingMetrics.averageCharacterWidth * 80 + 6 * gap

    function labelColor(label) {
        return label === "feit" ? feit : label === "mening" ? mening : label === "bron" ? bron : onbeoordeeld
    }
    // Shapes that differ per label, so the label is readable without colour too.
    function labelIcon(label) {
        return label === "feit" ? "\u25C6" : label === "mening" ? "\u2696" : label === "bron" ? "\u275D"
             : label === "afgeschermd" ? "\u2298" : "?"
    }
}
