#include "AnswerChoices.h"

#include <algorithm>

namespace inzage {

namespace {

QString afterSending()
{
    return AnswerChoices::tr("Dit gebeurt nadat u uw reacties heeft verstuurd.");
}

AnswerChoice question()
{
    return { AnswerKind::Vraag, AnswerChoices::tr("Ik heb een vraag over deze notitie"),
        AnswerChoices::tr("De hulpverlener beantwoordt uw vraag. Het antwoord ziet u bij deze notitie en bij "
                          "Mijn reacties.") };
}

} // namespace

std::vector<AnswerChoice> AnswerChoices::forLabel(Label label)
{
    std::vector<AnswerChoice> out;
    switch (label) {
    case Label::Feit:
        out = { { AnswerKind::Klopt, tr("Dit klopt"),
                    tr("De hulpverlener ziet dat u het hiermee eens bent. De notitie blijft zoals hij is.") },
            { AnswerKind::KloptNiet, tr("Dit klopt niet"),
                tr("De hulpverlener kijkt opnieuw naar dit feit en laat u weten wat er mee gebeurt.") },
            { AnswerKind::Correctieverzoek, tr("Verbeter dit"),
                tr("U vraagt om dit feit te verbeteren. U krijgt binnen een maand antwoord. Wordt het "
                   "verbeterd, dan blijft de oude tekst te lezen in de geschiedenis. Wordt het niet "
                   "verbeterd, dan hoort u waarom.") },
            { AnswerKind::Aanvulling, tr("Ik wil iets aanvullen"),
                tr("Wat u toevoegt, komt als uw eigen verklaring bij deze notitie in het dossier te staan.") },
            question() };
        break;
    case Label::Mening:
        out = { { AnswerKind::Klopt, tr("Ik ben het hiermee eens"),
                    tr("De hulpverlener ziet dat u het met deze mening eens bent.") },
            { AnswerKind::Aanvulling, tr("Ik zie het anders: mijn eigen visie toevoegen"),
                tr("Een mening wordt niet veranderd. Uw eigen visie komt naast deze mening in het dossier "
                   "te staan, zodat iedereen die het dossier leest ook uw kant ziet.") },
            question() };
        break;
    case Label::Bron:
        out = { { AnswerKind::KloptNiet, tr("Dit heeft deze persoon niet zo gezegd"),
                    tr("De hulpverlener vraagt na wat deze persoon echt heeft gezegd en laat u weten wat er "
                       "mee gebeurt.") },
            { AnswerKind::Aanvulling, tr("Ik wil iets aanvullen"),
                tr("Wat u toevoegt, komt bij deze notitie in het dossier te staan.") },
            question() };
        break;
    case Label::Onbeoordeeld:
        out = { { AnswerKind::Klopt, tr("Dit klopt"),
                    tr("De hulpverlener ziet dat u het hiermee eens bent.") },
            { AnswerKind::KloptNiet, tr("Dit klopt niet"),
                tr("De hulpverlener kijkt opnieuw naar deze notitie en laat u weten wat er mee gebeurt.") },
            // Not yet labelled, so it may be a fact: the right to have it corrected (AVG art. 16) holds.
            { AnswerKind::Correctieverzoek, tr("Verbeter dit"),
                tr("U vraagt om deze notitie te verbeteren. U krijgt binnen een maand antwoord. Wordt ze "
                   "verbeterd, dan blijft de oude tekst te lezen in de geschiedenis. Wordt ze niet verbeterd, "
                   "dan hoort u waarom.") },
            { AnswerKind::Aanvulling, tr("Ik wil iets aanvullen"),
                tr("Wat u toevoegt, komt bij deze notitie in het dossier te staan.") },
            question() };
        break;
    }
    for (AnswerChoice& c : out)
        c.whatHappens += QLatin1Char(' ') + afterSending();
    return out;
}

Status AnswerChoices::check(Label label, AnswerKind kind)
{
    const auto choices = forLabel(label);
    if (std::any_of(choices.begin(), choices.end(), [&](const AnswerChoice& c) { return c.kind == kind; }))
        return Status::ok();
    if (label == Label::Mening && kind == AnswerKind::Correctieverzoek)
        return Status(ErrorCode::InvalidInput,
            tr("Een mening wordt niet veranderd op verzoek. Kies \"Ik zie het anders: mijn eigen visie "
               "toevoegen\"; dan komt uw visie naast deze mening te staan."));
    QStringList titles;
    for (const AnswerChoice& c : choices)
        titles << QStringLiteral("\"%1\"").arg(c.title);
    return Status(ErrorCode::InvalidInput,
        tr("Deze keuze past niet bij deze notitie. Kies een van: %1.").arg(titles.join(QStringLiteral(", "))));
}

} // namespace inzage
