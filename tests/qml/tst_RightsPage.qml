import QtQuick
import QtTest
import "qrc:/qt/qml/Inzage"
import "Helpers.js" as H

// "Mijn rechten": each right in plain words, with its deadline.
Item {
    id: root
    width: 1000
    height: 1200

    RightsPage { id: page; anchors.fill: parent }

    TestCase {
        name: "RightsPage"
        when: windowShown

        function test_rights_and_deadlines() {
            const all = H.texts(page)
            for (const part of ["U mag uw dossier lezen (inzage)", "eigen verklaring", "te verbeteren",
                                "te vernietigen", "klacht", "binnen een maand", "binnen drie maanden",
                                "minstens 5 werkdagen"])
                verify(H.anyContains(all, part), part)
        }
    }
}
