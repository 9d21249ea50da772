import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// "Reacties": the parents' answers with kind, entry, age and deadline; handled in place. A
// refusal shows the core's message and changes nothing.
Item {
    id: root
    width: 1366
    height: 768

    InboxPage { id: page; anchors.fill: parent }

    TestCase {
        name: "InboxPage"
        when: windowShown
        property var ws: App.workspace

        function initTestCase() {
            // A request to correct (an AVG request) on the demo's first entry, a feit.
            compare(fixture.addPaperRequest(1, "Ilse Vermeulen", "De melding was op 4 februari, niet op 3 februari."), "")
            App.vaultPath = fixture.professional
            verify(App.unlock(fixture.professionalPassphrase), App.message)
            verify(ws.inbox.length >= 4, "the demo's three answers and the request")
        }
        function cleanupTestCase() { App.lock() }

        function shot(name) {
            if (fixture.shotDir !== "")
                grabImage(root).save(fixture.shotDir + "/proapp-inbox-" + name + ".png")
        }
        function indexWhere(pred) {
            for (let i = 0; i < ws.inbox.length; ++i)
                if (pred(ws.inbox[i]))
                    return i
            return -1
        }
        function choose(i) {
            page.selected = i
            findChild(page, "inboxList").currentIndex = i
            compare(page.item.answerId, ws.inbox[i].answerId)
        }
        function click(name) { mouseClick(findChild(page, name)) }

        function test_1_every_answer_with_kind_entry_age_and_deadline() {
            const all = H.texts(page).join(" | ")
            verify(all.indexOf("dagen oud") >= 0, all)
            verify(all.indexOf("antwoord uiterlijk") >= 0, all)
            for (const a of ws.inbox) {
                verify(a.kindName !== "")
                verify(a.deadline !== "")
                verify(a.entryText !== "")
                compare(a.overdue, false) // the demo's answers came in today
            }
            // Open ones first, handled ones after them.
            let seenHandled = false
            for (const a of ws.inbox) {
                if (!a.open) seenHandled = true
                else verify(!seenHandled, "an open answer after a handled one")
            }
            shot("list")
        }

        function test_2_a_rejection_without_reason_is_refused_in_place() {
            const i = indexWhere((a) => a.open)
            verify(i >= 0)
            choose(i)
            const before = ws.inbox[i].status
            findChild(page, "inboxReply").text = ""
            click("inboxReject")
            const msg = findChild(page, "inboxMessage")
            verify(msg.visible)
            verify(msg.text.indexOf("reden") >= 0, msg.text)
            compare(ws.inbox[indexWhere((a) => a.answerId === page.item.answerId)].status, before)
            shot("refused")
        }

        function test_3_a_status_and_reply_in_place() {
            // In behandeling stays open: tests 4 and 5 can still handle it.
            const i = indexWhere((a) => a.open)
            verify(i >= 0)
            choose(i)
            const id = page.item.answerId
            findChild(page, "inboxReply").text = "Ik bel u volgende week."
            click("inboxBusy")
            compare(page.item.answerId, id, "the same answer stays chosen")
            compare(page.item.status, "in-behandeling")
            compare(page.item.reply, "Ik bel u volgende week.")
        }

        function test_4_an_accepted_correction_of_a_feit() {
            // The demo's open "klopt niet" is on a bron: label that entry a feit first, as a
            // professional would in the labelling view.
            let i = indexWhere((a) => a.open && a.entryLabel === "bron")
            verify(i >= 0)
            verify(App.labelling.goToEntry(ws.inbox[i].entryId))
            App.labelling.basisInput = "document: politierapport 2 maart 2026"
            verify(App.labelling.labelWith("feit"), App.labelling.message)
            ws.refresh()
            i = indexWhere((a) => a.open && a.entryLabel === "feit")
            verify(i >= 0, "an open answer on a feit")
            choose(i)
            const id = page.item.answerId
            const entryId = page.item.entryId
            const change = findChild(page, "inboxChange")
            verify(change.visible)
            compare(change.text, page.item.entryText) // starts from the current text
            // Without a reason: refused, nothing changed.
            change.text = page.item.entryText + " (verbeterd)"
            findChild(page, "inboxReply").text = ""
            click("inboxApplyChange")
            verify(findChild(page, "inboxMessage").text.indexOf("waarom") >= 0, findChild(page, "inboxMessage").text)
            verify(page.item.open)
            // With a reason: a new revision, and the answer is verwerkt.
            const corrected = page.item.entryText + " (verbeterd)"
            change.text = corrected
            findChild(page, "inboxReply").text = "Aangepast op uw verzoek."
            click("inboxApplyChange")
            compare(page.item.answerId, id)
            compare(page.item.status, "verwerkt", findChild(page, "inboxMessage").text)
            compare(page.item.entryText, corrected)
            compare(page.item.entryId, entryId)
            shot("corrected")
        }

        function test_6_an_avg_request_extended_once_with_a_reason() {
            let i = indexWhere((a) => a.kind === "correctieverzoek")
            verify(i >= 0, "the request is in the inbox")
            choose(i)
            const id = page.item.answerId
            const firstDeadline = page.item.deadline
            verify(page.item.mayExtend)
            verify(!page.item.extended)
            const box = findChild(page, "inboxExtendBox")
            verify(box.visible)
            shot("extend-action")
            // Only the request may be extended: a question shows no such action.
            const q = indexWhere((a) => a.kind === "vraag" && a.open)
            if (q >= 0) {
                choose(q)
                verify(!box.visible)
                choose(indexWhere((a) => a.answerId === id))
            }
            // Without a reason: refused in place, nothing changed.
            findChild(page, "inboxExtendReason").text = "  "
            click("inboxExtend")
            const msg = findChild(page, "inboxMessage")
            verify(msg.text.indexOf("waarom") >= 0, msg.text)
            verify(!page.item.extended)
            compare(page.item.deadline, firstDeadline)
            // With a reason: the deadline moves on two months, "verlengd" with the reason.
            findChild(page, "inboxExtendReason").text = "Ik vraag het verslag van Veilig Thuis op; dat duurt enkele weken."
            click("inboxExtend")
            compare(page.item.answerId, id, "the same answer stays chosen")
            verify(page.item.extended, msg.text)
            verify(page.item.deadline !== firstDeadline, page.item.deadline)
            verify(msg.text.indexOf("verlengd tot " + page.item.deadline) >= 0, msg.text)
            const deadline = findChild(page, "inboxDeadline")
            verify(deadline.text.indexOf("Termijn verlengd tot " + page.item.deadline) >= 0, deadline.text)
            verify(deadline.text.indexOf("Veilig Thuis op") >= 0, deadline.text)
            const all = H.texts(page).join(" | ")
            verify(all.indexOf("(verlengd)") >= 0, all)
            // Once only: the action is gone.
            verify(!page.item.mayExtend)
            verify(!box.visible)
            shot("extended")
        }

        function test_5_an_own_view_beside_a_mening() {
            const i = indexWhere((a) => a.open && a.entryLabel === "mening")
            verify(i >= 0, "the demo has an open answer on a mening")
            choose(i)
            const opinion = page.item.entryText
            const change = findChild(page, "inboxChange")
            compare(findChild(page, "inboxApplyChange").text, "Eigen visie toevoegen")
            change.text = "  "
            click("inboxApplyChange")
            verify(findChild(page, "inboxMessage").text.indexOf("eigen visie") >= 0)
            verify(page.item.open)
            change.text = "Ik vind dat het goed gaat met Mila."
            click("inboxApplyChange")
            compare(page.item.status, "verwerkt", findChild(page, "inboxMessage").text)
            compare(page.item.entryText, opinion, "the opinion is not changed")
            verify(page.item.reply.indexOf("naast de mening") >= 0, page.item.reply)
        }
    }
}
