#include "audit/ExtensionCheck.h"

#include "dossier/AnswerExtensions.h"
#include "vault/Sql.h"

#include <map>

namespace inzage {

Result<ExtensionCheckVerdict> ExtensionCheck::run(sqlite3* db, VaultKind kind)
{
    const QString what = tr("De verlengingen van termijnen konden niet worden gelezen.");
    ExtensionCheckVerdict v;
    std::map<QString, QString> audited; // object -> after of its latest answer.extend row
    if (kind == VaultKind::Professional) {
        Statement st(db, "SELECT object, after FROM audit WHERE action = 'answer.extend' ORDER BY seq");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            audited[st.text(0)] = st.text(1);
        if (rc != SQLITE_DONE)
            return sqlError(db, rc, what);
    }
    Statement st(db,
        "SELECT a.id, a.uid, x.until, x.reason, x.extended_at, x.extended_by FROM answer_extension x "
        "JOIN answer a ON a.id = x.answer_id ORDER BY a.id");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        ++v.extensions;
        if (kind != VaultKind::Professional || !v.intact)
            continue;
        const QString object = QStringLiteral("answer:%1").arg(st.text(1));
        const AnswerExtension x { st.text(2), st.text(3), st.text(4), st.text(5) };
        const auto found = audited.find(object);
        if (found == audited.end()) {
            v.intact = false;
            v.problem = tr("De verlenging van de termijn van reactie %1 staat niet in het logboek.").arg(st.integer(0));
        } else {
            if (found->second != AnswerExtensions::describe(x)) {
                v.intact = false;
                v.problem = tr("De verlenging van de termijn van reactie %1 is anders dan het logboek vastlegde.")
                                .arg(st.integer(0));
            }
            audited.erase(found);
        }
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, what);
    if (v.intact && !audited.empty()) {
        v.intact = false;
        v.problem = tr("Het logboek legde een verlenging van een termijn vast die in het dossier ontbreekt (%1).")
                        .arg(audited.begin()->first);
    }
    return v;
}

} // namespace inzage
