#include "EntryText.h"

#include <QStringList>

namespace inzage::cli {

QString describeSpokenTo(const SpokenTo& s)
{
    QStringList parts;
    // A shielded source read by a parent has no name: the flag is named here.
    QString who = s.shielded && s.name.isEmpty() ? QStringLiteral("afgeschermde bron") : s.name;
    if (!s.relation.isEmpty())
        who += QStringLiteral(" (%1)").arg(s.relation);
    if (!s.organisation.isEmpty())
        who += QStringLiteral(", %1").arg(s.organisation);
    parts << who;
    if (!s.spokenOn.isEmpty())
        parts << s.spokenOn;
    if (s.method != Method::Onbekend)
        parts << toString(s.method);
    QString line = parts.join(QStringLiteral(", "));
    if (s.shielded)
        line += s.name.isEmpty() ? QStringLiteral(" — reden: %1").arg(s.shieldReason)
                                 : QStringLiteral(" — AFGESCHERMD voor de familie: %1").arg(s.shieldReason);
    return line;
}

QString renderEntry(const Entry& e, bool full)
{
    const EntryContent& c = e.content;
    QString head = QStringLiteral("#%1  [%2]").arg(e.id).arg(displayName(c.label));
    if (!c.section.isEmpty())
        head += QStringLiteral("  %1").arg(c.section);
    if (!c.eventDate.isEmpty())
        head += QStringLiteral("  · %1").arg(c.eventDate);
    if (!c.visibleToParent)
        head += QStringLiteral("  · niet zichtbaar voor ouder");
    if (e.removed())
        head += QStringLiteral("  · niet meer in het rapport (verwijderd %1)").arg(e.removedAt.left(10));
    QStringList lines {head};
    const QString text = full || c.text.size() <= 240 ? c.text : c.text.left(237) + QStringLiteral("...");
    lines << QStringLiteral("    %1").arg(text);
    if (c.spokenTo.empty()) {
        lines << QStringLiteral("    Gesproken met: niemand vastgelegd");
    } else {
        for (const SpokenTo& s : c.spokenTo)
            lines << QStringLiteral("    Gesproken met: %1").arg(describeSpokenTo(s));
    }
    for (const SourceApproval& a : e.approvals) {
        const QString who = a.shielded && a.name.isEmpty() ? QStringLiteral("afgeschermde bron") : a.name;
        lines << QStringLiteral("    Goedgekeurd door %1 op %2 (%3)%4")
                     .arg(who, a.approvedOn, toString(a.method),
                          a.textUnchanged ? QString() : QStringLiteral(" — een eerdere tekst (versie %1)").arg(a.rev));
    }
    if (full && c.label == Label::Bron && e.approvals.empty())
        lines << QStringLiteral("    Goedgekeurd door de bron: nee");
    if (c.label == Label::Feit || c.basisKind != BasisKind::Geen)
        lines << QStringLiteral("    Basis: %1%2")
                     .arg(c.basisKind == BasisKind::Geen ? QStringLiteral("ontbreekt") : toString(c.basisKind))
                     .arg(c.basisDetail.isEmpty() ? QString() : QStringLiteral(" — %1").arg(c.basisDetail));
    if (c.label == Label::Mening) {
        const OpinionHolder holder = opinionHolder(e);
        lines << QStringLiteral("    Mening van: %1")
                     .arg(holder.shielded ? QStringLiteral("afgeschermde bron")
                                          : (holder.unknown() ? QStringLiteral("de schrijver") : holder.name));
        if (!c.restsOn.empty()) {
            QStringList ids;
            for (Id id : c.restsOn)
                ids << QStringLiteral("#%1").arg(id);
            lines << QStringLiteral("    Rust op de feiten: %1").arg(ids.join(QStringLiteral(", ")));
        }
    }
    if (full) {
        lines << QStringLiteral("    Versie %1, %2 door %3%4")
                     .arg(e.rev)
                     .arg(e.recordedAt, e.changedBy,
                          e.changeNote.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.changeNote));
    }
    if (e.answerCount > 0)
        lines << QStringLiteral("    Reacties: %1").arg(e.answerCount);
    return lines.join(QLatin1Char('\n'));
}

QString renderAnswer(const Answer& a)
{
    QStringList lines;
    lines << QStringLiteral("  Reactie %1 (versie %2) op notitie #%3: %4 — %5")
                 .arg(a.id)
                 .arg(a.rev)
                 .arg(a.entryId)
                 .arg(toString(a.kind), toString(a.status));
    if (!a.text.isEmpty())
        lines << QStringLiteral("    \"%1\"").arg(a.text);
    if (!a.reply.isEmpty())
        lines << QStringLiteral("    Antwoord van %1: %2").arg(a.handledBy, a.reply);
    if (a.extension)
        lines << QStringLiteral("    Termijn verlengd tot %1: %2").arg(a.extension->until.left(10), a.extension->reason);
    if (a.entryChangedSince)
        lines << QStringLiteral("    Let op: de notitie is veranderd sinds deze reactie (reactie op versie %1).")
                     .arg(a.entryRev);
    lines << QStringLiteral("    %1 door %2").arg(a.changedAt, a.changedBy);
    return lines.join(QLatin1Char('\n'));
}

QString renderCounts(const LabelCounts& c)
{
    return QStringLiteral("%1 feiten, %2 meningen, %3 bronnen, %4 nog niet beoordeeld")
        .arg(c.feit)
        .arg(c.mening)
        .arg(c.bron)
        .arg(c.onbeoordeeld);
}

} // namespace inzage::cli
