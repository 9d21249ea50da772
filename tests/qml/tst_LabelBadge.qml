import QtQuick
import QtTest
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// A label is never told by colour alone: each has its own icon and its word, and its own colour.
Item {
    id: root
    width: 400
    height: 200

    LabelBadge { id: badge }

    TestCase {
        name: "LabelBadge"
        when: windowShown

        function test_each_label_has_icon_word_and_colour() {
            const seen = {}
            const icons = {}
            for (const l of [["feit", "Feit"], ["mening", "Mening"], ["bron", "Bron"], ["onbeoordeeld", "Nog niet beoordeeld"]]) {
                badge.label = l[0]
                badge.labelName = l[1]
                const all = H.texts(badge)
                compare(all.length, 2, all.join(" | "))
                compare(all[1], l[1])
                verify(!(all[0] in icons), "icon " + all[0] + " used twice")
                icons[all[0]] = true
                const colour = badge.color.toString()
                verify(!(colour in seen), "colour " + colour + " used twice")
                seen[colour] = true
                verify(badge.implicitWidth > 0)
                compare(badge.Accessible.name, l[1])
            }
        }

        // WCAG 2 relative luminance and contrast ratio.
        function luminance(c) {
            const lin = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
            return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
        }
        function contrast(a, b) {
            const la = luminance(a), lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }

        function test_label_colours_meet_wcag_aa() {
            for (const l of ["feit", "mening", "bron", "onbeoordeeld"]) {
                badge.label = l
                // White words on the badge, and the colour as a stripe or text on the white card.
                verify(contrast(badge.color, Qt.color("white")) >= 4.5, l + ": " + contrast(badge.color, Qt.color("white")))
                verify(contrast(badge.color, Theme.page) >= 4.5, l + " on the page background")
            }
            verify(contrast(Theme.ink, Theme.card) >= 7, "body text")
            verify(contrast(Theme.quiet, Theme.card) >= 4.5, "secondary text")
            verify(contrast(Theme.danger, Qt.color("white")) >= 4.5, "Spoed button")
        }
    }
}
