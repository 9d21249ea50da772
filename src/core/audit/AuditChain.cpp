#include "audit/AuditChain.h"

#include "vault/Sql.h"

#include <QDateTime>

#include <sodium.h>

namespace inzage {

namespace {

void appendField(QByteArray& out, const QByteArray& field)
{
    // Length-prefixed, so no choice of separator inside a field can forge another row.
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
    out += '\n';
}

} // namespace

QByteArray AuditChain::canonical(std::int64_t seq, const QString& ts, const AuditRecord& r)
{
    QByteArray out("inzage-audit-v1\n");
    appendField(out, QByteArray::number(qint64(seq)));
    appendField(out, ts.toUtf8());
    appendField(out, r.actor.toUtf8());
    appendField(out, r.action.toUtf8());
    appendField(out, r.object.toUtf8());
    appendField(out, r.before.toUtf8());
    appendField(out, r.after.toUtf8());
    return out;
}

QByteArray AuditChain::hash(const QByteArray& prev, const QByteArray& canonicalRow)
{
    QByteArray out(32, '\0');
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, 32);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(prev.constData()), prev.size());
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(canonicalRow.constData()),
                              canonicalRow.size());
    crypto_generichash_final(&st, reinterpret_cast<unsigned char*>(out.data()), 32);
    return out;
}

Result<QByteArray> AuditChain::parseHead(const QString& text)
{
    const QString t = text.trimmed();
    constexpr int kHexDigits = 64; // BLAKE2b-256
    bool allHex = t.size() == kHexDigits;
    // ASCII only: QChar::isDigit() also takes other scripts' digits ("۸"), which fromHex() skips,
    // so a typed head would come out short (found by the fuzzer, tests/fuzz/regressions/audit_head).
    for (const QChar c : t) {
        const char16_t u = c.unicode();
        allHex = allHex && ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F'));
    }
    if (!allHex)
        return Status(ErrorCode::Usage,
            tr("'%1' is geen logboekkop: geef de %2 hexadecimale tekens (0-9, a-f) die eerder als "
               "'head' zijn getoond. Er is niets gecontroleerd.")
                .arg(t.left(80))
                .arg(kHexDigits));
    return QByteArray::fromHex(t.toLatin1());
}

QByteArray AuditChain::head(sqlite3* db)
{
    Statement st(db, "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1");
    if (st.step() == SQLITE_ROW)
        return st.blob(0);
    return QByteArray(32, '\0');
}

AuditChain::Appender::Appender(sqlite3* db)
    : m_db(db)
    , m_insert(db, "INSERT INTO audit(seq, ts, actor, action, object, before, after, prev_hash, hash) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
    , m_lastHash(32, '\0')
{
}

Status AuditChain::Appender::append(const AuditRecord& r)
{
    if (!m_headRead) {
        Statement last(m_db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        const int rc = last.step();
        if (rc == SQLITE_ROW) {
            m_lastSeq = last.integer(0);
            m_lastHash = last.blob(1);
        } else if (rc != SQLITE_DONE) {
            return sqlError(m_db, rc, AuditChain::tr("Het logboek kon niet worden gelezen."));
        }
        m_headRead = true;
    }
    const std::int64_t seq = m_lastSeq + 1;
    const QString ts = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray h = hash(m_lastHash, canonical(seq, ts, r));
    m_insert.reset();
    m_insert.bind(1, seq).bind(2, ts).bind(3, r.actor).bind(4, r.action).bind(5, r.object);
    m_insert.bind(6, r.before).bind(7, r.after).bindBlob(8, m_lastHash).bindBlob(9, h);
    if (Status s = m_insert.exec(AuditChain::tr("Het logboek kon niet worden bijgewerkt.")); !s)
        return s;
    m_lastSeq = seq;
    m_lastHash = h;
    return Status::ok();
}

Result<AuditVerdict> AuditChain::verify(sqlite3* db, const QByteArray& expectedHead)
{
    AuditVerdict v;
    Statement st(db, "SELECT seq, ts, actor, action, object, before, after, prev_hash, hash "
                     "FROM audit ORDER BY rowid");
    QByteArray prev(32, '\0');
    std::int64_t expectedSeq = 1;
    // The head of an empty chain (all zeros) is the start of every chain, so it is always seen.
    bool sawExpectedHead = expectedHead.isEmpty() || expectedHead == prev;
    int rc;
    auto fail = [&](std::int64_t seq, const QString& why) {
        if (v.intact) {
            v.intact = false;
            v.firstBadSeq = seq;
            v.problem = why;
        }
    };
    while ((rc = st.step()) == SQLITE_ROW) {
        const std::int64_t seq = st.integer(0);
        AuditRecord r {st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)};
        const QByteArray storedPrev = st.blob(7);
        const QByteArray storedHash = st.blob(8);
        ++v.rows;
        if (v.intact) {
            if (seq != expectedSeq)
                fail(expectedSeq,
                    seq > expectedSeq ? tr("Regel %1 ontbreekt (verwijderd).").arg(expectedSeq)
                                      : tr("Regel %1 staat niet op zijn plaats.").arg(seq));
            else if (storedPrev != prev)
                fail(seq,
                    tr("Regel %1 sluit niet aan op de vorige regel "
                       "(ingevoegd, verwijderd of van volgorde veranderd).")
                        .arg(seq));
            else if (hash(prev, canonical(seq, st.text(1), r)) != storedHash)
                fail(seq, tr("Regel %1 is achteraf gewijzigd.").arg(seq));
        }
        if (!sawExpectedHead && storedHash == expectedHead)
            sawExpectedHead = true;
        prev = storedHash;
        expectedSeq = seq + 1;
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, tr("Het logboek kon niet worden gelezen."));
    v.head = prev;
    if (v.intact && !sawExpectedHead)
        fail(v.rows + 1,
            tr("Het logboek is ingekort: de eerder vastgelegde laatste regel "
               "komt er niet meer in voor."));
    return v;
}

} // namespace inzage
