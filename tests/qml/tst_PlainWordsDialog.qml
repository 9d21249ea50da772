import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// "Wat betekent dit?": every label, the shielded source, the chain's words and the note-number gaps
// in plain words, from the core; scrollable by keys; closed by Escape.
Item {
    id: root
    width: 1366
    height: 768

    PlainWordsDialog { id: dialog }

    TestCase {
        name: "PlainWordsDialog"
        when: windowShown

        function cleanup() {
            dialog.close()
            tryCompare(dialog, "visible", false)
        }

        function test_every_label_and_the_shielded_source_are_explained() {
            dialog.open()
            tryCompare(dialog, "opened", true)
            for (const key of ["feit", "mening", "bron", "onbeoordeeld", "afgeschermd"]) {
                const block = findChild(dialog.contentItem, "explain_" + key)
                verify(block, key)
                verify(block.Accessible.name.length > 60, block.Accessible.name)
            }
            const mening = findChild(dialog.contentItem, "explain_mening")
            verify(mening.Accessible.name.indexOf("eigen visie") >= 0, mening.Accessible.name)
            verify(findChild(dialog.contentItem, "numberGaps").text.indexOf("niets kwijt") >= 0)
        }

        function test_the_chain_words_are_there() {
            dialog.open()
            tryCompare(dialog, "opened", true)
            for (const key of ["ots", "raad", "gi", "maatregel", "concept-rapport"])
                verify(findChild(dialog.contentItem, "glossary_" + key), key)
        }

        function test_page_down_scrolls_and_escape_closes() {
            dialog.open()
            tryCompare(dialog, "opened", true)
            const flick = findChild(dialog.contentItem, "plainWordsFlick")
            tryVerify(() => flick.height > 0 && flick.contentHeight > flick.height, 2000,
                      "the explanation is longer than the dialog at 768 pixels")
            flick.forceActiveFocus()
            keyClick(Qt.Key_PageDown)
            verify(flick.contentY > 0)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
        }
    }
}
