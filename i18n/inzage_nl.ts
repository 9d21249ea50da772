<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="80"/>
        <source>Kies eerst wat u wilt zeggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="119"/>
        <source>Reageren op notitie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="119"/>
        <source>Uw reactie op notitie %1 veranderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="142"/>
        <source>U was hier al aan begonnen. Uw tekst staat er nog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="147"/>
        <source>Wat wilt u zeggen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="181"/>
        <source>Wat gebeurt er nu? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="234"/>
        <source>Opslaan bewaart uw reactie versleuteld op deze computer. Ze gaat pas naar de hulpverlener als u bij Mijn reacties op &quot;Verstuur mijn reacties&quot; klikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="256"/>
        <source>Later verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="258"/>
        <source>Sluiten en uw tekst bewaren om later verder te gaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="266"/>
        <source>Tekst weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="267"/>
        <source>Uw tekst weggooien en sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="184"/>
        <source>Uw reactie in uw eigen woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="191"/>
        <source>Schrijf hier wat er volgens u niet klopt, wat u wilt toevoegen of wat u wilt vragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="194"/>
        <source>Uw reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="246"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="248"/>
        <source>Reactie opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerTravelBar</name>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="22"/>
        <source>Klaar. Het bestand %1 is gemaakt. Stuur dit bestand naar uw hulpverlener, bijvoorbeeld als bijlage bij een e-mail of via het beveiligde portaal van de organisatie. Het bestand is versleuteld: alleen uw hulpverlener kan het openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="46"/>
        <source>1 reactie is nog niet verstuurd. Die staat alleen op deze computer; de hulpverlener ziet hem pas als u hem verstuurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="48"/>
        <source>%1 reacties zijn nog niet verstuurd. Ze staan alleen op deze computer; de hulpverlener ziet ze pas als u ze verstuurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="49"/>
        <source>Al uw reacties zijn verstuurd. Heeft u het bestand ook echt naar uw hulpverlener gestuurd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="61"/>
        <source>Verstuur mijn reacties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="64"/>
        <source>Verstuur mijn reacties: maak het versleutelde bestand voor uw hulpverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="72"/>
        <source>Antwoord ophalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="74"/>
        <source>Antwoord ophalen: lees het bestand dat u van uw hulpverlener kreeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="81"/>
        <source>Kreeg u een antwoordbestand van uw hulpverlener? Klik op &quot;Antwoord ophalen&quot; of sleep het bestand naar dit venster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="103"/>
        <source>Waar wilt u het bestand met uw reacties bewaren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="105"/>
        <source>Reacties voor de hulpverlener (*.inzage-reacties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="107"/>
        <source>Bewaar hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="108"/>
        <location filename="../qml/AnswerTravelBar.qml" line="118"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="115"/>
        <source>Kies het bestand dat u van uw hulpverlener kreeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="117"/>
        <source>Ophalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="119"/>
        <source>Antwoord van de hulpverlener (*.inzage-update *.inzage-antwoord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="119"/>
        <source>Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../src/app/AppController.cpp" line="110"/>
        <source>Inzage is vergrendeld omdat u een tijd niets deed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/AppController.cpp" line="152"/>
        <source>Wacht nog %n seconde(n) en probeer het dan opnieuw.</source>
        <translation>
            <numerusform>Wacht nog %n seconde en probeer het dan opnieuw.</numerusform>
            <numerusform>Wacht nog %n seconden en probeer het dan opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="171"/>
        <source>Dit wachtwoord klopt niet. Kijk of u het goed heeft getypt en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="176"/>
        <source>Dit bestand is geen Inzage-dossier. Kies het bestand dat u van uw hulpverlener heeft gekregen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="181"/>
        <source>Het dossierbestand is niet gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="184"/>
        <location filename="../src/app/AppController.cpp" line="489"/>
        <source>Dit dossier is gemaakt met een nieuwere versie van Inzage. Werk Inzage bij om het te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="189"/>
        <source>Het dossier kan niet worden geopend. Het bestand is misschien beschadigd. Vraag uw hulpverlener om een nieuw exemplaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="315"/>
        <location filename="../src/app/LocalFiles.cpp" line="19"/>
        <source>Het dossier is niet open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="321"/>
        <source>Kies eerst wat voor reactie het is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="473"/>
        <source>Kies eerst het dossierbestand dat u van uw hulpverlener heeft gekregen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="475"/>
        <source>Dit is een map, geen dossierbestand. Kies het bestand zelf (het eindigt op .inzage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="481"/>
        <source>Het bestand %1 bestaat niet (meer). Kies het dossierbestand opnieuw; misschien is het verplaatst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="485"/>
        <source>Het bestand %1 is geen Inzage-dossier. Kies het bestand dat u van uw hulpverlener heeft gekregen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="493"/>
        <source>Het bestand %1 kan niet worden gelezen. Het is misschien beschadigd. Vraag uw hulpverlener om een nieuw exemplaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="42"/>
        <source>mijn-reacties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LocalFiles.cpp" line="21"/>
        <source>Kies eerst waar het bestand moet komen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LocalFiles.cpp" line="23"/>
        <source>Er staat al een bestand met de naam %1. Kies een andere naam; het oude bestand blijft zoals het is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="161"/>
        <source>Dit is een ouderexemplaar. Dat opent altijd als de ouder voor wie het is gemaakt, niet als toetser. Een toetser opent het dossier van de hulpverlener. Zet het vinkje uit om het als ouder te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="68"/>
        <source>afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="92"/>
        <source>Open eerst uw dossier; daarna kunt u het antwoord ophalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="95"/>
        <source>Het bestand %1 is niet gevonden. Kies het bestand dat u van uw hulpverlener heeft gekregen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="115"/>
        <source>Dit antwoord had u al opgehaald. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="117"/>
        <source>Het antwoord is opgehaald: 1 reactie kreeg een nieuwe status of een antwoord. Die is gemarkeerd als nieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="119"/>
        <source>Het antwoord is opgehaald: %1 reacties kregen een nieuwe status of een antwoord. Ze zijn gemarkeerd als nieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="125"/>
        <source>Het concept-rapport is gekomen: u kunt erop reageren tot en met %1. De notities die erin staan, zijn gemarkeerd met &quot;In het concept&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/AnswerTravelActions.cpp" line="131"/>
        <source>Bij %n reactie(s) is de termijn verlengd; u ziet tot wanneer en waarom bij de reactie.</source>
        <translation>
            <numerusform>Bij %n reactie is de termijn verlengd; u ziet tot wanneer en waarom bij de reactie.</numerusform>
            <numerusform>Bij %n reacties is de termijn verlengd; u ziet tot wanneer en waarom bij elke reactie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="64"/>
        <source>Toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="65"/>
        <source>Afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="74"/>
        <source>Te laat: nog niet nagekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="77"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="80"/>
        <source>Gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="85"/>
        <source>Is doorgegaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="88"/>
        <source>Afgezegd, nog geen nieuwe afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="91"/>
        <source>Afgezegd, ingehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="94"/>
        <source>Afgezegd, ingehaald op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="99"/>
        <source>Nagekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="102"/>
        <source>Niet nagekomen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../qml/CasePage.qml" line="28"/>
        <source>Dossiergegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="36"/>
        <source>Contactpersoon (nu: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="36"/>
        <location filename="../qml/CasePage.qml" line="51"/>
        <source>niemand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="37"/>
        <location filename="../qml/CasePage.qml" line="52"/>
        <location filename="../qml/CasePage.qml" line="67"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="42"/>
        <location filename="../qml/CasePage.qml" line="57"/>
        <source>Naam of #nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="43"/>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="46"/>
        <source>Contactpersoon opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="51"/>
        <source>Vervanger bij afwezigheid (nu: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="58"/>
        <source>Vervanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="61"/>
        <source>Vervanger opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="66"/>
        <source>Kantooruren (nu: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="72"/>
        <source>UU:MM-UU:MM, bijvoorbeeld 08:30-17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="73"/>
        <source>Kantooruren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="76"/>
        <source>Kantooruren opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="81"/>
        <source>Nieuwe afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="82"/>
        <location filename="../qml/CasePage.qml" line="116"/>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="88"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="89"/>
        <source>Omschrijving van de afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="96"/>
        <source>JJJJ-MM-DD UU:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="97"/>
        <source>Datum en tijd van de afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="104"/>
        <source>Met wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="105"/>
        <source>Met wie is de afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="108"/>
        <source>Afspraak toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="115"/>
        <source>Nieuwe toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="122"/>
        <source>Wat is toegezegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="123"/>
        <source>Omschrijving van de toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="130"/>
        <source>Uiterlijk JJJJ-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="131"/>
        <source>Datum waarop de toezegging nagekomen moet zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="138"/>
        <source>Aan wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="139"/>
        <source>Aan wie is het toegezegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="142"/>
        <source>Toezegging toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="149"/>
        <source>Afspraak afzeggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="150"/>
        <source>Afzeggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="157"/>
        <source>Nummer van de afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="163"/>
        <source>Reden (de familie ziet die)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="164"/>
        <source>Reden van afzeggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="167"/>
        <source>Afspraak afgezegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="172"/>
        <source>Afgezegde afspraak inhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="173"/>
        <source>Inhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="180"/>
        <source>Nummer van de afgezegde afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="186"/>
        <source>Nieuwe datum en tijd, JJJJ-MM-DD UU:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="187"/>
        <source>Nieuwe datum en tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="190"/>
        <source>Inhaalafspraak toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="200"/>
        <source>Afspraken en toezeggingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="229"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="236"/>
        <source>%1 · met %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="237"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <location filename="../qml/ChangesPage.qml" line="19"/>
        <source>Veranderingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChangesPage.qml" line="26"/>
        <source>Hier ziet u wie iets in uw dossier heeft veranderd, wat en wanneer. Het nieuwste staat bovenaan. Elke verandering wordt vastgelegd in een logboek. Wordt dat logboek achteraf veranderd, dan merkt de controle van Inzage dat. Lezen wordt niet bijgehouden; alleen veranderingen staan hier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChangesPage.qml" line="45"/>
        <source>Er is nog niets veranderd in dit dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChangesPage.qml" line="61"/>
        <source>Veranderingen in uw dossier, %1 regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChangesPage.qml" line="84"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../qml/DossierPage.qml" line="72"/>
        <source>Typ het nummer van een notitie, bijvoorbeeld 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="75"/>
        <source>Nr. %1 staat niet in deze lijst. Kies &quot;Alles&quot; en wis de zoektekst om alle notities te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="76"/>
        <source>Er is geen notitie met nr. %1 in uw dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="189"/>
        <source>Het concept-rapport is op %1 naar u gestuurd. U kunt reageren tot en met %2. De %3 notities die erin staan, zijn gemarkeerd met &quot;In het concept&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="191"/>
        <source>Het concept-rapport is op %1 naar u gestuurd. Reageren kon tot en met %2; u kunt nog altijd een reactie geven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="213"/>
        <source>★ Nieuw sinds uw vorige bezoek: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="221"/>
        <source>Naar de volgende nieuwe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="222"/>
        <source>Ga naar de volgende notitie die nieuw is sinds uw vorige bezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="284"/>
        <source>Alles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="284"/>
        <source>Feiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="285"/>
        <source>Meningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="285"/>
        <source>Bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="285"/>
        <source>Nog niet beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="291"/>
        <source>Toon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="256"/>
        <location filename="../qml/DossierPage.qml" line="300"/>
        <source>Wat betekent dit? (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="247"/>
        <source>▴ Zoeken en filteren verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="247"/>
        <source>▾ Zoeken en filteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="249"/>
        <source>Zoeken, filteren en ga naar verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="249"/>
        <source>Zoeken, filteren en ga naar tonen (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="260"/>
        <location filename="../qml/DossierPage.qml" line="304"/>
        <source>Wat betekent feit, mening en bron? Uitleg openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="268"/>
        <source>U ziet niet alle notities: er staat een filter aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="321"/>
        <source>Zoek in de tekst…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="323"/>
        <source>Zoeken in het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="352"/>
        <source>Filter op met wie er gesproken is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="361"/>
        <source>Alle onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="362"/>
        <source>Filter op onderdeel van het rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="376"/>
        <source>Ga naar nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="386"/>
        <source>Ga naar notitie met nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="395"/>
        <source>Ga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="396"/>
        <source>Ga naar deze notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="406"/>
        <source>Zoals in het rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="406"/>
        <source>Op datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="408"/>
        <source>Volgorde van de notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="437"/>
        <source>U bent bij nr. %1 (%2 van %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="462"/>
        <source>Notities in uw dossier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="528"/>
        <source>Geen notities gevonden met deze keuze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="536"/>
        <source>Iedereen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyPopup</name>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="12"/>
        <source>Spoed: wie belt u?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="23"/>
        <source>Is er levensgevaar? Bel 112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="24"/>
        <source>Bij direct gevaar voor iemands leven of gezondheid: bel meteen 112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="28"/>
        <source>Loopt het thuis uit de hand? Bel Veilig Thuis: 0800-2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="29"/>
        <source>Gratis, dag en nacht bereikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="34"/>
        <source>Nu is het kantoortijd: bel %1 op %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="35"/>
        <source>Nu is het buiten kantoortijd: bel %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="36"/>
        <source>Vraag naar uw contactpersoon%1. Kantooruren: %2 op werkdagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="38"/>
        <source>Dit is het nummer voor buiten kantooruren. Op werkdagen van %1 belt u %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <location filename="../qml/EntryCard.qml" line="82"/>
        <source>★ Nieuw: aangepast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="83"/>
        <source>★ Nieuw antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="84"/>
        <source>★ Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="99"/>
        <source>In het concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="105"/>
        <location filename="../qml/EntryCard.qml" line="150"/>
        <source>nr. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="145"/>
        <source>Deze mening rust op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="154"/>
        <source>Ga naar feit nr. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/EntryCard.qml" line="163"/>
        <source>Deze notitie is %n keer aangepast. Eerdere versies blijven bewaard.</source>
        <translation>
            <numerusform>Deze notitie is %n keer aangepast. Eerdere versies blijven bewaard.</numerusform>
            <numerusform>Deze notitie is %n keer aangepast. Eerdere versies blijven bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="170"/>
        <source>Eerdere versies verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="170"/>
        <source>Eerdere versies tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="190"/>
        <source>Versie %1 (%2), %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="191"/>
        <source>Waarom dit veranderde: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="210"/>
        <source>Nieuw antwoord!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="211"/>
        <source>Uw reactie (%1): “%2” — status: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="212"/>
        <source>Antwoord: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="213"/>
        <source>Let op: de notitie is later aangepast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="224"/>
        <source>Reageren op deze notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="226"/>
        <source>Reageren op notitie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="235"/>
        <source>notitie %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryHistoryPane</name>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="31"/>
        <source>Notitie %1 · %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="48"/>
        <source>Versies (nieuwste eerst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="63"/>
        <source>Versie %1, %2, door %3. Label %4. Waarom: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="71"/>
        <source>Versie %1 · %2 · door %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="78"/>
        <source>Label: %1 · Waarom: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="109"/>
        <source>In het logboek (nieuwste eerst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="116"/>
        <source>Geen regel in het logboek gaat over deze notitie alleen. Notities die iemand op één dag samen toevoegde, staan daar als één regel; zie Versies hierboven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="125"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="324"/>
        <source>Met niemand gesproken: dit komt uit een document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="326"/>
        <source>Met wie er gesproken is, staat er niet bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="334"/>
        <source>Dit is de mening van %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="463"/>
        <source>%Ln feit(en)</source>
        <translation>
            <numerusform>%Ln feit</numerusform>
            <numerusform>%Ln feiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="464"/>
        <source>%Ln mening(en)</source>
        <translation>
            <numerusform>%Ln mening</numerusform>
            <numerusform>%Ln meningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="465"/>
        <source>%Ln bron(nen)</source>
        <translation>
            <numerusform>%Ln bron</numerusform>
            <numerusform>%Ln bronnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="466"/>
        <source>%Ln nog niet beoordeeld</source>
        <translation>
            <numerusform>%Ln nog niet beoordeeld</numerusform>
            <numerusform>%Ln nog niet beoordeeld</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="25"/>
        <source>de schrijver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="340"/>
        <source>Er staat niet bij op welke feiten deze mening rust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="344"/>
        <source>Deze mening rust op de feiten met nummer %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <location filename="../qml/FigureChart.qml" line="60"/>
        <source>Niets te tonen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWarningPage</name>
    <message>
        <location filename="../qml/FileWarningPage.qml" line="21"/>
        <source>Let op: is dit het nieuwste bestand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FileWarningPage.qml" line="31"/>
        <source>Dit bestand is misschien ouder dan u denkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FileWarningPage.qml" line="35"/>
        <source>U kunt het bestand sluiten en eerst de nieuwste versie zoeken. Of u bekijkt het toch, als u weet waarom het ouder is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FileWarningPage.qml" line="45"/>
        <source>Bestand sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FileWarningPage.qml" line="50"/>
        <source>Toch bekijken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="15"/>
        <source>Hoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="17"/>
        <source>Middel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="19"/>
        <source>Laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="26"/>
        <source>Niet gelabeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="27"/>
        <source>Feit zonder basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="28"/>
        <source>Bron zonder met wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="29"/>
        <source>Afgeschermde bron genoemd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="30"/>
        <source>Mening zonder van wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="31"/>
        <source>Conclusie zonder feiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="32"/>
        <source>Stellige bewering zonder basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="33"/>
        <source>Twijfelwoord in een feit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="34"/>
        <source>Geen probleemanalyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="35"/>
        <source>Geen analyse van krachten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="36"/>
        <source>Kind niet gesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="37"/>
        <source>Bron zonder datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="38"/>
        <source>Bron zonder hoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="39"/>
        <source>Afgeschermd zonder reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="40"/>
        <source>Reactie over de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="41"/>
        <source>Reactie te laat afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="42"/>
        <source>Bron niet goedgekeurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="43"/>
        <source>Goedkeuring van een oudere tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="44"/>
        <source>Veranderd na het definitieve rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="164"/>
        <source>Ernst %1, notitie %2: %3 (regel %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="168"/>
        <source>Ernst %1, het hele dossier: %2 (regel %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../qml/FindingsPage.qml" line="65"/>
        <source>Elke ernst (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="66"/>
        <source>▲ Hoog (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="67"/>
        <source>● Middel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="68"/>
        <source>▽ Laag (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="72"/>
        <source>Toon bevindingen met ernst: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="78"/>
        <source>Elke regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="81"/>
        <source>Toon bevindingen van regel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="86"/>
        <source>%1 van %2 bevindingen, de ernstigste eerst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="103"/>
        <source>Bevindingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="131"/>
        <source>Notitie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="131"/>
        <source>Hele dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="168"/>
        <source>← Terug naar de bevindingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="171"/>
        <source>Terug naar de lijst met bevindingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="188"/>
        <source>Regel: %1 (in inzage-cli audit --json: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="196"/>
        <source>Deze bevinding gaat over het hele dossier, niet over één notitie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="203"/>
        <source>Geen bevindingen: elke regel van de toetsing is nageleefd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../qml/InboxPage.qml" line="59"/>
        <source>Reacties van ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="66"/>
        <source>Er zijn nog geen reacties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="67"/>
        <source>%1 reacties, waarvan %2 over de termijn. Te laat staat bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="85"/>
        <source>Lijst van reacties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="115"/>
        <source>te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="128"/>
        <source>%1 dagen oud · antwoord uiterlijk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="125"/>
        <source>%1 dagen oud · afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="127"/>
        <source>%1 dagen oud · antwoord uiterlijk %2 (verlengd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="137"/>
        <source>Reactie op het concept; de ouders konden reageren tot en met %1. Handel haar af voor het definitieve rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="145"/>
        <source>Notitie %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="179"/>
        <source>Notitie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="186"/>
        <source>Open notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="188"/>
        <source>Open de notitie in het labelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="199"/>
        <source>%1 van de ouder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="212"/>
        <source>Uw antwoord: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="223"/>
        <source>Termijn verlengd tot %1. Reden (de ouder ziet die): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="224"/>
        <source>Antwoord uiterlijk %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="235"/>
        <source>Antwoord aan de ouder (de ouder ziet dit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="248"/>
        <source>Bij afwijzen of verbeteren: de reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="249"/>
        <source>Antwoord aan de ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="259"/>
        <source>In behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="260"/>
        <source>De status is nu: in behandeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="264"/>
        <source>Verwerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="265"/>
        <source>De reactie is verwerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="269"/>
        <source>Afwijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="270"/>
        <source>De reactie is afgewezen, met de reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="281"/>
        <source>Termijn verlengen (AVG: eenmaal met twee maanden, binnen de eerste maand; de ouder ziet de reden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="299"/>
        <source>Waarom meer tijd nodig is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="300"/>
        <source>Reden voor het verlengen van de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="307"/>
        <source>Verleng termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="308"/>
        <source>Verleng de termijn met twee maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="310"/>
        <source>De termijn is verlengd tot %1; de ouder ziet dat met de reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="318"/>
        <source>Verbetering van het feit (een nieuwe versie; de oude blijft te lezen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="319"/>
        <source>Eigen visie van de ouder (komt naast de mening; de mening blijft staan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="339"/>
        <source>Verbeterde tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="339"/>
        <source>Eigen visie van de ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="344"/>
        <source>Verbetering overnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="344"/>
        <source>Eigen visie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="348"/>
        <source>De notitie is verbeterd; de reactie is verwerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="351"/>
        <source>De eigen visie staat nu naast de mening; de reactie is verwerkt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyLegend</name>
    <message>
        <location filename="../qml/KeyLegend.qml" line="12"/>
        <source>feit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="12"/>
        <source>mening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="12"/>
        <source>bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="12"/>
        <source>onbeoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="13"/>
        <source>suggestie overnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="13"/>
        <source>ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="14"/>
        <source>volgende onbeoordeelde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="14"/>
        <source>volgende waarschuwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="15"/>
        <source>vorige / volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="15"/>
        <source>velden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="15"/>
        <source>terug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelFields</name>
    <message>
        <location filename="../qml/LabelFields.qml" line="25"/>
        <source>Basis van een feit (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="34"/>
        <source>document: … of waarneming: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="39"/>
        <source>Basis van een feit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="42"/>
        <source>Welk document (van wanneer), of wanneer en waar het is waargenomen. Enter: opslaan als feit met deze basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="54"/>
        <source>Met wie gesproken (bron, 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="55"/>
        <source>Nog niemand gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="74"/>
        <source>Van wie is de mening (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="75"/>
        <source>Niemand gekozen (de auteur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="89"/>
        <source>Conclusie rust op de feiten (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="108"/>
        <source>Weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="110"/>
        <source>Dit feit weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="119"/>
        <source>Zoek een feit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="120"/>
        <source>Feit zoeken waarop de conclusie rust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPage</name>
    <message>
        <location filename="../qml/LabelPage.qml" line="34"/>
        <source>Nog niet beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="101"/>
        <source>notitie %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="106"/>
        <source>Volgende onbeoordeelde (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="108"/>
        <source>Naar de volgende notitie die nog niet beoordeeld is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="112"/>
        <source>Volgende waarschuwing (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="114"/>
        <source>Naar de volgende notitie met een waarschuwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="118"/>
        <source>Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="121"/>
        <source>Het laatste label ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="140"/>
        <source>Notitie om te labelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="170"/>
        <source>Dit dossier heeft nog geen notities. Importeer eerst een document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="210"/>
        <source>onder het kopje %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="255"/>
        <source>Typ de basis rechts en druk op Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="256"/>
        <source>Kies rechts met wie er gesproken is en druk op Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="280"/>
        <source>Suggestie (nog niet opgeslagen): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="289"/>
        <source>Waarom: %1. Enter neemt de suggestie over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="18"/>
        <source>Inzage — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="18"/>
        <location filename="../qml/Main.qml" line="93"/>
        <source>Inzage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="105"/>
        <source>Toetser · alleen lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="108"/>
        <source>U bekijkt dit dossier als toetser, alleen lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="112"/>
        <source>Dossiernummer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="119"/>
        <source>deze pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="127"/>
        <source>Tekstgrootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="131"/>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="135"/>
        <location filename="../qml/Main.qml" line="137"/>
        <source>Kleinere tekst (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="144"/>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="148"/>
        <location filename="../qml/Main.qml" line="150"/>
        <source>Grotere tekst (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="164"/>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="174"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="176"/>
        <source>Dossier sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="181"/>
        <source>Spoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="186"/>
        <location filename="../qml/Main.qml" line="188"/>
        <source>Spoed: wie belt u bij gevaar (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="246"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Mijn dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Mijn reacties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Gesproken met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Wie doet wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Mijn rechten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Veranderingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyAnswersPage</name>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="15"/>
        <source>Mijn reacties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="21"/>
        <source>Hier ziet u alles wat u heeft gereageerd, en wat er mee gebeurd is. Een reactie wordt nooit overschreven: als u iets verandert, blijft de oude versie bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="99"/>
        <source>Nieuw antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="102"/>
        <source>Op notitie %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="67"/>
        <location filename="../qml/MyAnswersPage.qml" line="106"/>
        <source>Antwoord van %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="42"/>
        <source>Uw reacties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="64"/>
        <source>Nieuw antwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="65"/>
        <source>Uw reactie op notitie %1, %2: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="66"/>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="114"/>
        <source>Uw hulpverlener heeft meer tijd genomen om te antwoorden: u hoort uiterlijk %1 iets. De reden: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="123"/>
        <source>Nog geen antwoord. Heeft uw hulpverlener het bestand gekregen, dan hoort u binnen een maand iets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="124"/>
        <source>Deze reactie staat alleen op deze computer. Klik bovenaan op &quot;Verstuur mijn reacties&quot; om hem te versturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MyAnswersPage.qml" line="131"/>
        <source>U heeft deze reactie %n keer veranderd. Eerdere versies blijven bewaard.</source>
        <translation>
            <numerusform>U heeft deze reactie %n keer veranderd. Eerdere versies blijven bewaard.</numerusform>
            <numerusform>U heeft deze reactie %n keer veranderd. Eerdere versies blijven bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="139"/>
        <source>Reactie veranderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="140"/>
        <source>Reactie op notitie %1 veranderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="147"/>
        <source>Let op: de notitie is aangepast nadat u reageerde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="157"/>
        <source>U heeft nog nergens op gereageerd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenMemory</name>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="38"/>
        <source>Het dossier kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperButton</name>
    <message>
        <location filename="../qml/PaperButton.qml" line="14"/>
        <location filename="../qml/PaperButton.qml" line="64"/>
        <source>Op papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="15"/>
        <source>Mijn reacties op papier zetten (PDF), Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="16"/>
        <source>Mijn dossier op papier zetten (PDF), Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="18"/>
        <source>Bewaar als PDF om te printen of aan uw advocaat of het AKJ te geven (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="30"/>
        <source>Klaar. Het bestand %1 is gemaakt. U kunt het printen of meegeven aan uw advocaat of het AKJ. Let op: het bestand is niet versleuteld. Iedereen die het bestand heeft, kan het lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="44"/>
        <source>Waar wilt u Mijn reacties als PDF bewaren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="45"/>
        <source>Waar wilt u Mijn dossier als PDF bewaren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="47"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="49"/>
        <source>Bewaar hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="50"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="64"/>
        <source>Het is niet gelukt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperController</name>
    <message>
        <location filename="../src/app/PaperController.cpp" line="31"/>
        <source>mijn-reacties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PaperController.cpp" line="32"/>
        <source>mijn-dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PaperController.cpp" line="44"/>
        <source>Open eerst uw dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentsPage</name>
    <message>
        <location filename="../qml/ParentsPage.qml" line="69"/>
        <source>Antwoordbestand van een ouder openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="70"/>
        <source>Updatebestand bewaren als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="71"/>
        <source>Ouderexemplaar bewaren als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="72"/>
        <source>Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="72"/>
        <source>Bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="73"/>
        <location filename="../qml/ParentsPage.qml" line="139"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="74"/>
        <source>Antwoordbestanden (*.inzage-reacties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="74"/>
        <source>Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="75"/>
        <source>Updatebestanden (*.inzage-update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="76"/>
        <source>Inzage-dossiers (*.inzage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="101"/>
        <source>Ouderexemplaar voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="113"/>
        <source>Kies een wachtwoord voor %1. Geef het apart van het bestand, bijvoorbeeld in een gesprek of per telefoon, nooit in dezelfde mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="118"/>
        <location filename="../qml/ParentsPage.qml" line="124"/>
        <source>Wachtwoord voor de ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="127"/>
        <location filename="../qml/ParentsPage.qml" line="133"/>
        <source>Nog een keer hetzelfde wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="138"/>
        <source>Verder: kies waar het bestand komt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="149"/>
        <source>Ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="155"/>
        <source>Elke ouder, en een kind vanaf 12 jaar, krijgt een eigen exemplaar met alleen wat hij of zij mag zien. Stuur daarna updates; de reacties van de ouder leest u hier in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="163"/>
        <source>Reacties van een ouder inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="165"/>
        <source>Lees een antwoordbestand van een ouder in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="180"/>
        <source>Er staat nog geen ouder in dit dossier. Voeg de ouder toe op de pagina Dossier (rol ouder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="194"/>
        <source>Ouders en hun exemplaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ParentsPage.qml" line="209"/>
        <source>%n exemplaar/exemplaren</source>
        <translation>
            <numerusform>%n exemplaar</numerusform>
            <numerusform>%n exemplaren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="229"/>
        <source>Maak ouderexemplaar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="231"/>
        <source>Maak een ouderexemplaar voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="242"/>
        <source>Nog geen exemplaar gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="251"/>
        <source>Exemplaar van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="257"/>
        <source>Schrijf update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="259"/>
        <source>Schrijf een updatebestand voor het exemplaar van %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message numerus="yes">
        <location filename="../src/app/PeopleModel.cpp" line="24"/>
        <source>%n keer gesproken</source>
        <translation>
            <numerusform>%n keer gesproken</numerusform>
            <numerusform>%n keer gesproken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="28"/>
        <source>%1, op %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="29"/>
        <source>%1, van %2 tot %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/PeopleModel.cpp" line="42"/>
        <source>%n keer %1</source>
        <translation>
            <numerusform>%n keer %1</numerusform>
            <numerusform>%n keer %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="92"/>
        <source>Afgeschermde bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="108"/>
        <source>datum onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="109"/>
        <source>op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="155"/>
        <source>Met iedereen uit het gezin is gesproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="156"/>
        <source>Niet mee gesproken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../qml/PersonPicker.qml" line="46"/>
        <source>%1 (suggestie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PersonPicker.qml" line="54"/>
        <source>Wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PersonPicker.qml" line="56"/>
        <source>%1 wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PersonPicker.qml" line="63"/>
        <source>Typ een naam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PersonPicker.qml" line="86"/>
        <source>Nieuwe persoon: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainWordsDialog</name>
    <message>
        <location filename="../qml/PlainWordsDialog.qml" line="15"/>
        <source>Wat betekent dit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlainWordsDialog.qml" line="90"/>
        <source>Woorden die u kunt tegenkomen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProWorkspace</name>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="47"/>
        <source>Labelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="47"/>
        <source>Reacties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="47"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="47"/>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="47"/>
        <source>Ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="51"/>
        <source>%1 (%2 te laat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="55"/>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="56"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../src/app/ReadAloud.cpp" line="15"/>
        <source>Voorlezen werkt niet op deze computer: er is geen spraakprogramma geïnstalleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReadAloud.cpp" line="46"/>
        <source>Voorlezen lukte niet: het spraakprogramma geeft een fout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReadAloud.cpp" line="67"/>
        <source>Voorlezen werkt niet: er is geen Engelse stem op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReadAloud.cpp" line="68"/>
        <source>Voorlezen werkt niet: er is geen Nederlandse stem op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="20"/>
        <source>Voorlezen kan hier niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="20"/>
        <source>■ Stop (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="20"/>
        <source>▶ Lees voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="28"/>
        <source>Lees %1 voor. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="29"/>
        <source>Stop met voorlezen (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="29"/>
        <location filename="../qml/ReadAloudButton.qml" line="31"/>
        <source>Lees %1 voor (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../qml/ReportPage.qml" line="22"/>
        <source>Kies een bestand op deze computer om het rapport in te bewaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="29"/>
        <source>Het concept is bewaard in %1. De ouders krijgen minstens 5 werkdagen om te reageren: tot en met %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="31"/>
        <source>Het definitieve rapport is bewaard in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="39"/>
        <source>Het definitieve rapport kan nog niet: los eerst de %1 punten hieronder op. Een concept kan wel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="46"/>
        <source>Vastgelegd: het concept gaat naar de ouders; zij kunnen reageren tot en met %1. Schrijf nu voor elke ouder een update op de pagina Ouders (Ctrl+5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="69"/>
        <source>Concept bewaren als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="69"/>
        <source>Definitief rapport bewaren als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="74"/>
        <source>Bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="75"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="76"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="86"/>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="94"/>
        <source>Alles is nagelopen: het rapport kan definitief worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="95"/>
        <source>%1 punten houden het definitieve rapport tegen. Kies een punt en druk op Enter om de notitie te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="106"/>
        <source>Maak concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="108"/>
        <source>Maak een concept van het rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="112"/>
        <source>Maak definitief rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="115"/>
        <source>Maak het definitieve rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="119"/>
        <source>Concept naar de ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="121"/>
        <source>Stuur het concept naar de ouders, met minstens 5 werkdagen om te reageren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="152"/>
        <source>Wat het rapport tegenhoudt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="183"/>
        <source>Open notitie %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerDashboard</name>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="37"/>
        <source>Cijfers van dit dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="44"/>
        <source>%1 notities. Gelezen op %2, logboek tot %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="55"/>
        <source>Bevindingen: %1 hoog, %2 middel, %3 laag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="65"/>
        <source>Naar de bevindingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="69"/>
        <source>Naar de lijst met bevindingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="90"/>
        <source>Reacties van de ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="101"/>
        <source>Totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="102"/>
        <source>Afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="103"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="104"/>
        <source>Over de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="105"/>
        <source>Mediaan dagen tot afhandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="159"/>
        <source>Bronvermelding in het hele dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="173"/>
        <source>Met wie is gesproken (aantal notities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="192"/>
        <source>Nooit gesproken (ouders en kinderen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="200"/>
        <source>Met elke ouder en elk kind in het dossier is gesproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="228"/>
        <source>Per onderdeel en per maand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="257"/>
        <source>Per onderdeel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="267"/>
        <source>Per maand: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerView</name>
    <message>
        <location filename="../qml/ReviewerView.qml" line="33"/>
        <source>Alleen lezen: u bekijkt dit dossier als toetser. Inzage schrijft niets in het dossier; het bestand blijft precies zoals het was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerView.qml" line="48"/>
        <source>Cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerView.qml" line="48"/>
        <source>Bevindingen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewerView.qml" line="48"/>
        <source>Steekproef</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <location filename="../qml/RightsPage.qml" line="15"/>
        <source>Mijn rechten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="18"/>
        <source>U mag uw dossier lezen (inzage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="19"/>
        <source>U mag lezen wat er over u en uw kinderen is opgeschreven. Vraag erom bij de organisatie. Zij moeten binnen een maand antwoorden. Soms mag dat twee maanden langer duren; dat moeten ze u dan binnen een maand laten weten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="20"/>
        <source>U mag uw eigen verhaal toevoegen (eigen verklaring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="21"/>
        <source>Bent u het ergens niet mee eens? Dan mag u uw eigen verklaring laten toevoegen aan het dossier. Gebruik daarvoor bij een notitie ‘Ik wil iets aanvullen’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="22"/>
        <source>U mag vragen om iets te verbeteren (correctie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="23"/>
        <source>Staat er iets in dat feitelijk niet klopt? Dan mag u vragen om het te verbeteren. U krijgt binnen een maand antwoord. Wordt uw verzoek afgewezen, dan moet de organisatie zeggen waarom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="24"/>
        <source>U mag vragen om gegevens te vernietigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="25"/>
        <source>U mag vragen om (een deel van) het dossier te vernietigen. De organisatie moet dat binnen drie maanden doen, behalve als een wet of het belang van een ander dat verbiedt. Dan hoort u waarom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="26"/>
        <source>U mag een klacht indienen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="27"/>
        <source>Bent u niet tevreden over hoe u behandeld bent? Praat er eerst over met uw contactpersoon of diens leidinggevende. Helpt dat niet, dan kunt u een klacht indienen bij de klachtencommissie van de organisatie. Een vertrouwenspersoon (AKJ) kan u gratis helpen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="28"/>
        <source>Reageren op een rapport van de Raad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="29"/>
        <source>U krijgt een concept van het rapport van de Raad voor de Kinderbescherming en heeft minstens 5 werkdagen om te reageren. Uw reactie komt bij het rapport.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplePage</name>
    <message>
        <location filename="../qml/SamplePage.qml" line="31"/>
        <source>Steekproef voor een controle met de hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="40"/>
        <source>Uw vinkjes blijven alleen in dit venster en verdwijnen als u het dossier sluit: het dossier wordt nooit beschreven. Noteer de seed; met dezelfde seed trekt u later dezelfde notities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="50"/>
        <source>Aantal notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="63"/>
        <source>Seed (leeg: Inzage kiest er een)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="78"/>
        <source>Trek de steekproef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="108"/>
        <source>%1 van %2 punten afgevinkt (alleen in dit venster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="134"/>
        <source>Notitie %1 · %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="149"/>
        <source>Geschiedenis van notitie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="163"/>
        <source>Notitie %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpokenWithPage</name>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="23"/>
        <source>Met wie is er gesproken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="46"/>
        <source>Met wie is er gesproken: lijst van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="61"/>
        <source>Met deze persoon is niet gesproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SpokenWithPage.qml" line="62"/>
        <source>Komt voor in %Ln notitie(s).</source>
        <translation>
            <numerusform>Komt voor in %Ln notitie.</numerusform>
            <numerusform>Komt voor in %Ln notities.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="88"/>
        <source>Hoe: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="96"/>
        <source>Alle gesprekken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="101"/>
        <source>Afgeschermde bron. Reden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="108"/>
        <source>Minder tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="108"/>
        <source>Alle gesprekken tonen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="109"/>
        <source>Minder tonen over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="110"/>
        <source>Alle %1 gesprekken met %2 tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="117"/>
        <source>Toon deze notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="120"/>
        <source>Toon de notities waarin met %1 is gesproken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/UnlockPage.qml" line="50"/>
        <source>Uw dossier openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="57"/>
        <source>Typ het wachtwoord dat u zelf heeft gekozen voor uw exemplaar van het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="67"/>
        <source>Bestand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="67"/>
        <source>Nog geen bestand gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="75"/>
        <source>Ander bestand kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="76"/>
        <source>Kies het dossierbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="94"/>
        <source>Eerder geopend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="108"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="121"/>
        <location filename="../qml/UnlockPage.qml" line="125"/>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="134"/>
        <source>Openen als toetser / alleen lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="137"/>
        <source>Openen als toetser, alleen lezen: het dossier wordt niet veranderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="143"/>
        <location filename="../qml/UnlockPage.qml" line="222"/>
        <source>Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="149"/>
        <source>Dossier openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/UnlockPage.qml" line="164"/>
        <source>U kunt het over %n seconde(n) opnieuw proberen.</source>
        <translation>
            <numerusform>U kunt het over %n seconde opnieuw proberen.</numerusform>
            <numerusform>U kunt het over %n seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="178"/>
        <source>Inzage gaat vanzelf dicht als u niets doet, na:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="190"/>
        <source>2 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="191"/>
        <source>5 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="192"/>
        <source>10 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="193"/>
        <source>15 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="194"/>
        <source>30 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="195"/>
        <source>1 uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="207"/>
        <source>Komt er iemand bij u die het dossier niet mag zien? Druk op Ctrl+Shift+H: Inzage gaat meteen dicht en verdwijnt van het scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="220"/>
        <source>Kies uw dossierbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="223"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="224"/>
        <source>Inzage-dossier (*.inzage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="224"/>
        <source>Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoDoesWhatPage</name>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="17"/>
        <source>Klaar. Het bestand %1 is gemaakt. Open het met uw agenda (bijvoorbeeld door erop te dubbelklikken) om de afspraken over te nemen. Dit bestand is niet versleuteld: gooi het weg als de afspraken in uw agenda staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="32"/>
        <source>Wie doet wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="44"/>
        <source>Uw vaste contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="46"/>
        <source>Nog niet bekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="51"/>
        <source>Als uw contactpersoon er niet is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="52"/>
        <source>Dan helpt %1 u.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="53"/>
        <source>Er is nog geen vervanger genoemd. Vraag ernaar: u heeft recht op een vast aanspreekpunt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="56"/>
        <source>Bereikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="57"/>
        <source>Kantooruren: %1 op werkdagen, nummer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="58"/>
        <source>Buiten kantooruren: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="62"/>
        <source>Waar bent u nu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="82"/>
        <source>%1 (hier bent u nu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="106"/>
        <source>Wat gebeurt er nu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="115"/>
        <source>Afspraken en toezeggingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="119"/>
        <source>Zet in mijn agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="121"/>
        <source>Zet in mijn agenda: bewaar de afspraken als agendabestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="154"/>
        <source>met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="166"/>
        <source>Waar wilt u het agendabestand bewaren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="168"/>
        <source>Agendabestand (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="170"/>
        <source>Bewaar hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="171"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../src/app/Wording.cpp" line="15"/>
        <source>Feit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="16"/>
        <source>Mening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="17"/>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="20"/>
        <source>Nog niet beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="26"/>
        <source>in een gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="27"/>
        <source>aan de telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="28"/>
        <source>bij een huisbezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="29"/>
        <source>op papier of per mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="32"/>
        <source>op een onbekende manier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="38"/>
        <source>Dit klopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="39"/>
        <source>Dit klopt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="40"/>
        <source>Aanvulling (eigen verklaring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="41"/>
        <source>Verzoek om te verbeteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="44"/>
        <source>Vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="50"/>
        <source>Verstuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="51"/>
        <source>In behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="52"/>
        <source>Verwerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="55"/>
        <source>Afgewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="61"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="62"/>
        <source>Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="63"/>
        <source>Raad voor de Kinderbescherming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="64"/>
        <source>Kinderrechter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="65"/>
        <source>Jeugdbescherming (gecertificeerde instelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="68"/>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="128"/>
        <source>Nog niet verstuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="130"/>
        <source>Verstuurd op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="299"/>
        <location filename="../src/app/AppointmentModel.cpp" line="43"/>
        <location filename="../src/app/EntryListModel.cpp" line="23"/>
        <location filename="../src/app/LabelController.cpp" line="379"/>
        <location filename="../src/app/Wording.cpp" line="85"/>
        <source>Afgeschermde bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="90"/>
        <source>Gesproken met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="92"/>
        <source>op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="96"/>
        <source>De naam is afgeschermd. Reden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="104"/>
        <source>de afgeschermde bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="105"/>
        <source>Goedgekeurd door %1 op %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="109"/>
        <source>Dat was een eerdere versie van deze tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="118"/>
        <source>Dit staat in een document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="119"/>
        <source>Zelf gezien of gehoord door de schrijver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="122"/>
        <source>Waarop dit feit rust, is niet vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Access</name>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="16"/>
        <source>Dit dossier is alleen-lezen geopend (als reviewer): u kunt lezen en controleren, niet wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="19"/>
        <source>Dit bestand is alleen-lezen geopend; er kan niets worden gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="26"/>
        <source>Dit is een ouderexemplaar: daarin kunt u alleen lezen en reageren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="30"/>
        <source>Alleen de ouder zelf kan de tekst van een reactie veranderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="37"/>
        <source>Reageren kan alleen in het ouderexemplaar van het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="41"/>
        <source>Niet toegestaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="51"/>
        <source>Wie doet deze wijziging? Er is geen naam opgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::AnswerChoices</name>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="11"/>
        <source>Dit gebeurt nadat u uw reacties heeft verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="16"/>
        <source>Ik heb een vraag over deze notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="17"/>
        <source>De hulpverlener beantwoordt uw vraag. Het antwoord ziet u bij deze notitie en bij Mijn reacties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="28"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="57"/>
        <source>Dit klopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="29"/>
        <source>De hulpverlener ziet dat u het hiermee eens bent. De notitie blijft zoals hij is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="30"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="59"/>
        <source>Dit klopt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="31"/>
        <source>De hulpverlener kijkt opnieuw naar dit feit en laat u weten wat er mee gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="32"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="62"/>
        <source>Verbeter dit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="33"/>
        <source>U vraagt om dit feit te verbeteren. U krijgt binnen een maand antwoord. Wordt het verbeterd, dan blijft de oude tekst te lezen in de geschiedenis. Wordt het niet verbeterd, dan hoort u waarom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="36"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="52"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="66"/>
        <source>Ik wil iets aanvullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="37"/>
        <source>Wat u toevoegt, komt als uw eigen verklaring bij deze notitie in het dossier te staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="41"/>
        <source>Ik ben het hiermee eens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="42"/>
        <source>De hulpverlener ziet dat u het met deze mening eens bent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="43"/>
        <source>Ik zie het anders: mijn eigen visie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="44"/>
        <source>Een mening wordt niet veranderd. Uw eigen visie komt naast deze mening in het dossier te staan, zodat iedereen die het dossier leest ook uw kant ziet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="49"/>
        <source>Dit heeft deze persoon niet zo gezegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="50"/>
        <source>De hulpverlener vraagt na wat deze persoon echt heeft gezegd en laat u weten wat er mee gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="53"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="67"/>
        <source>Wat u toevoegt, komt bij deze notitie in het dossier te staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="58"/>
        <source>De hulpverlener ziet dat u het hiermee eens bent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="60"/>
        <source>De hulpverlener kijkt opnieuw naar deze notitie en laat u weten wat er mee gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="63"/>
        <source>U vraagt om deze notitie te verbeteren. U krijgt binnen een maand antwoord. Wordt ze verbeterd, dan blijft de oude tekst te lezen in de geschiedenis. Wordt ze niet verbeterd, dan hoort u waarom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="83"/>
        <source>Een mening wordt niet veranderd op verzoek. Kies &quot;Ik zie het anders: mijn eigen visie toevoegen&quot;; dan komt uw visie naast deze mening te staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="89"/>
        <source>Deze keuze past niet bij deze notitie. Kies een van: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::AnswerExchange</name>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="43"/>
        <source>De uitwisselingssleutel kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="50"/>
        <source>De reacties konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ExchangePayload.cpp" line="19"/>
        <source>Het antwoordbestand bevat gegevens die Inzage niet begrijpt. Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ExchangePayload.cpp" line="20"/>
        <source>Het updatebestand bevat gegevens die Inzage niet begrijpt. Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ExchangePayload.cpp" line="35"/>
        <source>Dit updatebestand is gemaakt met een nieuwere versie van Inzage (inhoud versie %1). Er is niets ingelezen; werk Inzage bij en lees het daarna opnieuw in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="140"/>
        <source>Het antwoordbestand kon niet worden ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="141"/>
        <source>Het updatebestand kon niet worden ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="151"/>
        <source>reactie %1 hoort hier bij notitie %2, in het bestand bij notitie %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="157"/>
        <source>reactie %1 is van een andere ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="168"/>
        <source>Het antwoordbestand bevat reacties op notities die in dit dossier niet (meer) bestaan (notitie %1). Er is niets ingelezen, ook de andere reacties niet; neem contact op met de professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="171"/>
        <source>Het updatebestand bevat reacties op notities die in dit dossier niet (meer) bestaan (notitie %1). Er is niets ingelezen, ook de andere reacties niet; neem contact op met de professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="235"/>
        <source>reactie %1 versie %2 staat hier anders opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="258"/>
        <source>afhandeling %1 van reactie %2 staat hier anders opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="281"/>
        <source>de verlenging van reactie %1 staat hier anders opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="318"/>
        <source>Het antwoordbestand spreekt op %n plaats(en) tegen wat hier al staat (%1). Er is niets ingelezen.</source>
        <translation>
            <numerusform>Het antwoordbestand spreekt op %n plaats tegen wat hier al staat (%1). Er is niets ingelezen.</numerusform>
            <numerusform>Het antwoordbestand spreekt op %n plaatsen tegen wat hier al staat (%1). Er is niets ingelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="321"/>
        <source>Het updatebestand spreekt op %n plaats(en) tegen wat hier al staat (%1). Er is niets ingelezen.</source>
        <translation>
            <numerusform>Het updatebestand spreekt op %n plaats tegen wat hier al staat (%1). Er is niets ingelezen.</numerusform>
            <numerusform>Het updatebestand spreekt op %n plaatsen tegen wat hier al staat (%1). Er is niets ingelezen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="347"/>
        <source>Dit antwoordbestand hoort bij een ander dossier (kenmerk %1) dan dit dossier (kenmerk %2). Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="349"/>
        <source>Dit updatebestand hoort bij een ander dossier (kenmerk %1) dan dit dossier (kenmerk %2). Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="358"/>
        <source>Dit antwoordbestand komt uit een ouderexemplaar dat niet vanuit dit dossierbestand is gemaakt (uitwisseling %1). Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="361"/>
        <source>Dit updatebestand is voor een ander ouderexemplaar van dit dossier (uitwisseling %1). Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="436"/>
        <source>Een antwoordbestand maakt u vanuit het ouderexemplaar, niet vanuit het dossier van de professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="443"/>
        <source>Dit ouderexemplaar mist zijn uitwisselingssleutel; het is beschadigd. Vraag de professional om een nieuw exemplaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="456"/>
        <source>Een antwoordbestand leest u in in het dossier van de professional, niet in een ouderexemplaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="471"/>
        <source>De ouderexemplaren konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="478"/>
        <source>Een updatebestand maakt u vanuit het dossier van de professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="485"/>
        <source>Er is nog geen ouderexemplaar gemaakt van dit dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="488"/>
        <source>Er zijn %1 ouderexemplaren gemaakt; kies voor welk exemplaar (uitwisseling): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="493"/>
        <source>Geen ouderexemplaar met uitwisseling %1 in dit dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="525"/>
        <source>Een updatebestand leest u in in het ouderexemplaar, niet in het dossier van de professional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::AnswerExtensions</name>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="43"/>
        <source>Reactie %1 is geen verzoek op grond van de AVG maar een reactie van de soort &apos;%2&apos;. Alleen de termijn van een correctieverzoek kan worden verlengd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="49"/>
        <source>De termijn van reactie %1 is al verlengd, tot %2. De AVG staat maar één verlenging toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="54"/>
        <source>Reactie %1 is al afgehandeld (%2); er is geen termijn meer om te verlengen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="60"/>
        <source>De datum van reactie %1 kan niet worden gelezen, dus ook de termijn niet. Er is niets verlengd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="64"/>
        <source>De termijn van reactie %1 is op %2 verstreken. Verlengen kan alleen binnen die termijn; beantwoord het verzoek zo snel mogelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="80"/>
        <source>Een verlenging van een termijn is onvolledig of klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="95"/>
        <source>Schrijf waarom de termijn wordt verlengd; de ouder ziet die reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="98"/>
        <source>De reden is te lang: %1 tekens, er passen er %2. Er is niets verlengd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="116"/>
        <source>De verlenging kon niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::AnswerInbox</name>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="71"/>
        <source>De reacties van ouders behandelt de professional, in het eigen dossier. Open het dossier als professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="117"/>
        <source>Reactie %1 is al afgehandeld (%2). Een nieuwe stap begint met een nieuwe reactie van de ouder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="135"/>
        <source>Notitie %1 is geen feit. Alleen een feit wordt verbeterd; bij een mening voegt u de eigen visie van de ouder toe, de mening zelf blijft staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="140"/>
        <source>Schrijf de verbeterde tekst van de notitie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="143"/>
        <source>De verbeterde tekst is gelijk aan de huidige tekst. Pas de tekst aan, of wijs het verzoek af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="146"/>
        <source>Schrijf waarom de notitie wordt verbeterd; de ouder ziet die reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="168"/>
        <source>Notitie %1 is geen mening. Een eigen visie komt naast een mening te staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="171"/>
        <source>Van wie reactie %1 is, is niet bekend. Een eigen visie staat op naam van de ouder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="174"/>
        <source>Schrijf de eigen visie van de ouder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="186"/>
        <source>Eigen visie van de ouder bij notitie %1 (reactie %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="190"/>
        <source>Uw eigen visie staat nu als notitie %1 naast de mening in het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::AnswerTravel</name>
    <message>
        <location filename="../src/core/exchange/AnswerTravel.cpp" line="81"/>
        <source>Er kon niet worden gelezen welke reacties al verstuurd zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerTravel.cpp" line="90"/>
        <source>Het logboek van het dossier kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Answers</name>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="115"/>
        <location filename="../src/core/dossier/Answers.cpp" line="130"/>
        <location filename="../src/core/dossier/Answers.cpp" line="133"/>
        <source>De notitie kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="143"/>
        <source>Uw reactie is nog leeg. Schrijf in een paar woorden wat u wilt zeggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="146"/>
        <source>Uw reactie is te lang: %1 tekens, er passen er %2. Maak hem korter of verdeel hem over meer reacties. Er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="160"/>
        <location filename="../src/core/dossier/Answers.cpp" line="209"/>
        <source>De reactie kon niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="181"/>
        <source>Een reactie is van een ouder of een kind; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="203"/>
        <source>De notitie waarop u reageert bestaat niet (meer). Uw reactie is niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="245"/>
        <source>Deze reactie is niet van u maar gedeeld door de professional; u kunt alleen uw eigen reacties veranderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="250"/>
        <location filename="../src/core/dossier/Answers.cpp" line="292"/>
        <source>De reactie kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="277"/>
        <source>Een afgewezen reactie heeft een reden nodig; de ouder ziet die reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="279"/>
        <source>Het antwoord is te lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="298"/>
        <source>De afhandeling kon niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="314"/>
        <source>De reacties konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="427"/>
        <location filename="../src/core/dossier/Answers.cpp" line="481"/>
        <source>Reactie %1 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="457"/>
        <source>Een reactie deelt u met een ouder of een kind; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="459"/>
        <source>Dit is de reactie van %1 zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="463"/>
        <source>De reactie kon niet worden gedeeld.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::AttributionAudit</name>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="103"/>
        <source>De notities konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="150"/>
        <source>Een controle leest het dossier alleen-lezen, als reviewer. Open het dossier alleen-lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="191"/>
        <source>Notitie %1 steunt op een afgeschermde bron (persoon %2) zonder wettelijke reden voor het afschermen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="199"/>
        <source>Bron %1 is niet goedgekeurd door wie er gesproken is (accordering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="202"/>
        <source>Bron %1 is goedgekeurd in een eerdere versie; de tekst is daarna veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="212"/>
        <source>Persoon %1 is afgeschermd zonder wettelijke reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="230"/>
        <source>Notitie %1 is veranderd na het definitieve rapport van %2: het rapport zegt iets anders dan het dossier nu. Zie de geschiedenis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="236"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="268"/>
        <source>Reactie %1 op notitie %2 staat nog open (%3), en de verlengde termijn van de AVG (tot %4) is voorbij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="270"/>
        <source>Reactie %1 op notitie %2 staat nog open (%3), en de termijn van de AVG (een maand, tot %4) is voorbij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="288"/>
        <source>Reactie %1 op notitie %2 is afgehandeld op %3, na de termijn van de AVG (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Audience</name>
    <message>
        <location filename="../src/core/dossier/Audience.cpp" line="38"/>
        <source>De personen konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Audience.cpp" line="59"/>
        <source>afgeschermde bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Audience.cpp" line="169"/>
        <source>zichtbaar: ja, yes, 1, zichtbaar; niet zichtbaar: nee, no, 0, verborgen, intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Audience.cpp" line="185"/>
        <source>&apos;%1&apos; zegt niet duidelijk of de ouder dit mag zien. Toegestaan: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::AuditBatch</name>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="42"/>
        <source>Het wachtwoordbestand %1 is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="61"/>
        <source>Geen wachtwoord: er staat geen %1 naast en er is geen gedeeld wachtwoordbestand gegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="111"/>
        <source>&apos;%1&apos; is geen deel: schrijf K/N, bijvoorbeeld 2/4 (het tweede van vier), met K van 1 tot en met N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="120"/>
        <source>De map %1 is niet gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="122"/>
        <source>Het deel %1/%2 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="197"/>
        <source>%1 is geen CSV van een controle van een map met dossiers (de kopregel is anders). Er is niets samengevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="220"/>
        <source>Het dossier %1 staat in meer dan een CSV (overlappende delen?). Er is niets samengevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::AuditChain</name>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="62"/>
        <source>&apos;%1&apos; is geen logboekkop: geef de %2 hexadecimale tekens (0-9, a-f) die eerder als &apos;head&apos; zijn getoond. Er is niets gecontroleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="94"/>
        <location filename="../src/core/audit/AuditChain.cpp" line="153"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="104"/>
        <source>Het logboek kon niet worden bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="137"/>
        <source>Regel %1 ontbreekt (verwijderd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="138"/>
        <source>Regel %1 staat niet op zijn plaats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="141"/>
        <source>Regel %1 sluit niet aan op de vorige regel (ingevoegd, verwijderd of van volgorde veranderd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="145"/>
        <source>Regel %1 is achteraf gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="157"/>
        <source>Het logboek is ingekort: de eerder vastgelegde laatste regel komt er niet meer in voor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::AuditPdf</name>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="14"/>
        <source>%1% (%2 van %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="38"/>
        <source>dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="47"/>
        <source>Controle van de bronvermelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="52"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="53"/>
        <source>Gecontroleerd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="54"/>
        <source>Logboek (head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="56"/>
        <source>Steekproef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="56"/>
        <source>%1 van %2 notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="57"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="60"/>
        <source>Vlaggenbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="61"/>
        <source>Vlaggen (head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="65"/>
        <source>Het dossier is alleen-lezen geopend en niet veranderd. Met de head hierboven controleert u later of het logboek nog hetzelfde is: een later ingekort of vervangen logboek heeft deze head niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="69"/>
        <source>Cijfers (%1 notities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="70"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="70"/>
        <source>Aandeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="75"/>
        <source>Gesproken met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="76"/>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="76"/>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="84"/>
        <source>&lt;b&gt;Nooit gesproken:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="89"/>
        <source>Reacties van ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="91"/>
        <source>%1 reacties op %2 notities: %3 afgehandeld, %4 open, %5 over de termijn, %6 te laat afgehandeld; mediaan %7 dagen. De termijn van de AVG is een maand, of drie na een verlenging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="102"/>
        <source>Bevindingen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="104"/>
        <source>Geen bevindingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="106"/>
        <source>Ernst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="106"/>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="116"/>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="106"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="106"/>
        <source>Bevinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="112"/>
        <source>Vlaggen van de reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="114"/>
        <source>Geen vlaggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="116"/>
        <source>Vlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="116"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="118"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="121"/>
        <source>Gesloten: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="123"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="123"/>
        <source>gesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="129"/>
        <source>Steekproef (seed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="131"/>
        <source>%1 notities, getrokken met seed %2 bij de head hierboven: dezelfde seed op hetzelfde dossier trekt dezelfde notities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="150"/>
        <source>Controle van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="151"/>
        <source>Inzage · Controle · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="152"/>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="153"/>
        <source>Logboek %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::AuditReport</name>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="40"/>
        <source>gelabeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="41"/>
        <source>bronnen met wie er gesproken is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="42"/>
        <source>bronnen met een datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="43"/>
        <source>bronnen met hoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="44"/>
        <source>bronnen goedgekeurd door de bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="45"/>
        <source>feiten met een basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="46"/>
        <source>meningen met van wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="47"/>
        <source>conclusies die op feiten rusten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="165"/>
        <source>Geef de naam van het PDF-bestand, bijvoorbeeld controle.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="172"/>
        <source>Het PDF-bestand kon niet worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::AuditSampler</name>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="60"/>
        <source>&apos;%1&apos; is geen seed: geef een heel getal vanaf 0 (ten hoogste 19 cijfers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="70"/>
        <source>&apos;%1&apos; is geen grootte voor een steekproef: geef een heel getal vanaf 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="76"/>
        <source>Past het label (%1) bij wat er staat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="79"/>
        <source>Is de basis (document of eigen waarneming) genoemd, en klopt die met het document of de waarneming?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="81"/>
        <source>Staat er geen twijfelwoord of oordeel in dat van het feit een mening maakt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="84"/>
        <source>Staat erbij met wie er gesproken is, wanneer en hoe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="85"/>
        <source>Heeft de bron goedgekeurd wat er staat (accordering), en is dat vastgelegd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="86"/>
        <source>Is een afgeschermde bron afgeschermd met een wettelijke reden, en noemt de tekst hem niet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="89"/>
        <source>Staat erbij van wie de mening is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="90"/>
        <source>Rust een conclusie op feiten die in het dossier staan en haar dragen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="93"/>
        <source>Welk label hoort erbij: feit, mening of bron?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="97"/>
        <source>Zijn de reacties van de ouders op tijd en met een antwoord afgehandeld?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="98"/>
        <source>Klopt de geschiedenis: is elke wijziging verklaard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="106"/>
        <source>Een steekproef leest het dossier alleen-lezen, als reviewer. Open het dossier alleen-lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="108"/>
        <source>Een steekproef heeft ten minste 1 notitie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="126"/>
        <source>De notities konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::CalendarExport</name>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="23"/>
        <source>Te laat: deze toezegging is nog niet nagekomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="25"/>
        <source>Is doorgegaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="27"/>
        <source>Afgezegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="29"/>
        <source>Afgezegd; er is een inhaalafspraak gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="31"/>
        <source>Nagekomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="33"/>
        <source>Niet nagekomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="131"/>
        <source>afgeschermde bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="133"/>
        <source>Met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="136"/>
        <source>Inhaalafspraak voor een afspraak die was afgezegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="140"/>
        <source>Toelichting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="142"/>
        <source>Dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="149"/>
        <source>Toezegging: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::CaseCommands</name>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="32"/>
        <source>Onbekende fase &apos;%1&apos;. Toegestaan: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="41"/>
        <source>Onbekende persoonsrol &apos;%1&apos;. Toegestaan: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="48"/>
        <source>&apos;%1&apos; is geen datum met tijd (JJJJ-MM-DDTUU:MM, bijvoorbeeld 2026-03-12T10:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="69"/>
        <source>Kantooruren horen als UU:MM-UU:MM, bijvoorbeeld 08:30-17:00 (niet &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="75"/>
        <source>Het kantoor moet later sluiten dan het opengaat (nu %1 tot %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="193"/>
        <source>Een geboortedatum kan niet in de toekomst liggen (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="265"/>
        <source>Afspraak %1 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="278"/>
        <source>Nummer %1 is een afspraak, geen toezegging: een afspraak wordt gehouden of afgezegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="280"/>
        <source>Nummer %1 is een toezegging, geen afspraak: een toezegging wordt nagekomen of niet nagekomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="335"/>
        <source>Zeg waarom de afspraak is afgezegd; de familie ziet de reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="348"/>
        <source>Een inhaalafspraak heeft een datum en tijd nodig (JJJJ-MM-DDTUU:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="362"/>
        <source>Afspraak %1 is niet afgezegd (%2), dus er is niets in te halen. Zeg haar eerst af, met de reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="383"/>
        <source>Een toezegging heeft een datum nodig waarop ze nagekomen moet zijn (JJJJ-MM-DD): zonder datum kan de familie niet zien of ze is nagekomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="423"/>
        <source>Zeg waarom de toezegging niet is nagekomen; de familie ziet de reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="285"/>
        <source>Nummer %1 staat niet meer open: het is al %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="294"/>
        <source>Een afspraak heeft een omschrijving nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="296"/>
        <source>Een afspraak heeft een datum en tijd nodig (JJJJ-MM-DDTUU:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="357"/>
        <source>Nummer %1 is een toezegging; alleen een afgezegde afspraak kan worden ingehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="359"/>
        <source>Afspraak %1 is al ingehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="380"/>
        <source>Een toezegging heeft een omschrijving nodig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::CaseFile</name>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="81"/>
        <source>Het dossier noemt een onbekende fase &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="88"/>
        <source>De dossiergegevens konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="95"/>
        <source>De kinderen konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="106"/>
        <source>Kantooruren horen als UU:MM, bijvoorbeeld 08:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="109"/>
        <source>Het kantoor moet later sluiten dan het opengaat (nu %1 tot %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="113"/>
        <source>De vervanger moet iemand anders zijn dan de contactpersoon: bij afwezigheid van de contactpersoon moet de familie een ander kunnen bereiken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="133"/>
        <source>De dossiergegevens konden niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="135"/>
        <location filename="../src/core/dossier/CaseFile.cpp" line="141"/>
        <source>De kinderen konden niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="157"/>
        <source>Een afspraak heeft een omschrijving nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="170"/>
        <location filename="../src/core/dossier/CaseFile.cpp" line="221"/>
        <source>Afspraak %1 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="173"/>
        <source>Afspraak %1 is niet afgezegd (%2) en kan dus niet worden ingehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="182"/>
        <location filename="../src/core/dossier/CaseFile.cpp" line="192"/>
        <source>De afspraak kon niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="229"/>
        <source>De afspraak kon niet worden bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="250"/>
        <source>Afspraak %1 heeft een onbekende soort of status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="261"/>
        <source>De afspraken konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ChangeHistory</name>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="58"/>
        <source>feit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="60"/>
        <source>mening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="62"/>
        <source>bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="66"/>
        <source>nog niet beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="72"/>
        <source>hulpverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="74"/>
        <source>ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="76"/>
        <source>controleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="84"/>
        <source>gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="86"/>
        <source>is doorgegaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="88"/>
        <source>afgezegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="90"/>
        <source>ingehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="92"/>
        <source>nagekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="94"/>
        <source>niet nagekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="108"/>
        <source>het label van nr. %1 veranderd van %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="112"/>
        <source>de tekst van nr. %1 veranderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="114"/>
        <source>bij nr. %1 veranderd met wie er gesproken is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="116"/>
        <source>nr. %1 verplaatst naar het onderdeel &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="119"/>
        <source>nr. %1 verborgen voor de ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="120"/>
        <source>nr. %1 zichtbaar gemaakt voor de ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="122"/>
        <source>bij nr. %1 veranderd van wie de mening is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="124"/>
        <source>bij nr. %1 aangevuld waar het op rust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="126"/>
        <source>nr. %1 bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="127"/>
        <source>heeft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="127"/>
        <source> en </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="142"/>
        <source>heeft %1 op nr. %2 beantwoord en in behandeling genomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="143"/>
        <source>heeft %1 op nr. %2 in behandeling genomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="146"/>
        <source>heeft %1 op nr. %2 beantwoord en verwerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="147"/>
        <source>heeft %1 op nr. %2 verwerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="150"/>
        <source>heeft %1 op nr. %2 afgewezen, met de reden erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="153"/>
        <source>heeft %1 op nr. %2 beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="154"/>
        <source>heeft %1 op nr. %2 als ontvangen gemarkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="186"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="469"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="487"/>
        <source>De reacties konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="197"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="443"/>
        <source>De notities konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="208"/>
        <source>persoon nr. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="210"/>
        <source>een afgeschermde bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="221"/>
        <source>Inzage (het programma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="228"/>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="229"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="235"/>
        <source>de reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="238"/>
        <source>uw reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="239"/>
        <source>een gedeelde reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="321"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="437"/>
        <source>heeft een notitie toegevoegd: nr. %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="327"/>
        <source>heeft vastgelegd dat nr. %1 niet meer in de nieuwe versie van het document staat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="330"/>
        <source>heeft vastgelegd dat de persoon die gesproken is akkoord is met nr. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="333"/>
        <source>heeft een reactie op nr. %1 vastgelegd die op papier binnenkwam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="334"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="465"/>
        <source>heeft een reactie gegeven op nr. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="336"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="463"/>
        <source>heeft de reactie op nr. %1 veranderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="343"/>
        <source>heeft de reactie op nr. %1 gedeeld met %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="345"/>
        <source>de andere ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="347"/>
        <source>heeft de termijn om op de reactie op nr. %1 te antwoorden met twee maanden verlengd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="350"/>
        <source>heeft een reactie op nr. %1 uit een antwoordbestand ingelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="352"/>
        <source>heeft de reacties in een antwoordbestand gezet, om te versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="356"/>
        <source>heeft een toezegging vastgelegd (nr. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="357"/>
        <source>heeft een afspraak vastgelegd (nr. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="360"/>
        <source>heeft bij afspraak nr. %1 vastgelegd: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="364"/>
        <source>heeft de gegevens van de zaak bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="366"/>
        <source>heeft een document ingelezen: %1 (versie %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="370"/>
        <source>heeft %1 aan het dossier toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="373"/>
        <source>heeft de gegevens van %1 bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="375"/>
        <source>heeft een persoon afgeschermd: een melder die de wet beschermt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="377"/>
        <source>heeft dit ouderexemplaar gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="380"/>
        <source>heeft een ouderexemplaar gemaakt voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="381"/>
        <source>een ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="383"/>
        <source>heeft vastgelegd welke notities in dit exemplaar staan (een controle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="385"/>
        <source>heeft een update van de hulpverlener ingelezen (%1 nieuwe en %2 veranderde notities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="390"/>
        <source>heeft het definitieve rapport gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="392"/>
        <source>heeft het concept-rapport naar de ouders gestuurd (reageren kan tot en met %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="395"/>
        <source>heeft het bestand bijgewerkt voor een nieuwere versie van Inzage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="397"/>
        <source>heeft iets veranderd dat deze versie van Inzage niet kent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="412"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="464"/>
        <source>heeft uw reactie op nr. %1 vastgelegd die op papier binnenkwam</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/audit/ChangeHistory.cpp" line="504"/>
        <source>heeft %n notities toegevoegd: nr. %1 tot en met nr. %2</source>
        <translation>
            <numerusform>heeft %n notitie toegevoegd: nr. %1 tot en met nr. %2</numerusform>
            <numerusform>heeft %n notities toegevoegd: nr. %1 tot en met nr. %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="541"/>
        <source>%1 om %2</source>
        <extracomment>a date and a time: &quot;2 december 2026 om 14:05&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Checkpoints</name>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="35"/>
        <source>controlepunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="43"/>
        <source>Dit is geen geldig controlepunt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="50"/>
        <source>het aantal regels is geen heel getal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="53"/>
        <source>de head is geen 64 hexadecimale tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="56"/>
        <source>de tijd is geen datum en tijd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="59"/>
        <source>de hash van het rapport is geen 64 hexadecimale tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="68"/>
        <source>de handtekening is geen 128 hexadecimale tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="71"/>
        <source>de regels staan er niet zoals ze ondertekend worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="92"/>
        <source>Het dossier heeft nog geen kenmerk (uid): leg eerst de dossiergegevens vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="93"/>
        <source>Het kenmerk van het dossier kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="108"/>
        <source>Een controlepunt is van het dossier van de professional, niet van een ouderexemplaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="144"/>
        <source>Het controlepunt is ondertekend met een andere sleutel (vingerafdruk %1) dan de sleutel van de organisatie (vingerafdruk %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="148"/>
        <source>De handtekening onder het controlepunt klopt niet: het controlepunt is na het ondertekenen veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="155"/>
        <source>Het controlepunt is van een ander dossier (%1) dan dit bestand (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="157"/>
        <source>Het controlepunt is van een langer logboek (%1 regels) dan dit bestand heeft (%2 regels): dit is een oudere kopie van het dossier, of het einde van het logboek is eraf gehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="169"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="174"/>
        <source>Regel %1 van het logboek is niet meer wat het controlepunt vastlegde: het logboek is vanaf daar (of eerder) vervangen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ConceptReleases</name>
    <message>
        <location filename="../src/core/report/ConceptRelease.cpp" line="15"/>
        <source>De verstuurde concepten konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ConceptRelease.cpp" line="30"/>
        <source>De ouders krijgen minstens 5 werkdagen om op het concept te reageren: kies %1 of later. Er is niets verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ConceptRelease.cpp" line="35"/>
        <source>Een reactietermijn tot %1 is langer dan drie maanden. Kies een eerdere datum. Er is niets verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ConceptRelease.cpp" line="60"/>
        <location filename="../src/core/report/ConceptRelease.cpp" line="67"/>
        <source>Het versturen van het concept kon niet worden vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Contacts</name>
    <message>
        <location filename="../src/core/dossier/Contacts.cpp" line="51"/>
        <source>Met wie er gesproken is kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::DocumentImport</name>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="29"/>
        <source>document lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="45"/>
        <source>verwijderde notities lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="57"/>
        <source>Het document heeft geen naam. Geef een naam op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="60"/>
        <source>In dit document staan geen zinnen om te importeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="64"/>
        <source>Een alinea in dit document is langer dan %1 tekens zonder zinseinde. Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="92"/>
        <source>documentversie lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="104"/>
        <source>zinnen van de vorige versie lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="109"/>
        <source>document vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="122"/>
        <source>import %1, versie %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="180"/>
        <source>documentversie vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="188"/>
        <source>herkomst van een notitie vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="197"/>
        <source>notitie als verwijderd markeren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::DocumentReader</name>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="49"/>
        <source>Het bestand %1 is %2 MB; Inzage leest zo&apos;n bestand tot %3 MB. Staan er afbeeldingen of scans in, of meer dan één rapport, sla dan een versie met alleen de tekst van dit rapport op en importeer die. Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="79"/>
        <source>Dit document is met een wachtwoord beveiligd, zodat Inzage de tekst niet kan lezen. Open het in Word en sla het op als .docx zonder wachtwoord; importeer dat bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="82"/>
        <source>Dit is een oud Word-bestand (.doc), dat Inzage niet leest. Open het in Word of LibreOffice en sla het op als .docx; importeer dat bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="93"/>
        <source>%1 is geen geldig %2: het is geen zip-pakket zoals een tekstverwerker dat opslaat. Is het hernoemd of beschadigd? Open het in de tekstverwerker, sla het op als %3 en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="96"/>
        <source>Word-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="96"/>
        <source>OpenDocument-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="106"/>
        <source>Inzage kan %1 niet lezen. Lees in: .docx, .odt, .txt of .md (of het eigen .tsv-formaat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="113"/>
        <source>In %1 staat geen tekst om te importeren (alleen koppen, afbeeldingen of verborgen tekst?). Controleer of u het goede bestand koos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::DocxReader</name>
    <message>
        <location filename="../src/core/exchange/DocxReader.cpp" line="266"/>
        <source>Word-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocxReader.cpp" line="272"/>
        <source>Dit Word-bestand is met een wachtwoord beveiligd. Open het in Word en sla het op als .docx zonder wachtwoord; importeer dat bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocxReader.cpp" line="279"/>
        <source>Dit bestand is een zip-pakket maar geen Word-document (word/document.xml ontbreekt). Sla het in de tekstverwerker op als .docx en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocxReader.cpp" line="292"/>
        <source>De tekst in dit Word-bestand is beschadigd (%1). Open het in Word, sla het opnieuw op als .docx en probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::DossierExport</name>
    <message>
        <location filename="../src/core/exchange/DossierExport.cpp" line="64"/>
        <source>Het exportbestand kon niet worden geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DossierExport.cpp" line="94"/>
        <source>Het dossier kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::DossierPaper</name>
    <message>
        <location filename="../src/core/report/DossierPaper.cpp" line="92"/>
        <source>Geef de naam van het PDF-bestand, bijvoorbeeld mijn-dossier.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/DossierPaper.cpp" line="102"/>
        <source>Het PDF-bestand kon niet worden geschreven in %1: %2. Er is geen (half) bestand achtergelaten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Entries</name>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="90"/>
        <source>Een notitie zonder tekst kan niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="92"/>
        <source>De tekst is te lang (meer dan %1 tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="98"/>
        <source>Een feit heeft een basis nodig: een eigen waarneming (wanneer, waar) of een document (welk, van wanneer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="102"/>
        <source>Zeg bij de basis van het feit welk document het is (en van wanneer), of wanneer en waar het is waargenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="108"/>
        <source>Bij een bron hoort met wie er gesproken is (naam of rol), wanneer en hoe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="126"/>
        <source>De onderbouwing kon niet worden gecontroleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="129"/>
        <source>Een mening kan alleen rusten op bestaande feiten; notitie %1 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="133"/>
        <source>Notitie %1 is geen feit (maar: %2); een mening kan alleen op feiten rusten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="149"/>
        <source>Notitie %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="284"/>
        <source>Met wie er gesproken is kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="290"/>
        <source>De onderbouwing kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="301"/>
        <source>Een goedkeuring heeft een onbekende manier &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="316"/>
        <source>De goedkeuringen konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="340"/>
        <location filename="../src/core/dossier/Entries.cpp" line="346"/>
        <source>Notitie %1 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="342"/>
        <source>De notitie kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="373"/>
        <location filename="../src/core/dossier/Entries.cpp" line="383"/>
        <location filename="../src/core/dossier/EntryQuery.cpp" line="16"/>
        <source>De notities konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="412"/>
        <location filename="../src/core/dossier/Entries.cpp" line="425"/>
        <source>Tellen lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="451"/>
        <location filename="../src/core/dossier/Entries.cpp" line="470"/>
        <source>De geschiedenis kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="503"/>
        <source>De onderdelen konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::EntryCheck</name>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="57"/>
        <location filename="../src/core/audit/EntryCheck.cpp" line="79"/>
        <source>De notities konden niet worden gecontroleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="134"/>
        <source>de tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="135"/>
        <source>het label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="136"/>
        <source>het onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="137"/>
        <source>met wie er gesproken is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="138"/>
        <source>of de ouder de notitie ziet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="139"/>
        <source>het versienummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="150"/>
        <source>de beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="158"/>
        <source>Notitie %1 heeft geen huidige versie meer: die is verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="160"/>
        <source>Notitie %1 toont een versie van een andere notitie (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="164"/>
        <source>Notitie %1 toont versie %2, maar er is een nieuwere versie %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="169"/>
        <source>Van notitie %1 ontbreken eerdere versies: er zijn er %2, de laatste is versie %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="174"/>
        <source>Bij notitie %1 staat in de lijst het label %2, in de notitie zelf %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="178"/>
        <source>Bij notitie %1 staat in de lijst het onderdeel &quot;%2&quot;, in de notitie zelf &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="182"/>
        <source>Bij notitie %1 zegt de lijst iets anders over of de ouder de notitie ziet dan de notitie zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="203"/>
        <location filename="../src/core/audit/EntryCheck.cpp" line="210"/>
        <location filename="../src/core/audit/EntryCheck.cpp" line="223"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="247"/>
        <source>Notitie %1 staat niet in het logboek: ze is buiten Inzage om toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="253"/>
        <source>Notitie %1 is buiten Inzage om veranderd: %2 klopt niet met wat het logboek vastlegde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="269"/>
        <source>Notitie %1 staat in het logboek, maar ontbreekt in het dossier: ze is verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="299"/>
        <source>geen vingerafdruk van de notities in dit ouderexemplaar (gemaakt met een oudere versie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="307"/>
        <source>Dit ouderexemplaar heeft nu %1 notities, bij het maken waren het er %2: er is iets buiten Inzage om veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="312"/>
        <source>De notities in dit ouderexemplaar zijn buiten Inzage om veranderd sinds het werd gemaakt (de vingerafdruk klopt niet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::EntryCommands</name>
    <message>
        <location filename="../src/core/dossier/EntryCommands.cpp" line="21"/>
        <source>De basis van een feit schrijft u als &apos;document: welk document, van wanneer&apos; of &apos;waarneming: wanneer en waar&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryCommands.cpp" line="29"/>
        <source>Zeg bij de basis welk document het is (en van wanneer), of wanneer en waar het is waargenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryCommands.cpp" line="39"/>
        <source>Onbekend label &apos;%1&apos;. Toegestaan: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryCommands.cpp" line="50"/>
        <source>Onbekende manier &apos;%1&apos;. Toegestaan: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryCommands.cpp" line="63"/>
        <source>&apos;%1&apos; is geen datum (JJJJ-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::EntryWriter</name>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="38"/>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="59"/>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="112"/>
        <source>De notitie kon niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="64"/>
        <source>Notitie %1 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="90"/>
        <source>De telling per label kon niet worden bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="94"/>
        <source>De telling per label ontbreekt voor %1: het dossier is buiten Inzage om veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="120"/>
        <source>Met wie er gesproken is kon niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="126"/>
        <source>De onderbouwing kon niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="137"/>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="142"/>
        <source>Zoekindex bijwerken lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ExtensionCheck</name>
    <message>
        <location filename="../src/core/audit/ExtensionCheck.cpp" line="12"/>
        <source>De verlengingen van termijnen konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ExtensionCheck.cpp" line="36"/>
        <source>De verlenging van de termijn van reactie %1 staat niet in het logboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ExtensionCheck.cpp" line="40"/>
        <source>De verlenging van de termijn van reactie %1 is anders dan het logboek vastlegde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ExtensionCheck.cpp" line="50"/>
        <source>Het logboek legde een verlenging van een termijn vast die in het dossier ontbreekt (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::FileLock</name>
    <message>
        <location filename="../src/core/vault/FileLock.cpp" line="24"/>
        <source>Het dossier is nu in gebruik bij een ander programma dat het wachtwoord wijzigt. Wacht even en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/FileLock.cpp" line="31"/>
        <source>Het dossier %1 kon niet worden geopend: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/FileLock.cpp" line="37"/>
        <source>Het dossier kon niet worden vergrendeld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/FileLock.cpp" line="139"/>
        <source>Het dossier is nog geopend in een ander programma. Sluit dat eerst en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::HintEvaluator</name>
    <message>
        <location filename="../src/core/text/HintEvaluation.cpp" line="17"/>
        <source>Het bestand is leeg: er hoort een kopregel met label en text in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/HintEvaluation.cpp" line="28"/>
        <source>De kopregel mist de kolom label of text (gevonden: %1). Gebruik tabs tussen de kolommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/HintEvaluation.cpp" line="37"/>
        <source>Regel %1 heeft %2 kolommen; de kopregel heeft er %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/HintEvaluation.cpp" line="44"/>
        <source>Regel %1: onbekend label &apos;%2&apos;. Toegestaan: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/HintEvaluation.cpp" line="55"/>
        <source>Het bestand heeft een kopregel maar geen regels om te meten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::InputFile</name>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="17"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="18"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="29"/>
        <source>Het bestand %1 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="30"/>
        <location filename="../src/core/vault/InputFile.cpp" line="77"/>
        <source>Het bestand %1 kan niet worden gelezen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="37"/>
        <source>%1 is geen gewoon bestand (maar bijvoorbeeld een map, een apparaat of een pijp). Inzage leest alleen gewone bestanden; geef het pad van een bestand. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="54"/>
        <source>Het bestand %1 is groter dan Inzage zo&apos;n bestand leest (ten hoogste %2). Controleer of u het goede bestand hebt gekozen. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::JsonExport</name>
    <message>
        <location filename="../src/core/exchange/JsonExport.cpp" line="190"/>
        <source>De export is geen geldig JSON-document: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Kdf</name>
    <message>
        <location filename="../src/core/vault/Kdf.cpp" line="21"/>
        <source>Het aantal rekenrondes voor de sleutel moet een heel getal van %1 tot en met %2 zijn, niet &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Kdf.cpp" line="36"/>
        <source>Het geheugen voor de sleutel (in MiB) moet een macht van twee zijn van 0.0078125 (8 KiB) tot en met %1, niet &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Kdf.cpp" line="47"/>
        <source>De sleutelinstellingen in het bestand kloppen niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Kdf.cpp" line="54"/>
        <source>Niet genoeg geheugen om de sleutel af te leiden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::KeyedLines</name>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="47"/>
        <source>Dit is geen geldig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="50"/>
        <source>het bevat tekens die er niet in horen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="52"/>
        <source>de laatste regel is niet af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="56"/>
        <location filename="../src/core/audit/KeyedLines.cpp" line="60"/>
        <source>de eerste regel hoort &apos;%1 %2&apos; te zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="63"/>
        <source>Dit %1 is gemaakt door een nieuwere versie van Inzage (versie %2). Werk Inzage bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="74"/>
        <source>regel %1 (&apos;%2&apos;) hoort er niet (of niet daar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="81"/>
        <source>de regel &apos;%1&apos; ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::LabelHints</name>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="195"/>
        <location filename="../src/core/text/LabelHints.cpp" line="226"/>
        <source>oordeel van de schrijver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="217"/>
        <source>beslissing van de rechter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="223"/>
        <source>vaststelling of stuk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="227"/>
        <source>bevat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="232"/>
        <source>handeling van de schrijver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="152"/>
        <location filename="../src/core/text/LabelHints.cpp" line="233"/>
        <source>weergave van wat iemand zei: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="240"/>
        <source>mening van een ander, weergegeven: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="248"/>
        <source>van horen zeggen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="250"/>
        <source>beschrijft het contact zelf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="254"/>
        <source>eigen waarneming: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="206"/>
        <location filename="../src/core/text/LabelHints.cpp" line="273"/>
        <location filename="../src/core/text/LabelHints.cpp" line="304"/>
        <source>na de aankondiging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="207"/>
        <location filename="../src/core/text/LabelHints.cpp" line="289"/>
        <location filename="../src/core/text/LabelHints.cpp" line="295"/>
        <location filename="../src/core/text/LabelHints.cpp" line="306"/>
        <source>onder het kopje %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="279"/>
        <source>twijfelwoord %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="281"/>
        <source>waardeoordeel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="298"/>
        <source>concluderend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="266"/>
        <source>datum en handeling, geen oordeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="286"/>
        <source>noemt een document of stuk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="293"/>
        <location filename="../src/core/text/LabelHints.cpp" line="300"/>
        <source>datum, geen oordeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="302"/>
        <location filename="../src/core/text/LabelHints.cpp" line="307"/>
        <source>geen oordeel en geen weergave van wat iemand zei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="334"/>
        <source>geen woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="337"/>
        <source>een kopje, geen zin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::LabelSession</name>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="79"/>
        <source>Er is geen notitie %1 in dit dossier (het heeft er %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="111"/>
        <source>Er is geen notitie %1 in dit dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="118"/>
        <location filename="../src/core/dossier/LabelSession.cpp" line="174"/>
        <location filename="../src/core/dossier/LabelSession.cpp" line="232"/>
        <source>Dit dossier heeft nog geen notities om te labelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="211"/>
        <source>label: %1 (labelen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="236"/>
        <source>Voor deze notitie is er geen suggestie. Kies zelf: 1 feit, 2 mening, 3 bron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="243"/>
        <source>Er is niets meer om ongedaan te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="252"/>
        <source>Notitie %1 is na uw label nog gewijzigd; ongedaan maken zou die wijziging terugdraaien. Bekijk de geschiedenis van de notitie en label haar opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="262"/>
        <source>label ongedaan gemaakt: terug naar %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Migrations</name>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="31"/>
        <source>Het dossier kon niet worden voorbereid op het bijwerken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="45"/>
        <source>Na het bijwerken konden de verwijzingen niet weer worden bewaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="63"/>
        <source>De verwijzingen in het dossier konden niet worden gecontroleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="65"/>
        <source>tabel %1, rij %2, verwijst naar een ontbrekende rij in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="80"/>
        <source>Bijwerken van het dossier naar schema %1 (%2) lukte niet; het dossier is ongewijzigd gebleven op schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="90"/>
        <source>Versie bijwerken lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="98"/>
        <source>Bijwerken van het dossier naar schema %1 (%2) is geweigerd: %3. Het dossier is ongewijzigd gebleven op schema %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="134"/>
        <source>Het dossier kan niet worden bijgewerkt midden in een andere wijziging.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::NewFile</name>
    <message>
        <location filename="../src/core/vault/NewFile.cpp" line="23"/>
        <source>Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/NewFile.cpp" line="44"/>
        <source>In de map van %1 kan geen bestand worden gemaakt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/NewFile.cpp" line="47"/>
        <source>In de map van %1 kan geen tijdelijk bestand worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/NewFile.cpp" line="75"/>
        <source>Het bestand %1 kon niet op zijn plaats worden gezet: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::NewSinceVisit</name>
    <message>
        <location filename="../src/core/exchange/NewSinceVisit.cpp" line="12"/>
        <location filename="../src/core/exchange/NewSinceVisit.cpp" line="33"/>
        <source>Er kon niet worden gelezen wat er nieuw is in uw dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::NewVault</name>
    <message>
        <location filename="../src/core/vault/NewVault.cpp" line="36"/>
        <source>In de map van %1 kan geen tijdelijk bestand worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/NewVault.cpp" line="42"/>
        <source>Er is geen nieuw dossier om af te ronden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/NewVault.cpp" line="47"/>
        <source>Het nieuwe dossier %1 kon niet worden afgerond.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::OdtReader</name>
    <message>
        <location filename="../src/core/exchange/OdtReader.cpp" line="179"/>
        <source>OpenDocument-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/OdtReader.cpp" line="187"/>
        <source>Dit OpenDocument-bestand is met een wachtwoord beveiligd. Open het, sla het op als .odt zonder wachtwoord en importeer dat bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/OdtReader.cpp" line="195"/>
        <source>Dit bestand is een zip-pakket maar geen OpenDocument-tekst (content.xml ontbreekt). Sla het in de tekstverwerker op als .odt en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/OdtReader.cpp" line="208"/>
        <source>De tekst in dit OpenDocument-bestand is beschadigd (%1). Open het, sla het opnieuw op als .odt en probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::OpenMemory</name>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="81"/>
        <location filename="../src/core/vault/OpenMemory.cpp" line="95"/>
        <source>De wijzigingen in het dossier konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="163"/>
        <source>Inzage kon niet onthouden hoe dit dossier eruitzag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="215"/>
        <source>Werk er niet in verder voordat u weet waarom. Misschien is een oude kopie teruggezet, of is er werk verloren gegaan. Zoek de nieuwste versie van het bestand. Heeft u het bestand van iemand gekregen? Vraag dan om een nieuw exemplaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="287"/>
        <source>Inzage kan niet nagaan of dit bestand ouder is dan de vorige keer dat u het opende. Wat deze computer daarover onthield, is beschadigd of veranderd. Inzage vertrouwt dat niet en onthoudt vanaf nu hoe het bestand er nu uitziet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="294"/>
        <source>Dit bestand is ouder dan de vorige keer dat u het opende op deze computer. Toen had het %1 wijzigingen, nu %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="306"/>
        <source>Dit bestand is ouder dan de vorige keer dat u het opende op deze computer, of een ander exemplaar: wijziging %1 is niet meer dezelfde als toen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::OrgKey</name>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="32"/>
        <source>sleutelbestand van de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="59"/>
        <source>&apos;%1&apos; is geen publieke sleutel: die bestaat uit %2 hexadecimale tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="71"/>
        <source>publiek sleutelbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="80"/>
        <source>De vingerafdruk in het publieke sleutelbestand hoort niet bij de sleutel erin: het bestand is veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="99"/>
        <source>Er kon geen sleutel worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="119"/>
        <source>Een leeg wachtwoord is niet toegestaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="167"/>
        <source>De sleutelinstellingen (kdf) in %1 kloppen niet; Inzage gebruikt ze niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="172"/>
        <source>Het geheime deel van %1 is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="183"/>
        <source>Het wachtwoord van de sleutel %1 klopt niet (of het bestand is veranderd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="190"/>
        <source>De publieke sleutel in %1 hoort niet bij de geheime: het bestand is veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::PaperPdf</name>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="17"/>
        <source>Feit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="19"/>
        <source>Mening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="21"/>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="25"/>
        <source>Nog niet beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="40"/>
        <source>Reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="40"/>
        <source>Uw reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="41"/>
        <source>Reactie van %1, met u gedeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="42"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="43"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="45"/>
        <source>&lt;b&gt;Antwoord van de hulpverlener&lt;/b&gt; (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="54"/>
        <source>&lt;b&gt;Gesproken met:&lt;/b&gt; niet vastgelegd bij deze notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="68"/>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="113"/>
        <source>Mijn reacties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="68"/>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="113"/>
        <source>Mijn dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="74"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="75"/>
        <source>Dossiernummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="76"/>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="77"/>
        <source>Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="78"/>
        <source>Gemaakt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="82"/>
        <source>Hier staan al uw reacties, bij de notitie waar ze bij horen, met wat ermee gebeurd is en het antwoord van de hulpverlener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="84"/>
        <source>Dit is uw dossier zoals het in Inzage staat. Bij elke notitie staat wat voor tekst het is: &lt;b&gt;◆ Feit&lt;/b&gt; (iets wat te controleren is), &lt;b&gt;❝ Bron&lt;/b&gt; (wat iemand vertelde, en met wie er is gesproken), &lt;b&gt;⚖ Mening&lt;/b&gt; (een oordeel, en van wie het is) of &lt;b&gt;? Nog niet beoordeeld&lt;/b&gt;. Onder een notitie staan uw reacties, wat ermee gebeurd is en het antwoord van de hulpverlener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="91"/>
        <source>Ontbreken er nummers? Dan zijn dat notities die niet in uw exemplaar staan. Een afgeschermde bron is iemand die de wet beschermt: zijn of haar naam staat er niet in, de reden wel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="97"/>
        <source>Zonder kopje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="105"/>
        <source>U heeft nog op geen enkele notitie gereageerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="106"/>
        <source>Er staan nog geen notities in dit dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="119"/>
        <source>voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="120"/>
        <source>Gemaakt op %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ParentCopies</name>
    <message>
        <location filename="../src/core/exchange/ParentCopies.cpp" line="29"/>
        <source>De ouderexemplaren konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopies.cpp" line="39"/>
        <source>Ouderexemplaren worden gemaakt vanuit het eigen dossier van de professional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ParentCopy</name>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="29"/>
        <source>Het ouderexemplaar kon niet worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="241"/>
        <source>Er staat geen ouder in dit dossier. Voeg eerst de ouder toe (rol ouder) en maak dan het ouderexemplaar voor hem of haar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="244"/>
        <source>Voor wie is dit ouderexemplaar? Er zijn %1 ouders: %2. Een exemplaar is voor één persoon: kies voor wie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="260"/>
        <source>Een ouderexemplaar is voor een ouder of voor een kind vanaf 12 jaar; %1 staat in het dossier als %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="266"/>
        <source>%1 is een afgeschermde bron; voor een afgeschermde bron wordt geen ouderexemplaar gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="276"/>
        <source>%1 is jonger dan 12 jaar; een kind krijgt een eigen exemplaar vanaf 12 jaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="291"/>
        <source>Dit is al een ouderexemplaar. Een ouderexemplaar maakt u vanuit het dossier van de professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="297"/>
        <source>Het ouderexemplaar kan niet over het dossier zelf heen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="303"/>
        <source>Kies voor het ouderexemplaar een ander wachtwoord dan dat van het dossier zelf. Er is niets gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Persons</name>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="51"/>
        <source>De personen konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="69"/>
        <location filename="../src/core/dossier/Persons.cpp" line="172"/>
        <source>Een persoon heeft een naam of rol nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="72"/>
        <location filename="../src/core/dossier/Persons.cpp" line="209"/>
        <source>Een afgeschermde bron heeft een wettelijke reden nodig; die ziet de familie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="83"/>
        <location filename="../src/core/dossier/Persons.cpp" line="189"/>
        <source>De persoon kon niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="86"/>
        <location filename="../src/core/dossier/Persons.cpp" line="192"/>
        <source>%1 (%2) staat er al in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="108"/>
        <source>Er is geen naam of #nummer van een persoon opgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="114"/>
        <source>&apos;%1&apos; is geen geldig nummer van een persoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="121"/>
        <location filename="../src/core/dossier/Persons.cpp" line="146"/>
        <source>%1 staat al in het dossier en is niet afgeschermd. Afschermen van een bestaande persoon is een aparte stap. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="138"/>
        <source>Er zijn %1 personen met de naam &apos;%2&apos;. Zeg welke met de rol of met het nummer (#id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="155"/>
        <source>Niemand met de naam &apos;%1&apos; in dit dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="220"/>
        <source>De persoon kon niet worden afgeschermd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="241"/>
        <source>Persoon %1 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::PlainTextReader</name>
    <message>
        <location filename="../src/core/exchange/PlainTextReader.cpp" line="60"/>
        <source>Dit tekstbestand begint als UTF-16 maar is beschadigd. Sla het op als UTF-8 en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/PlainTextReader.cpp" line="62"/>
        <source>gelezen als UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/PlainTextReader.cpp" line="67"/>
        <source>Dit tekstbestand bevat NUL-tekens: het is waarschijnlijk UTF-16 zonder kenmerk, of geen tekst. Sla het in de tekstverwerker op als tekst in UTF-8 en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/PlainTextReader.cpp" line="74"/>
        <source>geen UTF-8: gelezen als Windows-1252; controleer letters als ë en é</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::PlainWords</name>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="8"/>
        <source>Afgeschermde bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="9"/>
        <source>Iemand die informatie heeft gegeven, maar van wie de naam niet in uw dossier staat. Dat mag alleen met een reden, bijvoorbeeld om die persoon te beschermen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="11"/>
        <source>U ziet wel wat er is gezegd, maar niet door wie. U kunt op wat er staat reageren zoals op elke andere notitie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="19"/>
        <source>Feit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="20"/>
        <source>Iets wat is gebeurd of wat je kunt nagaan: een datum, een afspraak, wat er in een brief staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="21"/>
        <source>Klopt een feit niet? Dan kunt u vragen om het te verbeteren. De hulpverlener moet daar binnen een maand op antwoorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="24"/>
        <source>Mening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="25"/>
        <source>Wat een hulpverlener ergens van vindt: een oordeel, een zorg of een advies. Bij elke mening staat van wie die mening is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="27"/>
        <source>Een mening wordt niet veranderd omdat u het er niet mee eens bent. U kunt wel uw eigen visie ernaast laten zetten. Die leest iedereen die het dossier leest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="30"/>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="31"/>
        <source>Wat iemand anders heeft verteld, bijvoorbeeld school, de huisarts of de buren. Er staat bij met wie er is gesproken, wanneer en hoe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="33"/>
        <source>Heeft die persoon het niet zo gezegd? Dan kunt u dat laten weten. De hulpverlener vraagt het dan na.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="38"/>
        <source>Nog niet beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="39"/>
        <source>De hulpverlener heeft nog niet aangegeven of dit een feit, een mening of een bron is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="40"/>
        <source>Lees het met extra aandacht. U kunt er gewoon op reageren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="46"/>
        <source>Concept-rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="47"/>
        <source>Een rapport dat nog niet af is. U mag het lezen voordat het wordt verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="48"/>
        <source>Dit is het moment om te reageren: wat u nu zegt, kan nog in het rapport komen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="49"/>
        <source>GI (gecertificeerde instelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="50"/>
        <source>De organisatie die de jeugdbescherming uitvoert, bijvoorbeeld SAVE. Uw jeugdbeschermer werkt daar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="52"/>
        <source>De GI maakt met u afspraken en houdt zich aan wat de kinderrechter heeft besloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="53"/>
        <source>Maatregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="54"/>
        <source>Een beslissing van de kinderrechter over uw kind, zoals een ondertoezichtstelling of een uithuisplaatsing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="56"/>
        <source>Een maatregel geldt voor een bepaalde tijd. U mag daarover uw mening geven aan de kinderrechter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="57"/>
        <source>OTS (ondertoezichtstelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="58"/>
        <source>De kinderrechter besluit dat een jeugdbeschermer met u meekijkt en helpt bij de opvoeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="59"/>
        <source>U blijft de ouder en houdt het gezag. De jeugdbeschermer kan wel afspraken met u maken die u moet nakomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="61"/>
        <source>Raad voor de Kinderbescherming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="62"/>
        <source>Een organisatie die onderzoekt of een kind veilig opgroeit, en de kinderrechter advies geeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="63"/>
        <source>De Raad spreekt met u en met anderen. In het rapport moet staan met wie er is gesproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="64"/>
        <source>Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="65"/>
        <source>De organisatie waar mensen zorgen over huiselijk geweld of kindermishandeling kunnen melden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="66"/>
        <source>Veilig Thuis onderzoekt een melding en spreekt daarover ook met u.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="72"/>
        <source>De nummers lopen niet altijd door (nr. 4, nr. 7). Dat komt doordat uw dossier alleen de notities laat zien die voor u zijn. De andere zijn niet voor u bedoeld, bijvoorbeeld omdat ze over iemand anders gaan. Er is niets kwijt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ReportCheck</name>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="79"/>
        <source>Notitie %1 is nog niet beoordeeld: label haar als feit, mening of bron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="84"/>
        <source>Notitie %1 is een bron, maar zegt niet met wie er is gesproken (naam of rol, wanneer, hoe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="91"/>
        <source>Notitie %1 is een feit zonder basis: zeg welk document (van wanneer) of welke eigen waarneming (wanneer, waar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="98"/>
        <source>Notitie %1 is een mening, maar niet van wie: noem wiens mening het is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="118"/>
        <source>Reactie %1 van de ouder op notitie %2 is nog niet afgehandeld (%3): verwerk haar, of wijs haar af met een reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="130"/>
        <source>De %1 is gemarkeerd als onderdeel &apos;%2&apos;, maar er staat geen notitie in dat onderdeel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="133"/>
        <source>Het rapport heeft geen %1: markeer het onderdeel dat het is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="136"/>
        <source>Bijvoorbeeld een onderdeel &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="137"/>
        <source>Is het &apos;%1&apos;? Markeer dat onderdeel dan als %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="147"/>
        <source>Het rapport zegt nergens dat er met het kind is gesproken (een persoon met rol kind bij &apos;gesproken met&apos;), en ook niet waarom niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="156"/>
        <source>Het concept is op %1 naar de ouders gestuurd; zij kunnen reageren tot en met %2. Het definitieve rapport kan vanaf de dag daarna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="140"/>
        <source>probleemanalyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="141"/>
        <source>Analyse zorgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="142"/>
        <source>analyse van krachten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="143"/>
        <source>Analyse krachten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ReportDocument</name>
    <message>
        <location filename="../src/core/report/ReportDocument.cpp" line="116"/>
        <source>ja, op %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportDocument.cpp" line="117"/>
        <source>op %1 (%2), van een eerdere tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportDocument.cpp" line="147"/>
        <source>Een rapport wordt gemaakt uit het dossier van de professional, niet uit een ouderexemplaar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ReportMaker</name>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="47"/>
        <source>de schijf is vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="50"/>
        <source>er mag in deze map niet worden geschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="52"/>
        <source>deze map is alleen-lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="66"/>
        <source>Geef de naam van het rapportbestand, bijvoorbeeld rapport.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="69"/>
        <location filename="../src/core/report/ReportMaker.cpp" line="156"/>
        <source>%1 bestaat al. Inzage overschrijft nooit een bestand: kies een andere naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="73"/>
        <source>De map %1 bestaat niet. Maak haar eerst, of kies een andere map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="76"/>
        <source>Een rapport wordt gemaakt uit het dossier van de professional, niet uit een ouderexemplaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="94"/>
        <source>Het definitieve rapport kan nog niet worden gemaakt: %1 punten staan nog open. Los ze op (zie de controle van het rapport), of maak een concept.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="107"/>
        <source>Het rapport kon niet worden geschreven in %1: %2. Er is geen (half) bestand achtergelaten en in het dossier is niets veranderd. Maak ruimte vrij of kies een andere map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ReportPdf</name>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="16"/>
        <source>Definitief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="16"/>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="23"/>
        <source>Feiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="25"/>
        <source>Bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="27"/>
        <source>Meningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="29"/>
        <source>Nog niet beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="42"/>
        <source>in een gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="44"/>
        <source>telefonisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="46"/>
        <source>bij een huisbezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="48"/>
        <source>schriftelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="50"/>
        <source>hoe is niet vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="59"/>
        <source>Klopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="61"/>
        <source>Klopt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="63"/>
        <source>Aanvulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="65"/>
        <source>Verzoek om correctie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="67"/>
        <source>Vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="76"/>
        <source>verstuurd, nog niet behandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="78"/>
        <source>in behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="80"/>
        <source>verwerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="82"/>
        <source>afgewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="91"/>
        <source>een afgeschermde bron — reden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="99"/>
        <source>afgeschermd voor de familie, reden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="115"/>
        <source>Datum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="117"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="118"/>
        <source>eigen waarneming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="119"/>
        <source>ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="121"/>
        <source>&lt;b&gt;Basis:&lt;/b&gt; %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="125"/>
        <source>een afgeschermde bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="126"/>
        <source>de schrijver van het rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="128"/>
        <source>&lt;b&gt;Mening van:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="133"/>
        <source>&lt;b&gt;Rust op de feiten:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="138"/>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="52"/>
        <source>datum niet vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="139"/>
        <source>niet vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="141"/>
        <source>&lt;b&gt;Gezegd door:&lt;/b&gt; %1 · %2 · %3 · akkoord van de bron: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="142"/>
        <source>&lt;b&gt;Gesproken met:&lt;/b&gt; %1 · %2 · %3 · akkoord van de bron: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="147"/>
        <source>&lt;b&gt;Gezegd door:&lt;/b&gt; niet vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="149"/>
        <source>&lt;i&gt;Interne notitie: niet zichtbaar in het exemplaar van de ouders.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="36"/>
        <source>Gesproken met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="38"/>
        <source>Met wie er voor dit rapport is gesproken, wanneer en hoe. Gezinsleden met wie niet is gesproken staan er ook in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="45"/>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="45"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="45"/>
        <source>Gesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="46"/>
        <source>Wanneer en hoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="54"/>
        <source>ja, in 1 notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="55"/>
        <source>ja, in %1 notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="56"/>
        <source>niet gesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="64"/>
        <source>Waarom er niet met het kind is gesproken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="72"/>
        <source>Bijlage: reacties van ouders en antwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="74"/>
        <source>Er zijn geen reacties van ouders op dit dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="76"/>
        <source>een ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="78"/>
        <source>Reactie %1 op notitie #%2 — %3, van %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="83"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="85"/>
        <source>&lt;b&gt;Antwoord van de professional&lt;/b&gt; (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="98"/>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="157"/>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="98"/>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="157"/>
        <source>Rapport: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="104"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="105"/>
        <source>Zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="106"/>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="107"/>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="108"/>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="109"/>
        <source>Vervanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="110"/>
        <source>Gemaakt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="119"/>
        <source>Zonder kopje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="135"/>
        <source>Verantwoording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="137"/>
        <source>Logboek (audit-keten) bij het maken van dit rapport, regel %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="139"/>
        <source>Inhoudshash (SHA-256) van dit rapport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="141"/>
        <source>De inhoudshash gaat over alles wat dit rapport zegt (gegevens van de zaak, elke notitie met label, basis, bron en mening, de tabel Gesproken met, de reacties en de stand van het logboek), niet over de datum of de opmaak van dit bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="149"/>
        <source>Dit is een concept: het is niet vastgelegd in het logboek en kan nog veranderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="227"/>
        <source>Het PDF-bestand kon niet worden begonnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="161"/>
        <source>DEFINITIEF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="161"/>
        <source>CONCEPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="158"/>
        <source>Inzage-rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="113"/>
        <source>Elke zin in dit rapport staat onder één van drie kopjes: &lt;b&gt;◆ Feiten&lt;/b&gt; (controleerbaar: eigen waarneming of een document), &lt;b&gt;❝ Bronnen&lt;/b&gt; (wat iemand vertelde, met wie, wanneer en hoe) en &lt;b&gt;⚖ Meningen&lt;/b&gt; (een oordeel, met van wie het is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="146"/>
        <source>Dit definitieve rapport is vastgelegd in het logboek. Of een bestand dit rapport is, zegt de controle van het dossier met dat bestand: die vergelijkt het bestand byte voor byte met wat het logboek vastlegde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="162"/>
        <source>Definitief rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="162"/>
        <source>Concept — nog niet definitief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="234"/>
        <source>Een nieuwe pagina in het PDF-bestand lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="251"/>
        <source>pagina %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="264"/>
        <source>Het PDF-bestand kon niet worden afgemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ReportRecords</name>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="56"/>
        <source>Regel %1 van het logboek zegt dat er een definitief rapport is gemaakt, maar is onleesbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="63"/>
        <location filename="../src/core/audit/ReportRecords.cpp" line="115"/>
        <source>De rapporten in het logboek konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="86"/>
        <source>Regel %1 legt een definitief rapport vast, maar is onleesbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="90"/>
        <source>Regel %1 legt een rapport vast dat gemaakt zou zijn op een latere stand van het logboek (regel %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="106"/>
        <location filename="../src/core/audit/ReportRecords.cpp" line="137"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="109"/>
        <source>Regel %1 legt een rapport vast op logboekregel %2, maar die regel heeft niet de vastgelegde stand (het logboek is veranderd, of de regel is vervalst).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ReviewerFlags</name>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="111"/>
        <source>Het vlaggenbestand %1 kon niet worden geschreven: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="179"/>
        <source>Een leeg wachtwoord is niet toegestaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="199"/>
        <source>vlaggenbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="202"/>
        <source>%1 is geen vlaggenbestand van Inzage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="215"/>
        <source>Het vlaggenbestand %1 hoort bij een ander dossier (%2), niet bij dit (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="227"/>
        <source>De kop van het vlaggenbestand %1 is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="234"/>
        <source>Het wachtwoord van het vlaggenbestand %1 klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="239"/>
        <source>Het vlaggenbestand %1 is veranderd: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="242"/>
        <source>het is ingekort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="250"/>
        <source>de inhoud klopt niet meer met de verzegeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="255"/>
        <source>de inhoud is geen lijst van vlaggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="259"/>
        <source>de inhoud hoort niet bij de kop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="265"/>
        <source>gebeurtenis %1 sluit niet aan of is achteraf gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="292"/>
        <source>Een vlag opent en sluit alleen met een notitie; die is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="295"/>
        <source>De notitie bij de vlag is langer dan %1 tekens; korter, of verwijs naar een document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="303"/>
        <source>gebeurtenis %1 heeft geen notitie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="307"/>
        <source>gebeurtenis %1 opent vlag %2 niet op zijn beurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="322"/>
        <source>gebeurtenis %1 sluit vlag %2, die niet open is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="332"/>
        <source>gebeurtenis %1 is onbekend (&apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="368"/>
        <source>De map van het vlaggenbestand %1 kan niet worden gebruikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="378"/>
        <source>Het vlaggenbestand %1 is intussen door iemand anders veranderd. Er is niets opgeslagen; probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="417"/>
        <source>Notitie %1 staat niet in dit dossier; er is geen vlag gezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="433"/>
        <source>Er is geen vlag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="436"/>
        <source>Vlag %1 is al gesloten (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::SealedFile</name>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="68"/>
        <source>Dit is geen antwoordbestand van Inzage. Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="69"/>
        <source>Dit is geen updatebestand van Inzage. Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="89"/>
        <source>Dit is een updatebestand voor het ouderexemplaar, geen antwoordbestand. Lees het in met updates-import in het ouderexemplaar. Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="91"/>
        <source>Dit is een antwoordbestand van de ouder, geen updatebestand. Lees het in met answers-import in het dossier van de professional. Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="99"/>
        <source>Dit antwoordbestand is gemaakt met een nieuwere versie van Inzage (versie %1, deze versie kent tot %2). Werk Inzage bij. Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="102"/>
        <source>Dit updatebestand is gemaakt met een nieuwere versie van Inzage (versie %1, deze versie kent tot %2). Werk Inzage bij. Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="118"/>
        <source>Het antwoordbestand is beschadigd of veranderd; er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="119"/>
        <source>Het updatebestand is beschadigd of veranderd; er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="161"/>
        <source>Het bestand %1 kon niet worden geschreven: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::SourceApprovals</name>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="24"/>
        <source>Zeg op welke dag de bron het heeft goedgekeurd (JJJJ-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="30"/>
        <source>%1 ligt in de toekomst: een goedkeuring legt u vast nadat die gegeven is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="33"/>
        <source>Zeg hoe de bron het heeft goedgekeurd: gesprek, telefoon, huisbezoek of schriftelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="39"/>
        <source>Een goedkeuring zonder hoe die gegeven is telt niet: kies gesprek, telefoon, huisbezoek of schriftelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="51"/>
        <source>Notitie #%1 is geen bron maar %2: alleen wat iemand vertelde kan die persoon goedkeuren. Label de notitie eerst als bron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="68"/>
        <source>%1 staat bij notitie #%2 niet als iemand met wie gesproken is; alleen wie gesproken is kan goedkeuren wat die vertelde. Leg eerst vast met wie er gesproken is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="74"/>
        <source>%1 ligt voor het gesprek van %2: een bron keurt goed wat na het gesprek is opgeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="80"/>
        <source>De notitie kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="85"/>
        <source>De goedkeuringen konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="88"/>
        <source>Deze persoon heeft versie %1 van notitie #%2 al goedgekeurd; er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="92"/>
        <source>De goedkeuring kon niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Sql</name>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="75"/>
        <source>Het dossier is in gebruik door een ander programma of venster. Sluit dat en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="80"/>
        <source>Opslaan of lezen lukte niet (is de schijf vol of alleen-lezen?). Er is niets verloren gegaan van wat al was opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="86"/>
        <source>Het dossierbestand is beschadigd. Gebruik een reservekopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="89"/>
        <source>Het wachtwoord klopt niet, of het bestand is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="92"/>
        <source>Er ging iets mis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Stages</name>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="9"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="10"/>
        <source>Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="11"/>
        <source>Raad voor de Kinderbescherming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="12"/>
        <source>Kinderrechter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="13"/>
        <source>Jeugdbescherming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="33"/>
        <source>Er is een melding gedaan. Veilig Thuis kijkt of er hulp of onderzoek nodig is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="36"/>
        <source>Veilig Thuis praat met u en met anderen. Daarna zegt Veilig Thuis wat er nodig is: vrijwillige hulp, of een onderzoek door de Raad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="40"/>
        <source>De Raad voor de Kinderbescherming doet onderzoek. U krijgt het concept-rapport te lezen en heeft minstens 5 werkdagen om te reageren. Daarna beslist de Raad of hij de kinderrechter om een maatregel vraagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="45"/>
        <source>De kinderrechter beslist. U wordt uitgenodigd voor de zitting en mag daar zeggen wat u ervan vindt. U mag een advocaat meenemen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="49"/>
        <source>Een jeugdbeschermer helpt het gezin, samen met u. Samen maakt u een plan met doelen voor de kinderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="55"/>
        <source>Het dossier is afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Transaction</name>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="201"/>
        <source>Het dossier kon niet worden vastgezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="218"/>
        <source>Geen open transactie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="219"/>
        <source>Opslaan lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::TsvImport</name>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="73"/>
        <source>Het bestand is geen geldige UTF-8-tekst. Sla het op als UTF-8 en probeer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="87"/>
        <source>Het bestand is leeg: er staat geen kopregel in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="108"/>
        <source>Regel 1: de kolom &apos;%1&apos; ontbreekt. Nodig zijn: section, label, spoken_to, text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="131"/>
        <source>Regel %1 bevat een NUL-teken; dat hoort niet in tekst. Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="139"/>
        <source>Regel %1 heeft %2 kolommen, de kopregel %3: staat er een TAB in een veld? Een TAB scheidt kolommen en mag niet in de tekst staan. Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="155"/>
        <source>Regel %1: onbekend label &apos;%2&apos;. Toegestaan: %3. Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="163"/>
        <source>Regel %1: de tekst is leeg. Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="168"/>
        <source>Regel %1: een bron zonder &apos;spoken_to&apos; (met wie is gesproken?). Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="177"/>
        <source>Regel %1: &apos;%2&apos; is geen datum (JJJJ-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="186"/>
        <source>Regel %1: onbekende manier &apos;%2&apos;. Toegestaan: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="195"/>
        <source>Regel %1, kolom visible: %2 Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="359"/>
        <source>Het bestand %1 kan niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="362"/>
        <source>Het bestand %1 is groter dan Inzage zo&apos;n bestand leest (ten hoogste %2). Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="400"/>
        <source>Het bestand %1 kan niet worden gelezen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="409"/>
        <source>Regel %1 is langer dan %2: is dit wel een TSV-bestand? Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="81"/>
        <source>Het bestand bevat geen regels om te importeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="258"/>
        <source>Regel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="285"/>
        <source>Regel %1: een feit zonder basis (een document of wie het waarnam). Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::UpdateContent</name>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="103"/>
        <source>Het updatebestand kon niet worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="107"/>
        <source>Het updatebestand kon niet worden ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="113"/>
        <source>Het updatebestand bevat gegevens die Inzage niet begrijpt. Er is niets ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="288"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="331"/>
        <source>entry_revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/exchange/UpdateContent.cpp" line="441"/>
        <source>Het updatebestand spreekt op %n plaats(en) tegen wat dit ouderexemplaar al heeft (%1). Er is niets ingelezen; vraag de professional om een nieuw ouderexemplaar.</source>
        <translation>
            <numerusform>Het updatebestand spreekt op %n plaats tegen wat dit ouderexemplaar al heeft (%1). Er is niets ingelezen; vraag de professional om een nieuw ouderexemplaar.</numerusform>
            <numerusform>Het updatebestand spreekt op %n plaatsen tegen wat dit ouderexemplaar al heeft (%1). Er is niets ingelezen; vraag de professional om een nieuw ouderexemplaar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="471"/>
        <source>Dit updatebestand is ouder (stand %1) dan wat dit ouderexemplaar al heeft (stand %2). Er is niets ingelezen; lees het nieuwste updatebestand in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Vault</name>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="55"/>
        <source>Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="59"/>
        <source>Het bestand %1 kan niet worden gemaakt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="76"/>
        <location filename="../src/core/vault/Vault.cpp" line="206"/>
        <source>Het dossier kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="103"/>
        <source>Het dossier kon niet worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="110"/>
        <location filename="../src/core/vault/Vault.cpp" line="116"/>
        <source>De sleutel kon niet worden gezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="125"/>
        <source>Het wachtwoord klopt niet. Probeer het opnieuw. (Klopt het wachtwoord zeker? Dan is het bestand misschien beschadigd.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="135"/>
        <location filename="../src/core/vault/Vault.cpp" line="171"/>
        <location filename="../src/core/vault/Vault.cpp" line="181"/>
        <source>Het nieuwe dossier kon niet worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="138"/>
        <location filename="../src/core/vault/Vault.cpp" line="422"/>
        <source>Het bestand %1 is geen Inzage-dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="142"/>
        <source>Dit dossier is gemaakt met een nieuwere versie van Inzage (schema %1, deze versie kent tot %2). Werk Inzage bij om het te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="149"/>
        <source>Dit dossier is gemaakt met een oudere versie van Inzage en moet eerst eenmaal gewoon (niet alleen-lezen) worden geopend om het bij te werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="162"/>
        <source>Het dossier kon niet worden ingesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="209"/>
        <source>Het dossier mist zijn soort; het is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="216"/>
        <source>Dit bestand is een soort dossier die deze versie van Inzage niet kent (&apos;%1&apos;). Werk Inzage bij om het te openen; het bestand is niet veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="237"/>
        <location filename="../src/core/vault/Vault.cpp" line="376"/>
        <location filename="../src/core/vault/Vault.cpp" line="450"/>
        <source>Ongeldige sleutelinstellingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="281"/>
        <source>Het wachtwoord klopt, maar het begin van het dossierbestand is beschadigd, zodat het niet geopend kan worden. Gebruik een reservekopie; er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="312"/>
        <source>De controle van het bestand lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="315"/>
        <source>Het dossierbestand is beschadigd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="349"/>
        <source>Het versleutelde kopiëren lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="378"/>
        <source>Een kopie kan niet over het dossier zelf heen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="391"/>
        <source>De kopie kon niet veilig worden weggeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="403"/>
        <source>Ongeldige naam voor een gekoppeld bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="412"/>
        <source>Het tweede dossierbestand kon niet worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="425"/>
        <source>Het bestand %1 heeft een andere schemaversie (%2, hier %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="432"/>
        <source>Het wachtwoord voor %1 klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="441"/>
        <source>Het tweede dossierbestand kon niet worden losgekoppeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="447"/>
        <source>Een alleen-lezen geopend dossier kan geen nieuw wachtwoord krijgen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="477"/>
        <source>Het nieuwe bestand kon niet veilig worden weggeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="482"/>
        <source>Afronden lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="498"/>
        <source>Het wachtwoord kon niet worden gewijzigd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="505"/>
        <source>Het nieuwe wachtwoord is ingesteld, maar het dossier kon daarna niet opnieuw worden geopend (%1). Open het opnieuw met het nieuwe wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::VaultHeader</name>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="28"/>
        <source>Het bestand %1 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="40"/>
        <source>Het bestand %1 kan niet gelezen worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="44"/>
        <source>Het bestand %1 is leeg. Het is geen Inzage-dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="46"/>
        <location filename="../src/core/vault/VaultHeader.cpp" line="52"/>
        <source>Het bestand %1 is geen Inzage-dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="49"/>
        <source>Dit dossier is gemaakt met een nieuwere versie van Inzage. Werk Inzage bij om het te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="60"/>
        <source>Het bestand %1 vraagt voor de sleutel meer rekenwerk of geheugen dan Inzage toestaat (ten hoogste %2 rondes en %3 MiB). Een dossier van Inzage vraagt dat nooit: het bestand is veranderd of komt niet van Inzage. Er is niets geprobeerd en niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="68"/>
        <source>Het begin van het bestand is beschadigd: de sleutelinstellingen kloppen niet. Gebruik een reservekopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="72"/>
        <source>Het bestand %1 is te kort: het is afgebroken of beschadigd. Gebruik een reservekopie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Vocabulary</name>
    <message>
        <location filename="../src/core/dossier/Vocabulary.cpp" line="34"/>
        <source>Feit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Vocabulary.cpp" line="36"/>
        <source>Mening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Vocabulary.cpp" line="38"/>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Vocabulary.cpp" line="42"/>
        <source>Nog niet beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::Warnings</name>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="74"/>
        <source>Een feit met het twijfelwoord %1: is dit een mening of een bron?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="77"/>
        <source>Een feit zonder basis: noem de eigen waarneming (wanneer, waar) of het document (welk, van wanneer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="83"/>
        <source>Een bron zonder met wie er gesproken is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="87"/>
        <source>de afgeschermde bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="87"/>
        <source>de bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="89"/>
        <source>Bij %1 staat niet wanneer er gesproken is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="92"/>
        <source>Bij %1 staat niet hoe er gesproken is (gesprek, telefoon, huisbezoek, schriftelijk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="98"/>
        <source>Een mening zonder van wie die is: noem de houder of de auteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="104"/>
        <source>Een conclusie onder het kopje %1 zonder de feiten waarop die rust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="106"/>
        <source>Een conclusie (%1) zonder de feiten waarop die rust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="111"/>
        <source>Een stellige bewering (%1) zonder de feiten waarop die rust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="127"/>
        <source>De ouder ziet deze tekst, en die noemt of beschrijft een afgeschermde bron (%1). Verberg de notitie voor de ouder of herschrijf de tekst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::ZipArchive</name>
    <message>
        <location filename="../src/core/exchange/ZipArchive.cpp" line="26"/>
        <source>Dit %1 is beschadigd: het is geen geldig zip-pakket. Open het in de tekstverwerker, sla het opnieuw op en importeer het dan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ZipArchive.cpp" line="45"/>
        <source>Dit %1 mist het onderdeel %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ZipArchive.cpp" line="48"/>
        <source>Dit %1 pakt uit tot meer dan %2 MB of is verdacht sterk ingepakt (meer dan %3 keer): het wordt niet gelezen, om de computer te beschermen. Is het een echt document, sla het dan op zonder ingesloten afbeeldingen of splits het.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ZipArchive.cpp" line="59"/>
        <source>Het onderdeel %1 van dit %2 kan niet worden uitgepakt (beschadigd of versleuteld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ZipArchive.cpp" line="67"/>
        <source>Het onderdeel %1 van dit %2 is beschadigd. Sla het document opnieuw op en probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::app</name>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="74"/>
        <source>ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="77"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="80"/>
        <source>hulpverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="83"/>
        <source>informant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="90"/>
        <source>afgeschermde bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="101"/>
        <source>(zonder onderdeel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="101"/>
        <source>(onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::app::AppController</name>
    <message>
        <location filename="../src/app/AppController.cpp" line="364"/>
        <source>Open eerst een dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::app::LabelController</name>
    <message>
        <location filename="../src/app/LabelController.cpp" line="168"/>
        <source>Ongedaan gemaakt: notitie %1 heeft weer haar vorige label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="206"/>
        <source>Alle notities zijn beoordeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="219"/>
        <source>Geen waarschuwingen meer in dit dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="242"/>
        <source>nieuwe persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="282"/>
        <location filename="../src/app/LabelController.cpp" line="307"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="339"/>
        <source>%1 van %2 beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="368"/>
        <source>Nog niet vastgelegd met wie er gesproken is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="372"/>
        <source>Niet zichtbaar voor de ouder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="377"/>
        <source>Nog niet vastgelegd van wie deze mening is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="378"/>
        <source>Mening van %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/LabelController.cpp" line="381"/>
        <source>Rust op %n feit(en).</source>
        <translation>
            <numerusform>Rust op %n feit.</numerusform>
            <numerusform>Rust op %n feiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inzage::app::ParentCopyController</name>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="54"/>
        <source>Open eerst het eigen dossier van de professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="80"/>
        <source>Eerder gemaakte exemplaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="82"/>
        <source>Gemaakt met een oudere versie, zonder naam van de ouder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="99"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="99"/>
        <source>ouderexemplaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="112"/>
        <source>Kies eerst waar het ouderexemplaar moet komen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="114"/>
        <source>Kies een wachtwoord voor de ouder. Geef het de ouder apart van het bestand, bijvoorbeeld in een gesprek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="117"/>
        <source>De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord twee keer hetzelfde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/ParentCopyController.cpp" line="126"/>
        <source>Ouderexemplaar voor %1 gemaakt: %2. Er staan %n notitie(s) in; wat de ouder niet mag zien, staat er niet in.</source>
        <translation>
            <numerusform>Ouderexemplaar voor %1 gemaakt: %2. Er staat %n notitie in; wat de ouder niet mag zien, staat er niet in.</numerusform>
            <numerusform>Ouderexemplaar voor %1 gemaakt: %2. Er staan %n notities in; wat de ouder niet mag zien, staat er niet in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="139"/>
        <source>Kies eerst waar het updatebestand moet komen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="142"/>
        <source>Updatebestand gemaakt: %1. Stuur het naar de ouder; die leest het in met &quot;Antwoord ophalen&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="156"/>
        <source>Het bestand %1 is niet gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="161"/>
        <source>Dit antwoordbestand was al ingelezen. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/ParentCopyController.cpp" line="162"/>
        <source>Ingelezen: %n nieuwe reactie(s)</source>
        <translation>
            <numerusform>Ingelezen: %n nieuwe reactie</numerusform>
            <numerusform>Ingelezen: %n nieuwe reacties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/ParentCopyController.cpp" line="163"/>
        <source>%n nieuwe versie(s) van reacties.</source>
        <translation>
            <numerusform>%n nieuwe versie van een reactie.</numerusform>
            <numerusform>%n nieuwe versies van reacties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/ParentCopyController.cpp" line="166"/>
        <source>Let op: %n reactie(s) gaan over een notitie die sindsdien is gewijzigd; ze zijn bewaard en gemarkeerd.</source>
        <translation>
            <numerusform>Let op: %n reactie gaat over een notitie die sindsdien is gewijzigd; ze is bewaard en gemarkeerd.</numerusform>
            <numerusform>Let op: %n reacties gaan over een notitie die sindsdien is gewijzigd; ze zijn bewaard en gemarkeerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inzage::app::ReadingText</name>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="33"/>
        <source>%1, nr. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="37"/>
        <source>Nieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="39"/>
        <source>Aangepast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="51"/>
        <source>U heeft hier nog niet op gereageerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="55"/>
        <source>Nieuw antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="56"/>
        <source>Uw reactie, %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="58"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="60"/>
        <source>Antwoord: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::app::ReviewerController</name>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="30"/>
        <source>Notities met een label (feit, mening of bron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="31"/>
        <source>Gelabeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="33"/>
        <source>Bronnen die zeggen met wie er gesproken is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="34"/>
        <source>Bron: wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="35"/>
        <source>Bronnen met een datum van het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="36"/>
        <source>Bron: datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="38"/>
        <source>Bronnen die zeggen hoe er gesproken is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="39"/>
        <source>Bron: hoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="41"/>
        <source>Bronnen goedgekeurd door wie er sprak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="42"/>
        <source>Bron: goedgekeurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="44"/>
        <source>Feiten met een basis (document of waarneming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="45"/>
        <source>Feit: basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="47"/>
        <source>Meningen die zeggen van wie ze zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="48"/>
        <source>Mening: van wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="50"/>
        <source>Conclusies die op feiten rusten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="51"/>
        <source>Conclusie: op feiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="152"/>
        <source>niets te tellen (0 van 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="153"/>
        <source>%1% (%2 van %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="228"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="237"/>
        <source>%1, per groep. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="254"/>
        <source>%1 (%2): nooit gesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="255"/>
        <source>%1 (%2): aantal notities %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="268"/>
        <source>Met %1 (%2) is nooit gesproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="279"/>
        <source>%1 reacties van ouders (op %2 notities): %3 afgehandeld, %4 open, %5 over de termijn van de AVG, %6 te laat afgehandeld. %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="287"/>
        <source>Nog geen reactie afgehandeld, dus geen mediaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="288"/>
        <source>Mediaan %1 dagen tot afhandeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="301"/>
        <location filename="../src/app/ReviewerController.cpp" line="352"/>
        <source>Er is geen dossier open als toetser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="306"/>
        <source>Notitie %1 bestaat niet in dit dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="325"/>
        <source>(niet vastgelegd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="326"/>
        <source>(geen reden opgegeven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="332"/>
        <source>Label veranderd na het definitieve rapport van %1: dat rapport zegt nog het oude label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="390"/>
        <source>%1 van %2 notities, seed %3 (dezelfde seed trekt dezelfde notities zolang het logboek niet verandert; logboek tot %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inzage::app::WorkspaceController</name>
    <message numerus="yes">
        <location filename="../src/app/WorkspaceController.cpp" line="104"/>
        <source>Het concept is op %1 naar de ouders gestuurd (%n notitie(s)); zij kunnen reageren tot en met %2.</source>
        <translation>
            <numerusform>Het concept is op %1 naar de ouders gestuurd (%n notitie); zij kunnen reageren tot en met %2.</numerusform>
            <numerusform>Het concept is op %1 naar de ouders gestuurd (%n notities); zij kunnen reageren tot en met %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/WorkspaceController.cpp" line="155"/>
        <source>Open eerst het eigen dossier van de professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/WorkspaceController.cpp" line="173"/>
        <source>Kies een status voor de reactie: in behandeling, verwerkt of afgewezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
