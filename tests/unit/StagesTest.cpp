#include "TestSupport.h"

#include "dossier/Stages.h"

using namespace inzage;

TEST_CASE("every stage of the chain has its place and a next step in plain words, a closed case has none",
          "[stages]")
{
    const QStringList names = chainStageNames();
    REQUIRE(names.size() == 5);
    CHECK(names.first() == QStringLiteral("Melding"));
    for (Stage s : {Stage::Melding, Stage::VeiligThuis, Stage::Raad, Stage::Kinderrechter,
                    Stage::GecertificeerdeInstelling}) {
        const int i = chainStageIndex(s);
        CHECK(i >= 0);
        CHECK(i < names.size());
        CHECK(nextStepText(s).size() > 40);
    }
    CHECK(chainStageIndex(Stage::Raad) == 2);
    CHECK(nextStepText(Stage::Raad).contains(QStringLiteral("5 werkdagen")));
    CHECK(chainStageIndex(Stage::Afgesloten) == -1);
    CHECK(nextStepText(Stage::Afgesloten) == QStringLiteral("Het dossier is afgesloten."));
}
