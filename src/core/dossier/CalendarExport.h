#pragma once

#include "common/Status.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace inzage {

struct CalendarFile {
    QByteArray text; // RFC 5545, UTF-8, CRLF line endings, folded at 75 octets
    int events = 0; // one VEVENT per appointment or promise with a readable date
    int skipped = 0; // promises without a readable due date ("volgende week"): no event
};

// The appointments and promises of a dossier as a calendar file (.ics) for the family's own
// agenda. What is in it is what the vault's reader may see (Audience, through Persons); a
// shielded person is named "afgeschermde bron" whoever reads, because this file leaves the
// encrypted store and lands in calendars that sync to phones and clouds.
class CalendarExport {
    Q_DECLARE_TR_FUNCTIONS(inzage::CalendarExport)

public:
    // `stamp` is DTSTAMP (passed in so tests are fixed); `today` decides "te laat" for promises.
    static Result<CalendarFile> render(Vault& vault, const QDateTime& stamp, const QDate& today);
    // Writes a new file (never over an existing one, mode 0600) with what render() made now.
    static Result<CalendarFile> write(Vault& vault, const QString& destination);

    // RFC 5545 3.3.11: backslash, semicolon, comma and newlines escaped in a TEXT value.
    static QString escapeText(const QString& text);
    // RFC 5545 3.1: one content line, folded so no line is longer than 75 octets (a UTF-8
    // sequence is never split), each line ended by CRLF.
    static QByteArray foldLine(const QString& line);
};

} // namespace inzage
