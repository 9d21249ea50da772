#include "DomainSupport.h"

#include "dossier/CalendarExport.h"
#include "dossier/CaseCommands.h"
#include "dossier/CaseFile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace inzage;
using namespace inzage::test;

namespace {

const QDateTime kStamp(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC);
const QDate kToday(2026, 12, 2);

// One event as a reader of the file sees it: every property name (without parameters) with its
// unescaped value, and the parameters of DTSTART.
struct Event {
    std::map<QString, QString> values;
    QString startParams;
    QString operator[](const char* name) const
    {
        const auto it = values.find(QString::fromLatin1(name));
        return it == values.end() ? QString() : it->second;
    }
};

QString unescape(const QString& v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == QLatin1Char('\\') && i + 1 < v.size()) {
            const QChar n = v.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else
            out += v.at(i);
    }
    return out;
}

// Parses as RFC 5545 says: every line ends in CRLF, a line starting with a space continues the last.
std::vector<Event> parse(const QByteArray& ics)
{
    REQUIRE(ics.endsWith("\r\n"));
    REQUIRE(!ics.contains("\n\r"));
    const QList<QByteArray> physical = ics.left(ics.size() - 2).split('\n');
    QList<QByteArray> logical;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        const QByteArray& line = physical[i];
        REQUIRE(line.endsWith('\r') == (i + 1 < physical.size())); // CRLF, never a bare LF
        const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
        INFO(bare.constData());
        CHECK(bare.size() <= 75);
        if (bare.startsWith(' ')) {
            REQUIRE(!logical.isEmpty());
            logical.last() += bare.mid(1);
        } else
            logical << bare;
    }
    REQUIRE(logical.first() == "BEGIN:VCALENDAR");
    REQUIRE(logical.last() == "END:VCALENDAR");
    std::vector<Event> events;
    bool inEvent = false;
    for (const QByteArray& raw : logical) {
        const QString line = QString::fromUtf8(raw);
        REQUIRE(line.toUtf8() == raw); // valid UTF-8: no character was cut in two
        if (line == QLatin1String("BEGIN:VEVENT")) {
            REQUIRE(!inEvent);
            inEvent = true;
            events.emplace_back();
            continue;
        }
        if (line == QLatin1String("END:VEVENT")) {
            REQUIRE(inEvent);
            inEvent = false;
            continue;
        }
        if (!inEvent)
            continue;
        // The first unescaped ':' ends name and parameters (values escape nothing with ':').
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        REQUIRE(colon > 0);
        const QString head = line.left(colon);
        const QString name = head.section(QLatin1Char(';'), 0, 0);
        if (name == QLatin1String("DTSTART"))
            events.back().startParams = head.section(QLatin1Char(';'), 1);
        events.back().values[name] = unescape(line.mid(colon + 1));
    }
    return events;
}

CalendarFile render(Vault& v)
{
    auto r = CalendarExport::render(v, kStamp, kToday);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

Id add(Vault& v, AppointmentKind kind, const QString& text, const QString& at, std::optional<Id> with = {})
{
    Appointment a;
    a.kind = kind;
    a.description = text;
    a.plannedAt = at;
    a.personId = with;
    auto r = CaseFile(v, professional()).addAppointment(a);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

} // namespace

TEST_CASE("a long text is folded at 75 octets, never inside a character, and unfolds to the same text", "[calendar]")
{
    const QString text = QStringLiteral("SUMMARY:") + QString(40, QChar(0x00EB)) + QString(90, QLatin1Char('a'))
        + QString(30, QChar(0x20AC));
    const QByteArray folded = CalendarExport::foldLine(text);
    REQUIRE(folded.endsWith("\r\n"));
    QByteArray unfolded;
    const QList<QByteArray> lines = folded.chopped(2).split('\n');
    CHECK(lines.size() > 3);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = i + 1 < lines.size() ? lines[i].chopped(1) : lines[i];
        CHECK(line.size() <= 75);
        CHECK(QString::fromUtf8(line).toUtf8() == line); // each physical line is whole UTF-8
        if (i > 0)
            REQUIRE(line.startsWith(' '));
        unfolded += i > 0 ? line.mid(1) : line;
    }
    CHECK(QString::fromUtf8(unfolded) == text);
    CHECK(CalendarExport::foldLine(QStringLiteral("VERSION:2.0")) == "VERSION:2.0\r\n");
}

TEST_CASE("comma, semicolon, backslash and newlines are escaped in a text value", "[calendar]")
{
    CHECK(CalendarExport::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")) == QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
}

TEST_CASE("every appointment is one event with a stable UID, its date, whom and a cancelled status", "[calendar]")
{
    TempVault tv;
    Vault& v = *tv.vault;
    const Id jansen = addPerson(v, QStringLiteral("Meester Jansen"));
    const Id visit = add(v, AppointmentKind::Afspraak, QStringLiteral("Huisbezoek; samen met school, en \\ oma"),
        QStringLiteral("2026-12-10T10:00"), jansen);
    const Id talk
        = add(v, AppointmentKind::Afspraak, QStringLiteral("Gesprek op kantoor"), QStringLiteral("2026-12-14T14:30"));
    CaseCommands commands(v, professional());
    REQUIRE(commands.cancel(talk, QStringLiteral("Jeugdbeschermer ziek")).isOk());
    auto madeUp = commands.makeUp(talk, QStringLiteral("2026-12-17T14:30"));
    REQUIRE(madeUp.isOk());
    add(v, AppointmentKind::Toezegging, QStringLiteral("Verslag sturen"), QStringLiteral("2026-04-06"));
    add(v, AppointmentKind::Toezegging, QStringLiteral("Terugbellen"), QStringLiteral("volgende week"));

    const CalendarFile file = render(v);
    CHECK(file.events == 4);
    CHECK(file.skipped == 1);
    CHECK(file.text.count("\n") == file.text.count("\r\n"));
    const std::vector<Event> events = parse(file.text);
    REQUIRE(events.size() == 4);

    // In the order of their dates, as the dossier lists them: the promise of April first.
    const Event& promise = events[0];
    CHECK(promise.startParams == QStringLiteral("VALUE=DATE"));
    CHECK(promise["DTSTART"] == QStringLiteral("20260406"));
    CHECK(promise["SUMMARY"] == QStringLiteral("Toezegging: Verslag sturen"));
    CHECK(promise["DESCRIPTION"].contains(QStringLiteral("Te laat")));
    CHECK(promise["TRANSP"] == QStringLiteral("TRANSPARENT"));

    const Event& first = events[1];
    CHECK(first["SUMMARY"] == QStringLiteral("Huisbezoek; samen met school, en \\ oma"));
    CHECK(first["DTSTART"] == QStringLiteral("20261210T100000"));
    CHECK(first.startParams.isEmpty());
    CHECK(first["DTSTAMP"] == QStringLiteral("20261202T093000Z"));
    CHECK(first["DESCRIPTION"].contains(QStringLiteral("Meester Jansen")));
    CHECK(first["STATUS"] == QStringLiteral("CONFIRMED"));
    CHECK(first["UID"].contains(QStringLiteral("-%1@").arg(visit)));

    CHECK(events[2]["SUMMARY"] == QStringLiteral("Gesprek op kantoor"));
    CHECK(events[2]["STATUS"] == QStringLiteral("CANCELLED"));
    CHECK(events[2]["DESCRIPTION"].contains(QStringLiteral("Jeugdbeschermer ziek")));
    CHECK(events[2]["UID"].contains(QStringLiteral("-%1@").arg(talk)));
    CHECK(events[3]["DTSTART"] == QStringLiteral("20261217T143000"));
    CHECK(events[3]["STATUS"] == QStringLiteral("CONFIRMED"));
    CHECK(events[3]["DESCRIPTION"].contains(QStringLiteral("Inhaalafspraak")));
    CHECK(events[3]["UID"].contains(QStringLiteral("-%1@").arg(*madeUp)));

    // The same appointment keeps its UID in a later file; different appointments never share one.
    const std::vector<Event> again = parse(render(v).text);
    std::set<QString> uids;
    for (std::size_t i = 0; i < events.size(); ++i) {
        CHECK(again[i]["UID"] == events[i]["UID"]);
        uids.insert(events[i]["UID"]);
    }
    CHECK(uids.size() == events.size());
}

TEST_CASE("a shielded source is never named in the calendar file, not even from the professional's vault",
    "[calendar][audience]")
{
    TempVault tv;
    Vault& v = *tv.vault;
    const Id melder = addPerson(v, QStringLiteral("Gerda Geheimhouder"), PersonRole::Informant,
        QStringLiteral("buurvrouw"), true, QStringLiteral("Melder afgeschermd op grond van art. 5.2.6 Wmo 2015"));
    add(v, AppointmentKind::Afspraak, QStringLiteral("Gesprek"), QStringLiteral("2026-12-10T10:00"), melder);

    const CalendarFile pro = render(v);
    CHECK_FALSE(pro.text.contains("Geheimhouder"));
    CHECK_FALSE(pro.text.contains("buurvrouw"));
    CHECK(parse(pro.text).at(0)["DESCRIPTION"].contains(QStringLiteral("afgeschermde bron")));

    auto view = parentViewOf(v);
    const CalendarFile copy = render(*view->vault);
    CHECK(copy.events == 1);
    CHECK_FALSE(copy.text.contains("Geheimhouder"));
    CHECK(parse(copy.text).at(0)["DESCRIPTION"].contains(QStringLiteral("afgeschermde bron")));
}

TEST_CASE("the calendar file is never written over an existing file", "[calendar]")
{
    TempVault tv;
    add(*tv.vault, AppointmentKind::Afspraak, QStringLiteral("Huisbezoek"), QStringLiteral("2026-12-10T10:00"));
    QTemporaryDir dir;
    const QString dest = dir.filePath(QStringLiteral("afspraken.ics"));
    auto made = CalendarExport::write(*tv.vault, dest);
    INFO(str(made.message()));
    REQUIRE(made.isOk());
    CHECK(QFileInfo(dest).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const QByteArray before = readAll(dest);
    auto again = CalendarExport::write(*tv.vault, dest);
    CHECK(again.code() == ErrorCode::Exists);
    CHECK(readAll(dest) == before);
}
