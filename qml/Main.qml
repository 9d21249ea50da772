import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Inzage.App

ApplicationWindow {
    id: root
    objectName: "mainWindow"
    // Sized to the screen's free area at start (1366×768, 1024×768, and at 200% scaling the same in
    // logical pixels), never taller than the screen; on a large screen 1180×820.
    width: Math.min(1180, Screen.desktopAvailableWidth > 0 ? Screen.desktopAvailableWidth : 1180)
    height: Math.min(820, Screen.desktopAvailableHeight > 0 ? Screen.desktopAvailableHeight : 820)
    minimumWidth: Math.min(480, width)
    minimumHeight: Math.min(360, height)
    visible: true
    color: Theme.page
    title: App.unlocked ? qsTr("Inzage — %1").arg(App.title) : qsTr("Inzage")
    font.pointSize: Theme.base

    // Which page is open: 0 dossier, 1 my answers, 2 spoken with, 3 who does what, 4 my rights,
    // 5 changes (who changed what and when).
    property int currentPage: 0
    // A narrow window (1024 px, or 200% scaling): the header drops the case number and shortens
    // its buttons, so Sluiten and Spoed always fit.
    readonly property bool narrowHeader: width < Theme.base * 125
    readonly property bool compactHeader: width < Theme.base * 80
    readonly property bool tinyHeader: width < Theme.base * 62
    readonly property var pageNames: [qsTr("Mijn dossier"), qsTr("Mijn reacties"), qsTr("Gesproken met"), qsTr("Wie doet wat"), qsTr("Mijn rechten"), qsTr("Veranderingen")]
    readonly property var pages: [dossierPage, myAnswers, spokenWith, whoDoesWhat, rights, changes]

    // "Lees voor" for the page: what is on screen, in reading order (ReadingText::page). An entry
    // card reads its own text (the one a screen reader gets); other texts are read as they stand.
    function pageParts(item, top, bottom, out) {
        if (!item || !item.visible || item.opacity === 0)
            return
        const y = item.mapToItem(null, 0, 0).y
        if (y > bottom || y + item.height < top)
            return
        if (typeof item.readingText === "string" && item.readingText !== "") {
            out.push(item.readingText)
            return
        }
        if (item.elide !== undefined && typeof item.text === "string" && item.text !== "" && item.textFormat !== Text.StyledText)
            out.push(item.text)
        else if (item.elide !== undefined && typeof item.text === "string" && item.text !== "")
            out.push(item.text.replace(/<[^>]*>/g, ""))
        const kids = item.children
        for (let i = 0; i < kids.length; ++i)
            pageParts(kids[i], top, bottom, out)
    }
    function readPage() {
        const page = pages[currentPage]
        const out = []
        const top = page.mapToItem(null, 0, 0).y
        pageParts(page, top, top + page.height, out)
        App.speech.say("page:" + currentPage, App.speech.pageReading(pageNames[currentPage], out))
    }
    // Ctrl+L: the entry card that has the focus, else the page; again while reading: stop.
    function readAloud() {
        if (App.speech.speaking) {
            App.speech.stop()
            return
        }
        const f = root.activeFocusItem
        const card = f && f.readingText !== undefined && f.entryId !== undefined ? f
                   : f && f.currentItem && f.currentItem.readingText !== undefined ? f.currentItem : null
        if (card && card.visible)
            App.speech.say("entry:" + card.entryId, card.readingText)
        else
            readPage()
    }
    onCurrentPageChanged: {
        if (proLoader.item)
            proLoader.item.currentPage = Math.min(currentPage, 4)
        if (reviewerLoader.item)
            reviewerLoader.item.currentPage = Math.min(currentPage, 2)
    }

    header: ToolBar {
        objectName: "topBar"
        background: Rectangle { color: Theme.card; Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.line } }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            spacing: root.compactHeader ? Theme.gap * 0.5 : Theme.gap
            Label {
                objectName: "windowTitleLabel"
                // The smallest window (1024×768 at 200%): the buttons need the row, and "Gezi…" says
                // nothing; the family's name stays in the window's title.
                visible: !root.tinyHeader
                text: App.unlocked ? App.title : qsTr("Inzage")
                font.pointSize: Theme.large
                font.bold: true
                color: Theme.ink
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Item { visible: root.tinyHeader; Layout.fillWidth: true }
            Label {
                objectName: "readOnlyBadge"
                // On a narrow window the banner under the bar says it; the bar keeps room for the title.
                visible: App.unlocked && App.reviewer && root.width >= 1000
                text: qsTr("Toetser · alleen lezen")
                font.bold: true
                color: Theme.accent
                Accessible.name: qsTr("U bekijkt dit dossier als toetser, alleen lezen")
            }
            Label {
                visible: App.unlocked && App.caseNumber !== "" && !root.narrowHeader
                text: qsTr("Dossiernummer %1").arg(App.caseNumber)
                color: Theme.quiet
            }
            ReadAloudButton {
                objectName: "readPageButton"
                visible: App.unlocked && !App.professional && !App.reviewer
                speakKey: "page:" + root.currentPage
                what: qsTr("deze pagina")
                compact: root.compactHeader
                onReadRequested: root.readPage()
            }
            Row {
                objectName: "textSizeControl"
                spacing: 2
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Tekstgrootte")
                Button {
                    objectName: "smallerText"
                    implicitWidth: Math.max(implicitContentWidth + leftPadding + rightPadding, implicitHeight)
                    text: qsTr("A−")
                    font.pointSize: Theme.small
                    enabled: App.textScale > 0.81
                    onClicked: App.changeTextSize(-1)
                    Accessible.name: qsTr("Kleinere tekst (Ctrl+-)")
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.text: qsTr("Kleinere tekst (Ctrl+-)")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
                Button {
                    objectName: "largerText"
                    implicitWidth: Math.max(implicitContentWidth + leftPadding + rightPadding, implicitHeight)
                    text: qsTr("A+")
                    font.pointSize: Theme.large
                    enabled: App.textScale < 1.99
                    onClicked: App.changeTextSize(1)
                    Accessible.name: qsTr("Grotere tekst (Ctrl+=)")
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.text: qsTr("Grotere tekst (Ctrl+=)")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                model: ["Nederlands", "English"]
                displayText: root.compactHeader ? (currentIndex === 1 ? "EN" : "NL") : currentText
                implicitWidth: root.compactHeader ? Theme.base * 6
                    : Math.max(implicitBackgroundWidth + leftInset + rightInset, implicitContentWidth + leftPadding + rightPadding)
                currentIndex: App.language === "en" ? 1 : 0
                onActivated: (index) => App.setLanguage(index === 1 ? "en" : "nl")
                Accessible.name: qsTr("Taal")
            }
            PaperButton {
                objectName: "paperButton"
                visible: App.unlocked && !App.professional && !App.reviewer
                answersOnly: root.currentPage === 1
            }
            Button {
                objectName: "lockButton"
                visible: App.unlocked
                text: qsTr("Sluiten")
                onClicked: App.lock()
                Accessible.name: qsTr("Dossier sluiten")
            }
            Button {
                id: spoedButton
                objectName: "spoedButton"
                text: qsTr("Spoed")
                font.bold: true
                palette.button: Theme.danger
                palette.buttonText: "white"
                onClicked: emergency.open()
                Accessible.name: qsTr("Spoed: wie belt u bij gevaar (F12)")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Spoed: wie belt u bij gevaar (F12)")
            }
        }
    }

    UnlockPage {
        id: unlockPage
        objectName: "unlockPage"
        anchors.fill: parent
        visible: !App.unlocked
    }

    // The professional's own vault: the workspace (labelling, answers, case, report) instead of
    // the parent's pages.
    Loader {
        id: proLoader
        objectName: "labelPageLoader"
        anchors.fill: parent
        active: App.unlocked && App.professional
        visible: active
        focus: active
        sourceComponent: ProWorkspace { objectName: "proWorkspace" }
        // --page N picks the tab here too (0 Labelen … 3 Rapport), for screenshots.
        onLoaded: item.currentPage = Math.min(root.currentPage, 4)
    }

    // A file opened read-only as a reviewer: figures, findings with their history, a sample. Loaded
    // only then, so the charts (Qt Charts) exist only in the reviewer's view.
    Loader {
        id: reviewerLoader
        objectName: "reviewerLoader"
        anchors.fill: parent
        active: App.unlocked && App.reviewer
        visible: active
        focus: active
        sourceComponent: ReviewerView { objectName: "reviewerView" }
        // --page N picks the tab here too (0 Cijfers, 1 Bevindingen, 2 Steekproef), for screenshots.
        onLoaded: item.currentPage = Math.min(root.currentPage, 2)
    }

    ColumnLayout {
        anchors.fill: parent
        visible: App.unlocked && !App.professional && !App.reviewer
        spacing: 0

        TabBar {
            id: tabs
            objectName: "pageTabs"
            Layout.fillWidth: true
            currentIndex: root.currentPage
            onCurrentIndexChanged: root.currentPage = currentIndex
            // A count, not the names: switching the language renames the tabs without making new
            // ones, so the open page stays open.
            Repeater {
                model: 6
                TabButton {
                    objectName: "tab" + index
                    text: root.pageNames[index]
                    Accessible.name: qsTr("%1 (Ctrl+%2)").arg(root.pageNames[index]).arg(index + 1)
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.currentPage
            DossierPage { id: dossierPage; objectName: "dossierPage"; onExplainRequested: plainWords.open() }
            MyAnswersPage { id: myAnswers; objectName: "myAnswersPage" }
            SpokenWithPage { id: spokenWith; objectName: "spokenWithPage" }
            WhoDoesWhatPage { id: whoDoesWhat; objectName: "whoDoesWhatPage" }
            RightsPage { id: rights; objectName: "rightsPage" }
            ChangesPage { id: changes; objectName: "changesPage" }
        }
    }

    // Before the dossier: the file is older than the last time it was open on this computer.
    FileWarningPage {
        objectName: "fileWarningPage"
        anchors.fill: parent
        visible: App.unlocked && App.fileWarning !== ""
    }

    // A dossier file dropped on the window opens it; an update file dropped on an open dossier is read.
    DropArea {
        objectName: "dropArea"
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: (drop) => {
            if (!drop.hasUrls)
                return
            const url = drop.urls[0].toString()
            if (App.unlocked && !/\.inzage$/.test(url)) {
                root.currentPage = 1
                myAnswers.fetchFrom(url)
            } else {
                App.chooseFile(url)
            }
            drop.accept()
        }
    }

    EmergencyPopup {
        id: emergency
        objectName: "emergencyPopup"
    }

    // The parent's keys: Ctrl+1 … Ctrl+6 the pages, Ctrl+F the search in Mijn dossier, F12 Spoed
    // (always, also before unlocking). Only in the parent's view: the professional's workspace has
    // its own Ctrl+1 … Ctrl+4.
    Repeater {
        model: 6
        Item {
            Shortcut {
                objectName: "pageShortcut" + (index + 1)
                sequence: "Ctrl+" + (index + 1)
                enabled: App.unlocked && !App.professional && !App.reviewer
                onActivated: root.currentPage = index
            }
        }
    }
    Shortcut {
        objectName: "searchShortcut"
        sequences: [StandardKey.Find]
        enabled: App.unlocked && !App.professional && !App.reviewer
        onActivated: {
            root.currentPage = 0
            dossierPage.focusSearch()
        }
    }
    // Text size: Ctrl+= (and Ctrl++), Ctrl+-, Ctrl+0 back to normal; remembered by the app.
    Shortcut {
        objectName: "largerTextShortcut"
        sequences: [StandardKey.ZoomIn, "Ctrl+="]
        onActivated: App.changeTextSize(1)
    }
    Shortcut {
        objectName: "smallerTextShortcut"
        sequences: [StandardKey.ZoomOut, "Ctrl+-"]
        onActivated: App.changeTextSize(-1)
    }
    Shortcut {
        objectName: "normalTextShortcut"
        sequences: ["Ctrl+0"]
        onActivated: App.changeTextSize(0)
    }
    Shortcut {
        objectName: "readAloudShortcut"
        sequences: ["Ctrl+L"]
        enabled: App.unlocked && !App.professional && App.speech.available
        onActivated: root.readAloud()
    }
    Shortcut {
        objectName: "spoedShortcut"
        sequences: ["F12"]
        onActivated: emergency.open()
    }

    PlainWordsDialog {
        id: plainWords
        objectName: "plainWordsDialog"
    }
    Shortcut {
        objectName: "helpShortcut"
        sequences: ["F1"]
        onActivated: plainWords.open()
    }

    // The hide key: someone walks in. The dossier locks at once (view closed, key dropped) and the
    // window leaves the screen; the unlock page says nothing about why.
    function hideNow() {
        App.hideNow()
        emergency.close()
        plainWords.close()
        root.showMinimized()
    }
    Shortcut {
        objectName: "hideShortcut"
        sequences: ["Ctrl+Shift+H"]
        context: Qt.ApplicationShortcut
        onActivated: root.hideNow()
    }

    // After Sluiten (or the idle lock) the pages are hidden: the focus goes to the unlock page, never
    // stays on a control nobody sees. Reading aloud stops with the dossier.
    Connections {
        target: App
        function onUnlockedChanged() {
            App.speech.stop()
            if (!App.unlocked)
                Qt.callLater(unlockPage.focusFirst)
        }
    }

    FocusRing {
        parent: Overlay.overlay
        window: root
    }

    Timer {
        interval: 60000
        running: true
        repeat: true
        onTriggered: App.refreshClock()
    }
}
