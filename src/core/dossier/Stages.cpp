#include "dossier/Stages.h"

#include <QCoreApplication>

namespace inzage {

QStringList chainStageNames()
{
    return {QCoreApplication::translate("inzage::Stages", "Melding"),
            QCoreApplication::translate("inzage::Stages", "Veilig Thuis"),
            QCoreApplication::translate("inzage::Stages", "Raad voor de Kinderbescherming"),
            QCoreApplication::translate("inzage::Stages", "Kinderrechter"),
            QCoreApplication::translate("inzage::Stages", "Jeugdbescherming")};
}

int chainStageIndex(Stage stage)
{
    switch (stage) {
    case Stage::Melding: return 0;
    case Stage::VeiligThuis: return 1;
    case Stage::Raad: return 2;
    case Stage::Kinderrechter: return 3;
    case Stage::GecertificeerdeInstelling: return 4;
    case Stage::Afgesloten: break;
    }
    return -1;
}

QString nextStepText(Stage stage)
{
    switch (stage) {
    case Stage::Melding:
        return QCoreApplication::translate("inzage::Stages",
                                           "Er is een melding gedaan. Veilig Thuis kijkt of er hulp of onderzoek nodig is.");
    case Stage::VeiligThuis:
        return QCoreApplication::translate("inzage::Stages",
                                           "Veilig Thuis praat met u en met anderen. Daarna zegt Veilig Thuis wat er "
                                           "nodig is: vrijwillige hulp, of een onderzoek door de Raad.");
    case Stage::Raad:
        return QCoreApplication::translate("inzage::Stages",
                                           "De Raad voor de Kinderbescherming doet onderzoek. U krijgt het "
                                           "concept-rapport te lezen en heeft minstens 5 werkdagen om te reageren. "
                                           "Daarna beslist de Raad of hij de kinderrechter om een maatregel vraagt.");
    case Stage::Kinderrechter:
        return QCoreApplication::translate("inzage::Stages",
                                           "De kinderrechter beslist. U wordt uitgenodigd voor de zitting en mag daar "
                                           "zeggen wat u ervan vindt. U mag een advocaat meenemen.");
    case Stage::GecertificeerdeInstelling:
        return QCoreApplication::translate("inzage::Stages",
                                           "Een jeugdbeschermer helpt het gezin, samen met u. Samen maakt u een plan "
                                           "met doelen voor de kinderen.");
    case Stage::Afgesloten:
        break;
    }
    return QCoreApplication::translate("inzage::Stages", "Het dossier is afgesloten.");
}

QString nextStepText(const CaseInfo& info)
{
    return info.nextStep.trimmed().isEmpty() ? nextStepText(info.stage) : info.nextStep;
}

} // namespace inzage
