import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One form on the case page: a title, its fields (the default property), a button and the core's
// answer in place (red when refused: nothing was changed then).
ColumnLayout {
    id: form
    property string title
    property string buttonText
    property string formName
    property string message: ""
    property bool saved: false
    default property alias fields: fieldRow.data
    signal submit()

    function show(result, savedText) {
        saved = result === ""
        message = saved ? savedText : result
        return saved
    }

    spacing: Theme.gap * 0.4
    Layout.fillWidth: true
    Label { text: form.title; font.bold: true; color: Theme.ink }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap * 0.5
        RowLayout {
            id: fieldRow
            Layout.fillWidth: true
            spacing: Theme.gap * 0.5
        }
        Button {
            objectName: form.formName + "Button"
            text: form.buttonText
            onClicked: form.submit()
            Accessible.name: form.buttonText
        }
    }
    Label {
        objectName: form.formName + "Message"
        visible: form.message !== ""
        text: form.message
        color: form.saved ? Theme.bron : Theme.danger
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
    }
}
