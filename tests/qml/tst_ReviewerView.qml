import QtQuick
import QtTest
import Inzage.App
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// The reviewer's view on the demo dossier opened read-only: the dashboard has every figure as a
// chart and in words, the findings are sorted by severity, filter, and open their entry's history,
// and nothing on these pages can edit the dossier.
Item {
    id: root
    width: 1366
    height: 768

    ReviewerView { id: view; anchors.fill: parent }

    TestCase {
        name: "ReviewerView"
        when: windowShown

        function initTestCase() {
            App.vaultPath = fixture.professional
            App.openAsReviewer = true
            verify(App.unlock(fixture.professionalPassphrase), App.message)
            verify(App.reviewer)
            verify(App.review.ready, App.review.error)
        }
        function cleanupTestCase() {
            App.lock()
            App.openAsReviewer = false
        }

        function shot(name) {
            if (fixture.shotDir !== "")
                grabImage(root).save(fixture.shotDir + "/reviewer-" + name + ".png")
        }

        // Every text input under item that could be typed into (a ComboBox's text is disabled).
        function editableInputs(item, out) {
            if (!item)
                return out
            if (item.readOnly === false && item.enabled !== false && item.cursorPosition !== undefined)
                out.push(item.objectName || String(item))
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i)
                editableInputs(kids[i], out)
            return out
        }

        function test_1_dashboard_has_each_share_as_bar_and_in_words() {
            view.currentPage = 0
            const dashboard = findChild(view, "reviewerDashboard")
            verify(dashboard.visible)
            const chart = findChild(view, "sharesChartView")
            verify(chart !== null)
            tryVerify(() => chart.count === 1)
            compare(chart.series(0).count, 1)
            compare(chart.series(0).at(0).count, 8)
            const shares = App.review.shares
            compare(shares.length, 8)
            // Top-down in the order of the words: the chart's last category is the first share.
            compare(chart.series(0).at(0).at(7), Math.max(0, shares[0].percent))
            verify(chart.series(0).axisY.categories[7].indexOf(shares[0].shortName) === 0)
            for (const s of shares)
                verify(chart.Accessible.name.indexOf(s.text) >= 0, s.key + " missing in the chart's name")
            const words = H.texts(findChild(view, "sharesChart"))
            for (const s of shares)
                verify(H.anyContains(words, s.name + ": " + s.text), s.key + " not in words")
            verify(H.anyContains(words, "Notities met een label"))
            shot("cijfers")
        }

        function test_2_answers_figures_and_never_spoken_to_in_words() {
            const a = App.review.answers
            compare(findChild(view, "answerTile_total").Accessible.name, "Totaal: " + a.total)
            compare(findChild(view, "answerTile_handled").Accessible.name, "Afgehandeld: " + a.handled)
            compare(findChild(view, "answerTile_open").Accessible.name, "Open: " + a.open)
            compare(findChild(view, "answerTile_overdue").Accessible.name, "Over de termijn: " + a.overdue)
            verify(findChild(view, "answerTile_median").Accessible.name.indexOf("Mediaan dagen tot afhandeling: ") === 0)
            compare(findChild(view, "answersText").text, a.text)
            const never = App.review.neverSpokenTo
            compare(findChild(view, "neverSpokenNone").visible, never.length === 0)
            compare(findChild(view, "neverSpokenList").count, never.length)
            const spoken = findChild(view, "spokenChartView")
            compare(spoken.series(0).at(0).count, App.review.spokenTo.length)
        }

        function test_3_choosing_a_share_redraws_section_and_month_bars() {
            const box = findChild(view, "shareBox")
            const section = findChild(view, "sectionChart")
            box.currentIndex = 4
            box.activated(4)
            verify(section.title.indexOf("goedgekeurd") >= 0, section.title)
            const bars = App.review.bars("section", "bron_approved_share")
            compare(section.texts.length, bars.texts.length)
            compare(findChild(view, "sectionChartView").series(0).at(0).count, bars.values.length)
            compare(findChild(view, "periodChart").texts.length, App.review.bars("period", "bron_approved_share").texts.length)
            box.currentIndex = 0
            box.activated(0)
        }

        function test_4_findings_sorted_by_severity_and_filtered() {
            keyClick(Qt.Key_2, Qt.ControlModifier)
            compare(view.currentPage, 1)
            const list = findChild(view, "findingsList")
            const findings = App.review.findings
            verify(findings.total > 0)
            compare(list.count, findings.total)
            const rank = { hoog: 0, middel: 1, laag: 2 }
            for (let i = 1; i < findings.count; ++i)
                verify(rank[findings.get(i - 1).severity] <= rank[findings.get(i).severity], "row " + i)
            const severity = findChild(view, "severityFilter")
            severity.currentIndex = 2
            severity.activated(2)
            compare(findings.severity, "middel")
            verify(findings.severityCounts.middel > 0)
            compare(list.count, findings.severityCounts.middel)
            verify(list.count < findings.total)
            for (let i = 0; i < findings.count; ++i)
                compare(findings.get(i).severity, "middel")
            severity.currentIndex = 0
            severity.activated(0)
            compare(list.count, findings.total)
            const rule = findChild(view, "ruleFilter")
            rule.currentIndex = 1
            rule.activated(1)
            compare(findings.rule, findings.rules[0])
            verify(list.count >= 1 && list.count <= findings.total)
            rule.currentIndex = 0
            rule.activated(0)
            compare(findings.rule, "")
        }

        function test_5_a_finding_opens_its_entry_with_every_revision() {
            view.currentPage = 1
            const findings = App.review.findings
            let row = -1
            for (let i = 0; i < findings.count && row < 0; ++i)
                if (findings.get(i).entry > 0)
                    row = i
            verify(row >= 0, "no finding about an entry")
            const list = findChild(view, "findingsList")
            list.positionViewAtIndex(row, 0)
            const item = findChild(view, "finding_" + row)
            verify(item !== null)
            mouseClick(item)
            const pane = findChild(view, "entryHistory")
            compare(pane.entryId, findings.get(row).entry)
            verify(pane.history.ok, pane.history.message)
            const revisions = findChild(pane, "revisionList")
            compare(revisions.count, pane.history.revisions.length)
            verify(revisions.count >= 1)
            const words = H.texts(pane)
            verify(H.anyContains(words, "Versie 1"), words.join(" | "))
            verify(H.anyContains(words, "Waarom:"))
            shot("bevindingen")
        }

        function test_6_no_edit_controls_on_the_dashboard_or_the_findings_page() {
            compare(editableInputs(findChild(view, "reviewerDashboard"), []), [])
            compare(editableInputs(findChild(view, "findingsPage"), []), [])
        }
    }
}
