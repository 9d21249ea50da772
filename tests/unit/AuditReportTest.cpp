// The audit report as CSV: RFC 4180 quoting, formula injection neutralised in every cell (a family's
// text goes in there), figures, findings, flags and the sample in their rows; a new file only.
#include "ExchangeSupport.h"

#include "audit/AuditReport.h"

#include <QDir>
#include <QFile>

using namespace inzage;
using namespace inzage::test;

namespace {

// A strict RFC 4180 reader for the test: rows of cells, CRLF between rows.
std::vector<QStringList> parseCsv(const QString& text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            REQUIRE(text.at(i + 1) == QLatin1Char('\n'));
            ++i;
            row << cell;
            cell.clear();
            rows.push_back(row);
            row.clear();
        } else {
            cell += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(row.isEmpty());
    return rows;
}

AuditReportContent content()
{
    AuditReportContent c;
    c.vault = QStringLiteral("gezin.inzage");
    c.audit.auditedAt = QStringLiteral("2026-03-02T10:00:00.000Z");
    c.audit.auditHead = QByteArray(64, 'a');
    c.audit.total.entries = 3;
    c.audit.total.labelled = { 2, 3 };
    c.audit.findings.push_back({ QStringLiteral("feit_without_basis"), QStringLiteral("hoog"), Id(7), {}, {},
        QStringLiteral("Feit 7 heeft geen basis, \"zegt\" de regel.") });
    ReviewerFlag flag;
    flag.number = 1;
    flag.entry = 7;
    flag.note = QStringLiteral("@SUM(A1:A9) klopt niet");
    flag.openedAt = QStringLiteral("2026-03-02T10:00:00.000Z");
    flag.openedBy = QStringLiteral("r.bakker");
    c.flagsRead = true;
    c.flags = { flag };
    AuditSample sample;
    sample.seed = 42;
    sample.requested = 1;
    sample.population = 3;
    SampleItem item;
    item.entry.id = 7;
    item.entry.content.text = QStringLiteral("=HYPERLINK(\"http://x\",\"klik\")\nen een tweede regel");
    item.checklist = { QStringLiteral("-1 is geen datum"), QStringLiteral("+31 6 is een nummer") };
    sample.items = { item };
    c.sample = sample;
    return c;
}

} // namespace

TEST_CASE("a CSV cell that a spreadsheet would read as a formula starts with a quote", "[auditreport]")
{
    CHECK(AuditReport::csvCell(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(AuditReport::csvCell(QStringLiteral("+31 6")) == QStringLiteral("'+31 6"));
    CHECK(AuditReport::csvCell(QStringLiteral("-2")) == QStringLiteral("'-2"));
    CHECK(AuditReport::csvCell(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(AuditReport::csvCell(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(AuditReport::csvCell(QStringLiteral("\r=1")) == QStringLiteral("\"'\r=1\""));
    CHECK(AuditReport::csvCell(QStringLiteral("gewoon")) == QStringLiteral("gewoon"));
    CHECK(AuditReport::csvCell(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(AuditReport::csvCell(QString()) == QString());
    CHECK(AuditReport::csvCell(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(AuditReport::csvCell(QStringLiteral("zei \"nee\"")) == QStringLiteral("\"zei \"\"nee\"\"\""));
    CHECK(AuditReport::csvCell(QStringLiteral("=\"x\",1")) == QStringLiteral("\"'=\"\"x\"\",1\""));
}

TEST_CASE("the audit CSV holds figures, findings, flags and the sample, every row with every column", "[auditreport]")
{
    const QByteArray bytes = AuditReport::csv(content());
    const std::vector<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    REQUIRE(rows.size() > 10);
    const QStringList header = rows.front();
    CHECK(header.join(QLatin1Char(','))
        == QStringLiteral("kind,group,key,value,n,of,severity,entry,rule,date,by,message"));
    auto find = [&](const QString& kind, const QString& key) -> QStringList {
        for (const QStringList& r : rows)
            if (r.value(0) == kind && r.value(2) == key && r.value(1).isEmpty())
                return r;
        return {};
    };
    for (const QStringList& r : rows) {
        INFO(r.join(QLatin1Char('|')).toStdString());
        CHECK(r.size() == header.size());
        for (const QString& cell : r) {
            const bool formula = !cell.isEmpty()
                && (cell.front() == QLatin1Char('=') || cell.front() == QLatin1Char('+')
                    || cell.front() == QLatin1Char('-') || cell.front() == QLatin1Char('@')
                    || cell.front() == QLatin1Char('\t') || cell.front() == QLatin1Char('\r'));
            CHECK_FALSE(formula);
        }
    }
    CHECK(find(QStringLiteral("meta"), QStringLiteral("audit_head")).value(3) == QString(64, QLatin1Char('a')));
    CHECK(find(QStringLiteral("meta"), QStringLiteral("sample_seed")).value(3) == QStringLiteral("42"));
    const QStringList labelled = find(QStringLiteral("share"), QStringLiteral("labelled_share"));
    CHECK(labelled.value(3) == QStringLiteral("0.6667"));
    CHECK(labelled.value(4) == QStringLiteral("2"));
    CHECK(labelled.value(5) == QStringLiteral("3"));
    CHECK(find(QStringLiteral("share"), QStringLiteral("feit_basis_share")).value(3).isEmpty()); // nothing to count
    const QStringList finding = find(QStringLiteral("finding"), QString());
    CHECK(finding.value(6) == QStringLiteral("hoog"));
    CHECK(finding.value(7) == QStringLiteral("7"));
    CHECK(finding.value(8) == QStringLiteral("feit_without_basis"));
    CHECK(finding.value(11) == QStringLiteral("Feit 7 heeft geen basis, \"zegt\" de regel."));
    const QStringList flag = find(QStringLiteral("flag"), QStringLiteral("1"));
    CHECK(flag.value(3) == QStringLiteral("open"));
    CHECK(flag.value(11) == QStringLiteral("'@SUM(A1:A9) klopt niet"));
    const QStringList sample = find(QStringLiteral("sample"), QStringLiteral("1"));
    CHECK(sample.value(11) == QStringLiteral("'=HYPERLINK(\"http://x\",\"klik\")\nen een tweede regel"));
    CHECK(bytes.contains("\r\n"));
    CHECK(bytes.startsWith("kind,")); // no byte-order mark
}

TEST_CASE("the audit CSV is a new file: an existing one is refused, a failed write leaves nothing", "[auditreport]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("controle.csv"));
    REQUIRE(AuditReport::writeCsv(path, content()).isOk());
    const QByteArray first = readAll(path);
    CHECK(first == AuditReport::csv(content()));
    CHECK(AuditReport::writeCsv(path, content()).code() == ErrorCode::Exists);
    CHECK(readAll(path) == first);
    const QString missing = dir.filePath(QStringLiteral("bestaat-niet/controle.csv"));
    CHECK_FALSE(AuditReport::writeCsv(missing, content()).isOk());
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
        == QStringList { QStringLiteral("controle.csv") });
}
