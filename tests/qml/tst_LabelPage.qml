import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// The labelling view, by keys only: a hundred sentences labelled with 1/2/3/0 and Enter (the
// hint), a basis typed where a feit needs one, a new person typed where a bron needs one, undo
// across entries with Backspace and Ctrl+Z, and the progress line.
Item {
    id: root
    width: 1366
    height: 768

    LabelPage { id: page; anchors.fill: parent }

    TestCase {
        name: "LabelPage"
        when: windowShown

        property var lc: App.labelling

        function initTestCase() {
            App.vaultPath = fixture.labelling
            verify(App.unlock(fixture.labellingPassphrase), App.message)
            verify(App.professional)
            verify(lc.active, lc.message)
            compare(lc.total, 120)
            page.backToEntry()
        }
        function cleanupTestCase() { App.lock() }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_1_start_shows_progress_hint_and_keys() {
            compare(findChild(page, "progressLabel").text, "0 van 120 beoordeeld")
            compare(lc.position, 1)
            verify(findChild(page, "hintBox").visible)
            // The hint is a suggestion beside the label, never the label itself.
            compare(findChild(page, "storedLabel").label, "onbeoordeeld")
            verify(findChild(page, "hintLabel").text.indexOf("Suggestie") === 0)
            compare(lc.storedLabel(1), "onbeoordeeld")
            const legend = H.texts(findChild(page, "keyLegend")).join(" ")
            for (const part of ["1", "feit", "2", "mening", "3", "bron", "0", "onbeoordeeld", "Enter", "Ctrl+Z"])
                verify(legend.indexOf(part) >= 0, part + " in " + legend)
        }

        function test_2_hundred_sentences_by_keys() {
            const expected = {}
            let typedBasis = false, typedSource = false
            for (let n = 0; n < 100; ++n) {
                const pos = lc.position
                compare(pos, n + 1)
                const kind = n % 5
                if (kind === 4) {
                    verify(lc.hasHint, "a hint at " + pos)
                    const hint = lc.hintAt(pos)
                    compare(lc.storedLabel(pos), "onbeoordeeld", "the hint is not stored before Enter")
                    keyClick(Qt.Key_Return)
                    expected[pos] = hint
                } else if (kind === 0) {
                    keyClick(Qt.Key_1)
                    if (lc.position === pos) {
                        // The first feit has no basis to offer: the cursor is in the basis field.
                        compare(lc.needs, "basis")
                        verify(findChild(page, "basisField").activeFocus)
                        verify(findChild(page, "labelMessage").text.indexOf("basis") >= 0)
                        shot("basis-needed")
                        typeText("document: verzuimoverzicht maart")
                        keyClick(Qt.Key_Return)
                        typedBasis = true
                    }
                    expected[pos] = "feit"
                } else if (kind === 1) {
                    keyClick(Qt.Key_2)
                    expected[pos] = "mening"
                } else if (kind === 2) {
                    keyClick(Qt.Key_3)
                    if (lc.position === pos) {
                        // No one to offer: the cursor is in the source picker; a new name is added.
                        compare(lc.needs, "source")
                        verify(findChild(page, "sourcePickerField").activeFocus)
                        typeText("Karin Bos")
                        keyClick(Qt.Key_Return)
                        typedSource = true
                    }
                    expected[pos] = "bron"
                } else {
                    keyClick(Qt.Key_0)
                    expected[pos] = "onbeoordeeld"
                }
                compare(lc.position, pos + 1, "moved on after " + pos + ": " + lc.message)
                verify(findChild(page, "entryArea").activeFocus, "keys go to the entry again")
            }
            verify(typedBasis)
            verify(typedSource)
            for (const pos in expected)
                compare(lc.storedLabel(Number(pos)), expected[pos], "stored label of " + pos)
            const labelled = Object.values(expected).filter(l => l !== "onbeoordeeld").length
            compare(lc.labelled, labelled)
            compare(findChild(page, "progressLabel").text, labelled + " van 120 beoordeeld")
        }

        function test_3_undo_goes_back_across_entries() {
            const before = lc.labelled
            const pos = lc.position // 101: 100 (Enter, the hint), 99 (0) and 98 (3) were the last
            compare(pos, 101)
            const last = lc.storedLabel(100)
            verify(last !== "onbeoordeeld")
            keyClick(Qt.Key_Backspace)
            compare(lc.position, 100)
            compare(lc.storedLabel(100), "onbeoordeeld")
            compare(lc.labelled, before - 1)
            // 99 was passed with 0 (it was unlabelled: nothing written, nothing to undo), so
            // the next undo goes back to 98.
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(lc.position, 98)
            compare(lc.storedLabel(98), "onbeoordeeld")
            compare(lc.labelled, before - 2)
            compare(findChild(page, "progressLabel").text, (before - 2) + " van 120 beoordeeld")
            verify(findChild(page, "labelMessage").text.indexOf("Ongedaan") === 0)
        }

        function test_4_next_unlabelled_and_next_warning() {
            keyClick(Qt.Key_N)
            compare(lc.storedLabel(lc.position), "onbeoordeeld")
            const from = lc.position
            keyClick(Qt.Key_W)
            verify(lc.position !== from)
            verify(findChild(page, "warningBox").visible)
            verify(lc.warnings.length > 0)
            shot("warning")
        }

        function shot(name) {
            if (fixture.shotDir !== "")
                grabImage(root).save(fixture.shotDir + "/labelview-" + name + ".png")
        }

        function test_5_source_picker_types_ahead_in_dutch_order() {
            lc.goTo(101) // "Volgens Anna de Wit …": a bron, Anna offered as the suggestion
            compare(lc.sourceName, "Anna de Wit")
            verify(lc.sourceSuggested)
            verify(H.anyContains(H.texts(page), "Anna de Wit (suggestie)"))
            shot("focus")
            const picker = findChild(page, "sourcePicker")
            picker.field.forceActiveFocus()
            typeText("kar")
            const matches = findChild(page, "sourcePickerMatches")
            tryVerify(() => matches.visible)
            // Karim before Karin (ICU Dutch order), then the typed text as a new person.
            compare(picker.matches.map(m => m.name).join("|"), "Karim El Amrani|Karin Bos|kar")
            verify(picker.matches[2].isNew)
            shot("picker")
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            compare(lc.sourceName, "Karin Bos")
            verify(!lc.sourceSuggested)
            verify(findChild(page, "entryArea").activeFocus)
            keyClick(Qt.Key_3)
            compare(lc.position, 102)
            compare(lc.storedLabel(101), "bron")
        }

        function test_6_a_conclusion_rests_on_feiten_chosen_by_keys() {
            lc.goTo(106) // "Het lijkt erop …" (i = 105): a mening, unlabelled
            compare(lc.storedLabel(106), "onbeoordeeld")
            const field = findChild(page, "restsOnField")
            field.forceActiveFocus()
            typeText("afwezig")
            keyClick(Qt.Key_Return)
            compare(lc.restsOn.length, 1)
            verify(lc.restsOn[0].text.indexOf("afwezig") >= 0, lc.restsOn[0].text)
            shot("rests-on")
            keyClick(Qt.Key_Escape)
            verify(findChild(page, "entryArea").activeFocus)
            keyClick(Qt.Key_2)
            compare(lc.storedLabel(106), "mening")
            lc.goTo(106)
            verify(H.anyContains(lc.details, "Rust op 1 feit"), lc.details.join(" | "))
        }
    }
}
