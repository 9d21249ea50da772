// `sentences FILE` and the document half of `import VAULT FILE`.
#include "Cli.h"

#include "exchange/DocumentImport.h"
#include "exchange/DocumentReader.h"
#include "text/SentenceSplitter.h"
#include "vault/InputFile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace inzage::cli {

namespace {

void printNotes(const Document& doc)
{
    if (doc.hadTrackedChanges)
        err(QStringLiteral("Let op: het document bevat bijgehouden wijzigingen; gelezen alsof ze zijn geaccepteerd."));
    if (!doc.encodingNote.isEmpty())
        err(QStringLiteral("Let op: %1.").arg(doc.encodingNote));
    if (doc.leftOutNotes > 0)
        err(QStringLiteral("%1 voetnoten, eindnoten of opmerkingen zijn niet meegenomen.").arg(doc.leftOutNotes));
}

} // namespace

int cmdSentences(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Split a .docx, .odt, .txt or .md document into sentences: one per line, a blank line "
                       "between paragraphs, '# Heading' lines for sections."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print one JSON document on stdout.") });
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The document."));
    QStringList full = args;
    full.prepend(QStringLiteral("inzage-cli sentences"));
    if (!parser.parse(full))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText().replace(QStringLiteral("[options] FILE"), QStringLiteral("sentences [options] FILE")));
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("'sentences' verwacht één bestand. Zie: inzage-cli sentences --help"));
    auto doc = DocumentReader::readFile(parser.positionalArguments().first());
    if (!doc)
        return fail(doc.status());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray sections;
        for (const DocumentSection& s : doc->sections) {
            QJsonArray paragraphs;
            for (const QString& p : s.paragraphs)
                paragraphs.append(QJsonArray::fromStringList(splitSentences(p)));
            sections.append(QJsonObject { { QStringLiteral("heading"), s.heading },
                { QStringLiteral("level"), s.level }, { QStringLiteral("paragraphs"), paragraphs } });
        }
        printJson(QJsonObject { { QStringLiteral("file"), QFileInfo(parser.positionalArguments().first()).fileName() },
            { QStringLiteral("tracked_changes"), doc->hadTrackedChanges },
            { QStringLiteral("left_out_notes"), doc->leftOutNotes },
            { QStringLiteral("encoding_note"), doc->encodingNote }, { QStringLiteral("sections"), sections } });
        return 0;
    }
    printNotes(*doc);
    QStringList lines;
    for (const DocumentSection& s : doc->sections) {
        if (!s.heading.isEmpty()) {
            if (!lines.isEmpty())
                lines << QString();
            lines << QStringLiteral("%1 %2").arg(QString(qMax(1, s.level), QLatin1Char('#')), s.heading);
        }
        for (const QString& p : s.paragraphs) {
            if (!lines.isEmpty())
                lines << QString();
            lines << splitSentences(p);
        }
    }
    out(lines.join(QLatin1Char('\n')));
    return 0;
}

namespace {

void addDocumentOptions(Invocation& inv)
{
    inv.parser.addOption({ QStringLiteral("document"),
        QStringLiteral("The name the document is known by (default: the file name without "
                       "extension). Give the same name to import a newer version."),
        QStringLiteral("NAME") });
}

} // namespace

bool isDocumentImport(const QStringList& args)
{
    Invocation probe(QStringLiteral("import"), QString(), QString(), true);
    addDocumentOptions(probe);
    QStringList full = args;
    full.prepend(QStringLiteral("inzage-cli import"));
    if (!probe.parser.parse(full) || probe.parser.isSet(QStringLiteral("help")))
        return false;
    const QStringList positional = probe.parser.positionalArguments();
    return positional.size() == 2 && !positional.at(1).endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive);
}

int cmdImportDocument(const QStringList& args)
{
    Invocation inv(QStringLiteral("import"),
        QStringLiteral("Import a .docx, .odt, .txt or .md report as unlabelled entries, one a sentence, with "
                       "their sections; all or nothing. Importing a newer version of the same document "
                       "(same name) matches sentence by sentence: unchanged ones keep their entry and "
                       "label, changed ones become a new revision, removed ones are marked removed, new "
                       "ones are added."),
        QStringLiteral("VAULT FILE"), true);
    addDocumentOptions(inv);
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    const QString path = inv.arg(1);
    auto doc = DocumentReader::readFile(path);
    if (!doc)
        return fail(doc.status());
    auto read = InputFile::read(path, DocumentReader::kMaxFileSize);
    if (!read)
        return fail(read.status());
    const QByteArray& bytes = *read;
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    const QString name = inv.parser.isSet(QStringLiteral("document")) ? inv.parser.value(QStringLiteral("document"))
                                                                      : DocumentImport::defaultName(path);
    auto r = DocumentImport::run(**vault, inv.actor(), *doc, name, path, bytes);
    if (!r)
        return fail(r.status());
    const auto ids = [](const std::vector<Id>& v) {
        QJsonArray a;
        for (Id id : v)
            a.append(double(id));
        return a;
    };
    if (inv.json()) {
        printJson(QJsonObject { { QStringLiteral("document"), r->document }, { QStringLiteral("version"), r->version },
            { QStringLiteral("unchanged_file"), r->unchanged },
            { QStringLiteral("tracked_changes"), r->hadTrackedChanges },
            { QStringLiteral("encoding_note"), doc->encodingNote }, { QStringLiteral("kept"), ids(r->kept) },
            { QStringLiteral("changed"), ids(r->changed) }, { QStringLiteral("removed"), ids(r->removed) },
            { QStringLiteral("added"), ids(r->added) } });
        return 0;
    }
    printNotes(*doc);
    if (r->unchanged) {
        out(QStringLiteral("Document '%1' is ongewijzigd sinds versie %2: er is niets veranderd.")
                .arg(r->document)
                .arg(r->version));
        return 0;
    }
    out(QStringLiteral("Document '%1' versie %2: %3 ongewijzigd, %4 gewijzigd, %5 verwijderd, %6 nieuw.")
            .arg(r->document)
            .arg(r->version)
            .arg(r->kept.size())
            .arg(r->changed.size())
            .arg(r->removed.size())
            .arg(r->added.size()));
    const auto list = [](const char* what, const std::vector<Id>& v) {
        if (v.empty())
            return;
        QStringList s;
        for (Id id : v)
            s << QStringLiteral("#%1").arg(id);
        out(QStringLiteral("  %1: %2").arg(QString::fromUtf8(what), s.join(QStringLiteral(", "))));
    };
    if (r->version > 1) {
        list("gewijzigd (nieuwe revisie, label blijft)", r->changed);
        list("verwijderd (gemarkeerd, niet gewist)", r->removed);
    }
    list("nieuw (onbeoordeeld)", r->added);
    return 0;
}

} // namespace inzage::cli
