#include "dossier/Vocabulary.h"

#include <QCoreApplication>

namespace inzage {

#define INZAGE_WORDS(E, ...)                                                                       \
    template <>                                                                                    \
    const QStringList& Vocabulary<E>::words()                                                      \
    {                                                                                              \
        static const QStringList w {__VA_ARGS__};                                                  \
        return w;                                                                                  \
    }

INZAGE_WORDS(Label, "feit", "mening", "bron", "onbeoordeeld")
INZAGE_WORDS(PersonRole, "ouder", "kind", "professional", "informant")
INZAGE_WORDS(Method, "gesprek", "telefoon", "huisbezoek", "schriftelijk", "onbekend")
INZAGE_WORDS(BasisKind, "", "waarneming", "document")
INZAGE_WORDS(AnswerKind, "klopt", "klopt-niet", "aanvulling", "correctieverzoek", "vraag")
INZAGE_WORDS(AnswerStatus, "verstuurd", "in-behandeling", "verwerkt", "afgewezen")
INZAGE_WORDS(Stage, "melding", "veilig-thuis", "raad", "kinderrechter", "gecertificeerde-instelling",
             "afgesloten")
INZAGE_WORDS(AppointmentKind, "afspraak", "toezegging")
INZAGE_WORDS(AppointmentStatus, "gepland", "gehouden", "afgezegd", "ingehaald", "nagekomen", "niet-nagekomen")
INZAGE_WORDS(Role, "ouder", "professional", "reviewer")

#undef INZAGE_WORDS

// The word a reader sees for a label, in their language; the stored word (toString) stays Dutch.
QString displayName(Label label)
{
    switch (label) {
    case Label::Feit:
        return QCoreApplication::translate("inzage::Vocabulary", "Feit");
    case Label::Mening:
        return QCoreApplication::translate("inzage::Vocabulary", "Mening");
    case Label::Bron:
        return QCoreApplication::translate("inzage::Vocabulary", "Bron");
    case Label::Onbeoordeeld:
        break;
    }
    return QCoreApplication::translate("inzage::Vocabulary", "Nog niet beoordeeld");
}

} // namespace inzage
