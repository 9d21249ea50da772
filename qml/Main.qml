import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Inzage.App

ApplicationWindow {
    id: root
    objectName: "mainWindow"
    // Fits a 1366×768 laptop screen (and 200% scaling) instead of running off its bottom.
    width: Math.min(1180, Screen.desktopAvailableWidth > 0 ? Screen.desktopAvailableWidth : 1180)
    height: Math.min(820, Screen.desktopAvailableHeight > 0 ? Screen.desktopAvailableHeight : 820)
    visible: true
    color: Theme.page
    title: App.unlocked ? qsTr("Inzage — %1").arg(App.title) : qsTr("Inzage")
    font.pointSize: Theme.base

    // Which page is open: 0 dossier, 1 my answers, 2 spoken with, 3 who does what, 4 my rights,
    // 5 changes (who changed what and when).
    property int currentPage: 0
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
            spacing: Theme.gap
            Label {
                text: App.unlocked ? App.title : qsTr("Inzage")
                font.pointSize: Theme.large
                font.bold: true
                color: Theme.ink
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
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
                visible: App.unlocked && App.caseNumber !== ""
                text: qsTr("Dossiernummer %1").arg(App.caseNumber)
                color: Theme.quiet
            }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                model: ["Nederlands", "English"]
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
            Repeater {
                model: [qsTr("Mijn dossier"), qsTr("Mijn reacties"), qsTr("Gesproken met"), qsTr("Wie doet wat"), qsTr("Mijn rechten"), qsTr("Veranderingen")]
                TabButton {
                    objectName: "tab" + index
                    text: modelData
                    Accessible.name: modelData
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.currentPage
            DossierPage { id: dossierPage; objectName: "dossierPage"; onExplainRequested: plainWords.open() }
            MyAnswersPage { id: myAnswers; objectName: "myAnswersPage" }
            SpokenWithPage { objectName: "spokenWithPage" }
            WhoDoesWhatPage { objectName: "whoDoesWhatPage" }
            RightsPage { objectName: "rightsPage" }
            ChangesPage { objectName: "changesPage" }
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

    Timer {
        interval: 60000
        running: true
        repeat: true
        onTriggered: App.refreshClock()
    }
}
