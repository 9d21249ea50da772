#include "exchange/DocxReader.h"

#include "exchange/ZipArchive.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace inzage {

namespace {

// Transitional and Strict OOXML use different namespaces for the same elements.
bool isW(const QXmlStreamReader& x)
{
    const auto ns = x.namespaceUri();
    return ns == QLatin1String("http://schemas.openxmlformats.org/wordprocessingml/2006/main")
        || ns == QLatin1String("http://purl.oclc.org/ooxml/wordprocessingml/main");
}

QString wAttr(const QXmlStreamReader& x, const char* name)
{
    for (const QXmlStreamAttribute& a : x.attributes())
        if (a.name() == QLatin1String(name))
            return a.value().toString();
    return {};
}

bool onOff(const QXmlStreamReader& x)
{
    const QString v = wAttr(x, "val");
    return v.isEmpty() || (v != QLatin1String("0") && v != QLatin1String("false") && v != QLatin1String("off"));
}

struct StyleInfo {
    int level = 0; // 0: not a heading
    QString basedOn;
};

int headingLevelFromName(const QString& nameOrId)
{
    static const QRegularExpression re(
        QStringLiteral("^(heading|kop)\\s*([1-9])$"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(nameOrId.trimmed());
    if (m.hasMatch())
        return m.captured(2).toInt();
    const QString n = nameOrId.trimmed().toLower();
    return n == QLatin1String("title") || n == QLatin1String("titel") ? 1 : 0;
}

QHash<QString, StyleInfo> readStyles(const QByteArray& xml)
{
    QHash<QString, StyleInfo> styles;
    QXmlStreamReader x(xml);
    QString id;
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement || !isW(x))
            continue;
        const auto n = x.name();
        if (n == QLatin1String("style")) {
            id = wAttr(x, "styleId");
            styles[id].level = headingLevelFromName(id);
        } else if (!id.isEmpty() && n == QLatin1String("name")) {
            if (int level = headingLevelFromName(wAttr(x, "val")); level > 0)
                styles[id].level = level;
        } else if (!id.isEmpty() && n == QLatin1String("basedOn")) {
            styles[id].basedOn = wAttr(x, "val");
        } else if (!id.isEmpty() && n == QLatin1String("outlineLvl")) {
            const int lvl = wAttr(x, "val").toInt();
            if (lvl < 9 && styles[id].level == 0)
                styles[id].level = lvl + 1;
        }
    }
    return styles;
}

int styleLevel(const QHash<QString, StyleInfo>& styles, const QString& id)
{
    QString cur = id;
    for (int depth = 0; depth < 10 && !cur.isEmpty(); ++depth) {
        const auto it = styles.constFind(cur);
        if (it == styles.constEnd())
            return headingLevelFromName(cur);
        if (it->level > 0)
            return it->level;
        cur = it->basedOn;
    }
    return 0;
}

class BodyReader {
public:
    BodyReader(const QByteArray& xml, const QHash<QString, StyleInfo>& styles)
        : m_x(xml)
        , m_styles(styles)
    {
    }

    bool run()
    {
        while (!m_x.atEnd()) {
            if (m_x.readNext() == QXmlStreamReader::StartElement && isW(m_x) && m_x.name() == QLatin1String("body"))
                container();
        }
        return !m_x.hasError();
    }

    QString error() const { return m_x.errorString(); }
    DocumentBuilder builder;
    bool tracked = false;
    int notes = 0;

private:
    // Children of body, a table cell, an sdt content or an inserted block: paragraphs and tables.
    void container()
    {
        while (m_x.readNextStartElement()) {
            if (!isW(m_x)) {
                m_x.skipCurrentElement();
                continue;
            }
            const auto n = m_x.name();
            if (n == QLatin1String("p"))
                paragraph();
            else if (n == QLatin1String("del") || n == QLatin1String("moveFrom")) {
                tracked = true;
                m_x.skipCurrentElement();
            } else if (n == QLatin1String("ins") || n == QLatin1String("moveTo")) {
                tracked = true;
                container();
            } else if (n == QLatin1String("tbl") || n == QLatin1String("tr") || n == QLatin1String("tc")
                || n == QLatin1String("sdt") || n == QLatin1String("sdtContent") || n == QLatin1String("customXml"))
                container();
            else
                m_x.skipCurrentElement();
        }
    }

    void paragraph()
    {
        QString text;
        QString style;
        int outline = 0;
        while (m_x.readNextStartElement()) {
            if (isW(m_x) && m_x.name() == QLatin1String("pPr"))
                paragraphProperties(&style, &outline);
            else
                inlineContent(text, false);
        }
        // A table of contents repeats the headings with page numbers; they are not sentences.
        static const QRegularExpression toc(
            QStringLiteral("^(TOC|Inhopg|Inhoudsopgave)\\s*\\d"), QRegularExpression::CaseInsensitiveOption);
        if (toc.match(style).hasMatch())
            return;
        int level = styleLevel(m_styles, style);
        if (level == 0)
            level = outline;
        if (level > 0)
            builder.heading(text, level);
        else
            builder.paragraph(text);
    }

    void paragraphProperties(QString* style, int* outline)
    {
        while (m_x.readNextStartElement()) {
            const auto n = m_x.name();
            if (n == QLatin1String("pStyle"))
                *style = wAttr(m_x, "val");
            else if (n == QLatin1String("outlineLvl")) {
                const int lvl = wAttr(m_x, "val").toInt();
                if (lvl < 9)
                    *outline = lvl + 1;
            } else if (n == QLatin1String("pPrChange") || n == QLatin1String("ins") || n == QLatin1String("del"))
                tracked = true;
            else if (n == QLatin1String("rPr")) {
                // The paragraph mark's own properties: a tracked insertion or deletion of the mark.
                while (m_x.readNextStartElement()) {
                    const auto c = m_x.name();
                    if (c == QLatin1String("ins") || c == QLatin1String("del") || c == QLatin1String("rPrChange"))
                        tracked = true;
                    m_x.skipCurrentElement();
                }
                continue;
            }
            m_x.skipCurrentElement();
        }
    }

    // One element inside a paragraph (a run, a hyperlink, an insertion, …); hidden: inside a
    // hidden run.
    void inlineContent(QString& text, bool hidden)
    {
        if (!isW(m_x)) {
            m_x.skipCurrentElement();
            return;
        }
        const auto n = m_x.name();
        if (n == QLatin1String("r")) {
            runContent(text);
        } else if (n == QLatin1String("del") || n == QLatin1String("moveFrom")) {
            tracked = true;
            m_x.skipCurrentElement();
        } else if (n == QLatin1String("ins") || n == QLatin1String("moveTo") || n == QLatin1String("hyperlink")
            || n == QLatin1String("smartTag") || n == QLatin1String("fldSimple") || n == QLatin1String("sdt")
            || n == QLatin1String("sdtContent") || n == QLatin1String("customXml")) {
            if (n == QLatin1String("ins") || n == QLatin1String("moveTo"))
                tracked = true;
            while (m_x.readNextStartElement())
                inlineContent(text, hidden);
        } else {
            m_x.skipCurrentElement(); // bookmarks, proofing marks, sdtPr, comment ranges
        }
    }

    void runContent(QString& text)
    {
        bool hidden = false;
        QString runText;
        while (m_x.readNextStartElement()) {
            if (!isW(m_x)) {
                m_x.skipCurrentElement(); // mc:AlternateContent (drawings, text boxes)
                continue;
            }
            const auto n = m_x.name();
            if (n == QLatin1String("rPr")) {
                while (m_x.readNextStartElement()) {
                    const auto c = m_x.name();
                    if (c == QLatin1String("vanish") || c == QLatin1String("specVanish"))
                        hidden = hidden || onOff(m_x);
                    else if (c == QLatin1String("rPrChange"))
                        tracked = true;
                    m_x.skipCurrentElement();
                }
            } else if (n == QLatin1String("t")) {
                runText += m_x.readElementText();
            } else if (n == QLatin1String("tab") || n == QLatin1String("br") || n == QLatin1String("cr")) {
                runText += QLatin1Char(' ');
                m_x.skipCurrentElement();
            } else if (n == QLatin1String("noBreakHyphen")) {
                runText += QLatin1Char('-');
                m_x.skipCurrentElement();
            } else if (n == QLatin1String("footnoteReference") || n == QLatin1String("endnoteReference")
                || n == QLatin1String("commentReference")) {
                ++notes;
                m_x.skipCurrentElement();
            } else if (n == QLatin1String("delText") || n == QLatin1String("delInstrText")) {
                tracked = true;
                m_x.skipCurrentElement();
            } else {
                m_x.skipCurrentElement(); // instrText (field codes), drawing, pict, sym, lastRenderedPageBreak
            }
        }
        if (!hidden)
            text += runText;
    }

    QXmlStreamReader m_x;
    const QHash<QString, StyleInfo>& m_styles;
};

} // namespace

Result<Document> DocxReader::read(const QByteArray& bytes)
{
    const QString what = tr("Word-bestand");
    ZipArchive zip;
    if (Status s = zip.open(bytes, what); !s)
        return s;
    if (zip.contains(QStringLiteral("EncryptedPackage")))
        return Status(ErrorCode::InvalidInput,
            tr("Dit Word-bestand is met een wachtwoord beveiligd. Open het in Word en sla het op als "
               ".docx zonder wachtwoord; importeer dat bestand."));
    auto body = zip.read(QStringLiteral("word/document.xml"));
    if (!body) {
        if (body.code() != ErrorCode::NotFound)
            return body.status();
        return Status(ErrorCode::InvalidInput,
            tr("Dit bestand is een zip-pakket maar geen Word-document (word/document.xml ontbreekt). "
               "Sla het in de tekstverwerker op als .docx en probeer het opnieuw."));
    }
    QHash<QString, StyleInfo> styles;
    if (zip.contains(QStringLiteral("word/styles.xml"))) {
        auto stylesXml = zip.read(QStringLiteral("word/styles.xml"));
        if (!stylesXml)
            return stylesXml.status();
        styles = readStyles(*stylesXml);
    }
    BodyReader reader(*body, styles);
    if (!reader.run())
        return Status(ErrorCode::InvalidInput,
            tr("De tekst in dit Word-bestand is beschadigd (%1). Open het in Word, sla het opnieuw op "
               "als .docx en probeer het nog eens.")
                .arg(reader.error()));
    Document doc = reader.builder.take();
    doc.hadTrackedChanges = reader.tracked;
    doc.leftOutNotes = reader.notes;
    return doc;
}

} // namespace inzage
