#include "Wording.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace inzage::app {


QString labelName(Label label)
{
    switch (label) {
    case Label::Feit: return QCoreApplication::translate("Wording", "Feit");
    case Label::Mening: return QCoreApplication::translate("Wording", "Mening");
    case Label::Bron: return QCoreApplication::translate("Wording", "Bron");
    case Label::Onbeoordeeld: break;
    }
    return QCoreApplication::translate("Wording", "Nog niet beoordeeld");
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Gesprek: return QCoreApplication::translate("Wording", "in een gesprek");
    case Method::Telefoon: return QCoreApplication::translate("Wording", "aan de telefoon");
    case Method::Huisbezoek: return QCoreApplication::translate("Wording", "bij een huisbezoek");
    case Method::Schriftelijk: return QCoreApplication::translate("Wording", "op papier of per mail");
    case Method::Onbekend: break;
    }
    return QCoreApplication::translate("Wording", "op een onbekende manier");
}

QString answerKindName(AnswerKind kind)
{
    switch (kind) {
    case AnswerKind::Klopt: return QCoreApplication::translate("Wording", "Dit klopt");
    case AnswerKind::KloptNiet: return QCoreApplication::translate("Wording", "Dit klopt niet");
    case AnswerKind::Aanvulling: return QCoreApplication::translate("Wording", "Aanvulling (eigen verklaring)");
    case AnswerKind::Correctieverzoek: return QCoreApplication::translate("Wording", "Verzoek om te verbeteren");
    case AnswerKind::Vraag: break;
    }
    return QCoreApplication::translate("Wording", "Vraag");
}

QString answerStatusName(AnswerStatus status)
{
    switch (status) {
    case AnswerStatus::Verstuurd: return QCoreApplication::translate("Wording", "Verstuurd");
    case AnswerStatus::InBehandeling: return QCoreApplication::translate("Wording", "In behandeling");
    case AnswerStatus::Verwerkt: return QCoreApplication::translate("Wording", "Verwerkt");
    case AnswerStatus::Afgewezen: break;
    }
    return QCoreApplication::translate("Wording", "Afgewezen");
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Melding: return QCoreApplication::translate("Wording", "Melding");
    case Stage::VeiligThuis: return QCoreApplication::translate("Wording", "Veilig Thuis");
    case Stage::Raad: return QCoreApplication::translate("Wording", "Raad voor de Kinderbescherming");
    case Stage::Kinderrechter: return QCoreApplication::translate("Wording", "Kinderrechter");
    case Stage::GecertificeerdeInstelling: return QCoreApplication::translate("Wording", "Jeugdbescherming (gecertificeerde instelling)");
    case Stage::Afgesloten: break;
    }
    return QCoreApplication::translate("Wording", "Afgesloten");
}

QString dateInWords(const QString& isoDate)
{
    if (isoDate.isEmpty())
        return {};
    QDate d = QDate::fromString(isoDate.left(10), Qt::ISODate);
    if (!d.isValid())
        return isoDate;
    const QLocale locale = QLocale();
    return locale.toString(d, QStringLiteral("d MMMM yyyy"));
}

QString spokenToLine(const SpokenTo& s)
{
    // The core stores a shielded source under a Dutch placeholder name; say it in the user's language.
    QString who = s.shielded ? QCoreApplication::translate("Wording", "Afgeschermde bron") : s.name;
    if (!s.relation.isEmpty())
        who += QStringLiteral(" (%1)").arg(s.relation);
    if (!s.organisation.isEmpty())
        who += QStringLiteral(", %1").arg(s.organisation);
    QString line = QCoreApplication::translate("Wording", "Gesproken met %1").arg(who);
    if (!s.spokenOn.isEmpty())
        line += QStringLiteral(", ") + QCoreApplication::translate("Wording", "op %1").arg(dateInWords(s.spokenOn));
    if (s.method != Method::Onbekend)
        line += QStringLiteral(", ") + methodName(s.method);
    if (s.shielded)
        line += QStringLiteral(". ") + QCoreApplication::translate("Wording", "De naam is afgeschermd. Reden: %1").arg(s.shieldReason);
    return line;
}

QString approvalLines(const std::vector<SourceApproval>& approvals)
{
    QStringList lines;
    for (const SourceApproval& a : approvals) {
        const QString who = a.shielded ? QCoreApplication::translate("Wording", "de afgeschermde bron") : a.name;
        QString line = QCoreApplication::translate("Wording", "Goedgekeurd door %1 op %2 (%3).")
                           .arg(who, dateInWords(a.approvedOn), methodName(a.method));
        if (!a.textUnchanged)
            line += QStringLiteral(" ")
                + QCoreApplication::translate("Wording", "Dat was een eerdere versie van deze tekst.");
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString basisLine(const EntryContent& c)
{
    switch (c.basisKind) {
    case BasisKind::Document: return QCoreApplication::translate("Wording", "Dit staat in een document: %1").arg(c.basisDetail);
    case BasisKind::Waarneming: return QCoreApplication::translate("Wording", "Zelf gezien of gehoord door de schrijver: %1").arg(c.basisDetail);
    case BasisKind::Geen: break;
    }
    return c.label == Label::Feit ? QCoreApplication::translate("Wording", "Waarop dit feit rust, is niet vastgelegd.") : QString();
}

QString answerStatusLine(const Answer& a, const AnswerTravelState& travel)
{
    if (!travel.sent)
        return QCoreApplication::translate("Wording", "Nog niet verstuurd");
    if (a.status == AnswerStatus::Verstuurd && !travel.sentAt.isEmpty())
        return QCoreApplication::translate("Wording", "Verstuurd op %1").arg(dateInWords(travel.sentAt));
    return answerStatusName(a.status);
}

} // namespace inzage::app
