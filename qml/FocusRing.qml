import QtQuick
import QtQuick.Controls
import Inzage.App

// The one focus indicator of the app: a thick ring (Theme.focusWidth, near-black with a white inner
// line) around the item that has the keyboard focus, wherever it is: tabs, filters, radio buttons,
// cards, links, dialog buttons. Lives on the window's overlay, above the pages and the dialogs.
// When the focus lands on something scrolled out of sight, the nearest scrolling view moves it
// into view first; a list that has the focus is ringed at its current item.
Item {
    id: ring
    objectName: "focusRing"
    // The window whose focus is shown (Main passes itself).
    property var window: null
    readonly property Item focused: window ? window.activeFocusItem : null
    // What the ring is drawn around: the focused item, or the current item of a focused list.
    property Item target: null
    readonly property bool showing: target !== null && frame.visible

    z: 100000
    anchors.fill: parent
    enabled: false // never takes a click

    function isFlickable(item) {
        return item && item.contentY !== undefined && item.contentHeight !== undefined
               && item.flickableDirection !== undefined
    }
    function ringTarget(item) {
        if (!item || !item.visible || item.width <= 0 || item.height <= 0)
            return null
        // The window's own content item, a popup's frame: nothing a reader chose.
        if (window && (item === window.contentItem || item === ring.parent))
            return null
        if (item.currentItem !== undefined && item.currentItem !== null && isFlickable(item))
            return item.currentItem
        return item
    }
    // Scrolls every view that holds `item` so the item is wholly in sight (as far as it fits).
    function reveal(item) {
        let inner = item
        for (let p = item ? item.parent : null; p; p = p.parent) {
            if (!isFlickable(p) || p.height <= 0)
                continue
            const content = p.contentItem
            const top = inner.mapToItem(content, 0, 0).y
            const bottom = top + inner.height
            const margin = Theme.gap
            const first = p.originY !== undefined ? p.originY : 0
            const last = Math.max(first, first + p.contentHeight - p.height)
            if (top < p.contentY)
                p.contentY = Math.max(first, top - margin)
            else if (bottom > p.contentY + p.height)
                p.contentY = Math.min(last, Math.min(top - margin, bottom - p.height + margin))
            inner = p
        }
    }
    function place() {
        const t = ringTarget(focused)
        target = t
        if (!t)
            return
        const at = t.mapToItem(ring, 0, 0)
        frame.x = at.x - Theme.focusWidth - 1
        frame.y = at.y - Theme.focusWidth - 1
        frame.width = t.width + 2 * (Theme.focusWidth + 1)
        frame.height = t.height + 2 * (Theme.focusWidth + 1)
    }
    onFocusedChanged: {
        const t = ringTarget(focused)
        if (t)
            reveal(t)
        place()
        follow.restart()
    }
    // Views scroll and cards grow after the focus moved (pages load, a list positions itself): the
    // ring follows for a moment, then stays where it is until the next change.
    Timer {
        id: follow
        interval: 50
        repeat: true
        property int ticks: 0
        onTriggered: {
            ring.place()
            if (++ticks > 20) {
                ticks = 0
                stop()
            }
        }
    }
    Connections {
        target: ring.focused
        ignoreUnknownSignals: true
        function onCurrentIndexChanged() { ring.place(); follow.restart() }
        function onContentYChanged() { ring.place() }
        function onWidthChanged() { ring.place() }
        function onHeightChanged() { ring.place() }
    }
    // Scrolling the view under the focused control moves it: follow (wheel, keys, the list's own moves).
    Timer {
        interval: 120
        repeat: true
        running: ring.target !== null && ring.window !== null && ring.window.active === true
        onTriggered: ring.place()
    }

    Rectangle {
        id: frame
        objectName: "focusFrame"
        visible: ring.target !== null
        color: "transparent"
        radius: 4
        border.width: Theme.focusWidth
        border.color: Theme.focusRing
        Rectangle {
            anchors.fill: parent
            anchors.margins: Theme.focusWidth
            color: "transparent"
            radius: 2
            border.width: 1
            border.color: "white"
        }
    }
}
