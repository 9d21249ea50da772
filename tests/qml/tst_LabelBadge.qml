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
    }
}
