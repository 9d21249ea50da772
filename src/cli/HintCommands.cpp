// hints, warnings: suggestions and checks while labelling. Neither ever writes a label.
#include "Cli.h"

#include "dossier/Entries.h"
#include "dossier/Warnings.h"
#include "text/HintEvaluation.h"
#include "text/LabelHints.h"

#include <QJsonArray>
#include <QJsonObject>

namespace inzage::cli {

namespace {

QString labelWord(Label label)
{
    return label == Label::Onbeoordeeld ? QStringLiteral("none") : toString(label);
}

int evaluate(const Invocation& inv, const QString& path)
{
    auto text = readTextFile(path);
    if (!text)
        return fail(text.status());
    auto eval = HintEvaluator::evaluateTsv(*text);
    if (!eval)
        return fail(eval.status());
    if (inv.json()) {
        QJsonArray rows;
        for (const HintEvaluationRow& r : eval->rows)
            rows.append(QJsonObject { { QStringLiteral("label"), toString(r.label) },
                { QStringLiteral("predicted"), labelWord(r.hint.label) }, { QStringLiteral("reason"), r.hint.reason },
                { QStringLiteral("spoken_to"), r.hint.spokenTo } });
        printJson(QJsonObject { { QStringLiteral("accuracy"), eval->accuracy() },
            { QStringLiteral("correct"), eval->correct }, { QStringLiteral("total"), int(eval->rows.size()) },
            { QStringLiteral("rows"), rows } });
        return 0;
    }
    out(QStringLiteral("accuracy %1 (%2 of %3)")
            .arg(QString::number(eval->accuracy(), 'f', 3))
            .arg(eval->correct)
            .arg(eval->rows.size()));
    const Label labels[] = { Label::Feit, Label::Mening, Label::Bron, Label::Onbeoordeeld };
    QString head = QStringLiteral("%1").arg(QStringLiteral("label \\ hint"), -14);
    for (Label p : labels)
        head += QStringLiteral("%1").arg(labelWord(p), 8);
    out(head);
    for (Label g : labels) {
        if (g == Label::Onbeoordeeld)
            continue;
        QString line = QStringLiteral("%1").arg(labelWord(g), -14);
        for (Label p : labels)
            line += QStringLiteral("%1").arg(eval->confusion.at(std::size_t(g)).at(std::size_t(p)), 8);
        out(line);
    }
    return 0;
}

} // namespace

int cmdHints(const QStringList& args)
{
    Invocation inv(QStringLiteral("hints"),
        QStringLiteral("Suggest a label (feit, mening, bron) for every entry, with the reason and who was "
                       "spoken to. A hint is never stored: only 'inzage-cli label' sets a label. With "
                       "--evaluate FILE.tsv (columns label and text, optionally section and source) the "
                       "hints are compared with the labels in the file; no vault is opened."),
        QStringLiteral("VAULT"), true);
    inv.parser.addOption({ QStringLiteral("evaluate"), QStringLiteral("Measure the hints on a labelled TSV file."),
        QStringLiteral("FILE") });
    int code = 0;
    const bool evaluating = args.contains(QStringLiteral("--evaluate"))
        || std::any_of(
            args.begin(), args.end(), [](const QString& a) { return a.startsWith(QLatin1String("--evaluate=")); });
    if (!inv.parse(args, evaluating ? 0 : 1, evaluating ? 0 : 1, &code))
        return code;
    if (inv.parser.isSet(QStringLiteral("evaluate")))
        return evaluate(inv, inv.parser.value(QStringLiteral("evaluate")));

    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    Entries entries(**vault, inv.actor());
    std::vector<Entry> all;
    EntryFilter filter;
    filter.limit = 1000;
    for (;;) {
        auto page = entries.list(filter);
        if (!page)
            return fail(page.status());
        all.insert(all.end(), page->begin(), page->end());
        if (qsizetype(page->size()) < filter.limit)
            break;
        filter.afterPosition = page->back().position;
    }
    std::vector<HintSentence> doc;
    doc.reserve(all.size());
    for (const Entry& e : all)
        doc.push_back({ e.content.text, e.content.section });
    const std::vector<LabelHint> hints = LabelHints::forDocument(doc);
    if (inv.json()) {
        QJsonArray items;
        for (std::size_t i = 0; i < all.size(); ++i)
            items.append(QJsonObject { { QStringLiteral("id"), double(all[i].id) },
                { QStringLiteral("label"), toString(all[i].content.label) },
                { QStringLiteral("hint"), labelWord(hints[i].label) }, { QStringLiteral("reason"), hints[i].reason },
                { QStringLiteral("spoken_to"), hints[i].spokenTo } });
        printJson(QJsonObject { { QStringLiteral("hints"), items } });
        return 0;
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
        const LabelHint& h = hints[i];
        QString line = QStringLiteral("#%1 [%2] suggestie: %3 (%4)")
                           .arg(all[i].id)
                           .arg(displayName(all[i].content.label),
                               h.none() ? QStringLiteral("geen") : displayName(h.label), h.reason);
        if (!h.spokenTo.isEmpty())
            line += QStringLiteral(" — %1").arg(h.spokenTo);
        out(line + QLatin1Char('\n') + QStringLiteral("    ") + all[i].content.text.left(200));
    }
    out(QStringLiteral("%1 suggesties; geen enkel label is gewijzigd.").arg(all.size()));
    return 0;
}

int cmdWarnings(const QStringList& args)
{
    Invocation inv(QStringLiteral("warnings"),
        QStringLiteral("List labelling warnings: doubt words in a feit, a bron without who, when or how, a "
                       "mening without a holder, a conclusion without feiten, a feit without basis, and text "
                       "the parent sees that names a shielded source. Reads only."),
        QStringLiteral("VAULT"), true);
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto list = Warnings(**vault, inv.actor()).all();
    if (!list)
        return fail(list.status());
    if (inv.json()) {
        QJsonArray items;
        for (const LabelWarning& w : *list)
            items.append(QJsonObject { { QStringLiteral("entry"), double(w.entryId) },
                { QStringLiteral("rule"), w.rule }, { QStringLiteral("message"), w.message } });
        printJson(QJsonObject { { QStringLiteral("warnings"), items } });
        return 0;
    }
    for (const LabelWarning& w : *list)
        out(QStringLiteral("#%1 %2: %3").arg(w.entryId).arg(w.rule, w.message));
    out(QStringLiteral("%1 waarschuwingen.").arg(list->size()));
    return 0;
}

} // namespace inzage::cli
