#include "ReadingText.h"

#include <QCoreApplication>

namespace inzage::app {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("ReadingText", text); }

void add(QStringList& out, const QString& part)
{
    const QString s = ReadingText::sentence(part);
    if (!s.isEmpty())
        out << s;
}

} // namespace

QString ReadingText::sentence(const QString& text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return {};
    static const QString ends = QStringLiteral(".!?:\u201D\"'");
    return ends.contains(t.back()) ? t : t + QLatin1Char('.');
}

EntryReading ReadingText::entry(const QVariantMap& e)
{
    EntryReading r;
    const QString newness = e.value(QStringLiteral("newness")).toString();
    r.name = tr("%1, nr. %2: %3")
                 .arg(e.value(QStringLiteral("labelName")).toString(), e.value(QStringLiteral("entryId")).toString(),
                      sentence(e.value(QStringLiteral("text")).toString()));
    if (newness == QLatin1String("nieuw"))
        r.name = tr("Nieuw.") + QLatin1Char(' ') + r.name;
    else if (newness == QLatin1String("aangepast"))
        r.name = tr("Aangepast.") + QLatin1Char(' ') + r.name;

    QStringList parts;
    const QStringList spokenTo = e.value(QStringLiteral("spokenTo")).toStringList();
    for (const QString& line : spokenTo)
        add(parts, line);
    add(parts, e.value(QStringLiteral("basis")).toString());
    add(parts, e.value(QStringLiteral("holder")).toString());
    add(parts, e.value(QStringLiteral("restsOn")).toString());
    add(parts, e.value(QStringLiteral("approval")).toString());
    const QVariantList answers = e.value(QStringLiteral("answers")).toList();
    if (answers.isEmpty())
        add(parts, tr("U heeft hier nog niet op gereageerd"));
    for (const QVariant& v : answers) {
        const QVariantMap a = v.toMap();
        if (a.value(QStringLiteral("isNew")).toBool())
            add(parts, tr("Nieuw antwoord"));
        add(parts, tr("Uw reactie, %1: \u201C%2\u201D")
                       .arg(a.value(QStringLiteral("kind")).toString(), a.value(QStringLiteral("text")).toString().simplified()));
        add(parts, tr("Status: %1").arg(a.value(QStringLiteral("statusName")).toString()));
        if (const QString reply = a.value(QStringLiteral("reply")).toString(); !reply.isEmpty())
            add(parts, tr("Antwoord: %1").arg(reply));
    }
    r.description = parts.join(QLatin1Char(' '));
    return r;
}

QString ReadingText::page(const QString& title, const QStringList& parts)
{
    QStringList out;
    add(out, title);
    for (const QString& p : parts)
        add(out, p);
    return out.join(QLatin1Char(' '));
}

} // namespace inzage::app
