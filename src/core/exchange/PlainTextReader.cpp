#include "exchange/PlainTextReader.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace inzage {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five unassigned ones map to U+FFFD.
QString decodeWindows1252(const QByteArray& bytes)
{
    static const char16_t high[32] = { 0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
        0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178 };
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        out += (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(b);
    }
    return out;
}

bool isListItem(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([-*•–]|\\d{1,2}[.)]|[a-z][.)])\\s+\\S"));
    return re.match(line).hasMatch();
}

QString withoutListMarker(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([-*•–])\\s+"));
    QString l = line;
    return l.remove(re);
}

bool looksLikeHeading(const QString& line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 80)
        return false;
    static const QString closing = QStringLiteral(".!?:;,\"”'’)");
    if (closing.contains(t.back()))
        return false;
    static const QRegularExpression numbered(QStringLiteral("^\\d+(\\.\\d+)*\\.?\\s+\\S"));
    return t.at(0).isUpper() || numbered.match(t).hasMatch();
}

} // namespace

Result<DecodedText> PlainTextReader::decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder d(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        QString text = d.decode(bytes.mid(2));
        if (d.hasError())
            return Status(ErrorCode::InvalidInput,
                tr("Dit tekstbestand begint als UTF-16 maar is beschadigd. Sla het op als UTF-8 en "
                   "probeer het opnieuw."));
        return DecodedText { text, tr("gelezen als UTF-16") };
    }
    QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (body.contains('\0'))
        return Status(ErrorCode::InvalidInput,
            tr("Dit tekstbestand bevat NUL-tekens: het is waarschijnlijk UTF-16 zonder kenmerk, of geen "
               "tekst. Sla het in de tekstverwerker op als tekst in UTF-8 en probeer het opnieuw."));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError())
        return DecodedText { text, {} };
    return DecodedText { decodeWindows1252(body),
        tr("geen UTF-8: gelezen als Windows-1252; controleer letters als ë en é") };
}

Result<Document> PlainTextReader::read(const QByteArray& bytes)
{
    auto decoded = decode(bytes);
    if (!decoded)
        return decoded.status();
    DocumentBuilder b;
    b.document().encodingNote = decoded->encodingNote;
    QString text = decoded->text;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Blocks between blank lines: a block of one short line without closing punctuation is a
    // heading (also "1. Aanleiding"); in other blocks a list marker starts a paragraph of its own.
    QStringList block;
    const auto flush = [&] {
        if (block.size() == 1 && looksLikeHeading(block.first())) {
            b.heading(withoutListMarker(block.first()), 1);
            block.clear();
            return;
        }
        QStringList lines;
        for (const QString& line : block) {
            if (isListItem(line) && !lines.isEmpty()) {
                b.paragraph(lines.join(QLatin1Char(' ')));
                lines.clear();
            }
            lines << (isListItem(line) ? withoutListMarker(line) : line);
        }
        if (!lines.isEmpty())
            b.paragraph(lines.join(QLatin1Char(' ')));
        block.clear();
    };
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            flush();
        else
            block << line;
    }
    flush();
    return b.take();
}

} // namespace inzage
