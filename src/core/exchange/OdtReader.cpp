#include "exchange/OdtReader.h"

#include "exchange/ZipArchive.h"

#include <QSet>
#include <QXmlStreamReader>

namespace inzage {

namespace {

const QLatin1String kText("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QLatin1String kTable("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QLatin1String kOffice("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QLatin1String kStyle("urn:oasis:names:tc:opendocument:xmlns:style:1.0");

bool is(const QXmlStreamReader& x, QLatin1String ns, const char* name)
{
    return x.namespaceUri() == ns && x.name() == QLatin1String(name);
}

// Names of styles whose text is hidden (style:text-properties text:display="none").
void collectHiddenStyles(const QByteArray& xml, QSet<QString>& hidden)
{
    QXmlStreamReader x(xml);
    QString style;
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (is(x, kStyle, "style"))
            style = x.attributes().value(kStyle, QLatin1String("name")).toString();
        else if (is(x, kStyle, "text-properties")
            && x.attributes().value(kText, QLatin1String("display")) == QLatin1String("none"))
            hidden.insert(style);
    }
}

class ContentReader {
public:
    ContentReader(const QByteArray& xml, QSet<QString> hidden)
        : m_x(xml)
        , m_hidden(std::move(hidden))
    {
    }

    bool run()
    {
        while (!m_x.atEnd()) {
            if (m_x.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (is(m_x, kOffice, "automatic-styles")) {
                automaticStyles();
            } else if (is(m_x, kOffice, "text")) {
                block();
            }
        }
        return !m_x.hasError();
    }

    QString error() const { return m_x.errorString(); }
    DocumentBuilder builder;
    bool tracked = false;
    int notes = 0;

private:
    bool hiddenStyle() const
    {
        return m_hidden.contains(m_x.attributes().value(kText, QLatin1String("style-name")).toString());
    }

    void automaticStyles()
    {
        QString style;
        while (!m_x.atEnd()) {
            const auto t = m_x.readNext();
            if (t == QXmlStreamReader::EndElement && is(m_x, kOffice, "automatic-styles"))
                return;
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (is(m_x, kStyle, "style"))
                style = m_x.attributes().value(kStyle, QLatin1String("name")).toString();
            else if (is(m_x, kStyle, "text-properties")
                && m_x.attributes().value(kText, QLatin1String("display")) == QLatin1String("none"))
                m_hidden.insert(style);
        }
    }

    // Children of office:text, a section, a list item, a table cell: headings, paragraphs, lists, tables.
    void block()
    {
        while (m_x.readNextStartElement()) {
            if (is(m_x, kText, "h") || is(m_x, kText, "p")) {
                const bool heading = m_x.name() == QLatin1String("h");
                const int level
                    = heading ? qMax(1, m_x.attributes().value(kText, QLatin1String("outline-level")).toInt()) : 0;
                const bool hidden = hiddenStyle();
                QString text;
                inlineContent(text);
                if (hidden)
                    continue;
                if (heading)
                    builder.heading(text, level);
                else
                    builder.paragraph(text);
            } else if (is(m_x, kText, "tracked-changes")) {
                tracked = true;
                m_x.skipCurrentElement();
            } else if (is(m_x, kText, "hidden-paragraph")) {
                m_x.skipCurrentElement();
            } else if (is(m_x, kText, "table-of-content") || is(m_x, kText, "alphabetical-index")
                || is(m_x, kText, "illustration-index") || is(m_x, kText, "sequence-decls")
                || is(m_x, kOffice, "forms")) {
                m_x.skipCurrentElement();
            } else if (is(m_x, kText, "change") || is(m_x, kText, "change-start") || is(m_x, kText, "change-end")) {
                tracked = true;
                m_x.skipCurrentElement();
            } else if (m_x.namespaceUri() == kText || m_x.namespaceUri() == kTable) {
                // text:list, text:list-item, text:section, table:table, table:table-row, table:table-cell, …
                if (hiddenStyle() && is(m_x, kText, "section"))
                    m_x.skipCurrentElement();
                else
                    block();
            } else {
                m_x.skipCurrentElement(); // draw:frame and the like
            }
        }
    }

    void inlineContent(QString& text)
    {
        for (;;) {
            const auto t = m_x.readNext();
            if (t == QXmlStreamReader::Characters) {
                text += m_x.text();
                continue;
            }
            if (t == QXmlStreamReader::EndElement || m_x.atEnd())
                return;
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (is(m_x, kText, "s")) {
                const int c = m_x.attributes().value(kText, QLatin1String("c")).toInt();
                text += QString(qMax(1, c), QLatin1Char(' '));
                m_x.skipCurrentElement();
            } else if (is(m_x, kText, "tab") || is(m_x, kText, "line-break")) {
                text += QLatin1Char(' ');
                m_x.skipCurrentElement();
            } else if (is(m_x, kText, "note") || is(m_x, kOffice, "annotation")) {
                ++notes;
                m_x.skipCurrentElement();
            } else if (is(m_x, kText, "change") || is(m_x, kText, "change-start") || is(m_x, kText, "change-end")) {
                tracked = true;
                m_x.skipCurrentElement();
            } else if (is(m_x, kText, "hidden-text")) {
                m_x.skipCurrentElement();
            } else if (is(m_x, kText, "span") || is(m_x, kText, "a") || is(m_x, kText, "meta") || is(m_x, kText, "ruby")
                || is(m_x, kText, "ruby-base") || is(m_x, kText, "sequence") || is(m_x, kText, "date")
                || is(m_x, kText, "time") || is(m_x, kText, "page-number") || is(m_x, kText, "chapter")
                || is(m_x, kText, "title") || is(m_x, kText, "subject")) {
                if (hiddenStyle()) {
                    m_x.skipCurrentElement();
                } else {
                    inlineContent(text);
                }
            } else {
                m_x.skipCurrentElement(); // frames, bookmarks, soft page breaks, annotation ends
            }
        }
    }

    QXmlStreamReader m_x;
    QSet<QString> m_hidden;
};

} // namespace

Result<Document> OdtReader::read(const QByteArray& bytes)
{
    const QString what = tr("OpenDocument-bestand");
    ZipArchive zip;
    if (Status s = zip.open(bytes, what); !s)
        return s;
    if (zip.contains(QStringLiteral("META-INF/manifest.xml"))) {
        auto manifest = zip.read(QStringLiteral("META-INF/manifest.xml"));
        if (manifest && manifest->contains("encryption-data"))
            return Status(ErrorCode::InvalidInput,
                tr("Dit OpenDocument-bestand is met een wachtwoord beveiligd. Open het, sla het op als "
                   ".odt zonder wachtwoord en importeer dat bestand."));
    }
    auto content = zip.read(QStringLiteral("content.xml"));
    if (!content) {
        if (content.code() != ErrorCode::NotFound)
            return content.status();
        return Status(ErrorCode::InvalidInput,
            tr("Dit bestand is een zip-pakket maar geen OpenDocument-tekst (content.xml ontbreekt). "
               "Sla het in de tekstverwerker op als .odt en probeer het opnieuw."));
    }
    QSet<QString> hidden;
    if (zip.contains(QStringLiteral("styles.xml"))) {
        auto styles = zip.read(QStringLiteral("styles.xml"));
        if (!styles)
            return styles.status();
        collectHiddenStyles(*styles, hidden);
    }
    ContentReader reader(*content, std::move(hidden));
    if (!reader.run())
        return Status(ErrorCode::InvalidInput,
            tr("De tekst in dit OpenDocument-bestand is beschadigd (%1). Open het, sla het opnieuw op "
               "als .odt en probeer het nog eens.")
                .arg(reader.error()));
    Document doc = reader.builder.take();
    doc.hadTrackedChanges = reader.tracked;
    doc.leftOutNotes = reader.notes;
    return doc;
}

} // namespace inzage
