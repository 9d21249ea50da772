#include "audit/ReportRecords.h"

#include "vault/Sql.h"

#include <QRegularExpression>

namespace inzage {

namespace {

bool isHex64(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

} // namespace

QString ReportRecord::after() const
{
    return QStringLiteral("content=%1; head=%2; head_seq=%3; file=%4; pages=%5")
        .arg(contentHash, head)
        .arg(headSeq)
        .arg(fileHash)
        .arg(pages);
}

std::optional<ReportRecord> ReportRecord::parse(const QString& after)
{
    static const QRegularExpression re(QStringLiteral(
        "^content=([0-9a-f]{64}); head=([0-9a-f]{64}); head_seq=([0-9]+); file=([0-9a-f]{64}); pages=([0-9]+)$"));
    const QRegularExpressionMatch m = re.match(after);
    if (!m.hasMatch())
        return std::nullopt;
    ReportRecord r;
    r.contentHash = m.captured(1);
    r.head = m.captured(2);
    r.headSeq = m.captured(3).toLongLong();
    r.fileHash = m.captured(4);
    r.pages = m.captured(5).toInt();
    if (!isHex64(r.contentHash) || r.pages <= 0)
        return std::nullopt;
    return r;
}

Result<std::vector<ReportRecord>> ReportRecords::all(sqlite3* db)
{
    Statement st(db, "SELECT seq, ts, after FROM audit WHERE action = ?1 ORDER BY seq");
    st.bind(1, kReportFinalAction);
    std::vector<ReportRecord> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        auto r = ReportRecord::parse(st.text(2));
        if (!r)
            return Status(ErrorCode::Damaged,
                tr("Regel %1 van het logboek zegt dat er een definitief rapport is gemaakt, maar is onleesbaar.")
                    .arg(st.integer(0)));
        r->seq = st.integer(0);
        r->ts = st.text(1);
        out.push_back(*r);
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, tr("De rapporten in het logboek konden niet worden gelezen."));
    return out;
}

Result<ReportRecordVerdict> ReportRecords::verify(sqlite3* db)
{
    ReportRecordVerdict v;
    Statement st(db, "SELECT seq, after FROM audit WHERE action = ?1 ORDER BY seq");
    st.bind(1, kReportFinalAction);
    Statement at(db, "SELECT hash FROM audit WHERE seq = ?1");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        ++v.records;
        const std::int64_t seq = st.integer(0);
        auto fail = [&](const QString& why) {
            if (v.intact) {
                v.intact = false;
                v.firstBadSeq = seq;
                v.problem = why;
            }
        };
        const auto r = ReportRecord::parse(st.text(1));
        if (!r) {
            fail(tr("Regel %1 legt een definitief rapport vast, maar is onleesbaar.").arg(seq));
            continue;
        }
        if (r->headSeq >= seq) {
            fail(tr("Regel %1 legt een rapport vast dat gemaakt zou zijn op een latere stand van het logboek "
                    "(regel %2).")
                     .arg(seq)
                     .arg(r->headSeq));
            continue;
        }
        QByteArray expected(32, '\0');
        if (r->headSeq > 0) {
            at.reset();
            at.bind(1, r->headSeq);
            const int arc = at.step();
            if (arc == SQLITE_ROW)
                expected = at.blob(0);
            else if (arc == SQLITE_DONE)
                expected.clear();
            else
                return sqlError(db, arc, tr("Het logboek kon niet worden gelezen."));
        }
        if (QString::fromLatin1(expected.toHex()) != r->head)
            fail(tr("Regel %1 legt een rapport vast op logboekregel %2, maar die regel heeft niet de "
                    "vastgelegde stand (het logboek is veranderd, of de regel is vervalst).")
                     .arg(seq)
                     .arg(r->headSeq));
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, tr("De rapporten in het logboek konden niet worden gelezen."));
    return v;
}

Result<std::optional<ReportRecord>> ReportRecords::last(sqlite3* db)
{
    auto records = all(db);
    if (!records)
        return records.status();
    if (records->empty())
        return std::optional<ReportRecord> {};
    return std::optional<ReportRecord> { records->back() };
}

Result<std::pair<std::int64_t, QByteArray>> ReportRecords::head(sqlite3* db)
{
    Statement st(db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return std::pair<std::int64_t, QByteArray> { st.integer(0), st.blob(1) };
    if (rc == SQLITE_DONE)
        return std::pair<std::int64_t, QByteArray> { 0, QByteArray(32, '\0') };
    return sqlError(db, rc, tr("Het logboek kon niet worden gelezen."));
}

} // namespace inzage
