import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inzage.App

// All entries in order, each with its label and who was spoken to; filters and search on top.
// Every entry is reachable: the list reads more pages as it scrolls, and the keys (Home/End,
// PageUp/PageDown, Ctrl+Home/Ctrl+End from anywhere on the page) and "Ga naar nr." read what they
// need. The place (an entry number) is kept after an answer, after a filter and between visits.
Item {
    id: page
    // "Wat betekent dit?": Main opens the explanation (also on F1).
    signal explainRequested()
    // Ctrl+F: the search field, with what was typed selected for typing over.
    function focusSearch() {
        page.toolsOpen = true
        search.forceActiveFocus()
    }
    // A small window (1024×768 at 200%, or a large text size): the filters, search and "ga naar"
    // fold away behind one button so the cards keep the room; the rows stack when narrow.
    readonly property bool compact: height < Theme.base * 55 || width < Theme.base * 62
    readonly property bool narrow: width < Theme.base * 62
    property bool toolsOpen: false
    readonly property bool toolsShown: !compact || toolsOpen
    property var model: App.entries
    // The entry the reader is at; restored after a filter change and when the file opens again.
    property int placeEntry: 0
    property bool restoring: false

    function goToRow(row) {
        if (list.count === 0)
            return
        row = Math.max(0, Math.min(row, list.count - 1))
        list.currentIndex = row
        // The card's top at the top of the view: never the middle of a card.
        placeRow(row)
        // Cards take their real height once created; place again on the next frame so the card is
        // not cut off by what the view had estimated.
        Qt.callLater(page.placeRow, row)
        if (row >= list.count - 3)
            page.model.loadMore()
        page.setPlace(page.model.entryIdAt(row), true)
    }
    function placeRow(row) {
        if (row === 0)
            list.positionViewAtBeginning() // with the first section's heading
        else if (row === list.count - 1 && !page.model.canLoadMore) {
            list.positionViewAtEnd()
        }
        else
            list.positionViewAtIndex(row, ListView.Beginning)
    }
    function keepCurrentInView() {
        if (list.currentIndex >= 0 && list.currentIndex < list.count)
            list.positionViewAtIndex(list.currentIndex, ListView.Contain)
    }
    function goToFirst() { goToRow(0); list.forceActiveFocus() }
    function goToLast() {
        page.model.loadAll()
        goToRow(list.count - 1)
        list.forceActiveFocus()
    }
    function rowsPerPage() {
        const first = list.indexAt(10, list.contentY + 10)
        const last = list.indexAt(10, list.contentY + list.height - 10)
        return first >= 0 && last > first ? last - first : 3
    }
    // "" when found; else what to say.
    function goToEntry(text) {
        const n = parseInt(String(text).trim(), 10)
        if (isNaN(n) || n <= 0 || String(n) !== String(text).trim())
            return qsTr("Typ het nummer van een notitie, bijvoorbeeld 12.")
        const row = page.model.rowOfEntry(n)
        if (row < 0)
            return filtered() ? qsTr("Nr. %1 staat niet in deze lijst. Kies \"Alles\" en wis de zoektekst om alle notities te zien.").arg(n)
                              : qsTr("Er is geen notitie met nr. %1 in uw dossier.").arg(n)
        goToRow(row)
        list.forceActiveFocus()
        return ""
    }
    // Ctrl+Home and Ctrl+End also from a text field, which would otherwise keep them for itself.
    function pageKeys(event) {
        if ((event.modifiers & Qt.ControlModifier) && !answerDialog.visible) {
            if (event.key === Qt.Key_Home) { goToFirst(); event.accepted = true }
            else if (event.key === Qt.Key_End) { goToLast(); event.accepted = true }
        }
    }
    // 1.000.000 in Dutch, 1,000,000 in English.
    function number(n) { return Number(n).toLocaleString(Qt.locale(App.language === "en" ? "en_GB" : "nl_NL"), "f", 0) }
    function filtered() {
        return page.model.labelFilter !== "" || page.model.search !== "" || page.model.sectionFilter !== ""
               || page.model.personFilter > 0
    }
    // `chosen`: the reader went there (keys, "ga naar"), not a scroll while the list was rebuilt.
    function setPlace(entryId, chosen) {
        if (entryId > 0 && (chosen || !page.restoring)) {
            page.placeEntry = entryId
            App.rememberPlace(entryId)
        }
    }
    function restorePlace() {
        if (page.placeEntry > 0) {
            const row = page.model.rowOfEntry(page.placeEntry)
            if (row >= 0) {
                list.currentIndex = row
                list.positionViewAtIndex(row, ListView.Beginning)
            }
        }
        settle.restart()
    }
    // Back from another page: what changed meanwhile (a reply read there) is laid out again.
    onVisibleChanged: if (visible) Qt.callLater(page.keepCurrentInView)
    Timer { id: settle; interval: 400; onTriggered: page.restoring = false }

    Connections {
        target: page.model
        function onModelAboutToBeReset() { page.restoring = true }
        function onModelReset() { Qt.callLater(page.restorePlace) }
        // A card that grew (a new answer, a reply) stays whole in view, with as little movement as can be.
        function onDataChanged(topLeft, bottomRight) {
            if (list.currentIndex >= topLeft.row && list.currentIndex <= bottomRight.row)
                Qt.callLater(page.keepCurrentInView)
        }
    }
    // A card that grew or shrank (the reader's answer, a text-size change) and a list that got
    // shorter (the "nieuw sinds" line above it) keep the current card whole in view.
    Connections {
        target: list.currentItem
        ignoreUnknownSignals: true
        function onHeightChanged() { Qt.callLater(page.keepCurrentInView) }
    }
    Connections {
        target: App
        function onUnlockedChanged() {
            if (App.unlocked) {
                page.restoring = true
                page.placeEntry = App.lastPlace
                Qt.callLater(page.restorePlace)
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+Home"
        enabled: page.visible && !answerDialog.visible
        onActivated: page.goToFirst()
    }
    Shortcut {
        sequence: "Ctrl+End"
        enabled: page.visible && !answerDialog.visible
        onActivated: page.goToLast()
    }

    // Where the reader goes with "Naar de volgende nieuwe": the next new entry after the current one.
    function goToNextNew() {
        const next = page.model.nextNewEntry(list.currentIndex >= 0 ? page.model.entryIdAt(list.currentIndex) : 0)
        if (next > 0)
            newMessage.text = page.goToEntry(String(next))
    }

    // A reading column on wide screens: about 80 characters of entry text, centred.
    ColumnLayout {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.margins: Theme.gap
        width: Math.min(parent.width - 2 * Theme.gap, Theme.readingWidth)
        spacing: Theme.gap * 0.8

        Rectangle {
            objectName: "conceptBanner"
            // A concept report came with the last update: until when the parent may react.
            visible: App.conceptRelease.sent === true
            Layout.fillWidth: true
            implicitHeight: conceptText.implicitHeight + Theme.gap
            color: Theme.card
            border.color: App.conceptRelease.open ? Theme.focus : Theme.line
            border.width: App.conceptRelease.open ? 3 : 1
            radius: 6
            Accessible.role: Accessible.AlertMessage
            Accessible.name: conceptText.text
            Label {
                id: conceptText
                anchors.fill: parent
                anchors.margins: Theme.gap * 0.5
                wrapMode: Text.WordWrap
                color: Theme.ink
                text: App.conceptRelease.open
                      ? "\u270E " + qsTr("Het concept-rapport is op %1 naar u gestuurd. U kunt reageren tot en met %2. De %3 notities die erin staan, zijn gemarkeerd met \"In het concept\".")
                            .arg(App.conceptRelease.sentOn).arg(App.conceptRelease.reactUntil).arg(App.conceptRelease.entries)
                      : "\u270E " + qsTr("Het concept-rapport is op %1 naar u gestuurd. Reageren kon tot en met %2; u kunt nog altijd een reactie geven.")
                            .arg(App.conceptRelease.sentOn).arg(App.conceptRelease.reactUntil)
            }
        }

        Label {
            objectName: "countsLabel"
            text: page.model.countsText
            color: Theme.ink
            font.pointSize: Theme.large
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        // New or changed since the last visit (entries and replies), with the way to them.
        RowLayout {
            objectName: "newSinceRow"
            visible: page.model.newCount > 0
            Layout.fillWidth: true
            spacing: Theme.gap * 0.6
            Label {
                objectName: "newSinceLabel"
                text: qsTr("\u2605 Nieuw sinds uw vorige bezoek: %1").arg(page.model.newCount)
                color: Theme.newMark
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "nextNewButton"
                text: qsTr("Naar de volgende nieuwe")
                Accessible.name: qsTr("Ga naar de volgende notitie die nieuw is sinds uw vorige bezoek")
                onClicked: page.goToNextNew()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Label {
                id: newMessage
                objectName: "newMessage"
                visible: text !== ""
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }

        // Compact: one button for the tools, and a word when a filter hides notes.
        RowLayout {
            objectName: "toolsBar"
            visible: page.compact
            Layout.fillWidth: true
            spacing: Theme.gap * 0.6
            Button {
                objectName: "toolsButton"
                text: page.toolsOpen ? qsTr("\u25B4 Zoeken en filteren verbergen") : qsTr("\u25BE Zoeken en filteren")
                onClicked: page.toolsOpen = !page.toolsOpen
                Accessible.name: page.toolsOpen ? qsTr("Zoeken, filteren en ga naar verbergen") : qsTr("Zoeken, filteren en ga naar tonen (Ctrl+F)")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                objectName: "explainButtonFolded"
                visible: !page.toolsOpen
                text: qsTr("Wat betekent dit? (F1)")
                flat: true
                font.underline: true
                palette.buttonText: Theme.accent
                Accessible.name: qsTr("Wat betekent feit, mening en bron? Uitleg openen")
                onClicked: page.explainRequested()
            }
            Item { Layout.fillWidth: true }
        }
        Label {
            objectName: "filterOnLabel"
            visible: page.compact && !page.toolsOpen && page.filtered()
            text: qsTr("U ziet niet alle notities: er staat een filter aan.")
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Flow {
            objectName: "labelFilters"
            visible: page.toolsShown
            Layout.fillWidth: true
            spacing: Theme.gap * 0.5
            // Keys, not names, as the model: switching the language renames the buttons without
            // making new ones (the focus stays where it is).
            Repeater {
                model: ["", "feit", "mening", "bron", "onbeoordeeld"]
                Button {
                    readonly property string name: modelData === "" ? qsTr("Alles") : modelData === "feit" ? qsTr("Feiten")
                        : modelData === "mening" ? qsTr("Meningen") : modelData === "bron" ? qsTr("Bronnen") : qsTr("Nog niet beoordeeld")
                    objectName: "filter_" + (modelData === "" ? "alles" : modelData)
                    text: (modelData === "" ? "" : Theme.labelIcon(modelData) + " ") + name
                    checkable: true
                    checked: page.model.labelFilter === modelData
                    onClicked: page.model.labelFilter = modelData
                    Accessible.name: qsTr("Toon: %1").arg(name)
                    palette.button: checked ? (modelData === "" ? Theme.accent : Theme.labelColor(modelData)) : Theme.card
                    palette.buttonText: checked ? "white" : Theme.ink
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }
            Button {
                objectName: "explainButton"
                text: qsTr("Wat betekent dit? (F1)")
                flat: true
                font.underline: true
                palette.buttonText: Theme.accent
                Accessible.name: qsTr("Wat betekent feit, mening en bron? Uitleg openen")
                onClicked: page.explainRequested()
            }
        }

        GridLayout {
            objectName: "searchRow"
            visible: page.toolsShown
            Layout.fillWidth: true
            columns: page.narrow ? 2 : 3
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap * 0.5
            TextField {
                id: search
                Layout.columnSpan: page.narrow ? 2 : 1
                Layout.minimumWidth: Theme.base * 8
                objectName: "searchField"
                placeholderText: qsTr("Zoek in de tekst…")
                Layout.fillWidth: true
                Accessible.name: qsTr("Zoeken in het dossier")
                // No copy and cut: the app never puts anything on the clipboard (see AnswerDialog).
                selectByMouse: false
                Keys.onPressed: (event) => {
                    if (event.matches(StandardKey.Copy) || event.matches(StandardKey.Cut)
                            || event.matches(StandardKey.SelectAll))
                        event.accepted = true
                    else
                        page.pageKeys(event)
                }
                onTextChanged: searchDelay.restart()
                Timer {
                    id: searchDelay
                    interval: 250
                    onTriggered: page.model.search = search.text
                }
            }
            ComboBox {
                id: personBox
                objectName: "personFilter"
                // The names are read when the filter is first used (App.people is read lazily).
                onActiveFocusChanged: if (activeFocus) App.people.ensureLoaded()
                onPressedChanged: if (pressed) App.people.ensureLoaded()
                Layout.preferredWidth: Theme.base * 22
                Layout.minimumWidth: Theme.base * 8
                Layout.fillWidth: page.narrow
                model: personChoices
                textRole: "name"
                valueRole: "personId"
                Accessible.name: qsTr("Filter op met wie er gesproken is")
                onActivated: page.model.personFilter = currentValue
            }
            ComboBox {
                id: sectionBox
                objectName: "sectionFilter"
                Layout.preferredWidth: Theme.base * 20
                Layout.minimumWidth: Theme.base * 8
                Layout.fillWidth: page.narrow
                model: [qsTr("Alle onderdelen")].concat(page.model.sections)
                Accessible.name: qsTr("Filter op onderdeel van het rapport")
                onActivated: (index) => page.model.sectionFilter = index === 0 ? "" : currentText
            }
        }

        GridLayout {
            objectName: "goToRow"
            visible: page.toolsShown
            Layout.fillWidth: true
            columnSpacing: Theme.gap * 0.5
            rowSpacing: Theme.gap * 0.5
            Label {
                Layout.row: 0
                Layout.column: 0
                text: qsTr("Ga naar nr.")
                color: Theme.ink
            }
            TextField {
                id: goToField
                objectName: "goToField"
                Layout.row: 0
                Layout.column: 1
                Layout.preferredWidth: Theme.base * 7
                inputMethodHints: Qt.ImhDigitsOnly
                Accessible.name: qsTr("Ga naar notitie met nummer")
                Keys.onPressed: (event) => page.pageKeys(event)
                onAccepted: goToMessage.text = page.goToEntry(text)
                onTextChanged: goToMessage.text = ""
            }
            Button {
                objectName: "goToButton"
                Layout.row: 0
                Layout.column: 2
                text: qsTr("Ga")
                Accessible.name: qsTr("Ga naar deze notitie")
                onClicked: goToMessage.text = page.goToEntry(goToField.text)
            }
            ComboBox {
                id: orderBox
                objectName: "sortOrder"
                Layout.row: page.narrow ? 1 : 0
                Layout.column: page.narrow ? 0 : 3
                Layout.columnSpan: page.narrow ? 3 : 1
                Layout.preferredWidth: Theme.base * 19
                model: [qsTr("Zoals in het rapport"), qsTr("Op datum")]
                currentIndex: page.model.sortOrder === "datum" ? 1 : 0
                Accessible.name: qsTr("Volgorde van de notities")
                onActivated: (index) => page.model.sortOrder = index === 1 ? "datum" : "rapport"
            }
            Label {
                id: goToMessage
                objectName: "goToMessage"
                Layout.row: page.narrow ? 2 : 0
                Layout.column: page.narrow ? 0 : 4
                Layout.columnSpan: page.narrow ? 4 : 1
                visible: text !== ""
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Item {
                Layout.row: 0
                Layout.column: page.narrow ? 3 : 5
                Layout.fillWidth: page.narrow || !goToMessage.visible
            }
            Label {
                objectName: "positionLabel"
                Layout.row: page.narrow ? 3 : 0
                Layout.column: page.narrow ? 0 : 6
                Layout.columnSpan: page.narrow ? 4 : 1
                Layout.fillWidth: page.narrow
                wrapMode: Text.WordWrap
                text: list.count > 0 && list.currentIndex >= 0
                      ? qsTr("U bent bij nr. %1 (%2 van %3)").arg(page.model.entryIdAt(list.currentIndex)).arg(page.number(list.currentIndex + 1)).arg(page.number(page.model.total))
                      : ""
                color: Theme.quiet
            }
        }

        ListModel { id: personChoices }
        Connections {
            target: App.people
            function onChanged() { page.fillPeople() }
        }
        Component.onCompleted: fillPeople()

        ListView {
            id: list
            objectName: "entryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap * 0.8
            model: page.model
            reuseItems: true
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Notities in uw dossier: %1").arg(page.model.total)
            highlightFollowsCurrentItem: false // positionViewAtIndex places the card; no animation
            currentIndex: 0
            // Room below the last card: without it the view's end falls a spacing or two short of
            // the last card's bottom (cards of different heights under section headings).
            footer: Item { width: 1; height: Theme.gap * 3 }
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            onHeightChanged: Qt.callLater(page.keepCurrentInView)
            // Near the end, the next page: scrolling (wheel, bar, flick) never stops at a page edge.
            onContentYChanged: {
                if (contentHeight - (contentY - originY) < height * 3)
                    Qt.callLater(page.model.loadMore)
                placeTimer.restart()
            }
            onCurrentIndexChanged: if (activeFocus) page.setPlace(page.model.entryIdAt(currentIndex))
            Timer {
                id: placeTimer
                interval: 300
                onTriggered: {
                    const row = list.indexAt(10, list.contentY + Theme.gap * 2)
                    if (row >= 0 && !list.activeFocus)
                        page.setPlace(page.model.entryIdAt(row))
                }
            }
            Keys.onPressed: (event) => {
                switch (event.key) {
                case Qt.Key_Home: page.goToRow(0); break
                case Qt.Key_End: page.goToLast(); break
                case Qt.Key_PageDown: page.goToRow(currentIndex + page.rowsPerPage()); break
                case Qt.Key_PageUp: page.goToRow(currentIndex - page.rowsPerPage()); break
                case Qt.Key_Down:
                    if (currentIndex >= count - 2)
                        page.model.loadMore()
                    page.goToRow(currentIndex + 1)
                    break
                case Qt.Key_Up: page.goToRow(currentIndex - 1); break
                default: return
                }
                event.accepted = true
            }
            // Entries come in report order; each report section gets a heading.
            // Headings only in report order: sorted by date, the sections would interleave.
            section.property: page.model.sortOrder === "datum" ? "" : "section"
            section.criteria: ViewSection.FullString
            section.delegate: Label {
                required property string section
                width: ListView.view ? ListView.view.width : 0
                text: section
                visible: section !== ""
                height: section !== "" ? implicitHeight + Theme.gap : 0
                topPadding: Theme.gap * 0.6
                font.pointSize: Theme.large
                font.bold: true
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: section
            }
            delegate: EntryCard {
                width: ListView.view.width - Theme.gap
                current: ListView.isCurrentItem && ListView.view.activeFocus
                onAnswerRequested: (entryId, entryText, label) => page.answer(entryId, entryText, label)
                onGoToRequested: (entryId) => page.goToEntry(String(entryId))
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Geen notities gevonden met deze keuze.")
                color: Theme.quiet
            }
        }
    }

    function fillPeople() {
        personChoices.clear()
        personChoices.append({ name: qsTr("Iedereen"), personId: 0 })
        const choices = App.people.choices()
        for (let i = 0; i < choices.length; ++i)
            personChoices.append(choices[i])
        personBox.currentIndex = 0
    }

    AnswerDialog { id: answerDialog; objectName: "answerDialog" }
    function answer(entryId, text, label) {
        page.setPlace(entryId, true)
        answerDialog.openFor(entryId, text, label)
    }
}
