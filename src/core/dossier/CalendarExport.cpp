#include "dossier/CalendarExport.h"

#include "dossier/Access.h"
#include "dossier/AppointmentState.h"
#include "dossier/CaseFile.h"
#include "dossier/Persons.h"
#include "exchange/SealedFile.h"

#include <QStringList>

namespace inzage {

namespace {

// What happened to it, in words for the description (empty for a plain planned appointment).
QString stateInWords(AppointmentState state)
{
    switch (state) {
    case AppointmentState::Gepland:
    case AppointmentState::Open:
        return {};
    case AppointmentState::TeLaat:
        return CalendarExport::tr("Te laat: deze toezegging is nog niet nagekomen.");
    case AppointmentState::Gehouden:
        return CalendarExport::tr("Is doorgegaan.");
    case AppointmentState::Afgezegd:
        return CalendarExport::tr("Afgezegd.");
    case AppointmentState::Ingehaald:
        return CalendarExport::tr("Afgezegd; er is een inhaalafspraak gemaakt.");
    case AppointmentState::Nagekomen:
        return CalendarExport::tr("Nagekomen.");
    case AppointmentState::NietNagekomen:
        return CalendarExport::tr("Niet nagekomen.");
    }
    return {};
}

// DTSTART: a moment as floating local time (the family's own clock), a date as a whole day.
// Empty when the date cannot be read.
QString startProperty(const QString& plannedAt)
{
    if (plannedAt.size() > 10) {
        const QDateTime at = QDateTime::fromString(plannedAt, Qt::ISODate);
        if (at.isValid())
            return QStringLiteral("DTSTART:") + at.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    }
    const QDate day = QDate::fromString(plannedAt.left(10), Qt::ISODate);
    if (plannedAt.size() <= 10 && day.isValid())
        return QStringLiteral("DTSTART;VALUE=DATE:") + day.toString(QStringLiteral("yyyyMMdd"));
    return {};
}

} // namespace

QString CalendarExport::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            continue; // other control characters are not allowed in a TEXT value
        else
            out += c;
    }
    return out;
}

QByteArray CalendarExport::foldLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype pos = 0;
    qsizetype room = 75; // the first line; a continuation line starts with a space
    while (bytes.size() - pos > room) {
        qsizetype cut = pos + room;
        // Never between the bytes of one character: back up to the start of the one at the cut.
        while (cut > pos && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = 74;
    }
    out += bytes.mid(pos);
    out += "\r\n";
    return out;
}

Result<CalendarFile> CalendarExport::render(Vault& vault, const QDateTime& stamp, const QDate& today)
{
    const Actor reader = actorFor(vault, QStringLiteral("agenda"));
    auto info = CaseFile(vault, reader).info();
    if (!info)
        return info.status();
    auto appointments = CaseFile(vault, reader).appointments();
    if (!appointments)
        return appointments.status();
    Persons persons(vault, reader);

    CalendarFile file;
    QByteArray& out = file.text;
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString uidBase = info->uid.isEmpty() ? QStringLiteral("dossier") : info->uid;
    out += foldLine(QStringLiteral("BEGIN:VCALENDAR"));
    out += foldLine(QStringLiteral("VERSION:2.0"));
    out += foldLine(QStringLiteral("PRODID:-//Inzage//Inzage afspraken//NL"));
    out += foldLine(QStringLiteral("CALSCALE:GREGORIAN"));
    for (const Appointment& a : *appointments) {
        const QString start = startProperty(a.plannedAt);
        if (start.isEmpty()) {
            ++file.skipped;
            continue;
        }
        const AppointmentState state = appointmentState(a, today);
        const bool promise = a.kind == AppointmentKind::Toezegging;
        QStringList description;
        if (a.personId) {
            auto person = persons.get(*a.personId);
            if (!person)
                return person.status();
            // The masked name for a parent is empty; for anyone, a shielded person stays unnamed here.
            const QString who = person->shielded ? tr("afgeschermde bron") : person->name;
            if (!who.isEmpty())
                description << tr("Met: %1").arg(who);
        }
        if (a.makesUpId)
            description << tr("Inhaalafspraak voor een afspraak die was afgezegd.");
        if (const QString words = stateInWords(state); !words.isEmpty())
            description << words;
        if (!a.statusNote.isEmpty())
            description << tr("Toelichting: %1").arg(a.statusNote);
        if (!info->caseNumber.isEmpty())
            description << tr("Dossier %1").arg(info->caseNumber);

        out += foldLine(QStringLiteral("BEGIN:VEVENT"));
        out += foldLine(QStringLiteral("UID:%1-afspraak-%2@inzage").arg(uidBase).arg(a.id));
        out += foldLine(QStringLiteral("DTSTAMP:") + dtstamp);
        out += foldLine(start);
        out += foldLine(
            QStringLiteral("SUMMARY:") + escapeText(promise ? tr("Toezegging: %1").arg(a.description) : a.description));
        if (!description.isEmpty())
            out += foldLine(QStringLiteral("DESCRIPTION:") + escapeText(description.join(QLatin1Char('\n'))));
        const bool cancelled = a.status == AppointmentStatus::Afgezegd || a.status == AppointmentStatus::Ingehaald;
        out += foldLine(cancelled ? QStringLiteral("STATUS:CANCELLED") : QStringLiteral("STATUS:CONFIRMED"));
        if (promise)
            out += foldLine(QStringLiteral("TRANSP:TRANSPARENT")); // a due date does not make the family busy
        out += foldLine(QStringLiteral("END:VEVENT"));
        ++file.events;
    }
    out += foldLine(QStringLiteral("END:VCALENDAR"));
    return file;
}

Result<CalendarFile> CalendarExport::write(Vault& vault, const QString& destination)
{
    auto file = render(vault, QDateTime::currentDateTimeUtc(), QDate::currentDate());
    if (!file)
        return file.status();
    if (Status s = writeNewFile(destination, file->text); !s)
        return s;
    return file;
}

} // namespace inzage
