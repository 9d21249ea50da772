import QtQuick
import QtQuick.Controls

// When a dialog closes, the keyboard focus goes back to what had it when the dialog opened (the
// button that opened it), never to nothing or to a control that is hidden now. `fallback` takes it
// when that control is gone or hidden (a dialog opened by a key from a page that is no longer shown).
QtObject {
    id: keeper
    property var popup: null
    property Item fallback: null
    property Item opener: null

    function usable(item) {
        return item && item.visible && item.enabled && item.Window.window !== null
    }
    property Connections watch: Connections {
        target: keeper.popup
        function onAboutToShow() {
            const at = keeper.popup && keeper.popup.parent ? keeper.popup.parent.Window.window : null
            const item = at ? at.activeFocusItem : null
            // A focus inside another popup's frame or the window itself is no place to return to.
            keeper.opener = item && at && item !== at.contentItem ? item : null
        }
        function onClosed() {
            const to = keeper.usable(keeper.opener) ? keeper.opener : keeper.usable(keeper.fallback) ? keeper.fallback : null
            keeper.opener = null
            if (to)
                to.forceActiveFocus(Qt.OtherFocusReason)
        }
    }
}
