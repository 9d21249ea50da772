#include "exchange/MarkdownReader.h"

#include "exchange/PlainTextReader.h"

#include <QRegularExpression>

namespace inzage {

namespace {

QString plainInline(QString s)
{
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(.+?)\\1"));
    static const QRegularExpression em(QStringLiteral("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])"));
    static const QRegularExpression code(QStringLiteral("`([^`]*)`"));
    s.replace(image, QString());
    s.replace(link, QStringLiteral("\\1"));
    s.replace(strong, QStringLiteral("\\2"));
    s.replace(em, QStringLiteral("\\2"));
    s.replace(code, QStringLiteral("\\1"));
    return s;
}

} // namespace

Result<Document> MarkdownReader::read(const QByteArray& bytes)
{
    auto decoded = PlainTextReader::decode(bytes);
    if (!decoded)
        return decoded.status();
    QString text = decoded->text;
    static const QRegularExpression comment(
        QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(comment, QString());

    static const QRegularExpression atx(QStringLiteral("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression item(QStringLiteral("^\\s*([-*+]|\\d{1,3}[.)])\\s+(.*)$"));
    static const QRegularExpression setext(QStringLiteral("^\\s{0,3}(=+|-+)\\s*$"));
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_]\\s*){3,}$"));
    static const QRegularExpression tableSeparator(
        QStringLiteral("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"));

    DocumentBuilder b;
    b.document().encodingNote = decoded->encodingNote;
    QStringList lines;
    const auto flush = [&] {
        if (!lines.isEmpty())
            b.paragraph(plainInline(lines.join(QLatin1Char(' '))));
        lines.clear();
    };
    bool inFence = false;
    for (QString line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            flush();
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (trimmed.isEmpty()) {
            flush();
            continue;
        }
        if (const auto m = atx.match(line); m.hasMatch()) {
            flush();
            b.heading(plainInline(m.captured(2)), int(m.captured(1).size()));
            continue;
        }
        if (lines.size() == 1 && setext.match(line).hasMatch()) {
            b.heading(plainInline(lines.first()), trimmed.startsWith(QLatin1Char('=')) ? 1 : 2);
            lines.clear();
            continue;
        }
        if (rule.match(line).hasMatch()) {
            flush();
            continue;
        }
        while (line.trimmed().startsWith(QLatin1Char('>')))
            line = line.trimmed().mid(1);
        if (line.trimmed().startsWith(QLatin1Char('|'))) {
            flush();
            if (tableSeparator.match(line).hasMatch())
                continue;
            for (const QString& cell : line.trimmed().split(QLatin1Char('|'), Qt::SkipEmptyParts))
                b.paragraph(plainInline(cell));
            continue;
        }
        if (const auto m = item.match(line); m.hasMatch()) {
            flush();
            lines << m.captured(2);
            continue;
        }
        lines << line;
    }
    flush();
    return b.take();
}

} // namespace inzage
