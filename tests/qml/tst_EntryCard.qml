import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// One card: label as word, who was spoken to, the parent's answers with status and reply, and an
// answer button only where answering is possible.
Item {
    id: root
    width: 900
    height: 700

    EntryCard {
        id: card
        width: 880
        index: 0
        entryId: 42
        text: "Moeder vertelt dat de ruzies over geld gaan."
        section: "Bevindingen moeder"
        eventDate: "12 maart 2026"
        label: "bron"
        labelName: "Bron"
        spokenTo: ["Gesproken met Ilse Vermeulen (moeder), op 12 maart 2026, bij een huisbezoek"]
        basis: ""
        holder: ""
        restsOn: ""
        approval: "Goedgekeurd door Ilse Vermeulen op 14 maart 2026 (schriftelijk)."
        restsOnIds: []
        newness: ""
        answers: [{ kind: "Dit klopt niet", text: "Het ging ook over de kinderen.", status: "afgewezen",
                    statusName: "Afgewezen", reply: "Dit staat al in notitie 9.", changedSince: true }]
        revision: 2
        history: [{ rev: 1, label: "onbeoordeeld", labelName: "Nog niet beoordeeld",
                    text: "Moeder vertelt over geld.", date: "12 maart 2026",
                    replacedBecause: "aangevuld na gesprek" }]
    }

    SignalSpy { id: requested; target: card; signalName: "answerRequested" }
    SignalSpy { id: goTo; target: card; signalName: "goToRequested" }

    TestCase {
        name: "EntryCard"
        when: windowShown

        function cleanupTestCase() { App.lock() }

        function test_shows_label_text_spoken_to_and_answer() {
            const all = H.texts(card)
            verify(H.anyContains(all, "Bron"))
            verify(H.anyContains(all, "Bevindingen moeder · 12 maart 2026"), all.join(" | "))
            verify(H.anyContains(all, "Gesproken met Ilse Vermeulen"))
            verify(H.anyContains(all, "Goedgekeurd door Ilse Vermeulen op 14 maart 2026 (schriftelijk)."))
            verify(H.anyContains(all, "status: Afgewezen"))
            verify(H.anyContains(all, "Antwoord: Dit staat al in notitie 9."))
            verify(H.anyContains(all, "de notitie is later aangepast"))
            verify(H.anyContains(all, "1 keer aangepast"))
            compare(card.objectName, "entry_42")
        }

        function test_answer_button_only_in_a_parent_copy() {
            App.lock()
            verify(!findChild(card, "answerButton_42").visible)
            verify(App.unlock(fixture.parentPassphrase), App.message)
            const button = findChild(card, "answerButton_42")
            tryCompare(button, "visible", true)
            mouseClick(button)
            compare(requested.count, 1)
            compare(requested.signalArguments[0][0], 42)
        }

        function test_earlier_versions_open_on_request() {
            verify(!H.anyContains(H.texts(card), "Moeder vertelt over geld."))
            const button = findChild(card, "historyButton_42")
            verify(button.visible)
            mouseClick(button)
            const all = H.texts(card)
            verify(H.anyContains(all, "Versie 1 (Nog niet beoordeeld)"), all.join(" | "))
            verify(H.anyContains(all, "Moeder vertelt over geld."))
            verify(H.anyContains(all, "aangevuld na gesprek"))
            mouseClick(button)
            verify(!H.anyContains(H.texts(card), "Moeder vertelt over geld."))
        }
    
        // A screen reader (and "Lees voor") gets the label, the text, who was spoken to, the answer
        // and its status, not only "Bron: <text>".
        function test_card_reads_label_text_spoken_to_answer_and_status() {
            compare(card.Accessible.name, "Bron, nr. 42: Moeder vertelt dat de ruzies over geld gaan.")
            const d = card.Accessible.description
            verify(d.indexOf("Gesproken met Ilse Vermeulen (moeder), op 12 maart 2026, bij een huisbezoek.") >= 0, d)
            verify(d.indexOf("Uw reactie, Dit klopt niet: \u201CHet ging ook over de kinderen.\u201D") >= 0, d)
            verify(d.indexOf("Status: Afgewezen.") >= 0, d)
            verify(d.indexOf("Antwoord: Dit staat al in notitie 9.") >= 0, d)
            compare(card.readingText, card.Accessible.name + " " + d)
        }

        function test_new_since_last_visit_is_a_word_not_only_a_colour() {
            verify(!findChild(card, "newMark_42").visible)
            card.newness = "nieuw"
            const mark = findChild(card, "newMark_42")
            tryVerify(() => mark.visible)
            verify(H.anyContains(H.texts(mark), "Nieuw"))
            verify(card.Accessible.name.indexOf("Nieuw.") === 0, card.Accessible.name)
            card.newness = "aangepast"
            verify(H.anyContains(H.texts(mark), "Nieuw: aangepast"))
            card.newness = ""
        }

        function test_without_a_speech_engine_a_card_shows_no_dead_read_aloud_button() {
            const button = findChild(card, "readEntry_42")
            verify(button)
            verify(!button.visible)
            verify(!button.enabled)
            // The reason is kept for the header's button and a screen reader.
            compare(button.text, "Voorlezen kan hier niet")
            verify(button.Accessible.name.indexOf("Voorlezen werkt niet op deze computer") >= 0, button.Accessible.name)
        }

        function test_rests_on_numbers_are_links() {
            verify(!findChild(card, "restsOn_42_7"))
            card.label = "mening"
            card.holder = "Dit is de mening van Anouk Verbeek."
            card.restsOn = "Deze mening rust op de feiten met nummer 7."
            card.restsOnIds = [7]
            const link = findChild(card, "restsOn_42_7")
            tryVerify(() => link && link.visible)
            compare(link.text, "nr. 7")
            mouseClick(link)
            compare(goTo.count, 1)
            compare(goTo.signalArguments[0][0], 7)
            card.restsOnIds = []
            card.label = "bron"
            card.holder = ""
            card.restsOn = ""
        }
    }
}
