<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="80"/>
        <source>Kies eerst wat u wilt zeggen.</source>
        <translation>First choose what you want to say.</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="119"/>
        <source>Reageren op notitie %1</source>
        <translation>Respond to note %1</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="119"/>
        <source>Uw reactie op notitie %1 veranderen</source>
        <translation>Change your response to note %1</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="142"/>
        <source>U was hier al aan begonnen. Uw tekst staat er nog.</source>
        <translation>You had already started this. Your text is still here.</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="147"/>
        <source>Wat wilt u zeggen?</source>
        <translation>What do you want to say?</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="181"/>
        <source>Wat gebeurt er nu? %1</source>
        <translation>What happens now? %1</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="234"/>
        <source>Opslaan bewaart uw reactie versleuteld op deze computer. Ze gaat pas naar de hulpverlener als u bij Mijn reacties op &quot;Verstuur mijn reacties&quot; klikt.</source>
        <translation>Save keeps your response encrypted on this computer. It only goes to the care worker when you click &quot;Send my responses&quot; under My responses.</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="256"/>
        <source>Later verder</source>
        <translation>Continue later</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="258"/>
        <source>Sluiten en uw tekst bewaren om later verder te gaan</source>
        <translation>Close and keep your text to continue later</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="266"/>
        <source>Tekst weggooien</source>
        <translation>Throw text away</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="267"/>
        <source>Uw tekst weggooien en sluiten</source>
        <translation>Throw your text away and close</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="184"/>
        <source>Uw reactie in uw eigen woorden</source>
        <translation>Your response in your own words</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="191"/>
        <source>Schrijf hier wat er volgens u niet klopt, wat u wilt toevoegen of wat u wilt vragen.</source>
        <translation>Write here what you think is not correct, what you want to add, or what you want to ask.</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="194"/>
        <source>Uw reactie</source>
        <translation>Your response</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="246"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="248"/>
        <source>Reactie opslaan</source>
        <translation>Save response</translation>
    </message>
</context>
<context>
    <name>AnswerTravelBar</name>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="22"/>
        <source>Klaar. Het bestand %1 is gemaakt. Stuur dit bestand naar uw hulpverlener, bijvoorbeeld als bijlage bij een e-mail of via het beveiligde portaal van de organisatie. Het bestand is versleuteld: alleen uw hulpverlener kan het openen.</source>
        <translation>Done. The file %1 was made. Send this file to your care worker, for example as an attachment to an e-mail or through the organisation&apos;s secure portal. The file is encrypted: only your care worker can open it.</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="46"/>
        <source>1 reactie is nog niet verstuurd. Die staat alleen op deze computer; de hulpverlener ziet hem pas als u hem verstuurt.</source>
        <translation>1 response has not been sent yet. It is only on this computer; the care worker only sees it when you send it.</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="48"/>
        <source>%1 reacties zijn nog niet verstuurd. Ze staan alleen op deze computer; de hulpverlener ziet ze pas als u ze verstuurt.</source>
        <translation>%1 responses have not been sent yet. They are only on this computer; the care worker only sees them when you send them.</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="49"/>
        <source>Al uw reacties zijn verstuurd. Heeft u het bestand ook echt naar uw hulpverlener gestuurd?</source>
        <translation>All your responses have been sent. Did you really send the file to your care worker too?</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="61"/>
        <source>Verstuur mijn reacties</source>
        <translation>Send my responses</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="64"/>
        <source>Verstuur mijn reacties: maak het versleutelde bestand voor uw hulpverlener</source>
        <translation>Send my responses: make the encrypted file for your care worker</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="72"/>
        <source>Antwoord ophalen</source>
        <translation>Fetch answer</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="74"/>
        <source>Antwoord ophalen: lees het bestand dat u van uw hulpverlener kreeg</source>
        <translation>Fetch answer: read the file you got from your care worker</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="81"/>
        <source>Kreeg u een antwoordbestand van uw hulpverlener? Klik op &quot;Antwoord ophalen&quot; of sleep het bestand naar dit venster.</source>
        <translation>Did you get an answer file from your care worker? Click &quot;Fetch answer&quot; or drag the file onto this window.</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="103"/>
        <source>Waar wilt u het bestand met uw reacties bewaren?</source>
        <translation>Where do you want to keep the file with your responses?</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="105"/>
        <source>Reacties voor de hulpverlener (*.inzage-reacties)</source>
        <translation>Responses for the care worker (*.inzage-reacties)</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="107"/>
        <source>Bewaar hier</source>
        <translation>Save here</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="108"/>
        <location filename="../qml/AnswerTravelBar.qml" line="118"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="115"/>
        <source>Kies het bestand dat u van uw hulpverlener kreeg</source>
        <translation>Choose the file you got from your care worker</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="117"/>
        <source>Ophalen</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="119"/>
        <source>Antwoord van de hulpverlener (*.inzage-update *.inzage-antwoord)</source>
        <translation>Answer from the care worker (*.inzage-update *.inzage-antwoord)</translation>
    </message>
    <message>
        <location filename="../qml/AnswerTravelBar.qml" line="119"/>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../src/app/AppController.cpp" line="110"/>
        <source>Inzage is vergrendeld omdat u een tijd niets deed.</source>
        <translation>Inzage was locked because you did nothing for a while.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/AppController.cpp" line="152"/>
        <source>Wacht nog %n seconde(n) en probeer het dan opnieuw.</source>
        <translation>
            <numerusform>Wait %n more second and then try again.</numerusform>
            <numerusform>Wait %n more seconds and then try again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="171"/>
        <source>Dit wachtwoord klopt niet. Kijk of u het goed heeft getypt en probeer het opnieuw.</source>
        <translation>This password is not correct. Check that you typed it correctly and try again.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="176"/>
        <source>Dit bestand is geen Inzage-dossier. Kies het bestand dat u van uw hulpverlener heeft gekregen.</source>
        <translation>This file is not an Inzage case file. Choose the file you got from your care worker.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="181"/>
        <source>Het dossierbestand is niet gevonden.</source>
        <translation>The case file was not found.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="184"/>
        <location filename="../src/app/AppController.cpp" line="489"/>
        <source>Dit dossier is gemaakt met een nieuwere versie van Inzage. Werk Inzage bij om het te openen.</source>
        <translation>This case file was made with a newer version of Inzage. Update Inzage to open it.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="189"/>
        <source>Het dossier kan niet worden geopend. Het bestand is misschien beschadigd. Vraag uw hulpverlener om een nieuw exemplaar.</source>
        <translation>The case file cannot be opened. The file may be damaged. Ask your care worker for a new copy.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="315"/>
        <location filename="../src/app/LocalFiles.cpp" line="19"/>
        <source>Het dossier is niet open.</source>
        <translation>The case file is not open.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="321"/>
        <source>Kies eerst wat voor reactie het is.</source>
        <translation>First choose what kind of response it is.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="473"/>
        <source>Kies eerst het dossierbestand dat u van uw hulpverlener heeft gekregen.</source>
        <translation>First choose the case file you got from your care worker.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="475"/>
        <source>Dit is een map, geen dossierbestand. Kies het bestand zelf (het eindigt op .inzage).</source>
        <translation>This is a folder, not a case file. Choose the file itself (it ends in .inzage).</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="481"/>
        <source>Het bestand %1 bestaat niet (meer). Kies het dossierbestand opnieuw; misschien is het verplaatst.</source>
        <translation>The file %1 does not exist (any more). Choose the case file again; perhaps it was moved.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="485"/>
        <source>Het bestand %1 is geen Inzage-dossier. Kies het bestand dat u van uw hulpverlener heeft gekregen.</source>
        <translation>The file %1 is not an Inzage case file. Choose the file you got from your care worker.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="493"/>
        <source>Het bestand %1 kan niet worden gelezen. Het is misschien beschadigd. Vraag uw hulpverlener om een nieuw exemplaar.</source>
        <translation>The file %1 cannot be read. It may be damaged. Ask your care worker for a new copy.</translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="42"/>
        <source>mijn-reacties</source>
        <translation>my-responses</translation>
    </message>
    <message>
        <location filename="../src/app/LocalFiles.cpp" line="21"/>
        <source>Kies eerst waar het bestand moet komen.</source>
        <translation>First choose where the file should go.</translation>
    </message>
    <message>
        <location filename="../src/app/LocalFiles.cpp" line="23"/>
        <source>Er staat al een bestand met de naam %1. Kies een andere naam; het oude bestand blijft zoals het is.</source>
        <translation>There is already a file named %1. Choose another name; the old file stays as it is.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="161"/>
        <source>Dit is een ouderexemplaar. Dat opent altijd als de ouder voor wie het is gemaakt, niet als toetser. Een toetser opent het dossier van de hulpverlener. Zet het vinkje uit om het als ouder te openen.</source>
        <translation>This is a parent copy. It always opens as the parent it was made for, not as a reviewer. A reviewer opens the care worker&apos;s case file. Untick the box to open it as the parent.</translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="68"/>
        <source>afspraken</source>
        <translation>appointments</translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="92"/>
        <source>Open eerst uw dossier; daarna kunt u het antwoord ophalen.</source>
        <translation>Open your case file first; then you can fetch the answer.</translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="95"/>
        <source>Het bestand %1 is niet gevonden. Kies het bestand dat u van uw hulpverlener heeft gekregen.</source>
        <translation>The file %1 was not found. Choose the file you got from your care worker.</translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="115"/>
        <source>Dit antwoord had u al opgehaald. Er is niets veranderd.</source>
        <translation>You had already fetched this answer. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="117"/>
        <source>Het antwoord is opgehaald: 1 reactie kreeg een nieuwe status of een antwoord. Die is gemarkeerd als nieuw.</source>
        <translation>The answer was fetched: 1 response got a new status or an answer. It is marked as new.</translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="119"/>
        <source>Het antwoord is opgehaald: %1 reacties kregen een nieuwe status of een antwoord. Ze zijn gemarkeerd als nieuw.</source>
        <translation>The answer was fetched: %1 responses got a new status or an answer. They are marked as new.</translation>
    </message>
    <message>
        <location filename="../src/app/AnswerTravelActions.cpp" line="125"/>
        <source>Het concept-rapport is gekomen: u kunt erop reageren tot en met %1. De notities die erin staan, zijn gemarkeerd met &quot;In het concept&quot;.</source>
        <translation>The draft report has arrived: you can respond to it up to and including %1. The notes in it are marked &quot;In the draft&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/AnswerTravelActions.cpp" line="131"/>
        <source>Bij %n reactie(s) is de termijn verlengd; u ziet tot wanneer en waarom bij de reactie.</source>
        <translation>
            <numerusform>For %n response the deadline was extended; you see until when and why at the response.</numerusform>
            <numerusform>For %n responses the deadline was extended; you see until when and why at each response.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="64"/>
        <source>Toezegging</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="65"/>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="74"/>
        <source>Te laat: nog niet nagekomen</source>
        <translation>Late: not kept yet</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="77"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="80"/>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="85"/>
        <source>Is doorgegaan</source>
        <translation>Took place</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="88"/>
        <source>Afgezegd, nog geen nieuwe afspraak</source>
        <translation>Cancelled, no new appointment yet</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="91"/>
        <source>Afgezegd, ingehaald</source>
        <translation>Cancelled, made up for later</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="94"/>
        <source>Afgezegd, ingehaald op %1</source>
        <translation>Cancelled, made up for on %1</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="99"/>
        <source>Nagekomen</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="102"/>
        <source>Niet nagekomen</source>
        <translation>Not kept</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../qml/CasePage.qml" line="28"/>
        <source>Dossiergegevens</source>
        <translation>Case file details</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="36"/>
        <source>Contactpersoon (nu: %1)</source>
        <translation>Contact person (now: %1)</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="36"/>
        <location filename="../qml/CasePage.qml" line="51"/>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="37"/>
        <location filename="../qml/CasePage.qml" line="52"/>
        <location filename="../qml/CasePage.qml" line="67"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="42"/>
        <location filename="../qml/CasePage.qml" line="57"/>
        <source>Naam of #nummer</source>
        <translation>Name or #number</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="43"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="46"/>
        <source>Contactpersoon opgeslagen.</source>
        <translation>Contact person saved.</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="51"/>
        <source>Vervanger bij afwezigheid (nu: %1)</source>
        <translation>Backup when away (now: %1)</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="58"/>
        <source>Vervanger</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="61"/>
        <source>Vervanger opgeslagen.</source>
        <translation>Backup saved.</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="66"/>
        <source>Kantooruren (nu: %1)</source>
        <translation>Office hours (now: %1)</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="72"/>
        <source>UU:MM-UU:MM, bijvoorbeeld 08:30-17:00</source>
        <translation>HH:MM-HH:MM, for example 08:30-17:00</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="73"/>
        <source>Kantooruren</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="76"/>
        <source>Kantooruren opgeslagen.</source>
        <translation>Office hours saved.</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="81"/>
        <source>Nieuwe afspraak</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="82"/>
        <location filename="../qml/CasePage.qml" line="116"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="88"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="89"/>
        <source>Omschrijving van de afspraak</source>
        <translation>Description of the appointment</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="96"/>
        <source>JJJJ-MM-DD UU:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="97"/>
        <source>Datum en tijd van de afspraak</source>
        <translation>Date and time of the appointment</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="104"/>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="105"/>
        <source>Met wie is de afspraak</source>
        <translation>Who the appointment is with</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="108"/>
        <source>Afspraak toegevoegd.</source>
        <translation>Appointment added.</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="115"/>
        <source>Nieuwe toezegging</source>
        <translation>New promise</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="122"/>
        <source>Wat is toegezegd</source>
        <translation>What was promised</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="123"/>
        <source>Omschrijving van de toezegging</source>
        <translation>Description of the promise</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="130"/>
        <source>Uiterlijk JJJJ-MM-DD</source>
        <translation>By YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="131"/>
        <source>Datum waarop de toezegging nagekomen moet zijn</source>
        <translation>Date by which the promise must be kept</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="138"/>
        <source>Aan wie</source>
        <translation>To whom</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="139"/>
        <source>Aan wie is het toegezegd</source>
        <translation>Who it was promised to</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="142"/>
        <source>Toezegging toegevoegd.</source>
        <translation>Promise added.</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="149"/>
        <source>Afspraak afzeggen</source>
        <translation>Cancel an appointment</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="150"/>
        <source>Afzeggen</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="157"/>
        <source>Nummer van de afspraak</source>
        <translation>Number of the appointment</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="163"/>
        <source>Reden (de familie ziet die)</source>
        <translation>Reason (the family sees it)</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="164"/>
        <source>Reden van afzeggen</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="167"/>
        <source>Afspraak afgezegd.</source>
        <translation>Appointment cancelled.</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="172"/>
        <source>Afgezegde afspraak inhalen</source>
        <translation>Make up a cancelled appointment</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="173"/>
        <source>Inhalen</source>
        <translation>Make up</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="180"/>
        <source>Nummer van de afgezegde afspraak</source>
        <translation>Number of the cancelled appointment</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="186"/>
        <source>Nieuwe datum en tijd, JJJJ-MM-DD UU:MM</source>
        <translation>New date and time, YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="187"/>
        <source>Nieuwe datum en tijd</source>
        <translation>New date and time</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="190"/>
        <source>Inhaalafspraak toegevoegd.</source>
        <translation>Make-up appointment added.</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="200"/>
        <source>Afspraken en toezeggingen</source>
        <translation>Appointments and promises</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="229"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="236"/>
        <source>%1 · met %2 · %3</source>
        <translation>%1 · with %2 · %3</translation>
    </message>
    <message>
        <location filename="../qml/CasePage.qml" line="237"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <location filename="../qml/ChangesPage.qml" line="19"/>
        <source>Veranderingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPage.qml" line="26"/>
        <source>Hier ziet u wie iets in uw dossier heeft veranderd, wat en wanneer. Het nieuwste staat bovenaan. Elke verandering wordt vastgelegd in een logboek. Wordt dat logboek achteraf veranderd, dan merkt de controle van Inzage dat. Lezen wordt niet bijgehouden; alleen veranderingen staan hier.</source>
        <translation>Here you see who changed something in your file, what and when. The newest is at the top. Every change is recorded in a log. If that log is changed afterwards, Inzage&apos;s check notices. Reading is not recorded; only changes are shown here.</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPage.qml" line="45"/>
        <source>Er is nog niets veranderd in dit dossier.</source>
        <translation>Nothing has changed in this file yet.</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPage.qml" line="61"/>
        <source>Veranderingen in uw dossier, %1 regels</source>
        <translation>Changes in your file, %1 lines</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPage.qml" line="84"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../qml/DossierPage.qml" line="72"/>
        <source>Typ het nummer van een notitie, bijvoorbeeld 12.</source>
        <translation>Type the number of a note, for example 12.</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="75"/>
        <source>Nr. %1 staat niet in deze lijst. Kies &quot;Alles&quot; en wis de zoektekst om alle notities te zien.</source>
        <translation>No. %1 is not in this list. Choose &quot;All&quot; and clear the search text to see all notes.</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="76"/>
        <source>Er is geen notitie met nr. %1 in uw dossier.</source>
        <translation>There is no note with no. %1 in your case file.</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="189"/>
        <source>Het concept-rapport is op %1 naar u gestuurd. U kunt reageren tot en met %2. De %3 notities die erin staan, zijn gemarkeerd met &quot;In het concept&quot;.</source>
        <translation>The draft report was sent to you on %1. You can respond up to and including %2. The %3 notes in it are marked &quot;In the draft&quot;.</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="191"/>
        <source>Het concept-rapport is op %1 naar u gestuurd. Reageren kon tot en met %2; u kunt nog altijd een reactie geven.</source>
        <translation>The draft report was sent to you on %1. Responding was possible up to and including %2; you can still give a response.</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="213"/>
        <source>★ Nieuw sinds uw vorige bezoek: %1</source>
        <translation>★ New since your last visit: %1</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="221"/>
        <source>Naar de volgende nieuwe</source>
        <translation>To the next new one</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="222"/>
        <source>Ga naar de volgende notitie die nieuw is sinds uw vorige bezoek</source>
        <translation>Go to the next note that is new since your last visit</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="284"/>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="284"/>
        <source>Feiten</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="285"/>
        <source>Meningen</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="285"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="285"/>
        <source>Nog niet beoordeeld</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="291"/>
        <source>Toon: %1</source>
        <translation>Show: %1</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="256"/>
        <location filename="../qml/DossierPage.qml" line="300"/>
        <source>Wat betekent dit? (F1)</source>
        <translation>What does this mean? (F1)</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="247"/>
        <source>▴ Zoeken en filteren verbergen</source>
        <translation>▴ Hide search and filters</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="247"/>
        <source>▾ Zoeken en filteren</source>
        <translation>▾ Search and filters</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="249"/>
        <source>Zoeken, filteren en ga naar verbergen</source>
        <translation>Hide search, filters and go to</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="249"/>
        <source>Zoeken, filteren en ga naar tonen (Ctrl+F)</source>
        <translation>Show search, filters and go to (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="260"/>
        <location filename="../qml/DossierPage.qml" line="304"/>
        <source>Wat betekent feit, mening en bron? Uitleg openen</source>
        <translation>What do fact, opinion and source mean? Open the explanation</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="268"/>
        <source>U ziet niet alle notities: er staat een filter aan.</source>
        <translation>You are not seeing all notes: a filter is on.</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="321"/>
        <source>Zoek in de tekst…</source>
        <translation>Search the text…</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="323"/>
        <source>Zoeken in het dossier</source>
        <translation>Search the case file</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="352"/>
        <source>Filter op met wie er gesproken is</source>
        <translation>Filter by who was spoken to</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="361"/>
        <source>Alle onderdelen</source>
        <translation>All parts</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="362"/>
        <source>Filter op onderdeel van het rapport</source>
        <translation>Filter by part of the report</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="376"/>
        <source>Ga naar nr.</source>
        <translation>Go to no.</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="386"/>
        <source>Ga naar notitie met nummer</source>
        <translation>Go to the note with number</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="395"/>
        <source>Ga</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="396"/>
        <source>Ga naar deze notitie</source>
        <translation>Go to this note</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="406"/>
        <source>Zoals in het rapport</source>
        <translation>As in the report</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="406"/>
        <source>Op datum</source>
        <translation>By date</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="408"/>
        <source>Volgorde van de notities</source>
        <translation>Order of the notes</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="437"/>
        <source>U bent bij nr. %1 (%2 van %3)</source>
        <translation>You are at no. %1 (%2 of %3)</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="462"/>
        <source>Notities in uw dossier: %1</source>
        <translation>Notes in your case file: %1</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="528"/>
        <source>Geen notities gevonden met deze keuze.</source>
        <translation>No notes found for this choice.</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="536"/>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>EmergencyPopup</name>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="12"/>
        <source>Spoed: wie belt u?</source>
        <translation>Emergency: who do you call?</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="23"/>
        <source>Is er levensgevaar? Bel 112.</source>
        <translation>Is someone&apos;s life in danger? Call 112.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="24"/>
        <source>Bij direct gevaar voor iemands leven of gezondheid: bel meteen 112.</source>
        <translation>If someone&apos;s life or health is in danger right now: call 112 straight away.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="28"/>
        <source>Loopt het thuis uit de hand? Bel Veilig Thuis: 0800-2000.</source>
        <translation>Are things getting out of hand at home? Call Veilig Thuis: 0800-2000.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="29"/>
        <source>Gratis, dag en nacht bereikbaar.</source>
        <translation>Free of charge, open day and night.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="34"/>
        <source>Nu is het kantoortijd: bel %1 op %2.</source>
        <translation>It is office hours now: call %1 on %2.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="35"/>
        <source>Nu is het buiten kantoortijd: bel %1.</source>
        <translation>It is outside office hours now: call %1.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="36"/>
        <source>Vraag naar uw contactpersoon%1. Kantooruren: %2 op werkdagen.</source>
        <translation>Ask for your contact person%1. Office hours: %2 on working days.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="38"/>
        <source>Dit is het nummer voor buiten kantooruren. Op werkdagen van %1 belt u %2.</source>
        <translation>This is the number for outside office hours. On working days from %1, call %2.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <location filename="../qml/EntryCard.qml" line="82"/>
        <source>★ Nieuw: aangepast</source>
        <translation>★ New: changed</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="83"/>
        <source>★ Nieuw antwoord</source>
        <translation>★ New answer</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="84"/>
        <source>★ Nieuw</source>
        <translation>★ New</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="99"/>
        <source>In het concept</source>
        <translation>In the draft</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="105"/>
        <location filename="../qml/EntryCard.qml" line="150"/>
        <source>nr. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="145"/>
        <source>Deze mening rust op:</source>
        <translation>This opinion rests on:</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="154"/>
        <source>Ga naar feit nr. %1</source>
        <translation>Go to fact no. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/EntryCard.qml" line="163"/>
        <source>Deze notitie is %n keer aangepast. Eerdere versies blijven bewaard.</source>
        <translation>
            <numerusform>This note was changed %n time. Earlier versions are kept.</numerusform>
            <numerusform>This note was changed %n times. Earlier versions are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="170"/>
        <source>Eerdere versies verbergen</source>
        <translation>Hide earlier versions</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="170"/>
        <source>Eerdere versies tonen</source>
        <translation>Show earlier versions</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="190"/>
        <source>Versie %1 (%2), %3: %4</source>
        <translation>Version %1 (%2), %3: %4</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="191"/>
        <source>Waarom dit veranderde: %1</source>
        <translation>Why this changed: %1</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="210"/>
        <source>Nieuw antwoord!</source>
        <translation>New answer!</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="211"/>
        <source>Uw reactie (%1): “%2” — status: %3</source>
        <translation>Your response (%1): “%2” — status: %3</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="212"/>
        <source>Antwoord: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="213"/>
        <source>Let op: de notitie is later aangepast.</source>
        <translation>Please note: the note was changed later.</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="224"/>
        <source>Reageren op deze notitie</source>
        <translation>Respond to this note</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="226"/>
        <source>Reageren op notitie %1</source>
        <translation>Respond to note %1</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="235"/>
        <source>notitie %1</source>
        <translation>note %1</translation>
    </message>
</context>
<context>
    <name>EntryHistoryPane</name>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="31"/>
        <source>Notitie %1 · %2%3</source>
        <translation>Note %1 · %2%3</translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="48"/>
        <source>Versies (nieuwste eerst)</source>
        <translation>Versions (newest first)</translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="63"/>
        <source>Versie %1, %2, door %3. Label %4. Waarom: %5</source>
        <translation>Version %1, %2, by %3. Label %4. Why: %5</translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="71"/>
        <source>Versie %1 · %2 · door %3</source>
        <translation>Version %1 · %2 · by %3</translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="78"/>
        <source>Label: %1 · Waarom: %2</source>
        <translation>Label: %1 · Why: %2</translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="109"/>
        <source>In het logboek (nieuwste eerst)</source>
        <translation>In the log (newest first)</translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="116"/>
        <source>Geen regel in het logboek gaat over deze notitie alleen. Notities die iemand op één dag samen toevoegde, staan daar als één regel; zie Versies hierboven.</source>
        <translation>No line in the log is about this note alone. Notes that someone added together on one day are one line there; see Versions above.</translation>
    </message>
    <message>
        <location filename="../qml/EntryHistoryPane.qml" line="125"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="324"/>
        <source>Met niemand gesproken: dit komt uit een document.</source>
        <translation>Nobody was spoken to: this comes from a document.</translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="326"/>
        <source>Met wie er gesproken is, staat er niet bij.</source>
        <translation>It does not say who was spoken to.</translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="334"/>
        <source>Dit is de mening van %1.</source>
        <translation>This is the opinion of %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="463"/>
        <source>%Ln feit(en)</source>
        <translation>
            <numerusform>%Ln fact</numerusform>
            <numerusform>%Ln facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="464"/>
        <source>%Ln mening(en)</source>
        <translation>
            <numerusform>%Ln opinion</numerusform>
            <numerusform>%Ln opinions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="465"/>
        <source>%Ln bron(nen)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="466"/>
        <source>%Ln nog niet beoordeeld</source>
        <translation>
            <numerusform>%Ln not yet assessed</numerusform>
            <numerusform>%Ln not yet assessed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="25"/>
        <source>de schrijver</source>
        <translation>the writer</translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="340"/>
        <source>Er staat niet bij op welke feiten deze mening rust.</source>
        <translation>It does not say which facts this opinion is based on.</translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="344"/>
        <source>Deze mening rust op de feiten met nummer %1.</source>
        <translation>This opinion is based on the facts with number %1.</translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <location filename="../qml/FigureChart.qml" line="60"/>
        <source>Niets te tonen.</source>
        <translation>Nothing to show.</translation>
    </message>
</context>
<context>
    <name>FileWarningPage</name>
    <message>
        <location filename="../qml/FileWarningPage.qml" line="21"/>
        <source>Let op: is dit het nieuwste bestand?</source>
        <translation>Careful: is this the newest file?</translation>
    </message>
    <message>
        <location filename="../qml/FileWarningPage.qml" line="31"/>
        <source>Dit bestand is misschien ouder dan u denkt</source>
        <translation>This file may be older than you think</translation>
    </message>
    <message>
        <location filename="../qml/FileWarningPage.qml" line="35"/>
        <source>U kunt het bestand sluiten en eerst de nieuwste versie zoeken. Of u bekijkt het toch, als u weet waarom het ouder is.</source>
        <translation>You can close the file and look for the newest version first. Or view it anyway, if you know why it is older.</translation>
    </message>
    <message>
        <location filename="../qml/FileWarningPage.qml" line="45"/>
        <source>Bestand sluiten</source>
        <translation>Close file</translation>
    </message>
    <message>
        <location filename="../qml/FileWarningPage.qml" line="50"/>
        <source>Toch bekijken</source>
        <translation>View anyway</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="15"/>
        <source>Hoog</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="17"/>
        <source>Middel</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="19"/>
        <source>Laag</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="26"/>
        <source>Niet gelabeld</source>
        <translation>Not labelled</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="27"/>
        <source>Feit zonder basis</source>
        <translation>Fact without a basis</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="28"/>
        <source>Bron zonder met wie</source>
        <translation>Source without whom</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="29"/>
        <source>Afgeschermde bron genoemd</source>
        <translation>Protected source named</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="30"/>
        <source>Mening zonder van wie</source>
        <translation>Opinion without whose</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="31"/>
        <source>Conclusie zonder feiten</source>
        <translation>Conclusion without facts</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="32"/>
        <source>Stellige bewering zonder basis</source>
        <translation>Firm claim without a basis</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="33"/>
        <source>Twijfelwoord in een feit</source>
        <translation>Doubt word in a fact</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="34"/>
        <source>Geen probleemanalyse</source>
        <translation>No problem analysis</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="35"/>
        <source>Geen analyse van krachten</source>
        <translation>No analysis of strengths</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="36"/>
        <source>Kind niet gesproken</source>
        <translation>Child not spoken to</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="37"/>
        <source>Bron zonder datum</source>
        <translation>Source without a date</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="38"/>
        <source>Bron zonder hoe</source>
        <translation>Source without how</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="39"/>
        <source>Afgeschermd zonder reden</source>
        <translation>Protected without a reason</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="40"/>
        <source>Reactie over de termijn</source>
        <translation>Response past the deadline</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="41"/>
        <source>Reactie te laat afgehandeld</source>
        <translation>Response handled late</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="42"/>
        <source>Bron niet goedgekeurd</source>
        <translation>Source not approved</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="43"/>
        <source>Goedkeuring van een oudere tekst</source>
        <translation>Approval of an earlier text</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="44"/>
        <source>Veranderd na het definitieve rapport</source>
        <translation>Changed after the final report</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="164"/>
        <source>Ernst %1, notitie %2: %3 (regel %4)</source>
        <translation>Severity %1, note %2: %3 (rule %4)</translation>
    </message>
    <message>
        <location filename="../src/app/FindingsModel.cpp" line="168"/>
        <source>Ernst %1, het hele dossier: %2 (regel %3)</source>
        <translation>Severity %1, the whole case file: %2 (rule %3)</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../qml/FindingsPage.qml" line="65"/>
        <source>Elke ernst (%1)</source>
        <translation>Every severity (%1)</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="66"/>
        <source>▲ Hoog (%1)</source>
        <translation>▲ High (%1)</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="67"/>
        <source>● Middel (%1)</source>
        <translation>● Medium (%1)</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="68"/>
        <source>▽ Laag (%1)</source>
        <translation>▽ Low (%1)</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="72"/>
        <source>Toon bevindingen met ernst: %1</source>
        <translation>Show findings with severity: %1</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="78"/>
        <source>Elke regel</source>
        <translation>Every rule</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="81"/>
        <source>Toon bevindingen van regel: %1</source>
        <translation>Show findings of rule: %1</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="86"/>
        <source>%1 van %2 bevindingen, de ernstigste eerst.</source>
        <translation>%1 of %2 findings, the most severe first.</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="103"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="131"/>
        <source>Notitie %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="131"/>
        <source>Hele dossier</source>
        <translation>Whole case file</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="168"/>
        <source>← Terug naar de bevindingen</source>
        <translation>← Back to the findings</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="171"/>
        <source>Terug naar de lijst met bevindingen</source>
        <translation>Back to the list of findings</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="188"/>
        <source>Regel: %1 (in inzage-cli audit --json: %2)</source>
        <translation>Rule: %1 (in inzage-cli audit --json: %2)</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="196"/>
        <source>Deze bevinding gaat over het hele dossier, niet over één notitie.</source>
        <translation>This finding is about the whole case file, not about one note.</translation>
    </message>
    <message>
        <location filename="../qml/FindingsPage.qml" line="203"/>
        <source>Geen bevindingen: elke regel van de toetsing is nageleefd.</source>
        <translation>No findings: every rule of the audit is met.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../qml/InboxPage.qml" line="59"/>
        <source>Reacties van ouders</source>
        <translation>Responses of parents</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="66"/>
        <source>Er zijn nog geen reacties.</source>
        <translation>There are no responses yet.</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="67"/>
        <source>%1 reacties, waarvan %2 over de termijn. Te laat staat bovenaan.</source>
        <translation>%1 responses, %2 of them past the deadline. Late ones are at the top.</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="85"/>
        <source>Lijst van reacties</source>
        <translation>List of responses</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="115"/>
        <source>te laat</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="128"/>
        <source>%1 dagen oud · antwoord uiterlijk %2</source>
        <translation>%1 days old · answer by %2</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="125"/>
        <source>%1 dagen oud · afgehandeld</source>
        <translation>%1 days old · handled</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="127"/>
        <source>%1 dagen oud · antwoord uiterlijk %2 (verlengd)</source>
        <translation>%1 days old · answer by %2 (extended)</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="137"/>
        <source>Reactie op het concept; de ouders konden reageren tot en met %1. Handel haar af voor het definitieve rapport.</source>
        <translation>Response to the draft; the parents could respond up to and including %1. Handle it before the final report.</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="145"/>
        <source>Notitie %1 (%2): %3</source>
        <translation>Note %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="179"/>
        <source>Notitie %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="186"/>
        <source>Open notitie</source>
        <translation>Open note</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="188"/>
        <source>Open de notitie in het labelen</source>
        <translation>Open the note in labelling</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="199"/>
        <source>%1 van de ouder:</source>
        <translation>%1 from the parent:</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="212"/>
        <source>Uw antwoord: %1</source>
        <translation>Your answer: %1</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="223"/>
        <source>Termijn verlengd tot %1. Reden (de ouder ziet die): %2</source>
        <translation>Deadline extended until %1. Reason (the parent sees it): %2</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="224"/>
        <source>Antwoord uiterlijk %1.</source>
        <translation>Answer by %1.</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="235"/>
        <source>Antwoord aan de ouder (de ouder ziet dit)</source>
        <translation>Answer to the parent (the parent sees this)</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="248"/>
        <source>Bij afwijzen of verbeteren: de reden</source>
        <translation>When turning down or correcting: the reason</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="249"/>
        <source>Antwoord aan de ouder</source>
        <translation>Answer to the parent</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="259"/>
        <source>In behandeling</source>
        <translation>Being dealt with</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="260"/>
        <source>De status is nu: in behandeling.</source>
        <translation>The status is now: being dealt with.</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="264"/>
        <source>Verwerkt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="265"/>
        <source>De reactie is verwerkt.</source>
        <translation>The response is done.</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="269"/>
        <source>Afwijzen</source>
        <translation>Turn down</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="270"/>
        <source>De reactie is afgewezen, met de reden.</source>
        <translation>The response was turned down, with the reason.</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="281"/>
        <source>Termijn verlengen (AVG: eenmaal met twee maanden, binnen de eerste maand; de ouder ziet de reden)</source>
        <translation>Extend the deadline (GDPR: once, by two months, within the first month; the parent sees the reason)</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="299"/>
        <source>Waarom meer tijd nodig is</source>
        <translation>Why more time is needed</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="300"/>
        <source>Reden voor het verlengen van de termijn</source>
        <translation>Reason for extending the deadline</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="307"/>
        <source>Verleng termijn</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="308"/>
        <source>Verleng de termijn met twee maanden</source>
        <translation>Extend the deadline by two months</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="310"/>
        <source>De termijn is verlengd tot %1; de ouder ziet dat met de reden.</source>
        <translation>The deadline has been extended until %1; the parent sees this with the reason.</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="318"/>
        <source>Verbetering van het feit (een nieuwe versie; de oude blijft te lezen)</source>
        <translation>Correction of the fact (a new version; the old one stays readable)</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="319"/>
        <source>Eigen visie van de ouder (komt naast de mening; de mening blijft staan)</source>
        <translation>The parent&apos;s own view (added beside the opinion; the opinion stays)</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="339"/>
        <source>Verbeterde tekst</source>
        <translation>Corrected text</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="339"/>
        <source>Eigen visie van de ouder</source>
        <translation>The parent&apos;s own view</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="344"/>
        <source>Verbetering overnemen</source>
        <translation>Accept the correction</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="344"/>
        <source>Eigen visie toevoegen</source>
        <translation>Add the own view</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="348"/>
        <source>De notitie is verbeterd; de reactie is verwerkt.</source>
        <translation>The note was corrected; the response is done.</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="351"/>
        <source>De eigen visie staat nu naast de mening; de reactie is verwerkt.</source>
        <translation>The own view is now beside the opinion; the response is done.</translation>
    </message>
</context>
<context>
    <name>KeyLegend</name>
    <message>
        <location filename="../qml/KeyLegend.qml" line="12"/>
        <source>feit</source>
        <translation>fact</translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="12"/>
        <source>mening</source>
        <translation>opinion</translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="12"/>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="12"/>
        <source>onbeoordeeld</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="13"/>
        <source>suggestie overnemen</source>
        <translation>accept the suggestion</translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="13"/>
        <source>ongedaan maken</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="14"/>
        <source>volgende onbeoordeelde</source>
        <translation>next not assessed</translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="14"/>
        <source>volgende waarschuwing</source>
        <translation>next warning</translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="15"/>
        <source>vorige / volgende</source>
        <translation>previous / next</translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="15"/>
        <source>velden</source>
        <translation>fields</translation>
    </message>
    <message>
        <location filename="../qml/KeyLegend.qml" line="15"/>
        <source>terug</source>
        <translation>back</translation>
    </message>
</context>
<context>
    <name>LabelFields</name>
    <message>
        <location filename="../qml/LabelFields.qml" line="25"/>
        <source>Basis van een feit (1)</source>
        <translation>Basis of a fact (1)</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="34"/>
        <source>document: … of waarneming: …</source>
        <translation>document: … or observation: …</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="39"/>
        <source>Basis van een feit</source>
        <translation>Basis of a fact</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="42"/>
        <source>Welk document (van wanneer), of wanneer en waar het is waargenomen. Enter: opslaan als feit met deze basis.</source>
        <translation>Which document (of when), or when and where it was observed. Enter: save as a fact with this basis.</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="54"/>
        <source>Met wie gesproken (bron, 3)</source>
        <translation>Spoken to (source, 3)</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="55"/>
        <source>Nog niemand gekozen</source>
        <translation>Nobody chosen yet</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="74"/>
        <source>Van wie is de mening (2)</source>
        <translation>Whose opinion is it (2)</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="75"/>
        <source>Niemand gekozen (de auteur)</source>
        <translation>Nobody chosen (the author)</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="89"/>
        <source>Conclusie rust op de feiten (2)</source>
        <translation>Conclusion rests on the facts (2)</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="108"/>
        <source>Weg</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="110"/>
        <source>Dit feit weghalen</source>
        <translation>Remove this fact</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="119"/>
        <source>Zoek een feit…</source>
        <translation>Find a fact…</translation>
    </message>
    <message>
        <location filename="../qml/LabelFields.qml" line="120"/>
        <source>Feit zoeken waarop de conclusie rust</source>
        <translation>Find a fact the conclusion rests on</translation>
    </message>
</context>
<context>
    <name>LabelPage</name>
    <message>
        <location filename="../qml/LabelPage.qml" line="34"/>
        <source>Nog niet beoordeeld</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="101"/>
        <source>notitie %1 van %2</source>
        <translation>note %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="106"/>
        <source>Volgende onbeoordeelde (N)</source>
        <translation>Next not assessed (N)</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="108"/>
        <source>Naar de volgende notitie die nog niet beoordeeld is</source>
        <translation>To the next note that has not been assessed</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="112"/>
        <source>Volgende waarschuwing (W)</source>
        <translation>Next warning (W)</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="114"/>
        <source>Naar de volgende notitie met een waarschuwing</source>
        <translation>To the next note with a warning</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="118"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="121"/>
        <source>Het laatste label ongedaan maken</source>
        <translation>Undo the last label</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="140"/>
        <source>Notitie om te labelen</source>
        <translation>Note to label</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="170"/>
        <source>Dit dossier heeft nog geen notities. Importeer eerst een document.</source>
        <translation>This case file has no notes yet. Import a document first.</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="210"/>
        <source>onder het kopje %1</source>
        <translation>under the heading %1</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="255"/>
        <source>Typ de basis rechts en druk op Enter.</source>
        <translation>Type the basis on the right and press Enter.</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="256"/>
        <source>Kies rechts met wie er gesproken is en druk op Enter.</source>
        <translation>Choose on the right who was spoken to and press Enter.</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="280"/>
        <source>Suggestie (nog niet opgeslagen): %1</source>
        <translation>Suggestion (not saved yet): %1</translation>
    </message>
    <message>
        <location filename="../qml/LabelPage.qml" line="289"/>
        <source>Waarom: %1. Enter neemt de suggestie over.</source>
        <translation>Why: %1. Enter accepts the suggestion.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="18"/>
        <source>Inzage — %1</source>
        <translation>Inzage — %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="18"/>
        <location filename="../qml/Main.qml" line="93"/>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="105"/>
        <source>Toetser · alleen lezen</source>
        <translation>Reviewer · read-only</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="108"/>
        <source>U bekijkt dit dossier als toetser, alleen lezen</source>
        <translation>You are viewing this case file as a reviewer, read-only</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="112"/>
        <source>Dossiernummer %1</source>
        <translation>Case file number %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="119"/>
        <source>deze pagina</source>
        <translation>this page</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="127"/>
        <source>Tekstgrootte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="131"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="135"/>
        <location filename="../qml/Main.qml" line="137"/>
        <source>Kleinere tekst (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="144"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="148"/>
        <location filename="../qml/Main.qml" line="150"/>
        <source>Grotere tekst (Ctrl+=)</source>
        <translation>Larger text (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="164"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="174"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="176"/>
        <source>Dossier sluiten</source>
        <translation>Close case file</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="181"/>
        <source>Spoed</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="186"/>
        <location filename="../qml/Main.qml" line="188"/>
        <source>Spoed: wie belt u bij gevaar (F12)</source>
        <translation>Emergency: who to call in danger (F12)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="246"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Mijn dossier</source>
        <translation>My case file</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Mijn reacties</source>
        <translation>My responses</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Gesproken met</source>
        <translation>Spoken with</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Wie doet wat</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Mijn rechten</source>
        <translation>My rights</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Veranderingen</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>MyAnswersPage</name>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="15"/>
        <source>Mijn reacties</source>
        <translation>My responses</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="21"/>
        <source>Hier ziet u alles wat u heeft gereageerd, en wat er mee gebeurd is. Een reactie wordt nooit overschreven: als u iets verandert, blijft de oude versie bewaard.</source>
        <translation>Here you see all your responses, and what was done with them. A response is never overwritten: if you change something, the old version is kept.</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="99"/>
        <source>Nieuw antwoord</source>
        <translation>New answer</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="102"/>
        <source>Op notitie %1: “%2”</source>
        <translation>On note %1: “%2”</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="67"/>
        <location filename="../qml/MyAnswersPage.qml" line="106"/>
        <source>Antwoord van %1: %2</source>
        <translation>Answer from %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="42"/>
        <source>Uw reacties: %1</source>
        <translation>Your responses: %1</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="64"/>
        <source>Nieuw antwoord.</source>
        <translation>New answer.</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="65"/>
        <source>Uw reactie op notitie %1, %2: “%3”.</source>
        <translation>Your response to note %1, %2: “%3”.</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="66"/>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="114"/>
        <source>Uw hulpverlener heeft meer tijd genomen om te antwoorden: u hoort uiterlijk %1 iets. De reden: %2</source>
        <translation>Your care worker has taken more time to answer: you will hear by %1. The reason: %2</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="123"/>
        <source>Nog geen antwoord. Heeft uw hulpverlener het bestand gekregen, dan hoort u binnen een maand iets.</source>
        <translation>No answer yet. If your care worker got the file, you will hear something within one month.</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="124"/>
        <source>Deze reactie staat alleen op deze computer. Klik bovenaan op &quot;Verstuur mijn reacties&quot; om hem te versturen.</source>
        <translation>This response is only on this computer. Click &quot;Send my responses&quot; at the top to send it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MyAnswersPage.qml" line="131"/>
        <source>U heeft deze reactie %n keer veranderd. Eerdere versies blijven bewaard.</source>
        <translation>
            <numerusform>You changed this response %n time. Earlier versions are kept.</numerusform>
            <numerusform>You changed this response %n times. Earlier versions are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="139"/>
        <source>Reactie veranderen</source>
        <translation>Change response</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="140"/>
        <source>Reactie op notitie %1 veranderen</source>
        <translation>Change response to note %1</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="147"/>
        <source>Let op: de notitie is aangepast nadat u reageerde.</source>
        <translation>Please note: the note was changed after you responded.</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="157"/>
        <source>U heeft nog nergens op gereageerd.</source>
        <translation>You have not responded to anything yet.</translation>
    </message>
</context>
<context>
    <name>OpenMemory</name>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="38"/>
        <source>Het dossier kon niet worden gelezen.</source>
        <translation>The case file could not be read.</translation>
    </message>
</context>
<context>
    <name>PaperButton</name>
    <message>
        <location filename="../qml/PaperButton.qml" line="14"/>
        <location filename="../qml/PaperButton.qml" line="64"/>
        <source>Op papier</source>
        <translation>On paper</translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="15"/>
        <source>Mijn reacties op papier zetten (PDF), Ctrl+P</source>
        <translation>Put my responses on paper (PDF), Ctrl+P</translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="16"/>
        <source>Mijn dossier op papier zetten (PDF), Ctrl+P</source>
        <translation>Put my file on paper (PDF), Ctrl+P</translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="18"/>
        <source>Bewaar als PDF om te printen of aan uw advocaat of het AKJ te geven (Ctrl+P)</source>
        <translation>Save as PDF to print or to give to your lawyer or the AKJ (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="30"/>
        <source>Klaar. Het bestand %1 is gemaakt. U kunt het printen of meegeven aan uw advocaat of het AKJ. Let op: het bestand is niet versleuteld. Iedereen die het bestand heeft, kan het lezen.</source>
        <translation>Done. The file %1 has been made. You can print it or give it to your lawyer or the AKJ. Note: the file is not encrypted. Anyone who has the file can read it.</translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="44"/>
        <source>Waar wilt u Mijn reacties als PDF bewaren?</source>
        <translation>Where do you want to save My responses as PDF?</translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="45"/>
        <source>Waar wilt u Mijn dossier als PDF bewaren?</source>
        <translation>Where do you want to save My file as PDF?</translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="47"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="49"/>
        <source>Bewaar hier</source>
        <translation>Save here</translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="50"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/PaperButton.qml" line="64"/>
        <source>Het is niet gelukt</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>PaperController</name>
    <message>
        <location filename="../src/app/PaperController.cpp" line="31"/>
        <source>mijn-reacties</source>
        <translation>my-responses</translation>
    </message>
    <message>
        <location filename="../src/app/PaperController.cpp" line="32"/>
        <source>mijn-dossier</source>
        <translation>my-file</translation>
    </message>
    <message>
        <location filename="../src/app/PaperController.cpp" line="44"/>
        <source>Open eerst uw dossier.</source>
        <translation>Open your file first.</translation>
    </message>
</context>
<context>
    <name>ParentsPage</name>
    <message>
        <location filename="../qml/ParentsPage.qml" line="69"/>
        <source>Antwoordbestand van een ouder openen</source>
        <translation>Open a parent&apos;s answer file</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="70"/>
        <source>Updatebestand bewaren als</source>
        <translation>Save update file as</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="71"/>
        <source>Ouderexemplaar bewaren als</source>
        <translation>Save parent copy as</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="72"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="72"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="73"/>
        <location filename="../qml/ParentsPage.qml" line="139"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="74"/>
        <source>Antwoordbestanden (*.inzage-reacties)</source>
        <translation>Answer files (*.inzage-reacties)</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="74"/>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="75"/>
        <source>Updatebestanden (*.inzage-update)</source>
        <translation>Update files (*.inzage-update)</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="76"/>
        <source>Inzage-dossiers (*.inzage)</source>
        <translation>Inzage case files (*.inzage)</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="101"/>
        <source>Ouderexemplaar voor %1</source>
        <translation>Parent copy for %1</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="113"/>
        <source>Kies een wachtwoord voor %1. Geef het apart van het bestand, bijvoorbeeld in een gesprek of per telefoon, nooit in dezelfde mail.</source>
        <translation>Choose a passphrase for %1. Give it separately from the file, for example in a conversation or by phone, never in the same e-mail.</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="118"/>
        <location filename="../qml/ParentsPage.qml" line="124"/>
        <source>Wachtwoord voor de ouder</source>
        <translation>Passphrase for the parent</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="127"/>
        <location filename="../qml/ParentsPage.qml" line="133"/>
        <source>Nog een keer hetzelfde wachtwoord</source>
        <translation>The same passphrase once more</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="138"/>
        <source>Verder: kies waar het bestand komt</source>
        <translation>Next: choose where the file goes</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="149"/>
        <source>Ouders</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="155"/>
        <source>Elke ouder, en een kind vanaf 12 jaar, krijgt een eigen exemplaar met alleen wat hij of zij mag zien. Stuur daarna updates; de reacties van de ouder leest u hier in.</source>
        <translation>Each parent, and a child from 12, gets their own copy with only what they may see. Then send updates; you read the parent&apos;s responses in here.</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="163"/>
        <source>Reacties van een ouder inlezen…</source>
        <translation>Read in a parent&apos;s responses…</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="165"/>
        <source>Lees een antwoordbestand van een ouder in</source>
        <translation>Read in an answer file from a parent</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="180"/>
        <source>Er staat nog geen ouder in dit dossier. Voeg de ouder toe op de pagina Dossier (rol ouder).</source>
        <translation>There is no parent in this case file yet. Add the parent on the Case file page (role parent).</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="194"/>
        <source>Ouders en hun exemplaren</source>
        <translation>Parents and their copies</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ParentsPage.qml" line="209"/>
        <source>%n exemplaar/exemplaren</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="229"/>
        <source>Maak ouderexemplaar…</source>
        <translation>Make parent copy…</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="231"/>
        <source>Maak een ouderexemplaar voor %1</source>
        <translation>Make a parent copy for %1</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="242"/>
        <source>Nog geen exemplaar gemaakt.</source>
        <translation>No copy made yet.</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="251"/>
        <source>Exemplaar van %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="257"/>
        <source>Schrijf update…</source>
        <translation>Write update…</translation>
    </message>
    <message>
        <location filename="../qml/ParentsPage.qml" line="259"/>
        <source>Schrijf een updatebestand voor het exemplaar van %1 van %2</source>
        <translation>Write an update file for the copy of %1 of %2</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message numerus="yes">
        <location filename="../src/app/PeopleModel.cpp" line="24"/>
        <source>%n keer gesproken</source>
        <translation>
            <numerusform>spoken to once</numerusform>
            <numerusform>spoken to %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="28"/>
        <source>%1, op %2.</source>
        <translation>%1, on %2.</translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="29"/>
        <source>%1, van %2 tot %3.</source>
        <translation>%1, from %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/PeopleModel.cpp" line="42"/>
        <source>%n keer %1</source>
        <translation>
            <numerusform>%1 once</numerusform>
            <numerusform>%1 %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="92"/>
        <source>Afgeschermde bron</source>
        <translation>Protected source</translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="108"/>
        <source>datum onbekend</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="109"/>
        <source>op %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="155"/>
        <source>Met iedereen uit het gezin is gesproken.</source>
        <translation>Everyone in the family was spoken to.</translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="156"/>
        <source>Niet mee gesproken: %1.</source>
        <translation>Not spoken to: %1.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../qml/PersonPicker.qml" line="46"/>
        <source>%1 (suggestie)</source>
        <translation>%1 (suggestion)</translation>
    </message>
    <message>
        <location filename="../qml/PersonPicker.qml" line="54"/>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/PersonPicker.qml" line="56"/>
        <source>%1 wissen</source>
        <translation>Clear %1</translation>
    </message>
    <message>
        <location filename="../qml/PersonPicker.qml" line="63"/>
        <source>Typ een naam…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <location filename="../qml/PersonPicker.qml" line="86"/>
        <source>Nieuwe persoon: %1</source>
        <translation>New person: %1</translation>
    </message>
</context>
<context>
    <name>PlainWordsDialog</name>
    <message>
        <location filename="../qml/PlainWordsDialog.qml" line="15"/>
        <source>Wat betekent dit?</source>
        <translation>What does this mean?</translation>
    </message>
    <message>
        <location filename="../qml/PlainWordsDialog.qml" line="90"/>
        <source>Woorden die u kunt tegenkomen</source>
        <translation>Words you may come across</translation>
    </message>
</context>
<context>
    <name>ProWorkspace</name>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="47"/>
        <source>Labelen</source>
        <translation>Labelling</translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="47"/>
        <source>Reacties</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="47"/>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="47"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="47"/>
        <source>Ouders</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="51"/>
        <source>%1 (%2 te laat)</source>
        <translation>%1 (%2 late)</translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="55"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../qml/ProWorkspace.qml" line="56"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../src/app/ReadAloud.cpp" line="15"/>
        <source>Voorlezen werkt niet op deze computer: er is geen spraakprogramma geïnstalleerd.</source>
        <translation>Reading aloud does not work on this computer: no speech program is installed.</translation>
    </message>
    <message>
        <location filename="../src/app/ReadAloud.cpp" line="46"/>
        <source>Voorlezen lukte niet: het spraakprogramma geeft een fout.</source>
        <translation>Reading aloud failed: the speech program reports an error.</translation>
    </message>
    <message>
        <location filename="../src/app/ReadAloud.cpp" line="67"/>
        <source>Voorlezen werkt niet: er is geen Engelse stem op deze computer.</source>
        <translation>Reading aloud does not work: there is no English voice on this computer.</translation>
    </message>
    <message>
        <location filename="../src/app/ReadAloud.cpp" line="68"/>
        <source>Voorlezen werkt niet: er is geen Nederlandse stem op deze computer.</source>
        <translation>Reading aloud does not work: there is no Dutch voice on this computer.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="20"/>
        <source>Voorlezen kan hier niet</source>
        <translation>Reading aloud is not possible here</translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="20"/>
        <source>■ Stop (Ctrl+L)</source>
        <translation>■ Stop (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="20"/>
        <source>▶ Lees voor</source>
        <translation>▶ Read aloud</translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="28"/>
        <source>Lees %1 voor. %2</source>
        <translation>Read %1 aloud. %2</translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="29"/>
        <source>Stop met voorlezen (Ctrl+L)</source>
        <translation>Stop reading aloud (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../qml/ReadAloudButton.qml" line="29"/>
        <location filename="../qml/ReadAloudButton.qml" line="31"/>
        <source>Lees %1 voor (Ctrl+L)</source>
        <translation>Read %1 aloud (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../qml/ReportPage.qml" line="22"/>
        <source>Kies een bestand op deze computer om het rapport in te bewaren.</source>
        <translation>Choose a file on this computer to keep the report in.</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="29"/>
        <source>Het concept is bewaard in %1. De ouders krijgen minstens 5 werkdagen om te reageren: tot en met %2.</source>
        <translation>The draft was saved in %1. The parents get at least 5 working days to respond: up to and including %2.</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="31"/>
        <source>Het definitieve rapport is bewaard in %1.</source>
        <translation>The final report was saved in %1.</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="39"/>
        <source>Het definitieve rapport kan nog niet: los eerst de %1 punten hieronder op. Een concept kan wel.</source>
        <translation>The final report is not possible yet: first resolve the %1 points below. A draft is possible.</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="46"/>
        <source>Vastgelegd: het concept gaat naar de ouders; zij kunnen reageren tot en met %1. Schrijf nu voor elke ouder een update op de pagina Ouders (Ctrl+5).</source>
        <translation>Recorded: the draft goes to the parents; they can respond up to and including %1. Now write an update for each parent on the Parents page (Ctrl+5).</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="69"/>
        <source>Concept bewaren als</source>
        <translation>Save draft as</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="69"/>
        <source>Definitief rapport bewaren als</source>
        <translation>Save final report as</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="74"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="75"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="76"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="86"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="94"/>
        <source>Alles is nagelopen: het rapport kan definitief worden gemaakt.</source>
        <translation>Everything has been checked: the report can be made final.</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="95"/>
        <source>%1 punten houden het definitieve rapport tegen. Kies een punt en druk op Enter om de notitie te openen.</source>
        <translation>%1 points hold up the final report. Choose a point and press Enter to open the note.</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="106"/>
        <source>Maak concept</source>
        <translation>Make draft</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="108"/>
        <source>Maak een concept van het rapport</source>
        <translation>Make a draft of the report</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="112"/>
        <source>Maak definitief rapport</source>
        <translation>Make final report</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="115"/>
        <source>Maak het definitieve rapport</source>
        <translation>Make the final report</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="119"/>
        <source>Concept naar de ouders</source>
        <translation>Draft to the parents</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="121"/>
        <source>Stuur het concept naar de ouders, met minstens 5 werkdagen om te reageren</source>
        <translation>Send the draft to the parents, with at least 5 working days to respond</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="152"/>
        <source>Wat het rapport tegenhoudt</source>
        <translation>What holds up the report</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="183"/>
        <source>Open notitie %1</source>
        <translation>Open note %1</translation>
    </message>
</context>
<context>
    <name>ReviewerDashboard</name>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="37"/>
        <source>Cijfers van dit dossier</source>
        <translation>Figures of this case file</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="44"/>
        <source>%1 notities. Gelezen op %2, logboek tot %3.</source>
        <translation>%1 notes. Read on %2, log up to %3.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="55"/>
        <source>Bevindingen: %1 hoog, %2 middel, %3 laag.</source>
        <translation>Findings: %1 high, %2 medium, %3 low.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="65"/>
        <source>Naar de bevindingen</source>
        <translation>To the findings</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="69"/>
        <source>Naar de lijst met bevindingen</source>
        <translation>To the list of findings</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="90"/>
        <source>Reacties van de ouders</source>
        <translation>Responses of the parents</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="101"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="102"/>
        <source>Afgehandeld</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="103"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="104"/>
        <source>Over de termijn</source>
        <translation>Past the deadline</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="105"/>
        <source>Mediaan dagen tot afhandeling</source>
        <translation>Median days to handling</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="159"/>
        <source>Bronvermelding in het hele dossier</source>
        <translation>Source attribution in the whole case file</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="173"/>
        <source>Met wie is gesproken (aantal notities)</source>
        <translation>Who was spoken to (number of notes)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="192"/>
        <source>Nooit gesproken (ouders en kinderen)</source>
        <translation>Never spoken to (parents and children)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="200"/>
        <source>Met elke ouder en elk kind in het dossier is gesproken.</source>
        <translation>Every parent and every child in the case file was spoken to.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="228"/>
        <source>Per onderdeel en per maand:</source>
        <translation>Per section and per month:</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="257"/>
        <source>Per onderdeel: %1</source>
        <translation>Per section: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerDashboard.qml" line="267"/>
        <source>Per maand: %1</source>
        <translation>Per month: %1</translation>
    </message>
</context>
<context>
    <name>ReviewerView</name>
    <message>
        <location filename="../qml/ReviewerView.qml" line="33"/>
        <source>Alleen lezen: u bekijkt dit dossier als toetser. Inzage schrijft niets in het dossier; het bestand blijft precies zoals het was.</source>
        <translation>Read-only: you are viewing this case file as a reviewer. Inzage writes nothing in the case file; the file stays exactly as it was.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerView.qml" line="48"/>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerView.qml" line="48"/>
        <source>Bevindingen (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewerView.qml" line="48"/>
        <source>Steekproef</source>
        <translation>Sample</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <location filename="../qml/RightsPage.qml" line="15"/>
        <source>Mijn rechten</source>
        <translation>My rights</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="18"/>
        <source>U mag uw dossier lezen (inzage)</source>
        <translation>You may read your case file (inzage)</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="19"/>
        <source>U mag lezen wat er over u en uw kinderen is opgeschreven. Vraag erom bij de organisatie. Zij moeten binnen een maand antwoorden. Soms mag dat twee maanden langer duren; dat moeten ze u dan binnen een maand laten weten.</source>
        <translation>You may read what was written about you and your children. Ask the organisation for it. They must answer within one month. Sometimes they may take two months longer. If so, they must tell you within one month.</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="20"/>
        <source>U mag uw eigen verhaal toevoegen (eigen verklaring)</source>
        <translation>You may add your own story (own statement)</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="21"/>
        <source>Bent u het ergens niet mee eens? Dan mag u uw eigen verklaring laten toevoegen aan het dossier. Gebruik daarvoor bij een notitie ‘Ik wil iets aanvullen’.</source>
        <translation>Do you disagree with something? Then you may have your own statement added to the case file. To do this, use ‘I want to add something’ on a note.</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="22"/>
        <source>U mag vragen om iets te verbeteren (correctie)</source>
        <translation>You may ask for something to be corrected (correction)</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="23"/>
        <source>Staat er iets in dat feitelijk niet klopt? Dan mag u vragen om het te verbeteren. U krijgt binnen een maand antwoord. Wordt uw verzoek afgewezen, dan moet de organisatie zeggen waarom.</source>
        <translation>Is there a fact in it that is not correct? Then you may ask for it to be corrected. You get an answer within one month. If your request is refused, the organisation must say why.</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="24"/>
        <source>U mag vragen om gegevens te vernietigen</source>
        <translation>You may ask for information to be destroyed</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="25"/>
        <source>U mag vragen om (een deel van) het dossier te vernietigen. De organisatie moet dat binnen drie maanden doen, behalve als een wet of het belang van een ander dat verbiedt. Dan hoort u waarom.</source>
        <translation>You may ask for (part of) the case file to be destroyed. The organisation must do this within three months, unless a law or the interests of someone else do not allow it. Then you will be told why.</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="26"/>
        <source>U mag een klacht indienen</source>
        <translation>You may make a complaint</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="27"/>
        <source>Bent u niet tevreden over hoe u behandeld bent? Praat er eerst over met uw contactpersoon of diens leidinggevende. Helpt dat niet, dan kunt u een klacht indienen bij de klachtencommissie van de organisatie. Een vertrouwenspersoon (AKJ) kan u gratis helpen.</source>
        <translation>Are you unhappy with how you were treated? First talk about it with your contact person or their manager. If that does not help, you can make a complaint to the complaints committee of the organisation. A confidential adviser (AKJ) can help you for free.</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="28"/>
        <source>Reageren op een rapport van de Raad</source>
        <translation>Responding to a report from the Child Protection Board</translation>
    </message>
    <message>
        <location filename="../qml/RightsPage.qml" line="29"/>
        <source>U krijgt een concept van het rapport van de Raad voor de Kinderbescherming en heeft minstens 5 werkdagen om te reageren. Uw reactie komt bij het rapport.</source>
        <translation>You get a draft of the report from the Child Protection Board (Raad voor de Kinderbescherming). You have at least 5 working days to respond. Your response is added to the report.</translation>
    </message>
</context>
<context>
    <name>SamplePage</name>
    <message>
        <location filename="../qml/SamplePage.qml" line="31"/>
        <source>Steekproef voor een controle met de hand</source>
        <translation>Sample for a manual check</translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="40"/>
        <source>Uw vinkjes blijven alleen in dit venster en verdwijnen als u het dossier sluit: het dossier wordt nooit beschreven. Noteer de seed; met dezelfde seed trekt u later dezelfde notities.</source>
        <translation>Your ticks stay only in this window and disappear when you close the case file: the case file is never written. Write down the seed; with the same seed you draw the same notes later.</translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="50"/>
        <source>Aantal notities</source>
        <translation>Number of notes</translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="63"/>
        <source>Seed (leeg: Inzage kiest er een)</source>
        <translation>Seed (empty: Inzage chooses one)</translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="78"/>
        <source>Trek de steekproef</source>
        <translation>Draw the sample</translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="108"/>
        <source>%1 van %2 punten afgevinkt (alleen in dit venster).</source>
        <translation>%1 of %2 points ticked (only in this window).</translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="134"/>
        <source>Notitie %1 · %2%3</source>
        <translation>Note %1 · %2%3</translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="149"/>
        <source>Geschiedenis van notitie %1</source>
        <translation>History of note %1</translation>
    </message>
    <message>
        <location filename="../qml/SamplePage.qml" line="163"/>
        <source>Notitie %1: %2</source>
        <translation>Note %1: %2</translation>
    </message>
</context>
<context>
    <name>SpokenWithPage</name>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="23"/>
        <source>Met wie is er gesproken?</source>
        <translation>Who was spoken to?</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="46"/>
        <source>Met wie is er gesproken: lijst van %1</source>
        <translation>Who was spoken to: list of %1</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="61"/>
        <source>Met deze persoon is niet gesproken.</source>
        <translation>This person was not spoken to.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SpokenWithPage.qml" line="62"/>
        <source>Komt voor in %Ln notitie(s).</source>
        <translation>
            <numerusform>Appears in %Ln note.</numerusform>
            <numerusform>Appears in %Ln notes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="88"/>
        <source>Hoe: %1.</source>
        <translation>How: %1.</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="96"/>
        <source>Alle gesprekken: %1.</source>
        <translation>All conversations: %1.</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="101"/>
        <source>Afgeschermde bron. Reden: %1</source>
        <translation>Hidden source. Reason: %1</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="108"/>
        <source>Minder tonen</source>
        <translation>Show less</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="108"/>
        <source>Alle gesprekken tonen (%1)</source>
        <translation>Show all conversations (%1)</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="109"/>
        <source>Minder tonen over %1</source>
        <translation>Show less about %1</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="110"/>
        <source>Alle %1 gesprekken met %2 tonen</source>
        <translation>Show all %1 conversations with %2</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="117"/>
        <source>Toon deze notities</source>
        <translation>Show these notes</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="120"/>
        <source>Toon de notities waarin met %1 is gesproken</source>
        <translation>Show the notes in which %1 was spoken to</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/UnlockPage.qml" line="50"/>
        <source>Uw dossier openen</source>
        <translation>Open your case file</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="57"/>
        <source>Typ het wachtwoord dat u zelf heeft gekozen voor uw exemplaar van het dossier.</source>
        <translation>Type the password that you chose yourself for your copy of the case file.</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="67"/>
        <source>Bestand: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="67"/>
        <source>Nog geen bestand gekozen.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="75"/>
        <source>Ander bestand kiezen…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="76"/>
        <source>Kies het dossierbestand</source>
        <translation>Choose the case file</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="94"/>
        <source>Eerder geopend:</source>
        <translation>Opened before:</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="108"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="121"/>
        <location filename="../qml/UnlockPage.qml" line="125"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="134"/>
        <source>Openen als toetser / alleen lezen</source>
        <translation>Open as reviewer / read-only</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="137"/>
        <source>Openen als toetser, alleen lezen: het dossier wordt niet veranderd</source>
        <translation>Open as reviewer, read-only: the case file is not changed</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="143"/>
        <location filename="../qml/UnlockPage.qml" line="222"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="149"/>
        <source>Dossier openen</source>
        <translation>Open case file</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/UnlockPage.qml" line="164"/>
        <source>U kunt het over %n seconde(n) opnieuw proberen.</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="178"/>
        <source>Inzage gaat vanzelf dicht als u niets doet, na:</source>
        <translation>Inzage closes by itself when you do nothing, after:</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="190"/>
        <source>2 minuten</source>
        <translation>2 minutes</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="191"/>
        <source>5 minuten</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="192"/>
        <source>10 minuten</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="193"/>
        <source>15 minuten</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="194"/>
        <source>30 minuten</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="195"/>
        <source>1 uur</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="207"/>
        <source>Komt er iemand bij u die het dossier niet mag zien? Druk op Ctrl+Shift+H: Inzage gaat meteen dicht en verdwijnt van het scherm.</source>
        <translation>Is someone coming who may not see the file? Press Ctrl+Shift+H: Inzage closes at once and disappears from the screen.</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="220"/>
        <source>Kies uw dossierbestand</source>
        <translation>Choose your case file</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="223"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="224"/>
        <source>Inzage-dossier (*.inzage)</source>
        <translation>Inzage case file (*.inzage)</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="224"/>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>WhoDoesWhatPage</name>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="17"/>
        <source>Klaar. Het bestand %1 is gemaakt. Open het met uw agenda (bijvoorbeeld door erop te dubbelklikken) om de afspraken over te nemen. Dit bestand is niet versleuteld: gooi het weg als de afspraken in uw agenda staan.</source>
        <translation>Done. The file %1 has been made. Open it with your calendar (for instance by double-clicking it) to add the appointments. This file is not encrypted: throw it away once the appointments are in your calendar.</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="32"/>
        <source>Wie doet wat</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="44"/>
        <source>Uw vaste contactpersoon</source>
        <translation>Your regular contact person</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="46"/>
        <source>Nog niet bekend.</source>
        <translation>Not known yet.</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="51"/>
        <source>Als uw contactpersoon er niet is</source>
        <translation>If your contact person is not there</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="52"/>
        <source>Dan helpt %1 u.</source>
        <translation>Then %1 will help you.</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="53"/>
        <source>Er is nog geen vervanger genoemd. Vraag ernaar: u heeft recht op een vast aanspreekpunt.</source>
        <translation>No stand-in has been named yet. Ask about it: you have a right to a regular contact person.</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="56"/>
        <source>Bereikbaar</source>
        <translation>How to reach them</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="57"/>
        <source>Kantooruren: %1 op werkdagen, nummer %2.</source>
        <translation>Office hours: %1 on working days, number %2.</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="58"/>
        <source>Buiten kantooruren: %1.</source>
        <translation>Outside office hours: %1.</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="62"/>
        <source>Waar bent u nu?</source>
        <translation>Where are you now?</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="82"/>
        <source>%1 (hier bent u nu)</source>
        <translation>%1 (you are here now)</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="106"/>
        <source>Wat gebeurt er nu?</source>
        <translation>What happens now?</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="115"/>
        <source>Afspraken en toezeggingen</source>
        <translation>Appointments and promises</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="119"/>
        <source>Zet in mijn agenda</source>
        <translation>Add to my calendar</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="121"/>
        <source>Zet in mijn agenda: bewaar de afspraken als agendabestand</source>
        <translation>Add to my calendar: save the appointments as a calendar file</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="154"/>
        <source>met %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="166"/>
        <source>Waar wilt u het agendabestand bewaren?</source>
        <translation>Where do you want to save the calendar file?</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="168"/>
        <source>Agendabestand (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="170"/>
        <source>Bewaar hier</source>
        <translation>Save here</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="171"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../src/app/Wording.cpp" line="15"/>
        <source>Feit</source>
        <translation>Fact</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="16"/>
        <source>Mening</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="17"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="20"/>
        <source>Nog niet beoordeeld</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="26"/>
        <source>in een gesprek</source>
        <translation>in a conversation</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="27"/>
        <source>aan de telefoon</source>
        <translation>on the phone</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="28"/>
        <source>bij een huisbezoek</source>
        <translation>during a home visit</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="29"/>
        <source>op papier of per mail</source>
        <translation>on paper or by email</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="32"/>
        <source>op een onbekende manier</source>
        <translation>in an unknown way</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="38"/>
        <source>Dit klopt</source>
        <translation>This is correct</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="39"/>
        <source>Dit klopt niet</source>
        <translation>This is not correct</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="40"/>
        <source>Aanvulling (eigen verklaring)</source>
        <translation>Addition (own statement)</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="41"/>
        <source>Verzoek om te verbeteren</source>
        <translation>Request for correction</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="44"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="50"/>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="51"/>
        <source>In behandeling</source>
        <translation>Being dealt with</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="52"/>
        <source>Verwerkt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="55"/>
        <source>Afgewezen</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="61"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="62"/>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="63"/>
        <source>Raad voor de Kinderbescherming</source>
        <translation>Child Protection Board (Raad voor de Kinderbescherming)</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="64"/>
        <source>Kinderrechter</source>
        <translation>Juvenile court judge</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="65"/>
        <source>Jeugdbescherming (gecertificeerde instelling)</source>
        <translation>Youth protection (certified organisation)</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="68"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="128"/>
        <source>Nog niet verstuurd</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="130"/>
        <source>Verstuurd op %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="299"/>
        <location filename="../src/app/AppointmentModel.cpp" line="43"/>
        <location filename="../src/app/EntryListModel.cpp" line="23"/>
        <location filename="../src/app/LabelController.cpp" line="379"/>
        <location filename="../src/app/Wording.cpp" line="85"/>
        <source>Afgeschermde bron</source>
        <translation>Protected source</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="90"/>
        <source>Gesproken met %1</source>
        <translation>Spoken with %1</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="92"/>
        <source>op %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="96"/>
        <source>De naam is afgeschermd. Reden: %1</source>
        <translation>The name is hidden. Reason: %1</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="104"/>
        <source>de afgeschermde bron</source>
        <translation>the protected source</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="105"/>
        <source>Goedgekeurd door %1 op %2 (%3).</source>
        <translation>Approved by %1 on %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="109"/>
        <source>Dat was een eerdere versie van deze tekst.</source>
        <translation>That was an earlier version of this text.</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="118"/>
        <source>Dit staat in een document: %1</source>
        <translation>This is written in a document: %1</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="119"/>
        <source>Zelf gezien of gehoord door de schrijver: %1</source>
        <translation>Seen or heard by the writer personally: %1</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="122"/>
        <source>Waarop dit feit rust, is niet vastgelegd.</source>
        <translation>It is not recorded what this fact is based on.</translation>
    </message>
</context>
<context>
    <name>inzage::Access</name>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="16"/>
        <source>Dit dossier is alleen-lezen geopend (als reviewer): u kunt lezen en controleren, niet wijzigen.</source>
        <translation>This case file is opened read-only (as a reviewer): you can read and check it, not change it.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="19"/>
        <source>Dit bestand is alleen-lezen geopend; er kan niets worden gewijzigd.</source>
        <translation>This file is opened read-only; nothing can be changed.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="26"/>
        <source>Dit is een ouderexemplaar: daarin kunt u alleen lezen en reageren.</source>
        <translation>This is a parent copy: in it you can only read and respond.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="30"/>
        <source>Alleen de ouder zelf kan de tekst van een reactie veranderen.</source>
        <translation>Only the parent can change the words of their response.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="37"/>
        <source>Reageren kan alleen in het ouderexemplaar van het dossier.</source>
        <translation>You can only respond in the parent copy of the case file.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="41"/>
        <source>Niet toegestaan.</source>
        <translation>Not allowed.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Access.cpp" line="51"/>
        <source>Wie doet deze wijziging? Er is geen naam opgegeven.</source>
        <translation>Who is making this change? No name was given.</translation>
    </message>
</context>
<context>
    <name>inzage::AnswerChoices</name>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="11"/>
        <source>Dit gebeurt nadat u uw reacties heeft verstuurd.</source>
        <translation>This happens after you have sent your responses.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="16"/>
        <source>Ik heb een vraag over deze notitie</source>
        <translation>I have a question about this note</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="17"/>
        <source>De hulpverlener beantwoordt uw vraag. Het antwoord ziet u bij deze notitie en bij Mijn reacties.</source>
        <translation>The care worker answers your question. You see the answer at this note and under My responses.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="28"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="57"/>
        <source>Dit klopt</source>
        <translation>This is correct</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="29"/>
        <source>De hulpverlener ziet dat u het hiermee eens bent. De notitie blijft zoals hij is.</source>
        <translation>The care worker sees that you agree. The note stays as it is.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="30"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="59"/>
        <source>Dit klopt niet</source>
        <translation>This is not correct</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="31"/>
        <source>De hulpverlener kijkt opnieuw naar dit feit en laat u weten wat er mee gebeurt.</source>
        <translation>The care worker looks at this fact again and lets you know what happens with it.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="32"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="62"/>
        <source>Verbeter dit</source>
        <translation>Correct this</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="33"/>
        <source>U vraagt om dit feit te verbeteren. U krijgt binnen een maand antwoord. Wordt het verbeterd, dan blijft de oude tekst te lezen in de geschiedenis. Wordt het niet verbeterd, dan hoort u waarom.</source>
        <translation>You ask for this fact to be corrected. You get an answer within one month. If it is corrected, the old text stays readable in the history. If it is not corrected, you are told why.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="36"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="52"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="66"/>
        <source>Ik wil iets aanvullen</source>
        <translation>I want to add something</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="37"/>
        <source>Wat u toevoegt, komt als uw eigen verklaring bij deze notitie in het dossier te staan.</source>
        <translation>What you add is put in the case file with this note as your own statement.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="41"/>
        <source>Ik ben het hiermee eens</source>
        <translation>I agree with this</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="42"/>
        <source>De hulpverlener ziet dat u het met deze mening eens bent.</source>
        <translation>The care worker sees that you agree with this opinion.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="43"/>
        <source>Ik zie het anders: mijn eigen visie toevoegen</source>
        <translation>I see it differently: add my own view</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="44"/>
        <source>Een mening wordt niet veranderd. Uw eigen visie komt naast deze mening in het dossier te staan, zodat iedereen die het dossier leest ook uw kant ziet.</source>
        <translation>An opinion is not changed. Your own view is put beside this opinion in the case file, so that everyone who reads the case file also sees your side.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="49"/>
        <source>Dit heeft deze persoon niet zo gezegd</source>
        <translation>This person did not say it like this</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="50"/>
        <source>De hulpverlener vraagt na wat deze persoon echt heeft gezegd en laat u weten wat er mee gebeurt.</source>
        <translation>The care worker checks what this person really said and lets you know what happens with it.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="53"/>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="67"/>
        <source>Wat u toevoegt, komt bij deze notitie in het dossier te staan.</source>
        <translation>What you add is put in the case file with this note.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="58"/>
        <source>De hulpverlener ziet dat u het hiermee eens bent.</source>
        <translation>The care worker sees that you agree.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="60"/>
        <source>De hulpverlener kijkt opnieuw naar deze notitie en laat u weten wat er mee gebeurt.</source>
        <translation>The care worker looks at this note again and lets you know what happens with it.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="63"/>
        <source>U vraagt om deze notitie te verbeteren. U krijgt binnen een maand antwoord. Wordt ze verbeterd, dan blijft de oude tekst te lezen in de geschiedenis. Wordt ze niet verbeterd, dan hoort u waarom.</source>
        <translation>You ask for this note to be corrected. You get an answer within a month. If it is corrected, the old text stays readable in the history. If it is not corrected, you hear why.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="83"/>
        <source>Een mening wordt niet veranderd op verzoek. Kies &quot;Ik zie het anders: mijn eigen visie toevoegen&quot;; dan komt uw visie naast deze mening te staan.</source>
        <translation>An opinion is not changed on request. Choose &quot;I see it differently: add my own view&quot;; then your view is put beside this opinion.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerChoices.cpp" line="89"/>
        <source>Deze keuze past niet bij deze notitie. Kies een van: %1.</source>
        <translation>This choice does not fit this note. Choose one of: %1.</translation>
    </message>
</context>
<context>
    <name>inzage::AnswerExchange</name>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="43"/>
        <source>De uitwisselingssleutel kon niet worden gelezen.</source>
        <translation>The exchange key could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="50"/>
        <source>De reacties konden niet worden gelezen.</source>
        <translation>The responses could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ExchangePayload.cpp" line="19"/>
        <source>Het antwoordbestand bevat gegevens die Inzage niet begrijpt. Er is niets ingelezen.</source>
        <translation>The answer file contains data that Inzage does not understand. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ExchangePayload.cpp" line="20"/>
        <source>Het updatebestand bevat gegevens die Inzage niet begrijpt. Er is niets ingelezen.</source>
        <translation>The update file contains data that Inzage does not understand. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ExchangePayload.cpp" line="35"/>
        <source>Dit updatebestand is gemaakt met een nieuwere versie van Inzage (inhoud versie %1). Er is niets ingelezen; werk Inzage bij en lees het daarna opnieuw in.</source>
        <translation>This update file was made with a newer version of Inzage (content version %1). Nothing was read in; update Inzage and then read it in again.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="140"/>
        <source>Het antwoordbestand kon niet worden ingelezen.</source>
        <translation>The answer file could not be read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="141"/>
        <source>Het updatebestand kon niet worden ingelezen.</source>
        <translation>The update file could not be read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="151"/>
        <source>reactie %1 hoort hier bij notitie %2, in het bestand bij notitie %3</source>
        <translation>response %1 belongs to note %2 here, but to note %3 in the file</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="157"/>
        <source>reactie %1 is van een andere ouder</source>
        <translation>response %1 is from another parent</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="168"/>
        <source>Het antwoordbestand bevat reacties op notities die in dit dossier niet (meer) bestaan (notitie %1). Er is niets ingelezen, ook de andere reacties niet; neem contact op met de professional.</source>
        <translation>The answer file contains responses to notes that do not exist (any more) in this case file (note %1). Nothing was read in, not even the other responses; please contact the professional.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="171"/>
        <source>Het updatebestand bevat reacties op notities die in dit dossier niet (meer) bestaan (notitie %1). Er is niets ingelezen, ook de andere reacties niet; neem contact op met de professional.</source>
        <translation>The update file contains responses to notes that do not exist (any more) in this case file (note %1). Nothing was read in, not even the other responses; please contact the professional.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="235"/>
        <source>reactie %1 versie %2 staat hier anders opgeslagen</source>
        <translation>version %2 of response %1 is stored differently here</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="258"/>
        <source>afhandeling %1 van reactie %2 staat hier anders opgeslagen</source>
        <translation>handling step %1 of response %2 is stored differently here</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="281"/>
        <source>de verlenging van reactie %1 staat hier anders opgeslagen</source>
        <translation>the extension of response %1 is stored differently here</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="318"/>
        <source>Het antwoordbestand spreekt op %n plaats(en) tegen wat hier al staat (%1). Er is niets ingelezen.</source>
        <translation>
            <numerusform>The answer file contradicts what is already here in %n place (%1). Nothing was read in.</numerusform>
            <numerusform>The answer file contradicts what is already here in %n places (%1). Nothing was read in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="321"/>
        <source>Het updatebestand spreekt op %n plaats(en) tegen wat hier al staat (%1). Er is niets ingelezen.</source>
        <translation>
            <numerusform>The update file contradicts what is already here in %n place (%1). Nothing was read in.</numerusform>
            <numerusform>The update file contradicts what is already here in %n places (%1). Nothing was read in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="347"/>
        <source>Dit antwoordbestand hoort bij een ander dossier (kenmerk %1) dan dit dossier (kenmerk %2). Er is niets ingelezen.</source>
        <translation>This answer file belongs to another case file (reference %1) than this case file (reference %2). Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="349"/>
        <source>Dit updatebestand hoort bij een ander dossier (kenmerk %1) dan dit dossier (kenmerk %2). Er is niets ingelezen.</source>
        <translation>This update file belongs to another case file (reference %1) than this case file (reference %2). Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="358"/>
        <source>Dit antwoordbestand komt uit een ouderexemplaar dat niet vanuit dit dossierbestand is gemaakt (uitwisseling %1). Er is niets ingelezen.</source>
        <translation>This answer file comes from a parent copy that was not made from this case file (exchange %1). Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="361"/>
        <source>Dit updatebestand is voor een ander ouderexemplaar van dit dossier (uitwisseling %1). Er is niets ingelezen.</source>
        <translation>This update file is for another parent copy of this case file (exchange %1). Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="436"/>
        <source>Een antwoordbestand maakt u vanuit het ouderexemplaar, niet vanuit het dossier van de professional.</source>
        <translation>You make an answer file from the parent copy, not from the professional&apos;s case file.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="443"/>
        <source>Dit ouderexemplaar mist zijn uitwisselingssleutel; het is beschadigd. Vraag de professional om een nieuw exemplaar.</source>
        <translation>This parent copy is missing its exchange key; it is damaged. Ask the professional for a new copy.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="456"/>
        <source>Een antwoordbestand leest u in in het dossier van de professional, niet in een ouderexemplaar.</source>
        <translation>You read in an answer file in the professional&apos;s case file, not in a parent copy.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="471"/>
        <source>De ouderexemplaren konden niet worden gelezen.</source>
        <translation>The parent copies could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="478"/>
        <source>Een updatebestand maakt u vanuit het dossier van de professional.</source>
        <translation>You make an update file from the professional&apos;s case file.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="485"/>
        <source>Er is nog geen ouderexemplaar gemaakt van dit dossier.</source>
        <translation>No parent copy of this case file has been made yet.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="488"/>
        <source>Er zijn %1 ouderexemplaren gemaakt; kies voor welk exemplaar (uitwisseling): %2.</source>
        <translation>%1 parent copies have been made; choose which copy (exchange): %2.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="493"/>
        <source>Geen ouderexemplaar met uitwisseling %1 in dit dossier.</source>
        <translation>No parent copy with exchange %1 in this case file.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerExchange.cpp" line="525"/>
        <source>Een updatebestand leest u in in het ouderexemplaar, niet in het dossier van de professional.</source>
        <translation>You read in an update file in the parent copy, not in the professional&apos;s case file.</translation>
    </message>
</context>
<context>
    <name>inzage::AnswerExtensions</name>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="43"/>
        <source>Reactie %1 is geen verzoek op grond van de AVG maar een reactie van de soort &apos;%2&apos;. Alleen de termijn van een correctieverzoek kan worden verlengd.</source>
        <translation>Response %1 is not a request under the GDPR but a response of the kind &apos;%2&apos;. Only the deadline of a correction request can be extended.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="49"/>
        <source>De termijn van reactie %1 is al verlengd, tot %2. De AVG staat maar één verlenging toe.</source>
        <translation>The deadline of response %1 has already been extended, until %2. The GDPR allows only one extension.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="54"/>
        <source>Reactie %1 is al afgehandeld (%2); er is geen termijn meer om te verlengen.</source>
        <translation>Response %1 has already been handled (%2); there is no deadline left to extend.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="60"/>
        <source>De datum van reactie %1 kan niet worden gelezen, dus ook de termijn niet. Er is niets verlengd.</source>
        <translation>The date of response %1 cannot be read, so neither can its deadline. Nothing was extended.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="64"/>
        <source>De termijn van reactie %1 is op %2 verstreken. Verlengen kan alleen binnen die termijn; beantwoord het verzoek zo snel mogelijk.</source>
        <translation>The deadline of response %1 passed on %2. It can only be extended within that deadline; answer the request as soon as possible.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="80"/>
        <source>Een verlenging van een termijn is onvolledig of klopt niet.</source>
        <translation>An extension of a deadline is incomplete or not right.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="95"/>
        <source>Schrijf waarom de termijn wordt verlengd; de ouder ziet die reden.</source>
        <translation>Write why the deadline is extended; the parent sees that reason.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="98"/>
        <source>De reden is te lang: %1 tekens, er passen er %2. Er is niets verlengd.</source>
        <translation>The reason is too long: %1 characters, %2 fit. Nothing was extended.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerExtensions.cpp" line="116"/>
        <source>De verlenging kon niet worden opgeslagen.</source>
        <translation>The extension could not be saved.</translation>
    </message>
</context>
<context>
    <name>inzage::AnswerInbox</name>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="71"/>
        <source>De reacties van ouders behandelt de professional, in het eigen dossier. Open het dossier als professional.</source>
        <translation>The professional handles the parents&apos; responses, in their own case file. Open the case file as the professional.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="117"/>
        <source>Reactie %1 is al afgehandeld (%2). Een nieuwe stap begint met een nieuwe reactie van de ouder.</source>
        <translation>Response %1 has already been handled (%2). A new step starts with a new response from the parent.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="135"/>
        <source>Notitie %1 is geen feit. Alleen een feit wordt verbeterd; bij een mening voegt u de eigen visie van de ouder toe, de mening zelf blijft staan.</source>
        <translation>Note %1 is not a fact. Only a fact is corrected; with an opinion you add the parent&apos;s own view, the opinion itself stays.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="140"/>
        <source>Schrijf de verbeterde tekst van de notitie.</source>
        <translation>Write the corrected text of the note.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="143"/>
        <source>De verbeterde tekst is gelijk aan de huidige tekst. Pas de tekst aan, of wijs het verzoek af.</source>
        <translation>The corrected text is the same as the current text. Change the text, or turn the request down.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="146"/>
        <source>Schrijf waarom de notitie wordt verbeterd; de ouder ziet die reden.</source>
        <translation>Write why the note is corrected; the parent sees that reason.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="168"/>
        <source>Notitie %1 is geen mening. Een eigen visie komt naast een mening te staan.</source>
        <translation>Note %1 is not an opinion. An own view is put beside an opinion.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="171"/>
        <source>Van wie reactie %1 is, is niet bekend. Een eigen visie staat op naam van de ouder.</source>
        <translation>It is not known whose response %1 is. An own view is in the parent&apos;s name.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="174"/>
        <source>Schrijf de eigen visie van de ouder.</source>
        <translation>Write the parent&apos;s own view.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="186"/>
        <source>Eigen visie van de ouder bij notitie %1 (reactie %2)</source>
        <translation>The parent&apos;s own view at note %1 (response %2)</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/AnswerInbox.cpp" line="190"/>
        <source>Uw eigen visie staat nu als notitie %1 naast de mening in het dossier.</source>
        <translation>Your own view is now note %1, beside the opinion in the case file.</translation>
    </message>
</context>
<context>
    <name>inzage::AnswerTravel</name>
    <message>
        <location filename="../src/core/exchange/AnswerTravel.cpp" line="81"/>
        <source>Er kon niet worden gelezen welke reacties al verstuurd zijn.</source>
        <translation>It could not be read which responses have already been sent.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/AnswerTravel.cpp" line="90"/>
        <source>Het logboek van het dossier kon niet worden gelezen.</source>
        <translation>The case file&apos;s log could not be read.</translation>
    </message>
</context>
<context>
    <name>inzage::Answers</name>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="115"/>
        <location filename="../src/core/dossier/Answers.cpp" line="130"/>
        <location filename="../src/core/dossier/Answers.cpp" line="133"/>
        <source>De notitie kon niet worden gelezen.</source>
        <translation>The note could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="143"/>
        <source>Uw reactie is nog leeg. Schrijf in een paar woorden wat u wilt zeggen.</source>
        <translation>Your response is still empty. Write in a few words what you want to say.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="146"/>
        <source>Uw reactie is te lang: %1 tekens, er passen er %2. Maak hem korter of verdeel hem over meer reacties. Er is niets opgeslagen.</source>
        <translation>Your response is too long: %1 characters, and %2 fit. Make it shorter or split it over more responses. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="160"/>
        <location filename="../src/core/dossier/Answers.cpp" line="209"/>
        <source>De reactie kon niet worden opgeslagen.</source>
        <translation>The response could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="181"/>
        <source>Een reactie is van een ouder of een kind; %1 is %2.</source>
        <translation>A response is from a parent or a child; %1 is %2.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="203"/>
        <source>De notitie waarop u reageert bestaat niet (meer). Uw reactie is niet opgeslagen.</source>
        <translation>The note you are responding to does not exist (any more). Your response was not saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="245"/>
        <source>Deze reactie is niet van u maar gedeeld door de professional; u kunt alleen uw eigen reacties veranderen.</source>
        <translation>This response is not yours; the professional shared it with you. You can only change your own responses.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="250"/>
        <location filename="../src/core/dossier/Answers.cpp" line="292"/>
        <source>De reactie kon niet worden gelezen.</source>
        <translation>The response could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="277"/>
        <source>Een afgewezen reactie heeft een reden nodig; de ouder ziet die reden.</source>
        <translation>A rejected response needs a reason; the parent sees that reason.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="279"/>
        <source>Het antwoord is te lang.</source>
        <translation>The reply is too long.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="298"/>
        <source>De afhandeling kon niet worden opgeslagen.</source>
        <translation>The handling could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="314"/>
        <source>De reacties konden niet worden gelezen.</source>
        <translation>The responses could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="427"/>
        <location filename="../src/core/dossier/Answers.cpp" line="481"/>
        <source>Reactie %1 bestaat niet.</source>
        <translation>Response %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="457"/>
        <source>Een reactie deelt u met een ouder of een kind; %1 is %2.</source>
        <translation>You share a response with a parent or a child; %1 is %2.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="459"/>
        <source>Dit is de reactie van %1 zelf.</source>
        <translation>This is %1&apos;s own response.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Answers.cpp" line="463"/>
        <source>De reactie kon niet worden gedeeld.</source>
        <translation>The response could not be shared.</translation>
    </message>
</context>
<context>
    <name>inzage::AttributionAudit</name>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="103"/>
        <source>De notities konden niet worden gelezen.</source>
        <translation>The notes could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="150"/>
        <source>Een controle leest het dossier alleen-lezen, als reviewer. Open het dossier alleen-lezen.</source>
        <translation>An audit reads the file read-only, as a reviewer. Open the file read-only.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="191"/>
        <source>Notitie %1 steunt op een afgeschermde bron (persoon %2) zonder wettelijke reden voor het afschermen.</source>
        <translation>Note %1 rests on a protected source (person %2) without a legal reason for the protection.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="199"/>
        <source>Bron %1 is niet goedgekeurd door wie er gesproken is (accordering).</source>
        <translation>Source %1 was not approved by the person spoken to (approval).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="202"/>
        <source>Bron %1 is goedgekeurd in een eerdere versie; de tekst is daarna veranderd.</source>
        <translation>Source %1 was approved in an earlier version; the text changed afterwards.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="212"/>
        <source>Persoon %1 is afgeschermd zonder wettelijke reden.</source>
        <translation>Person %1 is protected without a legal reason.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="230"/>
        <source>Notitie %1 is veranderd na het definitieve rapport van %2: het rapport zegt iets anders dan het dossier nu. Zie de geschiedenis.</source>
        <translation>Note %1 was changed after the final report of %2: the report says something other than the case file now. See the history.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="236"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation>The log could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="268"/>
        <source>Reactie %1 op notitie %2 staat nog open (%3), en de verlengde termijn van de AVG (tot %4) is voorbij.</source>
        <translation>Response %1 to note %2 is still open (%3), and the extended GDPR deadline (until %4) has passed.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="270"/>
        <source>Reactie %1 op notitie %2 staat nog open (%3), en de termijn van de AVG (een maand, tot %4) is voorbij.</source>
        <translation>Response %1 to note %2 is still open (%3), and the GDPR deadline (one month, until %4) has passed.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AttributionAudit.cpp" line="288"/>
        <source>Reactie %1 op notitie %2 is afgehandeld op %3, na de termijn van de AVG (%4).</source>
        <translation>Response %1 to note %2 was handled on %3, after the GDPR deadline (%4).</translation>
    </message>
</context>
<context>
    <name>inzage::Audience</name>
    <message>
        <location filename="../src/core/dossier/Audience.cpp" line="38"/>
        <source>De personen konden niet worden gelezen.</source>
        <translation>The people could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Audience.cpp" line="59"/>
        <source>afgeschermde bron</source>
        <translation>protected source</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Audience.cpp" line="169"/>
        <source>zichtbaar: ja, yes, 1, zichtbaar; niet zichtbaar: nee, no, 0, verborgen, intern</source>
        <translation>visible: ja, yes, 1, zichtbaar; not visible: nee, no, 0, verborgen, intern</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Audience.cpp" line="185"/>
        <source>&apos;%1&apos; zegt niet duidelijk of de ouder dit mag zien. Toegestaan: %2.</source>
        <translation>&apos;%1&apos; does not say clearly whether the parent may see this. Allowed: %2.</translation>
    </message>
</context>
<context>
    <name>inzage::AuditBatch</name>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="42"/>
        <source>Het wachtwoordbestand %1 is leeg.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="61"/>
        <source>Geen wachtwoord: er staat geen %1 naast en er is geen gedeeld wachtwoordbestand gegeven.</source>
        <translation>No passphrase: there is no %1 beside it and no shared passphrase file was given.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="111"/>
        <source>&apos;%1&apos; is geen deel: schrijf K/N, bijvoorbeeld 2/4 (het tweede van vier), met K van 1 tot en met N.</source>
        <translation>&apos;%1&apos; is not a part: write K/N, for example 2/4 (the second of four), with K from 1 up to and including N.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="120"/>
        <source>De map %1 is niet gevonden.</source>
        <translation>The folder %1 was not found.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="122"/>
        <source>Het deel %1/%2 bestaat niet.</source>
        <translation>The part %1/%2 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="197"/>
        <source>%1 is geen CSV van een controle van een map met dossiers (de kopregel is anders). Er is niets samengevoegd.</source>
        <translation>%1 is not a CSV of an audit of a folder of case files (the header line is different). Nothing was merged.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditBatch.cpp" line="220"/>
        <source>Het dossier %1 staat in meer dan een CSV (overlappende delen?). Er is niets samengevoegd.</source>
        <translation>The case file %1 is in more than one CSV (overlapping parts?). Nothing was merged.</translation>
    </message>
</context>
<context>
    <name>inzage::AuditChain</name>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="62"/>
        <source>&apos;%1&apos; is geen logboekkop: geef de %2 hexadecimale tekens (0-9, a-f) die eerder als &apos;head&apos; zijn getoond. Er is niets gecontroleerd.</source>
        <translation>&apos;%1&apos; is not a log head: give the %2 hexadecimal characters (0-9, a-f) that were shown as &apos;head&apos; before. Nothing was checked.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="94"/>
        <location filename="../src/core/audit/AuditChain.cpp" line="153"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation>The log could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="104"/>
        <source>Het logboek kon niet worden bijgewerkt.</source>
        <translation>The log could not be updated.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="137"/>
        <source>Regel %1 ontbreekt (verwijderd).</source>
        <translation>Line %1 is missing (deleted).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="138"/>
        <source>Regel %1 staat niet op zijn plaats.</source>
        <translation>Line %1 is out of place.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="141"/>
        <source>Regel %1 sluit niet aan op de vorige regel (ingevoegd, verwijderd of van volgorde veranderd).</source>
        <translation>Line %1 does not follow on from the previous line (inserted, deleted or reordered).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="145"/>
        <source>Regel %1 is achteraf gewijzigd.</source>
        <translation>Line %1 was changed afterwards.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="157"/>
        <source>Het logboek is ingekort: de eerder vastgelegde laatste regel komt er niet meer in voor.</source>
        <translation>The log has been shortened: the last line recorded earlier is no longer in it.</translation>
    </message>
</context>
<context>
    <name>inzage::AuditPdf</name>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="14"/>
        <source>%1% (%2 van %3)</source>
        <translation>%1% (%2 of %3)</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="38"/>
        <source>dossier</source>
        <translation>case file</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="47"/>
        <source>Controle van de bronvermelding</source>
        <translation>Audit of the source attribution</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="52"/>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="53"/>
        <source>Gecontroleerd op</source>
        <translation>Audited on</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="54"/>
        <source>Logboek (head)</source>
        <translation>Log (head)</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="56"/>
        <source>Steekproef</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="56"/>
        <source>%1 van %2 notities</source>
        <translation>%1 of %2 notes</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="57"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="60"/>
        <source>Vlaggenbestand</source>
        <translation>Flag file</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="61"/>
        <source>Vlaggen (head)</source>
        <translation>Flags (head)</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="65"/>
        <source>Het dossier is alleen-lezen geopend en niet veranderd. Met de head hierboven controleert u later of het logboek nog hetzelfde is: een later ingekort of vervangen logboek heeft deze head niet meer.</source>
        <translation>The case file was opened read-only and not changed. With the head above you can check later whether the log is still the same: a log shortened or replaced later no longer has this head.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="69"/>
        <source>Cijfers (%1 notities)</source>
        <translation>Figures (%1 notes)</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="70"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="70"/>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="75"/>
        <source>Gesproken met</source>
        <translation>Spoken to</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="76"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="76"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="84"/>
        <source>&lt;b&gt;Nooit gesproken:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Never spoken to:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="89"/>
        <source>Reacties van ouders</source>
        <translation>Responses of parents</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="91"/>
        <source>%1 reacties op %2 notities: %3 afgehandeld, %4 open, %5 over de termijn, %6 te laat afgehandeld; mediaan %7 dagen. De termijn van de AVG is een maand, of drie na een verlenging.</source>
        <translation>%1 responses on %2 notes: %3 handled, %4 open, %5 past the deadline, %6 handled late; median %7 days. The GDPR deadline is one month, or three after an extension.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="102"/>
        <source>Bevindingen (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="104"/>
        <source>Geen bevindingen.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="106"/>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="106"/>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="116"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="106"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="106"/>
        <source>Bevinding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="112"/>
        <source>Vlaggen van de reviewer</source>
        <translation>Reviewer&apos;s flags</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="114"/>
        <source>Geen vlaggen.</source>
        <translation>No flags.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="116"/>
        <source>Vlag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="116"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="118"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="121"/>
        <source>Gesloten: %1 (%2, %3)</source>
        <translation>Closed: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="123"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="123"/>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="129"/>
        <source>Steekproef (seed %1)</source>
        <translation>Sample (seed %1)</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="131"/>
        <source>%1 notities, getrokken met seed %2 bij de head hierboven: dezelfde seed op hetzelfde dossier trekt dezelfde notities.</source>
        <translation>%1 notes, drawn with seed %2 at the head above: the same seed on the same case file draws the same notes.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="150"/>
        <source>Controle van %1</source>
        <translation>Audit of %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="151"/>
        <source>Inzage · Controle · %1</source>
        <translation>Inzage · Audit · %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="152"/>
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/AuditPdf.cpp" line="153"/>
        <source>Logboek %1</source>
        <translation>Log %1</translation>
    </message>
</context>
<context>
    <name>inzage::AuditReport</name>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="40"/>
        <source>gelabeld</source>
        <translation>labelled</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="41"/>
        <source>bronnen met wie er gesproken is</source>
        <translation>sources saying who was spoken to</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="42"/>
        <source>bronnen met een datum</source>
        <translation>sources with a date</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="43"/>
        <source>bronnen met hoe</source>
        <translation>sources with how</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="44"/>
        <source>bronnen goedgekeurd door de bron</source>
        <translation>sources approved by the source</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="45"/>
        <source>feiten met een basis</source>
        <translation>facts with a basis</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="46"/>
        <source>meningen met van wie</source>
        <translation>opinions saying whose</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="47"/>
        <source>conclusies die op feiten rusten</source>
        <translation>conclusions resting on facts</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="165"/>
        <source>Geef de naam van het PDF-bestand, bijvoorbeeld controle.pdf.</source>
        <translation>Give the name of the PDF file, for example audit.pdf.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditReport.cpp" line="172"/>
        <source>Het PDF-bestand kon niet worden gemaakt.</source>
        <translation>The PDF file could not be made.</translation>
    </message>
</context>
<context>
    <name>inzage::AuditSampler</name>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="60"/>
        <source>&apos;%1&apos; is geen seed: geef een heel getal vanaf 0 (ten hoogste 19 cijfers).</source>
        <translation>&apos;%1&apos; is not a seed: give a whole number from 0 (at most 19 digits).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="70"/>
        <source>&apos;%1&apos; is geen grootte voor een steekproef: geef een heel getal vanaf 1.</source>
        <translation>&apos;%1&apos; is not a size for a sample: give a whole number from 1.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="76"/>
        <source>Past het label (%1) bij wat er staat?</source>
        <translation>Does the label (%1) fit what is written?</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="79"/>
        <source>Is de basis (document of eigen waarneming) genoemd, en klopt die met het document of de waarneming?</source>
        <translation>Is the basis (document or own observation) named, and does it match the document or the observation?</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="81"/>
        <source>Staat er geen twijfelwoord of oordeel in dat van het feit een mening maakt?</source>
        <translation>Is there no word of doubt or judgement in it that makes the fact an opinion?</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="84"/>
        <source>Staat erbij met wie er gesproken is, wanneer en hoe?</source>
        <translation>Does it say who was spoken to, when and how?</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="85"/>
        <source>Heeft de bron goedgekeurd wat er staat (accordering), en is dat vastgelegd?</source>
        <translation>Did the source approve what is written (approval), and is that recorded?</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="86"/>
        <source>Is een afgeschermde bron afgeschermd met een wettelijke reden, en noemt de tekst hem niet?</source>
        <translation>Is a protected source protected for a legal reason, and does the text not name them?</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="89"/>
        <source>Staat erbij van wie de mening is?</source>
        <translation>Does it say whose opinion it is?</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="90"/>
        <source>Rust een conclusie op feiten die in het dossier staan en haar dragen?</source>
        <translation>Does a conclusion rest on facts that are in the case file and carry it?</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="93"/>
        <source>Welk label hoort erbij: feit, mening of bron?</source>
        <translation>Which label belongs to it: fact, opinion or source?</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="97"/>
        <source>Zijn de reacties van de ouders op tijd en met een antwoord afgehandeld?</source>
        <translation>Were the parents&apos; responses handled on time and with an answer?</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="98"/>
        <source>Klopt de geschiedenis: is elke wijziging verklaard?</source>
        <translation>Is the history right: is every change explained?</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="106"/>
        <source>Een steekproef leest het dossier alleen-lezen, als reviewer. Open het dossier alleen-lezen.</source>
        <translation>A sample reads the case file read-only, as a reviewer. Open the case file read-only.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="108"/>
        <source>Een steekproef heeft ten minste 1 notitie.</source>
        <translation>A sample has at least 1 note.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditSample.cpp" line="126"/>
        <source>De notities konden niet worden gelezen.</source>
        <translation>The notes could not be read.</translation>
    </message>
</context>
<context>
    <name>inzage::CalendarExport</name>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="23"/>
        <source>Te laat: deze toezegging is nog niet nagekomen.</source>
        <translation>Late: this promise has not been kept yet.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="25"/>
        <source>Is doorgegaan.</source>
        <translation>Took place.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="27"/>
        <source>Afgezegd.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="29"/>
        <source>Afgezegd; er is een inhaalafspraak gemaakt.</source>
        <translation>Cancelled; a make-up appointment has been made.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="31"/>
        <source>Nagekomen.</source>
        <translation>Kept.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="33"/>
        <source>Niet nagekomen.</source>
        <translation>Not kept.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="131"/>
        <source>afgeschermde bron</source>
        <translation>protected source</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="133"/>
        <source>Met: %1</source>
        <translation>With: %1</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="136"/>
        <source>Inhaalafspraak voor een afspraak die was afgezegd.</source>
        <translation>Make-up appointment for an appointment that was cancelled.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="140"/>
        <source>Toelichting: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="142"/>
        <source>Dossier %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CalendarExport.cpp" line="149"/>
        <source>Toezegging: %1</source>
        <translation>Promise: %1</translation>
    </message>
</context>
<context>
    <name>inzage::CaseCommands</name>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="32"/>
        <source>Onbekende fase &apos;%1&apos;. Toegestaan: %2.</source>
        <translation>Unknown stage &apos;%1&apos;. Allowed: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="41"/>
        <source>Onbekende persoonsrol &apos;%1&apos;. Toegestaan: %2.</source>
        <translation>Unknown person role &apos;%1&apos;. Allowed: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="48"/>
        <source>&apos;%1&apos; is geen datum met tijd (JJJJ-MM-DDTUU:MM, bijvoorbeeld 2026-03-12T10:00).</source>
        <translation>&apos;%1&apos; is not a date with a time (YYYY-MM-DDTHH:MM, for example 2026-03-12T10:00).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="69"/>
        <source>Kantooruren horen als UU:MM-UU:MM, bijvoorbeeld 08:30-17:00 (niet &apos;%1&apos;).</source>
        <translation>Office hours are written as HH:MM-HH:MM, for example 08:30-17:00 (not &apos;%1&apos;).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="75"/>
        <source>Het kantoor moet later sluiten dan het opengaat (nu %1 tot %2).</source>
        <translation>The office must close later than it opens (now %1 to %2).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="193"/>
        <source>Een geboortedatum kan niet in de toekomst liggen (%1).</source>
        <translation>A date of birth cannot be in the future (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="265"/>
        <source>Afspraak %1 bestaat niet.</source>
        <translation>Appointment %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="278"/>
        <source>Nummer %1 is een afspraak, geen toezegging: een afspraak wordt gehouden of afgezegd.</source>
        <translation>Number %1 is an appointment, not a promise: an appointment takes place or is cancelled.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="280"/>
        <source>Nummer %1 is een toezegging, geen afspraak: een toezegging wordt nagekomen of niet nagekomen.</source>
        <translation>Number %1 is a promise, not an appointment: a promise is kept or not kept.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="335"/>
        <source>Zeg waarom de afspraak is afgezegd; de familie ziet de reden.</source>
        <translation>Say why the appointment was cancelled; the family sees the reason.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="348"/>
        <source>Een inhaalafspraak heeft een datum en tijd nodig (JJJJ-MM-DDTUU:MM).</source>
        <translation>A make-up appointment needs a date and time (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="362"/>
        <source>Afspraak %1 is niet afgezegd (%2), dus er is niets in te halen. Zeg haar eerst af, met de reden.</source>
        <translation>Appointment %1 was not cancelled (%2), so there is nothing to make up. Cancel it first, with the reason.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="383"/>
        <source>Een toezegging heeft een datum nodig waarop ze nagekomen moet zijn (JJJJ-MM-DD): zonder datum kan de familie niet zien of ze is nagekomen.</source>
        <translation>A promise needs a date by which it must be kept (YYYY-MM-DD): without a date the family cannot see whether it was kept.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="423"/>
        <source>Zeg waarom de toezegging niet is nagekomen; de familie ziet de reden.</source>
        <translation>Say why the promise was not kept; the family sees the reason.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="285"/>
        <source>Nummer %1 staat niet meer open: het is al %2.</source>
        <translation>Number %1 is no longer open: it is already %2.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="294"/>
        <source>Een afspraak heeft een omschrijving nodig.</source>
        <translation>An appointment needs a description.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="296"/>
        <source>Een afspraak heeft een datum en tijd nodig (JJJJ-MM-DDTUU:MM).</source>
        <translation>An appointment needs a date and time (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="357"/>
        <source>Nummer %1 is een toezegging; alleen een afgezegde afspraak kan worden ingehaald.</source>
        <translation>Number %1 is a promise; only a cancelled appointment can be made up.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="359"/>
        <source>Afspraak %1 is al ingehaald.</source>
        <translation>Appointment %1 has already been made up.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseCommands.cpp" line="380"/>
        <source>Een toezegging heeft een omschrijving nodig.</source>
        <translation>A promise needs a description.</translation>
    </message>
</context>
<context>
    <name>inzage::CaseFile</name>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="81"/>
        <source>Het dossier noemt een onbekende fase &apos;%1&apos;.</source>
        <translation>The case file names an unknown stage &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="88"/>
        <source>De dossiergegevens konden niet worden gelezen.</source>
        <translation>The case details could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="95"/>
        <source>De kinderen konden niet worden gelezen.</source>
        <translation>The children could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="106"/>
        <source>Kantooruren horen als UU:MM, bijvoorbeeld 08:30.</source>
        <translation>Office hours are written as HH:MM, for example 08:30.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="109"/>
        <source>Het kantoor moet later sluiten dan het opengaat (nu %1 tot %2).</source>
        <translation>The office must close later than it opens (now %1 to %2).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="113"/>
        <source>De vervanger moet iemand anders zijn dan de contactpersoon: bij afwezigheid van de contactpersoon moet de familie een ander kunnen bereiken.</source>
        <translation>The backup must be someone other than the contact person: when the contact person is away, the family must be able to reach someone else.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="133"/>
        <source>De dossiergegevens konden niet worden opgeslagen.</source>
        <translation>The case details could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="135"/>
        <location filename="../src/core/dossier/CaseFile.cpp" line="141"/>
        <source>De kinderen konden niet worden opgeslagen.</source>
        <translation>The children could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="157"/>
        <source>Een afspraak heeft een omschrijving nodig.</source>
        <translation>An appointment needs a description.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="170"/>
        <location filename="../src/core/dossier/CaseFile.cpp" line="221"/>
        <source>Afspraak %1 bestaat niet.</source>
        <translation>Appointment %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="173"/>
        <source>Afspraak %1 is niet afgezegd (%2) en kan dus niet worden ingehaald.</source>
        <translation>Appointment %1 was not cancelled (%2), so it cannot be made up.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="182"/>
        <location filename="../src/core/dossier/CaseFile.cpp" line="192"/>
        <source>De afspraak kon niet worden opgeslagen.</source>
        <translation>The appointment could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="229"/>
        <source>De afspraak kon niet worden bijgewerkt.</source>
        <translation>The appointment could not be updated.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="250"/>
        <source>Afspraak %1 heeft een onbekende soort of status.</source>
        <translation>Appointment %1 has an unknown kind or status.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="261"/>
        <source>De afspraken konden niet worden gelezen.</source>
        <translation>The appointments could not be read.</translation>
    </message>
</context>
<context>
    <name>inzage::ChangeHistory</name>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="58"/>
        <source>feit</source>
        <translation>fact</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="60"/>
        <source>mening</source>
        <translation>opinion</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="62"/>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="66"/>
        <source>nog niet beoordeeld</source>
        <translation>not yet assessed</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="72"/>
        <source>hulpverlener</source>
        <translation>care worker</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="74"/>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="76"/>
        <source>controleur</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="84"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="86"/>
        <source>is doorgegaan</source>
        <translation>took place</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="88"/>
        <source>afgezegd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="90"/>
        <source>ingehaald</source>
        <translation>made up</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="92"/>
        <source>nagekomen</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="94"/>
        <source>niet nagekomen</source>
        <translation>not kept</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="108"/>
        <source>het label van nr. %1 veranderd van %2 in %3</source>
        <translation>the label of no. %1 changed from %2 to %3</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="112"/>
        <source>de tekst van nr. %1 veranderd</source>
        <translation>the text of no. %1 changed</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="114"/>
        <source>bij nr. %1 veranderd met wie er gesproken is</source>
        <translation>changed who was spoken to for no. %1</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="116"/>
        <source>nr. %1 verplaatst naar het onderdeel &quot;%2&quot;</source>
        <translation>no. %1 moved to the section &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="119"/>
        <source>nr. %1 verborgen voor de ouders</source>
        <translation>no. %1 hidden from the parents</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="120"/>
        <source>nr. %1 zichtbaar gemaakt voor de ouders</source>
        <translation>no. %1 made visible to the parents</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="122"/>
        <source>bij nr. %1 veranderd van wie de mening is</source>
        <translation>changed whose opinion no. %1 is</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="124"/>
        <source>bij nr. %1 aangevuld waar het op rust</source>
        <translation>added what no. %1 rests on</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="126"/>
        <source>nr. %1 bijgewerkt</source>
        <translation>no. %1 updated</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="127"/>
        <source>heeft %1</source>
        <translation>has %1</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="127"/>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="142"/>
        <source>heeft %1 op nr. %2 beantwoord en in behandeling genomen</source>
        <translation>has answered %1 on no. %2 and taken it up</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="143"/>
        <source>heeft %1 op nr. %2 in behandeling genomen</source>
        <translation>has taken up %1 on no. %2</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="146"/>
        <source>heeft %1 op nr. %2 beantwoord en verwerkt</source>
        <translation>has answered %1 on no. %2 and processed it</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="147"/>
        <source>heeft %1 op nr. %2 verwerkt</source>
        <translation>has processed %1 on no. %2</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="150"/>
        <source>heeft %1 op nr. %2 afgewezen, met de reden erbij</source>
        <translation>has rejected %1 on no. %2, with the reason</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="153"/>
        <source>heeft %1 op nr. %2 beantwoord</source>
        <translation>has answered %1 on no. %2</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="154"/>
        <source>heeft %1 op nr. %2 als ontvangen gemarkeerd</source>
        <translation>has marked %1 on no. %2 as received</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="186"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="469"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="487"/>
        <source>De reacties konden niet worden gelezen.</source>
        <translation>The responses could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="197"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="443"/>
        <source>De notities konden niet worden gelezen.</source>
        <translation>The notes could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="208"/>
        <source>persoon nr. %1</source>
        <translation>person no. %1</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="210"/>
        <source>een afgeschermde bron</source>
        <translation>a protected source</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="221"/>
        <source>Inzage (het programma)</source>
        <translation>Inzage (the program)</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="228"/>
        <source>U</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="229"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="235"/>
        <source>de reactie</source>
        <translation>the response</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="238"/>
        <source>uw reactie</source>
        <translation>your response</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="239"/>
        <source>een gedeelde reactie</source>
        <translation>a shared response</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="321"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="437"/>
        <source>heeft een notitie toegevoegd: nr. %1 (%2)</source>
        <translation>has added a note: no. %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="327"/>
        <source>heeft vastgelegd dat nr. %1 niet meer in de nieuwe versie van het document staat</source>
        <translation>has recorded that no. %1 is no longer in the new version of the document</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="330"/>
        <source>heeft vastgelegd dat de persoon die gesproken is akkoord is met nr. %1</source>
        <translation>has recorded that the person spoken to agrees with no. %1</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="333"/>
        <source>heeft een reactie op nr. %1 vastgelegd die op papier binnenkwam</source>
        <translation>has recorded a response to no. %1 that came in on paper</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="334"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="465"/>
        <source>heeft een reactie gegeven op nr. %1</source>
        <translation>has responded to no. %1</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="336"/>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="463"/>
        <source>heeft de reactie op nr. %1 veranderd</source>
        <translation>has changed the response to no. %1</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="343"/>
        <source>heeft de reactie op nr. %1 gedeeld met %2</source>
        <translation>has shared the response to no. %1 with %2</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="345"/>
        <source>de andere ouder</source>
        <translation>the other parent</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="347"/>
        <source>heeft de termijn om op de reactie op nr. %1 te antwoorden met twee maanden verlengd</source>
        <translation>has extended by two months the deadline to answer the response to no. %1</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="350"/>
        <source>heeft een reactie op nr. %1 uit een antwoordbestand ingelezen</source>
        <translation>has read in a response to no. %1 from an answer file</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="352"/>
        <source>heeft de reacties in een antwoordbestand gezet, om te versturen</source>
        <translation>has put the responses in an answer file, to send</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="356"/>
        <source>heeft een toezegging vastgelegd (nr. %1)</source>
        <translation>has recorded a promise (no. %1)</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="357"/>
        <source>heeft een afspraak vastgelegd (nr. %1)</source>
        <translation>has recorded an appointment (no. %1)</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="360"/>
        <source>heeft bij afspraak nr. %1 vastgelegd: %2</source>
        <translation>has recorded for appointment no. %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="364"/>
        <source>heeft de gegevens van de zaak bijgewerkt</source>
        <translation>has updated the case details</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="366"/>
        <source>heeft een document ingelezen: %1 (versie %2)</source>
        <translation>has read in a document: %1 (version %2)</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="370"/>
        <source>heeft %1 aan het dossier toegevoegd</source>
        <translation>has added %1 to the file</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="373"/>
        <source>heeft de gegevens van %1 bijgewerkt</source>
        <translation>has updated the details of %1</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="375"/>
        <source>heeft een persoon afgeschermd: een melder die de wet beschermt</source>
        <translation>has protected a person: a reporter protected by law</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="377"/>
        <source>heeft dit ouderexemplaar gemaakt</source>
        <translation>has made this parent copy</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="380"/>
        <source>heeft een ouderexemplaar gemaakt voor %1</source>
        <translation>has made a parent copy for %1</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="381"/>
        <source>een ouder</source>
        <translation>a parent</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="383"/>
        <source>heeft vastgelegd welke notities in dit exemplaar staan (een controle)</source>
        <translation>has recorded which notes are in this copy (a check)</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="385"/>
        <source>heeft een update van de hulpverlener ingelezen (%1 nieuwe en %2 veranderde notities)</source>
        <translation>has read in an update from the care worker (%1 new and %2 changed notes)</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="390"/>
        <source>heeft het definitieve rapport gemaakt</source>
        <translation>has made the final report</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="392"/>
        <source>heeft het concept-rapport naar de ouders gestuurd (reageren kan tot en met %1)</source>
        <translation>sent the draft report to the parents (responding possible up to and including %1)</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="395"/>
        <source>heeft het bestand bijgewerkt voor een nieuwere versie van Inzage</source>
        <translation>has updated the file for a newer version of Inzage</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="397"/>
        <source>heeft iets veranderd dat deze versie van Inzage niet kent (%1)</source>
        <translation>has changed something this version of Inzage does not know (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="412"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation>The log could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="464"/>
        <source>heeft uw reactie op nr. %1 vastgelegd die op papier binnenkwam</source>
        <translation>has recorded your response to no. %1 that came in on paper</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/audit/ChangeHistory.cpp" line="504"/>
        <source>heeft %n notities toegevoegd: nr. %1 tot en met nr. %2</source>
        <translation>
            <numerusform>has added %n note: no. %1 to no. %2</numerusform>
            <numerusform>has added %n notes: no. %1 to no. %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/audit/ChangeHistory.cpp" line="541"/>
        <source>%1 om %2</source>
        <extracomment>a date and a time: &quot;2 december 2026 om 14:05&quot;</extracomment>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>inzage::Checkpoints</name>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="35"/>
        <source>controlepunt</source>
        <translation>checkpoint</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="43"/>
        <source>Dit is geen geldig controlepunt: %1</source>
        <translation>This is not a valid checkpoint: %1</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="50"/>
        <source>het aantal regels is geen heel getal.</source>
        <translation>the number of lines is not a whole number.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="53"/>
        <source>de head is geen 64 hexadecimale tekens.</source>
        <translation>the head is not 64 hexadecimal characters.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="56"/>
        <source>de tijd is geen datum en tijd.</source>
        <translation>the time is not a date and time.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="59"/>
        <source>de hash van het rapport is geen 64 hexadecimale tekens.</source>
        <translation>the hash of the report is not 64 hexadecimal characters.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="68"/>
        <source>de handtekening is geen 128 hexadecimale tekens.</source>
        <translation>the signature is not 128 hexadecimal characters.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="71"/>
        <source>de regels staan er niet zoals ze ondertekend worden.</source>
        <translation>the lines are not as they are signed.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="92"/>
        <source>Het dossier heeft nog geen kenmerk (uid): leg eerst de dossiergegevens vast.</source>
        <translation>The case file has no identifier (uid) yet: record the case information first.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="93"/>
        <source>Het kenmerk van het dossier kon niet worden gelezen.</source>
        <translation>The identifier of the case file could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="108"/>
        <source>Een controlepunt is van het dossier van de professional, niet van een ouderexemplaar.</source>
        <translation>A checkpoint is of the care worker&apos;s case file, not of a parent copy.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="144"/>
        <source>Het controlepunt is ondertekend met een andere sleutel (vingerafdruk %1) dan de sleutel van de organisatie (vingerafdruk %2).</source>
        <translation>The checkpoint is signed with another key (fingerprint %1) than the organisation&apos;s key (fingerprint %2).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="148"/>
        <source>De handtekening onder het controlepunt klopt niet: het controlepunt is na het ondertekenen veranderd.</source>
        <translation>The signature under the checkpoint is not right: the checkpoint was changed after signing.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="155"/>
        <source>Het controlepunt is van een ander dossier (%1) dan dit bestand (%2).</source>
        <translation>The checkpoint is of another case file (%1) than this file (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="157"/>
        <source>Het controlepunt is van een langer logboek (%1 regels) dan dit bestand heeft (%2 regels): dit is een oudere kopie van het dossier, of het einde van het logboek is eraf gehaald.</source>
        <translation>The checkpoint is of a longer log (%1 lines) than this file has (%2 lines): this is an older copy of the case file, or the end of the log was cut off.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="169"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation>The log could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/Checkpoint.cpp" line="174"/>
        <source>Regel %1 van het logboek is niet meer wat het controlepunt vastlegde: het logboek is vanaf daar (of eerder) vervangen.</source>
        <translation>Line %1 of the log is no longer what the checkpoint recorded: the log was replaced from there (or earlier).</translation>
    </message>
</context>
<context>
    <name>inzage::ConceptReleases</name>
    <message>
        <location filename="../src/core/report/ConceptRelease.cpp" line="15"/>
        <source>De verstuurde concepten konden niet worden gelezen.</source>
        <translation>The drafts sent could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ConceptRelease.cpp" line="30"/>
        <source>De ouders krijgen minstens 5 werkdagen om op het concept te reageren: kies %1 of later. Er is niets verstuurd.</source>
        <translation>The parents get at least 5 working days to respond to the draft: choose %1 or later. Nothing was sent.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ConceptRelease.cpp" line="35"/>
        <source>Een reactietermijn tot %1 is langer dan drie maanden. Kies een eerdere datum. Er is niets verstuurd.</source>
        <translation>A response time up to %1 is longer than three months. Choose an earlier date. Nothing was sent.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ConceptRelease.cpp" line="60"/>
        <location filename="../src/core/report/ConceptRelease.cpp" line="67"/>
        <source>Het versturen van het concept kon niet worden vastgelegd.</source>
        <translation>Sending the draft could not be recorded.</translation>
    </message>
</context>
<context>
    <name>inzage::Contacts</name>
    <message>
        <location filename="../src/core/dossier/Contacts.cpp" line="51"/>
        <source>Met wie er gesproken is kon niet worden gelezen.</source>
        <translation>Who was spoken to could not be read.</translation>
    </message>
</context>
<context>
    <name>inzage::DocumentImport</name>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="29"/>
        <source>document lezen</source>
        <translation>reading the document</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="45"/>
        <source>verwijderde notities lezen</source>
        <translation>reading removed notes</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="57"/>
        <source>Het document heeft geen naam. Geef een naam op.</source>
        <translation>The document has no name. Give it a name.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="60"/>
        <source>In dit document staan geen zinnen om te importeren.</source>
        <translation>This document has no sentences to import.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="64"/>
        <source>Een alinea in dit document is langer dan %1 tekens zonder zinseinde. Er is niets geïmporteerd.</source>
        <translation>A paragraph in this document is longer than %1 characters without the end of a sentence. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="92"/>
        <source>documentversie lezen</source>
        <translation>reading the document version</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="104"/>
        <source>zinnen van de vorige versie lezen</source>
        <translation>reading the sentences of the previous version</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="109"/>
        <source>document vastleggen</source>
        <translation>recording the document</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="122"/>
        <source>import %1, versie %2</source>
        <translation>import %1, version %2</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="180"/>
        <source>documentversie vastleggen</source>
        <translation>recording the document version</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="188"/>
        <source>herkomst van een notitie vastleggen</source>
        <translation>recording where a note came from</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentImport.cpp" line="197"/>
        <source>notitie als verwijderd markeren</source>
        <translation>marking a note as removed</translation>
    </message>
</context>
<context>
    <name>inzage::DocumentReader</name>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="49"/>
        <source>Het bestand %1 is %2 MB; Inzage leest zo&apos;n bestand tot %3 MB. Staan er afbeeldingen of scans in, of meer dan één rapport, sla dan een versie met alleen de tekst van dit rapport op en importeer die. Er is niets geïmporteerd.</source>
        <translation>The file %1 is %2 MB; Inzage reads such a file up to %3 MB. If it holds pictures or scans, or more than one report, save a version with only the text of this report and import that. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="79"/>
        <source>Dit document is met een wachtwoord beveiligd, zodat Inzage de tekst niet kan lezen. Open het in Word en sla het op als .docx zonder wachtwoord; importeer dat bestand.</source>
        <translation>This document is protected with a password, so Inzage cannot read its text. Open it in Word and save it as .docx without a password; import that file.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="82"/>
        <source>Dit is een oud Word-bestand (.doc), dat Inzage niet leest. Open het in Word of LibreOffice en sla het op als .docx; importeer dat bestand.</source>
        <translation>This is an old Word file (.doc), which Inzage does not read. Open it in Word or LibreOffice and save it as .docx; import that file.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="93"/>
        <source>%1 is geen geldig %2: het is geen zip-pakket zoals een tekstverwerker dat opslaat. Is het hernoemd of beschadigd? Open het in de tekstverwerker, sla het op als %3 en probeer het opnieuw.</source>
        <translation>%1 is not a valid %2: it is not a zip package as a word processor saves it. Was it renamed or damaged? Open it in the word processor, save it as %3 and try again.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="96"/>
        <source>Word-bestand</source>
        <translation>Word file</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="96"/>
        <source>OpenDocument-bestand</source>
        <translation>OpenDocument file</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="106"/>
        <source>Inzage kan %1 niet lezen. Lees in: .docx, .odt, .txt of .md (of het eigen .tsv-formaat).</source>
        <translation>Inzage cannot read %1. It reads .docx, .odt, .txt or .md (or its own .tsv layout).</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocumentReader.cpp" line="113"/>
        <source>In %1 staat geen tekst om te importeren (alleen koppen, afbeeldingen of verborgen tekst?). Controleer of u het goede bestand koos.</source>
        <translation>%1 has no text to import (only headings, pictures or hidden text?). Check that you chose the right file.</translation>
    </message>
</context>
<context>
    <name>inzage::DocxReader</name>
    <message>
        <location filename="../src/core/exchange/DocxReader.cpp" line="266"/>
        <source>Word-bestand</source>
        <translation>Word file</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocxReader.cpp" line="272"/>
        <source>Dit Word-bestand is met een wachtwoord beveiligd. Open het in Word en sla het op als .docx zonder wachtwoord; importeer dat bestand.</source>
        <translation>This Word file is protected with a password. Open it in Word and save it as .docx without a password; import that file.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocxReader.cpp" line="279"/>
        <source>Dit bestand is een zip-pakket maar geen Word-document (word/document.xml ontbreekt). Sla het in de tekstverwerker op als .docx en probeer het opnieuw.</source>
        <translation>This file is a zip package but not a Word document (word/document.xml is missing). Save it as .docx in the word processor and try again.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DocxReader.cpp" line="292"/>
        <source>De tekst in dit Word-bestand is beschadigd (%1). Open het in Word, sla het opnieuw op als .docx en probeer het nog eens.</source>
        <translation>The text in this Word file is damaged (%1). Open it in Word, save it again as .docx and try once more.</translation>
    </message>
</context>
<context>
    <name>inzage::DossierExport</name>
    <message>
        <location filename="../src/core/exchange/DossierExport.cpp" line="64"/>
        <source>Het exportbestand kon niet worden geschreven.</source>
        <translation>The export file could not be written.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/DossierExport.cpp" line="94"/>
        <source>Het dossier kon niet worden gelezen.</source>
        <translation>The case file could not be read.</translation>
    </message>
</context>
<context>
    <name>inzage::DossierPaper</name>
    <message>
        <location filename="../src/core/report/DossierPaper.cpp" line="92"/>
        <source>Geef de naam van het PDF-bestand, bijvoorbeeld mijn-dossier.pdf.</source>
        <translation>Give the name of the PDF file, for instance my-file.pdf.</translation>
    </message>
    <message>
        <location filename="../src/core/report/DossierPaper.cpp" line="102"/>
        <source>Het PDF-bestand kon niet worden geschreven in %1: %2. Er is geen (half) bestand achtergelaten.</source>
        <translation>The PDF file could not be written in %1: %2. No (half) file was left behind.</translation>
    </message>
</context>
<context>
    <name>inzage::Entries</name>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="90"/>
        <source>Een notitie zonder tekst kan niet worden opgeslagen.</source>
        <translation>A note without text cannot be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="92"/>
        <source>De tekst is te lang (meer dan %1 tekens).</source>
        <translation>The text is too long (more than %1 characters).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="98"/>
        <source>Een feit heeft een basis nodig: een eigen waarneming (wanneer, waar) of een document (welk, van wanneer).</source>
        <translation>A fact needs a basis: an own observation (when, where) or a document (which, of when).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="102"/>
        <source>Zeg bij de basis van het feit welk document het is (en van wanneer), of wanneer en waar het is waargenomen.</source>
        <translation>In the basis of the fact, say which document it is (and of when), or when and where it was observed.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="108"/>
        <source>Bij een bron hoort met wie er gesproken is (naam of rol), wanneer en hoe.</source>
        <translation>A source must say who was spoken to (name or role), when and how.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="126"/>
        <source>De onderbouwing kon niet worden gecontroleerd.</source>
        <translation>The grounds could not be checked.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="129"/>
        <source>Een mening kan alleen rusten op bestaande feiten; notitie %1 bestaat niet.</source>
        <translation>An opinion can only rest on existing facts; note %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="133"/>
        <source>Notitie %1 is geen feit (maar: %2); een mening kan alleen op feiten rusten.</source>
        <translation>Note %1 is not a fact (but: %2); an opinion can only rest on facts.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="149"/>
        <source>Notitie %1: %2</source>
        <translation>Note %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="284"/>
        <source>Met wie er gesproken is kon niet worden gelezen.</source>
        <translation>Who was spoken to could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="290"/>
        <source>De onderbouwing kon niet worden gelezen.</source>
        <translation>The grounds could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="301"/>
        <source>Een goedkeuring heeft een onbekende manier &apos;%1&apos;.</source>
        <translation>An approval has an unknown way &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="316"/>
        <source>De goedkeuringen konden niet worden gelezen.</source>
        <translation>The approvals could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="340"/>
        <location filename="../src/core/dossier/Entries.cpp" line="346"/>
        <source>Notitie %1 bestaat niet.</source>
        <translation>Note %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="342"/>
        <source>De notitie kon niet worden gelezen.</source>
        <translation>The note could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="373"/>
        <location filename="../src/core/dossier/Entries.cpp" line="383"/>
        <location filename="../src/core/dossier/EntryQuery.cpp" line="16"/>
        <source>De notities konden niet worden gelezen.</source>
        <translation>The notes could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="412"/>
        <location filename="../src/core/dossier/Entries.cpp" line="425"/>
        <source>Tellen lukte niet.</source>
        <translation>Counting failed.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="451"/>
        <location filename="../src/core/dossier/Entries.cpp" line="470"/>
        <source>De geschiedenis kon niet worden gelezen.</source>
        <translation>The history could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Entries.cpp" line="503"/>
        <source>De onderdelen konden niet worden gelezen.</source>
        <translation>The sections could not be read.</translation>
    </message>
</context>
<context>
    <name>inzage::EntryCheck</name>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="57"/>
        <location filename="../src/core/audit/EntryCheck.cpp" line="79"/>
        <source>De notities konden niet worden gecontroleerd.</source>
        <translation>The notes could not be checked.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="134"/>
        <source>de tekst</source>
        <translation>the text</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="135"/>
        <source>het label</source>
        <translation>the label</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="136"/>
        <source>het onderdeel</source>
        <translation>the section</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="137"/>
        <source>met wie er gesproken is</source>
        <translation>who was spoken with</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="138"/>
        <source>of de ouder de notitie ziet</source>
        <translation>whether the parent sees the note</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="139"/>
        <source>het versienummer</source>
        <translation>the version number</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="150"/>
        <source>de beschrijving</source>
        <translation>the description</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="158"/>
        <source>Notitie %1 heeft geen huidige versie meer: die is verwijderd.</source>
        <translation>Note %1 no longer has a current version: it was deleted.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="160"/>
        <source>Notitie %1 toont een versie van een andere notitie (%2).</source>
        <translation>Note %1 shows a version of another note (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="164"/>
        <source>Notitie %1 toont versie %2, maar er is een nieuwere versie %3.</source>
        <translation>Note %1 shows version %2, but there is a newer version %3.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="169"/>
        <source>Van notitie %1 ontbreken eerdere versies: er zijn er %2, de laatste is versie %3.</source>
        <translation>Earlier versions of note %1 are missing: there are %2, and the last is version %3.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="174"/>
        <source>Bij notitie %1 staat in de lijst het label %2, in de notitie zelf %3.</source>
        <translation>For note %1 the list shows the label %2, the note itself %3.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="178"/>
        <source>Bij notitie %1 staat in de lijst het onderdeel &quot;%2&quot;, in de notitie zelf &quot;%3&quot;.</source>
        <translation>For note %1 the list shows the section &quot;%2&quot;, the note itself &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="182"/>
        <source>Bij notitie %1 zegt de lijst iets anders over of de ouder de notitie ziet dan de notitie zelf.</source>
        <translation>For note %1 the list says something different from the note itself about whether the parent sees it.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="203"/>
        <location filename="../src/core/audit/EntryCheck.cpp" line="210"/>
        <location filename="../src/core/audit/EntryCheck.cpp" line="223"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation>The log could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="247"/>
        <source>Notitie %1 staat niet in het logboek: ze is buiten Inzage om toegevoegd.</source>
        <translation>Note %1 is not in the log: it was added outside Inzage.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="253"/>
        <source>Notitie %1 is buiten Inzage om veranderd: %2 klopt niet met wat het logboek vastlegde.</source>
        <translation>Note %1 was changed outside Inzage: %2 does not match what the log recorded.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="269"/>
        <source>Notitie %1 staat in het logboek, maar ontbreekt in het dossier: ze is verwijderd.</source>
        <translation>Note %1 is in the log but missing from the case file: it was deleted.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="299"/>
        <source>geen vingerafdruk van de notities in dit ouderexemplaar (gemaakt met een oudere versie)</source>
        <translation>no fingerprint of the notes in this parent copy (made with an older version)</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="307"/>
        <source>Dit ouderexemplaar heeft nu %1 notities, bij het maken waren het er %2: er is iets buiten Inzage om veranderd.</source>
        <translation>This parent copy now has %1 notes; when it was made it had %2: something was changed outside Inzage.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/EntryCheck.cpp" line="312"/>
        <source>De notities in dit ouderexemplaar zijn buiten Inzage om veranderd sinds het werd gemaakt (de vingerafdruk klopt niet).</source>
        <translation>The notes in this parent copy were changed outside Inzage since it was made (the fingerprint does not match).</translation>
    </message>
</context>
<context>
    <name>inzage::EntryCommands</name>
    <message>
        <location filename="../src/core/dossier/EntryCommands.cpp" line="21"/>
        <source>De basis van een feit schrijft u als &apos;document: welk document, van wanneer&apos; of &apos;waarneming: wanneer en waar&apos;.</source>
        <translation>Write the basis of a fact as &apos;document: which document, from when&apos; or &apos;waarneming: when and where&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryCommands.cpp" line="29"/>
        <source>Zeg bij de basis welk document het is (en van wanneer), of wanneer en waar het is waargenomen.</source>
        <translation>In the basis, say which document it is (and from when), or when and where it was observed.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryCommands.cpp" line="39"/>
        <source>Onbekend label &apos;%1&apos;. Toegestaan: %2.</source>
        <translation>Unknown label &apos;%1&apos;. Allowed: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryCommands.cpp" line="50"/>
        <source>Onbekende manier &apos;%1&apos;. Toegestaan: %2.</source>
        <translation>Unknown method &apos;%1&apos;. Allowed: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryCommands.cpp" line="63"/>
        <source>&apos;%1&apos; is geen datum (JJJJ-MM-DD).</source>
        <translation>&apos;%1&apos; is not a date (YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>inzage::EntryWriter</name>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="38"/>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="59"/>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="112"/>
        <source>De notitie kon niet worden opgeslagen.</source>
        <translation>The note could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="64"/>
        <source>Notitie %1 bestaat niet.</source>
        <translation>Note %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="90"/>
        <source>De telling per label kon niet worden bijgewerkt.</source>
        <translation>The count per label could not be updated.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="94"/>
        <source>De telling per label ontbreekt voor %1: het dossier is buiten Inzage om veranderd.</source>
        <translation>The count per label is missing for %1: the case file was changed outside Inzage.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="120"/>
        <source>Met wie er gesproken is kon niet worden opgeslagen.</source>
        <translation>Who was spoken to could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="126"/>
        <source>De onderbouwing kon niet worden opgeslagen.</source>
        <translation>The grounds could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="137"/>
        <location filename="../src/core/dossier/EntryWriter.cpp" line="142"/>
        <source>Zoekindex bijwerken lukte niet.</source>
        <translation>Updating the search index failed.</translation>
    </message>
</context>
<context>
    <name>inzage::ExtensionCheck</name>
    <message>
        <location filename="../src/core/audit/ExtensionCheck.cpp" line="12"/>
        <source>De verlengingen van termijnen konden niet worden gelezen.</source>
        <translation>The extensions of deadlines could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ExtensionCheck.cpp" line="36"/>
        <source>De verlenging van de termijn van reactie %1 staat niet in het logboek.</source>
        <translation>The extension of the deadline of response %1 is not in the log.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ExtensionCheck.cpp" line="40"/>
        <source>De verlenging van de termijn van reactie %1 is anders dan het logboek vastlegde.</source>
        <translation>The extension of the deadline of response %1 differs from what the log recorded.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ExtensionCheck.cpp" line="50"/>
        <source>Het logboek legde een verlenging van een termijn vast die in het dossier ontbreekt (%1).</source>
        <translation>The log recorded an extension of a deadline that is missing from the file (%1).</translation>
    </message>
</context>
<context>
    <name>inzage::FileLock</name>
    <message>
        <location filename="../src/core/vault/FileLock.cpp" line="24"/>
        <source>Het dossier is nu in gebruik bij een ander programma dat het wachtwoord wijzigt. Wacht even en probeer het opnieuw.</source>
        <translation>The case file is in use right now by another program that is changing its password. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/FileLock.cpp" line="31"/>
        <source>Het dossier %1 kon niet worden geopend: %2</source>
        <translation>The case file %1 could not be opened: %2</translation>
    </message>
    <message>
        <location filename="../src/core/vault/FileLock.cpp" line="37"/>
        <source>Het dossier kon niet worden vergrendeld: %1</source>
        <translation>The case file could not be locked: %1</translation>
    </message>
    <message>
        <location filename="../src/core/vault/FileLock.cpp" line="139"/>
        <source>Het dossier is nog geopend in een ander programma. Sluit dat eerst en probeer het opnieuw.</source>
        <translation>The case file is still open in another program. Close that first and try again.</translation>
    </message>
</context>
<context>
    <name>inzage::HintEvaluator</name>
    <message>
        <location filename="../src/core/text/HintEvaluation.cpp" line="17"/>
        <source>Het bestand is leeg: er hoort een kopregel met label en text in.</source>
        <translation>The file is empty: it needs a header line with label and text.</translation>
    </message>
    <message>
        <location filename="../src/core/text/HintEvaluation.cpp" line="28"/>
        <source>De kopregel mist de kolom label of text (gevonden: %1). Gebruik tabs tussen de kolommen.</source>
        <translation>The header line lacks the column label or text (found: %1). Use tabs between the columns.</translation>
    </message>
    <message>
        <location filename="../src/core/text/HintEvaluation.cpp" line="37"/>
        <source>Regel %1 heeft %2 kolommen; de kopregel heeft er %3.</source>
        <translation>Line %1 has %2 columns; the header line has %3.</translation>
    </message>
    <message>
        <location filename="../src/core/text/HintEvaluation.cpp" line="44"/>
        <source>Regel %1: onbekend label &apos;%2&apos;. Toegestaan: %3.</source>
        <translation>Line %1: unknown label &apos;%2&apos;. Allowed: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/text/HintEvaluation.cpp" line="55"/>
        <source>Het bestand heeft een kopregel maar geen regels om te meten.</source>
        <translation>The file has a header line but no lines to measure.</translation>
    </message>
</context>
<context>
    <name>inzage::InputFile</name>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="17"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="18"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="29"/>
        <source>Het bestand %1 bestaat niet.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="30"/>
        <location filename="../src/core/vault/InputFile.cpp" line="77"/>
        <source>Het bestand %1 kan niet worden gelezen: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="37"/>
        <source>%1 is geen gewoon bestand (maar bijvoorbeeld een map, een apparaat of een pijp). Inzage leest alleen gewone bestanden; geef het pad van een bestand. Er is niets veranderd.</source>
        <translation>%1 is not an ordinary file (but for example a folder, a device or a pipe). Inzage only reads ordinary files; give the path of a file. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/InputFile.cpp" line="54"/>
        <source>Het bestand %1 is groter dan Inzage zo&apos;n bestand leest (ten hoogste %2). Controleer of u het goede bestand hebt gekozen. Er is niets veranderd.</source>
        <translation>The file %1 is larger than Inzage reads such a file (at most %2). Check that you chose the right file. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>inzage::JsonExport</name>
    <message>
        <location filename="../src/core/exchange/JsonExport.cpp" line="190"/>
        <source>De export is geen geldig JSON-document: %1</source>
        <translation>The export is not a valid JSON document: %1</translation>
    </message>
</context>
<context>
    <name>inzage::Kdf</name>
    <message>
        <location filename="../src/core/vault/Kdf.cpp" line="21"/>
        <source>Het aantal rekenrondes voor de sleutel moet een heel getal van %1 tot en met %2 zijn, niet &apos;%3&apos;.</source>
        <translation>The number of key rounds must be a whole number from %1 to %2, not &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Kdf.cpp" line="36"/>
        <source>Het geheugen voor de sleutel (in MiB) moet een macht van twee zijn van 0.0078125 (8 KiB) tot en met %1, niet &apos;%2&apos;.</source>
        <translation>The memory for the key (in MiB) must be a power of two from 0.0078125 (8 KiB) to %1, not &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Kdf.cpp" line="47"/>
        <source>De sleutelinstellingen in het bestand kloppen niet.</source>
        <translation>The key settings in the file are not valid.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Kdf.cpp" line="54"/>
        <source>Niet genoeg geheugen om de sleutel af te leiden.</source>
        <translation>Not enough memory to derive the key.</translation>
    </message>
</context>
<context>
    <name>inzage::KeyedLines</name>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="47"/>
        <source>Dit is geen geldig %1: %2</source>
        <translation>This is not a valid %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="50"/>
        <source>het bevat tekens die er niet in horen.</source>
        <translation>it contains characters that do not belong in it.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="52"/>
        <source>de laatste regel is niet af.</source>
        <translation>the last line is not finished.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="56"/>
        <location filename="../src/core/audit/KeyedLines.cpp" line="60"/>
        <source>de eerste regel hoort &apos;%1 %2&apos; te zijn.</source>
        <translation>the first line should be &apos;%1 %2&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="63"/>
        <source>Dit %1 is gemaakt door een nieuwere versie van Inzage (versie %2). Werk Inzage bij.</source>
        <translation>This %1 was made by a newer version of Inzage (version %2). Update Inzage.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="74"/>
        <source>regel %1 (&apos;%2&apos;) hoort er niet (of niet daar).</source>
        <translation>line %1 (&apos;%2&apos;) does not belong there (or not there).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/KeyedLines.cpp" line="81"/>
        <source>de regel &apos;%1&apos; ontbreekt.</source>
        <translation>the line &apos;%1&apos; is missing.</translation>
    </message>
</context>
<context>
    <name>inzage::LabelHints</name>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="195"/>
        <location filename="../src/core/text/LabelHints.cpp" line="226"/>
        <source>oordeel van de schrijver: %1</source>
        <translation>the writer&apos;s judgement: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="217"/>
        <source>beslissing van de rechter: %1</source>
        <translation>the judge&apos;s decision: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="223"/>
        <source>vaststelling of stuk: %1</source>
        <translation>a finding or document: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="227"/>
        <source>bevat %1</source>
        <translation>contains %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="232"/>
        <source>handeling van de schrijver: %1</source>
        <translation>the writer&apos;s own action: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="152"/>
        <location filename="../src/core/text/LabelHints.cpp" line="233"/>
        <source>weergave van wat iemand zei: %1</source>
        <translation>reports what someone said: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="240"/>
        <source>mening van een ander, weergegeven: %1</source>
        <translation>someone else&apos;s opinion, reported: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="248"/>
        <source>van horen zeggen: %1</source>
        <translation>hearsay: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="250"/>
        <source>beschrijft het contact zelf: %1</source>
        <translation>describes the contact itself: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="254"/>
        <source>eigen waarneming: %1</source>
        <translation>own observation: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="206"/>
        <location filename="../src/core/text/LabelHints.cpp" line="273"/>
        <location filename="../src/core/text/LabelHints.cpp" line="304"/>
        <source>na de aankondiging %1</source>
        <translation>after the announcement %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="207"/>
        <location filename="../src/core/text/LabelHints.cpp" line="289"/>
        <location filename="../src/core/text/LabelHints.cpp" line="295"/>
        <location filename="../src/core/text/LabelHints.cpp" line="306"/>
        <source>onder het kopje %1</source>
        <translation>under the heading %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="279"/>
        <source>twijfelwoord %1</source>
        <translation>word of doubt %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="281"/>
        <source>waardeoordeel %1</source>
        <translation>value judgement %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="298"/>
        <source>concluderend: %1</source>
        <translation>concluding: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="266"/>
        <source>datum en handeling, geen oordeel</source>
        <translation>date and action, no judgement</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="286"/>
        <source>noemt een document of stuk: %1</source>
        <translation>names a document: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="293"/>
        <location filename="../src/core/text/LabelHints.cpp" line="300"/>
        <source>datum, geen oordeel</source>
        <translation>date, no judgement</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="302"/>
        <location filename="../src/core/text/LabelHints.cpp" line="307"/>
        <source>geen oordeel en geen weergave van wat iemand zei</source>
        <translation>no judgement and no report of what someone said</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="334"/>
        <source>geen woorden</source>
        <translation>no words</translation>
    </message>
    <message>
        <location filename="../src/core/text/LabelHints.cpp" line="337"/>
        <source>een kopje, geen zin</source>
        <translation>a heading, not a sentence</translation>
    </message>
</context>
<context>
    <name>inzage::LabelSession</name>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="79"/>
        <source>Er is geen notitie %1 in dit dossier (het heeft er %2).</source>
        <translation>There is no note %1 in this case file (it has %2).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="111"/>
        <source>Er is geen notitie %1 in dit dossier.</source>
        <translation>There is no note %1 in this case file.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="118"/>
        <location filename="../src/core/dossier/LabelSession.cpp" line="174"/>
        <location filename="../src/core/dossier/LabelSession.cpp" line="232"/>
        <source>Dit dossier heeft nog geen notities om te labelen.</source>
        <translation>This case file has no notes to label yet.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="211"/>
        <source>label: %1 (labelen)</source>
        <translation>label: %1 (labelling)</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="236"/>
        <source>Voor deze notitie is er geen suggestie. Kies zelf: 1 feit, 2 mening, 3 bron.</source>
        <translation>There is no suggestion for this note. Choose yourself: 1 fact, 2 opinion, 3 source.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="243"/>
        <source>Er is niets meer om ongedaan te maken.</source>
        <translation>There is nothing left to undo.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="252"/>
        <source>Notitie %1 is na uw label nog gewijzigd; ongedaan maken zou die wijziging terugdraaien. Bekijk de geschiedenis van de notitie en label haar opnieuw.</source>
        <translation>Note %1 was changed after your label; undoing would reverse that change. Look at the note&apos;s history and label it again.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/LabelSession.cpp" line="262"/>
        <source>label ongedaan gemaakt: terug naar %1</source>
        <translation>label undone: back to %1</translation>
    </message>
</context>
<context>
    <name>inzage::Migrations</name>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="31"/>
        <source>Het dossier kon niet worden voorbereid op het bijwerken.</source>
        <translation>The case file could not be prepared for updating.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="45"/>
        <source>Na het bijwerken konden de verwijzingen niet weer worden bewaakt.</source>
        <translation>After updating, the references could not be guarded again.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="63"/>
        <source>De verwijzingen in het dossier konden niet worden gecontroleerd.</source>
        <translation>The references in the case file could not be checked.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="65"/>
        <source>tabel %1, rij %2, verwijst naar een ontbrekende rij in %3</source>
        <translation>table %1, row %2, refers to a missing row in %3</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="80"/>
        <source>Bijwerken van het dossier naar schema %1 (%2) lukte niet; het dossier is ongewijzigd gebleven op schema %3.</source>
        <translation>Updating the case file to schema %1 (%2) did not work; the case file stayed unchanged at schema %3.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="90"/>
        <source>Versie bijwerken lukte niet.</source>
        <translation>Updating the version did not work.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="98"/>
        <source>Bijwerken van het dossier naar schema %1 (%2) is geweigerd: %3. Het dossier is ongewijzigd gebleven op schema %4.</source>
        <translation>Updating the case file to schema %1 (%2) was refused: %3. The case file stayed unchanged at schema %4.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="134"/>
        <source>Het dossier kan niet worden bijgewerkt midden in een andere wijziging.</source>
        <translation>The case file cannot be updated in the middle of another change.</translation>
    </message>
</context>
<context>
    <name>inzage::NewFile</name>
    <message>
        <location filename="../src/core/vault/NewFile.cpp" line="23"/>
        <source>Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.</source>
        <translation>The file %1 already exists. Choose another name; Inzage never overwrites a file.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/NewFile.cpp" line="44"/>
        <source>In de map van %1 kan geen bestand worden gemaakt: %2</source>
        <translation>No file can be made in the folder of %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/vault/NewFile.cpp" line="47"/>
        <source>In de map van %1 kan geen tijdelijk bestand worden gemaakt.</source>
        <translation>No temporary file can be made in the folder of %1.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/NewFile.cpp" line="75"/>
        <source>Het bestand %1 kon niet op zijn plaats worden gezet: %2</source>
        <translation>The file %1 could not be put in its place: %2</translation>
    </message>
</context>
<context>
    <name>inzage::NewSinceVisit</name>
    <message>
        <location filename="../src/core/exchange/NewSinceVisit.cpp" line="12"/>
        <location filename="../src/core/exchange/NewSinceVisit.cpp" line="33"/>
        <source>Er kon niet worden gelezen wat er nieuw is in uw dossier.</source>
        <translation>What is new in your file could not be read.</translation>
    </message>
</context>
<context>
    <name>inzage::NewVault</name>
    <message>
        <location filename="../src/core/vault/NewVault.cpp" line="36"/>
        <source>In de map van %1 kan geen tijdelijk bestand worden gemaakt.</source>
        <translation>No temporary file can be made in the folder of %1.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/NewVault.cpp" line="42"/>
        <source>Er is geen nieuw dossier om af te ronden.</source>
        <translation>There is no new case file to finish.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/NewVault.cpp" line="47"/>
        <source>Het nieuwe dossier %1 kon niet worden afgerond.</source>
        <translation>The new case file %1 could not be finished.</translation>
    </message>
</context>
<context>
    <name>inzage::OdtReader</name>
    <message>
        <location filename="../src/core/exchange/OdtReader.cpp" line="179"/>
        <source>OpenDocument-bestand</source>
        <translation>OpenDocument file</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/OdtReader.cpp" line="187"/>
        <source>Dit OpenDocument-bestand is met een wachtwoord beveiligd. Open het, sla het op als .odt zonder wachtwoord en importeer dat bestand.</source>
        <translation>This OpenDocument file is protected with a password. Open it, save it as .odt without a password and import that file.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/OdtReader.cpp" line="195"/>
        <source>Dit bestand is een zip-pakket maar geen OpenDocument-tekst (content.xml ontbreekt). Sla het in de tekstverwerker op als .odt en probeer het opnieuw.</source>
        <translation>This file is a zip package but not an OpenDocument text (content.xml is missing). Save it as .odt in the word processor and try again.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/OdtReader.cpp" line="208"/>
        <source>De tekst in dit OpenDocument-bestand is beschadigd (%1). Open het, sla het opnieuw op als .odt en probeer het nog eens.</source>
        <translation>The text in this OpenDocument file is damaged (%1). Open it, save it again as .odt and try once more.</translation>
    </message>
</context>
<context>
    <name>inzage::OpenMemory</name>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="81"/>
        <location filename="../src/core/vault/OpenMemory.cpp" line="95"/>
        <source>De wijzigingen in het dossier konden niet worden gelezen.</source>
        <translation>The changes in the case file could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="163"/>
        <source>Inzage kon niet onthouden hoe dit dossier eruitzag.</source>
        <translation>Inzage could not remember what this case file looked like.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="215"/>
        <source>Werk er niet in verder voordat u weet waarom. Misschien is een oude kopie teruggezet, of is er werk verloren gegaan. Zoek de nieuwste versie van het bestand. Heeft u het bestand van iemand gekregen? Vraag dan om een nieuw exemplaar.</source>
        <translation>Do not go on working in it before you know why. Perhaps an old copy was put back, or work was lost. Look for the newest version of the file. Did someone give you the file? Then ask for a new copy.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="287"/>
        <source>Inzage kan niet nagaan of dit bestand ouder is dan de vorige keer dat u het opende. Wat deze computer daarover onthield, is beschadigd of veranderd. Inzage vertrouwt dat niet en onthoudt vanaf nu hoe het bestand er nu uitziet.</source>
        <translation>Inzage cannot check whether this file is older than the last time you opened it. What this computer remembered about it is damaged or changed. Inzage does not trust that and from now on remembers what the file looks like now.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="294"/>
        <source>Dit bestand is ouder dan de vorige keer dat u het opende op deze computer. Toen had het %1 wijzigingen, nu %2.</source>
        <translation>This file is older than the last time you opened it on this computer. Then it had %1 changes, now %2.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/OpenMemory.cpp" line="306"/>
        <source>Dit bestand is ouder dan de vorige keer dat u het opende op deze computer, of een ander exemplaar: wijziging %1 is niet meer dezelfde als toen.</source>
        <translation>This file is older than the last time you opened it on this computer, or it is another copy: change %1 is no longer the same as then.</translation>
    </message>
</context>
<context>
    <name>inzage::OrgKey</name>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="32"/>
        <source>sleutelbestand van de organisatie</source>
        <translation>organisation&apos;s key file</translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="59"/>
        <source>&apos;%1&apos; is geen publieke sleutel: die bestaat uit %2 hexadecimale tekens.</source>
        <translation>&apos;%1&apos; is not a public key: that consists of %2 hexadecimal characters.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="71"/>
        <source>publiek sleutelbestand</source>
        <translation>public key file</translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="80"/>
        <source>De vingerafdruk in het publieke sleutelbestand hoort niet bij de sleutel erin: het bestand is veranderd.</source>
        <translation>The fingerprint in the public key file does not belong to the key in it: the file was changed.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="99"/>
        <source>Er kon geen sleutel worden gemaakt.</source>
        <translation>No key could be made.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="119"/>
        <source>Een leeg wachtwoord is niet toegestaan.</source>
        <translation>An empty passphrase is not allowed.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="167"/>
        <source>De sleutelinstellingen (kdf) in %1 kloppen niet; Inzage gebruikt ze niet.</source>
        <translation>The key settings (kdf) in %1 are not right; Inzage does not use them.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="172"/>
        <source>Het geheime deel van %1 is beschadigd.</source>
        <translation>The secret part of %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="183"/>
        <source>Het wachtwoord van de sleutel %1 klopt niet (of het bestand is veranderd).</source>
        <translation>The passphrase of the key %1 is not right (or the file was changed).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/OrgKey.cpp" line="190"/>
        <source>De publieke sleutel in %1 hoort niet bij de geheime: het bestand is veranderd.</source>
        <translation>The public key in %1 does not belong to the secret one: the file was changed.</translation>
    </message>
</context>
<context>
    <name>inzage::PaperPdf</name>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="17"/>
        <source>Feit</source>
        <translation>Fact</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="19"/>
        <source>Mening</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="21"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="25"/>
        <source>Nog niet beoordeeld</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="40"/>
        <source>Reactie</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="40"/>
        <source>Uw reactie</source>
        <translation>Your response</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="41"/>
        <source>Reactie van %1, met u gedeeld</source>
        <translation>Response of %1, shared with you</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="42"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): “%3”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): “%3”</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="43"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="45"/>
        <source>&lt;b&gt;Antwoord van de hulpverlener&lt;/b&gt; (%1, %2): %3</source>
        <translation>&lt;b&gt;Answer from the care worker&lt;/b&gt; (%1, %2): %3</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="54"/>
        <source>&lt;b&gt;Gesproken met:&lt;/b&gt; niet vastgelegd bij deze notitie</source>
        <translation>&lt;b&gt;Spoken to:&lt;/b&gt; not recorded for this note</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="68"/>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="113"/>
        <source>Mijn reacties</source>
        <translation>My responses</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="68"/>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="113"/>
        <source>Mijn dossier</source>
        <translation>My file</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="74"/>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="75"/>
        <source>Dossiernummer</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="76"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="77"/>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="78"/>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="82"/>
        <source>Hier staan al uw reacties, bij de notitie waar ze bij horen, met wat ermee gebeurd is en het antwoord van de hulpverlener.</source>
        <translation>Here are all your responses, with the note they belong to, what was done with them and the care worker&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="84"/>
        <source>Dit is uw dossier zoals het in Inzage staat. Bij elke notitie staat wat voor tekst het is: &lt;b&gt;◆ Feit&lt;/b&gt; (iets wat te controleren is), &lt;b&gt;❝ Bron&lt;/b&gt; (wat iemand vertelde, en met wie er is gesproken), &lt;b&gt;⚖ Mening&lt;/b&gt; (een oordeel, en van wie het is) of &lt;b&gt;? Nog niet beoordeeld&lt;/b&gt;. Onder een notitie staan uw reacties, wat ermee gebeurd is en het antwoord van de hulpverlener.</source>
        <translation>This is your file as it is in Inzage. Each note says what kind of text it is: &lt;b&gt;◆ Fact&lt;/b&gt; (something that can be checked), &lt;b&gt;❝ Source&lt;/b&gt; (what someone said, and who was spoken to), &lt;b&gt;⚖ Opinion&lt;/b&gt; (a judgement, and whose it is) or &lt;b&gt;? Not yet assessed&lt;/b&gt;. Under a note are your responses, what was done with them and the care worker&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="91"/>
        <source>Ontbreken er nummers? Dan zijn dat notities die niet in uw exemplaar staan. Een afgeschermde bron is iemand die de wet beschermt: zijn of haar naam staat er niet in, de reden wel.</source>
        <translation>Are numbers missing? Those are notes that are not in your copy. A protected source is someone protected by law: their name is not in it, the reason is.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="97"/>
        <source>Zonder kopje</source>
        <translation>Without a heading</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="105"/>
        <source>U heeft nog op geen enkele notitie gereageerd.</source>
        <translation>You have not responded to any note yet.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="106"/>
        <source>Er staan nog geen notities in dit dossier.</source>
        <translation>There are no notes in this file yet.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="119"/>
        <source>voor %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PaperPdf.cpp" line="120"/>
        <source>Gemaakt op %1</source>
        <translation>Made on %1</translation>
    </message>
</context>
<context>
    <name>inzage::ParentCopies</name>
    <message>
        <location filename="../src/core/exchange/ParentCopies.cpp" line="29"/>
        <source>De ouderexemplaren konden niet worden gelezen.</source>
        <translation>The parent copies could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopies.cpp" line="39"/>
        <source>Ouderexemplaren worden gemaakt vanuit het eigen dossier van de professional.</source>
        <translation>Parent copies are made from the care worker&apos;s own case file.</translation>
    </message>
</context>
<context>
    <name>inzage::ParentCopy</name>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="29"/>
        <source>Het ouderexemplaar kon niet worden gemaakt.</source>
        <translation>The parent copy could not be made.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="241"/>
        <source>Er staat geen ouder in dit dossier. Voeg eerst de ouder toe (rol ouder) en maak dan het ouderexemplaar voor hem of haar.</source>
        <translation>There is no parent in this case file. First add the parent (role ouder), then make the parent copy for them.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="244"/>
        <source>Voor wie is dit ouderexemplaar? Er zijn %1 ouders: %2. Een exemplaar is voor één persoon: kies voor wie.</source>
        <translation>Who is this parent copy for? There are %1 parents: %2. A copy is for one person: choose who.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="260"/>
        <source>Een ouderexemplaar is voor een ouder of voor een kind vanaf 12 jaar; %1 staat in het dossier als %2.</source>
        <translation>A parent copy is for a parent or for a child aged 12 or older; %1 is in the case file as %2.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="266"/>
        <source>%1 is een afgeschermde bron; voor een afgeschermde bron wordt geen ouderexemplaar gemaakt.</source>
        <translation>%1 is a protected source; no parent copy is made for a protected source.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="276"/>
        <source>%1 is jonger dan 12 jaar; een kind krijgt een eigen exemplaar vanaf 12 jaar.</source>
        <translation>%1 is younger than 12; a child gets their own copy from the age of 12.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="291"/>
        <source>Dit is al een ouderexemplaar. Een ouderexemplaar maakt u vanuit het dossier van de professional.</source>
        <translation>This is already a parent copy. You make a parent copy from the professional&apos;s case file.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="297"/>
        <source>Het ouderexemplaar kan niet over het dossier zelf heen.</source>
        <translation>The parent copy cannot replace the case file itself.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ParentCopy.cpp" line="303"/>
        <source>Kies voor het ouderexemplaar een ander wachtwoord dan dat van het dossier zelf. Er is niets gemaakt.</source>
        <translation>Choose a different password for the parent copy than the one of the case file itself. Nothing was made.</translation>
    </message>
</context>
<context>
    <name>inzage::Persons</name>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="51"/>
        <source>De personen konden niet worden gelezen.</source>
        <translation>The people could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="69"/>
        <location filename="../src/core/dossier/Persons.cpp" line="172"/>
        <source>Een persoon heeft een naam of rol nodig.</source>
        <translation>A person needs a name or role.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="72"/>
        <location filename="../src/core/dossier/Persons.cpp" line="209"/>
        <source>Een afgeschermde bron heeft een wettelijke reden nodig; die ziet de familie.</source>
        <translation>A protected source needs a legal reason; the family sees that reason.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="83"/>
        <location filename="../src/core/dossier/Persons.cpp" line="189"/>
        <source>De persoon kon niet worden opgeslagen.</source>
        <translation>The person could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="86"/>
        <location filename="../src/core/dossier/Persons.cpp" line="192"/>
        <source>%1 (%2) staat er al in.</source>
        <translation>%1 (%2) is already in it.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="108"/>
        <source>Er is geen naam of #nummer van een persoon opgegeven.</source>
        <translation>No name or #number of a person was given.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="114"/>
        <source>&apos;%1&apos; is geen geldig nummer van een persoon.</source>
        <translation>&apos;%1&apos; is not a valid number of a person.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="121"/>
        <location filename="../src/core/dossier/Persons.cpp" line="146"/>
        <source>%1 staat al in het dossier en is niet afgeschermd. Afschermen van een bestaande persoon is een aparte stap. Er is niets veranderd.</source>
        <translation>%1 is already in the file and is not protected. Protecting an existing person is a separate step. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="138"/>
        <source>Er zijn %1 personen met de naam &apos;%2&apos;. Zeg welke met de rol of met het nummer (#id).</source>
        <translation>There are %1 people named &apos;%2&apos;. Say which one with the role or the number (#id).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="155"/>
        <source>Niemand met de naam &apos;%1&apos; in dit dossier.</source>
        <translation>Nobody named &apos;%1&apos; in this case file.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="220"/>
        <source>De persoon kon niet worden afgeschermd.</source>
        <translation>The person could not be protected.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Persons.cpp" line="241"/>
        <source>Persoon %1 bestaat niet.</source>
        <translation>Person %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>inzage::PlainTextReader</name>
    <message>
        <location filename="../src/core/exchange/PlainTextReader.cpp" line="60"/>
        <source>Dit tekstbestand begint als UTF-16 maar is beschadigd. Sla het op als UTF-8 en probeer het opnieuw.</source>
        <translation>This text file starts as UTF-16 but is damaged. Save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/PlainTextReader.cpp" line="62"/>
        <source>gelezen als UTF-16</source>
        <translation>read as UTF-16</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/PlainTextReader.cpp" line="67"/>
        <source>Dit tekstbestand bevat NUL-tekens: het is waarschijnlijk UTF-16 zonder kenmerk, of geen tekst. Sla het in de tekstverwerker op als tekst in UTF-8 en probeer het opnieuw.</source>
        <translation>This text file contains NUL characters: it is probably UTF-16 without a mark, or not text. Save it as UTF-8 text in the word processor and try again.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/PlainTextReader.cpp" line="74"/>
        <source>geen UTF-8: gelezen als Windows-1252; controleer letters als ë en é</source>
        <translation>not UTF-8: read as Windows-1252; check letters such as ë and é</translation>
    </message>
</context>
<context>
    <name>inzage::PlainWords</name>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="8"/>
        <source>Afgeschermde bron</source>
        <translation>Protected source</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="9"/>
        <source>Iemand die informatie heeft gegeven, maar van wie de naam niet in uw dossier staat. Dat mag alleen met een reden, bijvoorbeeld om die persoon te beschermen.</source>
        <translation>Someone who gave information but whose name is not in your file. That is only allowed with a reason, for instance to protect that person.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="11"/>
        <source>U ziet wel wat er is gezegd, maar niet door wie. U kunt op wat er staat reageren zoals op elke andere notitie.</source>
        <translation>You do see what was said, but not by whom. You can respond to it like to any other note.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="19"/>
        <source>Feit</source>
        <translation>Fact</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="20"/>
        <source>Iets wat is gebeurd of wat je kunt nagaan: een datum, een afspraak, wat er in een brief staat.</source>
        <translation>Something that happened or that can be checked: a date, an appointment, what a letter says.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="21"/>
        <source>Klopt een feit niet? Dan kunt u vragen om het te verbeteren. De hulpverlener moet daar binnen een maand op antwoorden.</source>
        <translation>Is a fact wrong? Then you can ask for it to be corrected. The care worker must answer within a month.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="24"/>
        <source>Mening</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="25"/>
        <source>Wat een hulpverlener ergens van vindt: een oordeel, een zorg of een advies. Bij elke mening staat van wie die mening is.</source>
        <translation>What a care worker thinks about something: a judgement, a worry or advice. Each opinion says whose opinion it is.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="27"/>
        <source>Een mening wordt niet veranderd omdat u het er niet mee eens bent. U kunt wel uw eigen visie ernaast laten zetten. Die leest iedereen die het dossier leest.</source>
        <translation>An opinion is not changed because you disagree with it. You can have your own view put beside it. Everyone who reads the file reads it.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="30"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="31"/>
        <source>Wat iemand anders heeft verteld, bijvoorbeeld school, de huisarts of de buren. Er staat bij met wie er is gesproken, wanneer en hoe.</source>
        <translation>What someone else said, for instance the school, the GP or the neighbours. It says who was spoken to, when and how.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="33"/>
        <source>Heeft die persoon het niet zo gezegd? Dan kunt u dat laten weten. De hulpverlener vraagt het dan na.</source>
        <translation>Did that person not say it like that? Then you can let us know. The care worker will check with them.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="38"/>
        <source>Nog niet beoordeeld</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="39"/>
        <source>De hulpverlener heeft nog niet aangegeven of dit een feit, een mening of een bron is.</source>
        <translation>The care worker has not yet said whether this is a fact, an opinion or a source.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="40"/>
        <source>Lees het met extra aandacht. U kunt er gewoon op reageren.</source>
        <translation>Read it with extra care. You can respond to it as usual.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="46"/>
        <source>Concept-rapport</source>
        <translation>Draft report</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="47"/>
        <source>Een rapport dat nog niet af is. U mag het lezen voordat het wordt verstuurd.</source>
        <translation>A report that is not finished yet. You may read it before it is sent.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="48"/>
        <source>Dit is het moment om te reageren: wat u nu zegt, kan nog in het rapport komen.</source>
        <translation>This is the moment to respond: what you say now can still go into the report.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="49"/>
        <source>GI (gecertificeerde instelling)</source>
        <translation>GI (certified institution)</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="50"/>
        <source>De organisatie die de jeugdbescherming uitvoert, bijvoorbeeld SAVE. Uw jeugdbeschermer werkt daar.</source>
        <translation>The organisation that carries out child protection, for instance SAVE. Your child protection worker works there.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="52"/>
        <source>De GI maakt met u afspraken en houdt zich aan wat de kinderrechter heeft besloten.</source>
        <translation>The GI makes agreements with you and follows what the juvenile judge decided.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="53"/>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="54"/>
        <source>Een beslissing van de kinderrechter over uw kind, zoals een ondertoezichtstelling of een uithuisplaatsing.</source>
        <translation>A decision of the juvenile judge about your child, such as a supervision order or an out-of-home placement.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="56"/>
        <source>Een maatregel geldt voor een bepaalde tijd. U mag daarover uw mening geven aan de kinderrechter.</source>
        <translation>A measure lasts for a set time. You may give your view on it to the juvenile judge.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="57"/>
        <source>OTS (ondertoezichtstelling)</source>
        <translation>OTS (supervision order)</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="58"/>
        <source>De kinderrechter besluit dat een jeugdbeschermer met u meekijkt en helpt bij de opvoeding.</source>
        <translation>The juvenile judge decides that a child protection worker watches with you and helps with raising your child.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="59"/>
        <source>U blijft de ouder en houdt het gezag. De jeugdbeschermer kan wel afspraken met u maken die u moet nakomen.</source>
        <translation>You remain the parent and keep parental authority. The child protection worker can make agreements with you that you must keep.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="61"/>
        <source>Raad voor de Kinderbescherming</source>
        <translation>Child Protection Board (Raad voor de Kinderbescherming)</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="62"/>
        <source>Een organisatie die onderzoekt of een kind veilig opgroeit, en de kinderrechter advies geeft.</source>
        <translation>An organisation that investigates whether a child grows up safely and advises the juvenile judge.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="63"/>
        <source>De Raad spreekt met u en met anderen. In het rapport moet staan met wie er is gesproken.</source>
        <translation>The Board talks with you and with others. The report must say who was spoken to.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="64"/>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="65"/>
        <source>De organisatie waar mensen zorgen over huiselijk geweld of kindermishandeling kunnen melden.</source>
        <translation>The organisation where people can report worries about domestic violence or child abuse.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="66"/>
        <source>Veilig Thuis onderzoekt een melding en spreekt daarover ook met u.</source>
        <translation>Veilig Thuis investigates a report and also talks with you about it.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/PlainWords.cpp" line="72"/>
        <source>De nummers lopen niet altijd door (nr. 4, nr. 7). Dat komt doordat uw dossier alleen de notities laat zien die voor u zijn. De andere zijn niet voor u bedoeld, bijvoorbeeld omdat ze over iemand anders gaan. Er is niets kwijt.</source>
        <translation>The numbers do not always run on (no. 4, no. 7). That is because your file only shows the notes that are for you. The others are not meant for you, for instance because they are about someone else. Nothing is lost.</translation>
    </message>
</context>
<context>
    <name>inzage::ReportCheck</name>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="79"/>
        <source>Notitie %1 is nog niet beoordeeld: label haar als feit, mening of bron.</source>
        <translation>Note %1 has not been assessed yet: label it as a fact, an opinion or a source.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="84"/>
        <source>Notitie %1 is een bron, maar zegt niet met wie er is gesproken (naam of rol, wanneer, hoe).</source>
        <translation>Note %1 is a source but does not say who was spoken to (name or role, when, how).</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="91"/>
        <source>Notitie %1 is een feit zonder basis: zeg welk document (van wanneer) of welke eigen waarneming (wanneer, waar).</source>
        <translation>Note %1 is a fact without a basis: say which document (of when) or which own observation (when, where).</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="98"/>
        <source>Notitie %1 is een mening, maar niet van wie: noem wiens mening het is.</source>
        <translation>Note %1 is an opinion, but not whose: name whose opinion it is.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="118"/>
        <source>Reactie %1 van de ouder op notitie %2 is nog niet afgehandeld (%3): verwerk haar, of wijs haar af met een reden.</source>
        <translation>The parent&apos;s response %1 to note %2 has not been handled yet (%3): process it, or turn it down with a reason.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="130"/>
        <source>De %1 is gemarkeerd als onderdeel &apos;%2&apos;, maar er staat geen notitie in dat onderdeel.</source>
        <translation>The %1 is marked as section &apos;%2&apos;, but that section holds no note.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="133"/>
        <source>Het rapport heeft geen %1: markeer het onderdeel dat het is.</source>
        <translation>The report has no %1: mark the section that is it.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="136"/>
        <source>Bijvoorbeeld een onderdeel &apos;%1&apos;.</source>
        <translation>For instance a section &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="137"/>
        <source>Is het &apos;%1&apos;? Markeer dat onderdeel dan als %2.</source>
        <translation>Is it &apos;%1&apos;? Then mark that section as %2.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="147"/>
        <source>Het rapport zegt nergens dat er met het kind is gesproken (een persoon met rol kind bij &apos;gesproken met&apos;), en ook niet waarom niet.</source>
        <translation>The report nowhere says that the child was spoken to (a person with role child under &apos;spoken to&apos;), nor why not.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="156"/>
        <source>Het concept is op %1 naar de ouders gestuurd; zij kunnen reageren tot en met %2. Het definitieve rapport kan vanaf de dag daarna.</source>
        <translation>The draft was sent to the parents on %1; they can respond up to and including %2. The final report is possible from the day after.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="140"/>
        <source>probleemanalyse</source>
        <translation>problem analysis</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="141"/>
        <source>Analyse zorgen</source>
        <translation>Concerns analysis</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="142"/>
        <source>analyse van krachten</source>
        <translation>strengths analysis</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportCheck.cpp" line="143"/>
        <source>Analyse krachten</source>
        <translation>Strengths analysis</translation>
    </message>
</context>
<context>
    <name>inzage::ReportDocument</name>
    <message>
        <location filename="../src/core/report/ReportDocument.cpp" line="116"/>
        <source>ja, op %1 (%2)</source>
        <translation>yes, on %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportDocument.cpp" line="117"/>
        <source>op %1 (%2), van een eerdere tekst</source>
        <translation>on %1 (%2), of an earlier text</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportDocument.cpp" line="147"/>
        <source>Een rapport wordt gemaakt uit het dossier van de professional, niet uit een ouderexemplaar.</source>
        <translation>A report is made from the professional&apos;s case file, not from a parent copy.</translation>
    </message>
</context>
<context>
    <name>inzage::ReportMaker</name>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="47"/>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="50"/>
        <source>er mag in deze map niet worden geschreven</source>
        <translation>writing in this folder is not allowed</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="52"/>
        <source>deze map is alleen-lezen</source>
        <translation>this folder is read-only</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="66"/>
        <source>Geef de naam van het rapportbestand, bijvoorbeeld rapport.pdf.</source>
        <translation>Give the name of the report file, for example rapport.pdf.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="69"/>
        <location filename="../src/core/report/ReportMaker.cpp" line="156"/>
        <source>%1 bestaat al. Inzage overschrijft nooit een bestand: kies een andere naam.</source>
        <translation>%1 already exists. Inzage never overwrites a file: choose another name.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="73"/>
        <source>De map %1 bestaat niet. Maak haar eerst, of kies een andere map.</source>
        <translation>The folder %1 does not exist. Create it first, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="76"/>
        <source>Een rapport wordt gemaakt uit het dossier van de professional, niet uit een ouderexemplaar.</source>
        <translation>A report is made from the professional&apos;s case file, not from a parent copy.</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="94"/>
        <source>Het definitieve rapport kan nog niet worden gemaakt: %1 punten staan nog open. Los ze op (zie de controle van het rapport), of maak een concept.
%2</source>
        <translation>The final report cannot be made yet: %1 points are still open. Resolve them (see the report check), or make a draft.
%2</translation>
    </message>
    <message>
        <location filename="../src/core/report/ReportMaker.cpp" line="107"/>
        <source>Het rapport kon niet worden geschreven in %1: %2. Er is geen (half) bestand achtergelaten en in het dossier is niets veranderd. Maak ruimte vrij of kies een andere map.</source>
        <translation>The report could not be written in %1: %2. No (half) file was left behind and nothing in the case file changed. Free some space or choose another folder.</translation>
    </message>
</context>
<context>
    <name>inzage::ReportPdf</name>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="16"/>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="16"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="23"/>
        <source>Feiten</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="25"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="27"/>
        <source>Meningen</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="29"/>
        <source>Nog niet beoordeeld</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="42"/>
        <source>in een gesprek</source>
        <translation>in a conversation</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="44"/>
        <source>telefonisch</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="46"/>
        <source>bij een huisbezoek</source>
        <translation>during a home visit</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="48"/>
        <source>schriftelijk</source>
        <translation>in writing</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="50"/>
        <source>hoe is niet vastgelegd</source>
        <translation>how was not recorded</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="59"/>
        <source>Klopt</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="61"/>
        <source>Klopt niet</source>
        <translation>Not correct</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="63"/>
        <source>Aanvulling</source>
        <translation>Addition</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="65"/>
        <source>Verzoek om correctie</source>
        <translation>Request for correction</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="67"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="76"/>
        <source>verstuurd, nog niet behandeld</source>
        <translation>sent, not yet handled</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="78"/>
        <source>in behandeling</source>
        <translation>being handled</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="80"/>
        <source>verwerkt</source>
        <translation>processed</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="82"/>
        <source>afgewezen</source>
        <translation>turned down</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="91"/>
        <source>een afgeschermde bron — reden: %1</source>
        <translation>a protected source — reason: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="99"/>
        <source>afgeschermd voor de familie, reden: %1</source>
        <translation>protected from the family, reason: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="115"/>
        <source>Datum: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="117"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="118"/>
        <source>eigen waarneming</source>
        <translation>own observation</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="119"/>
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="121"/>
        <source>&lt;b&gt;Basis:&lt;/b&gt; %1%2</source>
        <translation>&lt;b&gt;Basis:&lt;/b&gt; %1%2</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="125"/>
        <source>een afgeschermde bron</source>
        <translation>a protected source</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="126"/>
        <source>de schrijver van het rapport</source>
        <translation>the writer of the report</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="128"/>
        <source>&lt;b&gt;Mening van:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Opinion of:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="133"/>
        <source>&lt;b&gt;Rust op de feiten:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rests on the facts:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="138"/>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="52"/>
        <source>datum niet vastgelegd</source>
        <translation>date not recorded</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="139"/>
        <source>niet vastgelegd</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="141"/>
        <source>&lt;b&gt;Gezegd door:&lt;/b&gt; %1 · %2 · %3 · akkoord van de bron: %4</source>
        <translation>&lt;b&gt;Said by:&lt;/b&gt; %1 · %2 · %3 · approved by the source: %4</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="142"/>
        <source>&lt;b&gt;Gesproken met:&lt;/b&gt; %1 · %2 · %3 · akkoord van de bron: %4</source>
        <translation>&lt;b&gt;Spoken with:&lt;/b&gt; %1 · %2 · %3 · approved by the source: %4</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="147"/>
        <source>&lt;b&gt;Gezegd door:&lt;/b&gt; niet vastgelegd</source>
        <translation>&lt;b&gt;Said by:&lt;/b&gt; not recorded</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="149"/>
        <source>&lt;i&gt;Interne notitie: niet zichtbaar in het exemplaar van de ouders.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Internal note: not visible in the parents&apos; copy.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="36"/>
        <source>Gesproken met</source>
        <translation>Spoken with</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="38"/>
        <source>Met wie er voor dit rapport is gesproken, wanneer en hoe. Gezinsleden met wie niet is gesproken staan er ook in.</source>
        <translation>Who was spoken to for this report, when and how. Family members who were not spoken to are listed too.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="45"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="45"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="45"/>
        <source>Gesproken</source>
        <translation>Spoken to</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="46"/>
        <source>Wanneer en hoe</source>
        <translation>When and how</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="54"/>
        <source>ja, in 1 notitie</source>
        <translation>yes, in 1 note</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="55"/>
        <source>ja, in %1 notities</source>
        <translation>yes, in %1 notes</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="56"/>
        <source>niet gesproken</source>
        <translation>not spoken to</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="64"/>
        <source>Waarom er niet met het kind is gesproken: %1</source>
        <translation>Why the child was not spoken to: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="72"/>
        <source>Bijlage: reacties van ouders en antwoorden</source>
        <translation>Appendix: responses of the parents and answers</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="74"/>
        <source>Er zijn geen reacties van ouders op dit dossier.</source>
        <translation>There are no responses from parents to this case file.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="76"/>
        <source>een ouder</source>
        <translation>a parent</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="78"/>
        <source>Reactie %1 op notitie #%2 — %3, van %4</source>
        <translation>Response %1 to note #%2 — %3, from %4</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="83"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="85"/>
        <source>&lt;b&gt;Antwoord van de professional&lt;/b&gt; (%1, %2): %3</source>
        <translation>&lt;b&gt;Answer of the professional&lt;/b&gt; (%1, %2): %3</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="98"/>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="157"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="98"/>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="157"/>
        <source>Rapport: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="104"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="105"/>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="106"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="107"/>
        <source>Fase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="108"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="109"/>
        <source>Vervanger</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="110"/>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="119"/>
        <source>Zonder kopje</source>
        <translation>Without a heading</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="135"/>
        <source>Verantwoording</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="137"/>
        <source>Logboek (audit-keten) bij het maken van dit rapport, regel %1:</source>
        <translation>Log (audit chain) when this report was made, row %1:</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="139"/>
        <source>Inhoudshash (SHA-256) van dit rapport:</source>
        <translation>Content hash (SHA-256) of this report:</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="141"/>
        <source>De inhoudshash gaat over alles wat dit rapport zegt (gegevens van de zaak, elke notitie met label, basis, bron en mening, de tabel Gesproken met, de reacties en de stand van het logboek), niet over de datum of de opmaak van dit bestand.</source>
        <translation>The content hash covers everything this report says (the case details, every note with label, basis, source and opinion, the Spoken with table, the responses and the state of the log), not the date or the layout of this file.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="149"/>
        <source>Dit is een concept: het is niet vastgelegd in het logboek en kan nog veranderen.</source>
        <translation>This is a draft: it is not recorded in the log and may still change.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="227"/>
        <source>Het PDF-bestand kon niet worden begonnen.</source>
        <translation>The PDF file could not be started.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="161"/>
        <source>DEFINITIEF</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="161"/>
        <source>CONCEPT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="158"/>
        <source>Inzage-rapport</source>
        <translation>Inzage report</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="113"/>
        <source>Elke zin in dit rapport staat onder één van drie kopjes: &lt;b&gt;◆ Feiten&lt;/b&gt; (controleerbaar: eigen waarneming of een document), &lt;b&gt;❝ Bronnen&lt;/b&gt; (wat iemand vertelde, met wie, wanneer en hoe) en &lt;b&gt;⚖ Meningen&lt;/b&gt; (een oordeel, met van wie het is).</source>
        <translation>Every sentence in this report stands under one of three headings: &lt;b&gt;◆ Facts&lt;/b&gt; (checkable: own observation or a document), &lt;b&gt;❝ Sources&lt;/b&gt; (what someone said, with whom, when and how) and &lt;b&gt;⚖ Opinions&lt;/b&gt; (a judgement, with whose it is).</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="146"/>
        <source>Dit definitieve rapport is vastgelegd in het logboek. Of een bestand dit rapport is, zegt de controle van het dossier met dat bestand: die vergelijkt het bestand byte voor byte met wat het logboek vastlegde.</source>
        <translation>This final report is recorded in the log. Whether a file is this report is told by the file&apos;s check with that file: it compares the file byte for byte with what the log recorded.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="162"/>
        <source>Definitief rapport</source>
        <translation>Final report</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/ReportPdf.cpp" line="162"/>
        <source>Concept — nog niet definitief</source>
        <translation>Draft — not final yet</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="234"/>
        <source>Een nieuwe pagina in het PDF-bestand lukte niet.</source>
        <translation>A new page in the PDF file failed.</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="251"/>
        <source>pagina %1 van %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/core/report/pdf/PdfParts.cpp" line="264"/>
        <source>Het PDF-bestand kon niet worden afgemaakt.</source>
        <translation>The PDF file could not be finished.</translation>
    </message>
</context>
<context>
    <name>inzage::ReportRecords</name>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="56"/>
        <source>Regel %1 van het logboek zegt dat er een definitief rapport is gemaakt, maar is onleesbaar.</source>
        <translation>Row %1 of the log says a final report was made, but cannot be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="63"/>
        <location filename="../src/core/audit/ReportRecords.cpp" line="115"/>
        <source>De rapporten in het logboek konden niet worden gelezen.</source>
        <translation>The reports in the log could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="86"/>
        <source>Regel %1 legt een definitief rapport vast, maar is onleesbaar.</source>
        <translation>Row %1 records a final report, but cannot be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="90"/>
        <source>Regel %1 legt een rapport vast dat gemaakt zou zijn op een latere stand van het logboek (regel %2).</source>
        <translation>Row %1 records a report that would have been made on a later state of the log (row %2).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="106"/>
        <location filename="../src/core/audit/ReportRecords.cpp" line="137"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation>The log could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReportRecords.cpp" line="109"/>
        <source>Regel %1 legt een rapport vast op logboekregel %2, maar die regel heeft niet de vastgelegde stand (het logboek is veranderd, of de regel is vervalst).</source>
        <translation>Row %1 records a report on log row %2, but that row does not have the recorded state (the log was changed, or the row was forged).</translation>
    </message>
</context>
<context>
    <name>inzage::ReviewerFlags</name>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="111"/>
        <source>Het vlaggenbestand %1 kon niet worden geschreven: %2</source>
        <translation>The flag file %1 could not be written: %2</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="179"/>
        <source>Een leeg wachtwoord is niet toegestaan.</source>
        <translation>An empty passphrase is not allowed.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="199"/>
        <source>vlaggenbestand</source>
        <translation>flag file</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="202"/>
        <source>%1 is geen vlaggenbestand van Inzage.</source>
        <translation>%1 is not an Inzage flag file.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="215"/>
        <source>Het vlaggenbestand %1 hoort bij een ander dossier (%2), niet bij dit (%3).</source>
        <translation>The flag file %1 belongs to another case file (%2), not to this one (%3).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="227"/>
        <source>De kop van het vlaggenbestand %1 is beschadigd.</source>
        <translation>The header of the flag file %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="234"/>
        <source>Het wachtwoord van het vlaggenbestand %1 klopt niet.</source>
        <translation>The passphrase of the flag file %1 is not right.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="239"/>
        <source>Het vlaggenbestand %1 is veranderd: %2</source>
        <translation>The flag file %1 was changed: %2</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="242"/>
        <source>het is ingekort.</source>
        <translation>it was shortened.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="250"/>
        <source>de inhoud klopt niet meer met de verzegeling.</source>
        <translation>the content no longer matches the seal.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="255"/>
        <source>de inhoud is geen lijst van vlaggen.</source>
        <translation>the content is not a list of flags.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="259"/>
        <source>de inhoud hoort niet bij de kop.</source>
        <translation>the content does not belong to the header.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="265"/>
        <source>gebeurtenis %1 sluit niet aan of is achteraf gewijzigd.</source>
        <translation>event %1 does not follow on or was changed afterwards.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="292"/>
        <source>Een vlag opent en sluit alleen met een notitie; die is leeg.</source>
        <translation>A flag opens and closes only with a note; it is empty.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="295"/>
        <source>De notitie bij de vlag is langer dan %1 tekens; korter, of verwijs naar een document.</source>
        <translation>The note with the flag is longer than %1 characters; shorter, or refer to a document.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="303"/>
        <source>gebeurtenis %1 heeft geen notitie.</source>
        <translation>event %1 has no note.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="307"/>
        <source>gebeurtenis %1 opent vlag %2 niet op zijn beurt.</source>
        <translation>event %1 does not open flag %2 in its turn.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="322"/>
        <source>gebeurtenis %1 sluit vlag %2, die niet open is.</source>
        <translation>event %1 closes flag %2, which is not open.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="332"/>
        <source>gebeurtenis %1 is onbekend (&apos;%2&apos;).</source>
        <translation>event %1 is unknown (&apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="368"/>
        <source>De map van het vlaggenbestand %1 kan niet worden gebruikt.</source>
        <translation>The folder of the flag file %1 cannot be used.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="378"/>
        <source>Het vlaggenbestand %1 is intussen door iemand anders veranderd. Er is niets opgeslagen; probeer het opnieuw.</source>
        <translation>The flag file %1 was changed by someone else in the meantime. Nothing was saved; try again.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="417"/>
        <source>Notitie %1 staat niet in dit dossier; er is geen vlag gezet.</source>
        <translation>Note %1 is not in this case file; no flag was set.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="433"/>
        <source>Er is geen vlag %1.</source>
        <translation>There is no flag %1.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/ReviewerFlags.cpp" line="436"/>
        <source>Vlag %1 is al gesloten (%2).</source>
        <translation>Flag %1 is already closed (%2).</translation>
    </message>
</context>
<context>
    <name>inzage::SealedFile</name>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="68"/>
        <source>Dit is geen antwoordbestand van Inzage. Er is niets ingelezen.</source>
        <translation>This is not an Inzage answer file. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="69"/>
        <source>Dit is geen updatebestand van Inzage. Er is niets ingelezen.</source>
        <translation>This is not an Inzage update file. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="89"/>
        <source>Dit is een updatebestand voor het ouderexemplaar, geen antwoordbestand. Lees het in met updates-import in het ouderexemplaar. Er is niets ingelezen.</source>
        <translation>This is an update file for the parent copy, not an answer file. Read it in with updates-import in the parent copy. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="91"/>
        <source>Dit is een antwoordbestand van de ouder, geen updatebestand. Lees het in met answers-import in het dossier van de professional. Er is niets ingelezen.</source>
        <translation>This is an answer file from the parent, not an update file. Read it in with answers-import in the professional&apos;s case file. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="99"/>
        <source>Dit antwoordbestand is gemaakt met een nieuwere versie van Inzage (versie %1, deze versie kent tot %2). Werk Inzage bij. Er is niets ingelezen.</source>
        <translation>This answer file was made with a newer version of Inzage (version %1; this version knows up to %2). Please update Inzage. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="102"/>
        <source>Dit updatebestand is gemaakt met een nieuwere versie van Inzage (versie %1, deze versie kent tot %2). Werk Inzage bij. Er is niets ingelezen.</source>
        <translation>This update file was made with a newer version of Inzage (version %1; this version knows up to %2). Please update Inzage. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="118"/>
        <source>Het antwoordbestand is beschadigd of veranderd; er is niets ingelezen.</source>
        <translation>The answer file is damaged or has been changed; nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="119"/>
        <source>Het updatebestand is beschadigd of veranderd; er is niets ingelezen.</source>
        <translation>The update file is damaged or has been changed; nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="161"/>
        <source>Het bestand %1 kon niet worden geschreven: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>inzage::SourceApprovals</name>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="24"/>
        <source>Zeg op welke dag de bron het heeft goedgekeurd (JJJJ-MM-DD).</source>
        <translation>Say on which day the source approved it (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="30"/>
        <source>%1 ligt in de toekomst: een goedkeuring legt u vast nadat die gegeven is.</source>
        <translation>%1 is in the future: you record an approval after it was given.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="33"/>
        <source>Zeg hoe de bron het heeft goedgekeurd: gesprek, telefoon, huisbezoek of schriftelijk.</source>
        <translation>Say how the source approved it: gesprek, telefoon, huisbezoek or schriftelijk.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="39"/>
        <source>Een goedkeuring zonder hoe die gegeven is telt niet: kies gesprek, telefoon, huisbezoek of schriftelijk.</source>
        <translation>An approval without how it was given does not count: choose gesprek, telefoon, huisbezoek or schriftelijk.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="51"/>
        <source>Notitie #%1 is geen bron maar %2: alleen wat iemand vertelde kan die persoon goedkeuren. Label de notitie eerst als bron.</source>
        <translation>Note #%1 is not a source but %2: only what someone told can be approved by that person. Label the note as a source first.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="68"/>
        <source>%1 staat bij notitie #%2 niet als iemand met wie gesproken is; alleen wie gesproken is kan goedkeuren wat die vertelde. Leg eerst vast met wie er gesproken is.</source>
        <translation>%1 is not recorded as someone spoken to for note #%2; only someone who was spoken to can approve what they said. First record who was spoken to.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="74"/>
        <source>%1 ligt voor het gesprek van %2: een bron keurt goed wat na het gesprek is opgeschreven.</source>
        <translation>%1 is before the conversation of %2: a source approves what was written down after the conversation.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="80"/>
        <source>De notitie kon niet worden gelezen.</source>
        <translation>The note could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="85"/>
        <source>De goedkeuringen konden niet worden gelezen.</source>
        <translation>The approvals could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="88"/>
        <source>Deze persoon heeft versie %1 van notitie #%2 al goedgekeurd; er is niets veranderd.</source>
        <translation>This person already approved version %1 of note #%2; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/SourceApprovals.cpp" line="92"/>
        <source>De goedkeuring kon niet worden opgeslagen.</source>
        <translation>The approval could not be saved.</translation>
    </message>
</context>
<context>
    <name>inzage::Sql</name>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="75"/>
        <source>Het dossier is in gebruik door een ander programma of venster. Sluit dat en probeer het opnieuw.</source>
        <translation>The case file is in use by another program or window. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="80"/>
        <source>Opslaan of lezen lukte niet (is de schijf vol of alleen-lezen?). Er is niets verloren gegaan van wat al was opgeslagen.</source>
        <translation>Saving or reading did not work (is the disk full or read-only?). Nothing that was already saved has been lost.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="86"/>
        <source>Het dossierbestand is beschadigd. Gebruik een reservekopie.</source>
        <translation>The case file is damaged. Use a backup copy.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="89"/>
        <source>Het wachtwoord klopt niet, of het bestand is beschadigd.</source>
        <translation>The password is not correct, or the file is damaged.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="92"/>
        <source>Er ging iets mis.</source>
        <translation>Something went wrong.</translation>
    </message>
</context>
<context>
    <name>inzage::Stages</name>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="9"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="10"/>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="11"/>
        <source>Raad voor de Kinderbescherming</source>
        <translation>Child Protection Board (Raad voor de Kinderbescherming)</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="12"/>
        <source>Kinderrechter</source>
        <translation>Juvenile court judge</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="13"/>
        <source>Jeugdbescherming</source>
        <translation>Youth protection</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="33"/>
        <source>Er is een melding gedaan. Veilig Thuis kijkt of er hulp of onderzoek nodig is.</source>
        <translation>Someone made a report. Veilig Thuis (the centre for domestic violence and child abuse) checks if help or an investigation is needed.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="36"/>
        <source>Veilig Thuis praat met u en met anderen. Daarna zegt Veilig Thuis wat er nodig is: vrijwillige hulp, of een onderzoek door de Raad.</source>
        <translation>Veilig Thuis talks with you and with others. After that, Veilig Thuis says what is needed: voluntary help, or an investigation by the Child Protection Board.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="40"/>
        <source>De Raad voor de Kinderbescherming doet onderzoek. U krijgt het concept-rapport te lezen en heeft minstens 5 werkdagen om te reageren. Daarna beslist de Raad of hij de kinderrechter om een maatregel vraagt.</source>
        <translation>The Child Protection Board (Raad voor de Kinderbescherming) does an investigation. You get to read the draft report. You have at least 5 working days to respond. After that, the Board decides if it asks the juvenile court judge for a child protection measure.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="45"/>
        <source>De kinderrechter beslist. U wordt uitgenodigd voor de zitting en mag daar zeggen wat u ervan vindt. U mag een advocaat meenemen.</source>
        <translation>The juvenile court judge decides. You are invited to the court hearing. There you may say what you think. You may bring a lawyer.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="49"/>
        <source>Een jeugdbeschermer helpt het gezin, samen met u. Samen maakt u een plan met doelen voor de kinderen.</source>
        <translation>A youth protection worker helps the family, together with you. Together you make a plan with goals for the children.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Stages.cpp" line="55"/>
        <source>Het dossier is afgesloten.</source>
        <translation>The case file is closed.</translation>
    </message>
</context>
<context>
    <name>inzage::Transaction</name>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="201"/>
        <source>Het dossier kon niet worden vastgezet.</source>
        <translation>The case file could not be locked for changes.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="218"/>
        <source>Geen open transactie.</source>
        <translation>No open transaction.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="219"/>
        <source>Opslaan lukte niet.</source>
        <translation>Saving did not work.</translation>
    </message>
</context>
<context>
    <name>inzage::TsvImport</name>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="73"/>
        <source>Het bestand is geen geldige UTF-8-tekst. Sla het op als UTF-8 en probeer opnieuw.</source>
        <translation>The file is not valid UTF-8 text. Save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="87"/>
        <source>Het bestand is leeg: er staat geen kopregel in.</source>
        <translation>The file is empty: it has no header line.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="108"/>
        <source>Regel 1: de kolom &apos;%1&apos; ontbreekt. Nodig zijn: section, label, spoken_to, text.</source>
        <translation>Line 1: the column &apos;%1&apos; is missing. Needed are: section, label, spoken_to, text.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="131"/>
        <source>Regel %1 bevat een NUL-teken; dat hoort niet in tekst. Er is niets geïmporteerd.</source>
        <translation>Line %1 contains a NUL character; that does not belong in text. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="139"/>
        <source>Regel %1 heeft %2 kolommen, de kopregel %3: staat er een TAB in een veld? Een TAB scheidt kolommen en mag niet in de tekst staan. Er is niets geïmporteerd.</source>
        <translation>Line %1 has %2 columns, the header line %3: is there a TAB in a field? A TAB separates columns and must not be in the text. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="155"/>
        <source>Regel %1: onbekend label &apos;%2&apos;. Toegestaan: %3. Er is niets geïmporteerd.</source>
        <translation>Line %1: unknown label &apos;%2&apos;. Allowed: %3. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="163"/>
        <source>Regel %1: de tekst is leeg. Er is niets geïmporteerd.</source>
        <translation>Line %1: the text is empty. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="168"/>
        <source>Regel %1: een bron zonder &apos;spoken_to&apos; (met wie is gesproken?). Er is niets geïmporteerd.</source>
        <translation>Line %1: a source without &apos;spoken_to&apos; (who was spoken with?). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="177"/>
        <source>Regel %1: &apos;%2&apos; is geen datum (JJJJ-MM-DD).</source>
        <translation>Line %1: &apos;%2&apos; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="186"/>
        <source>Regel %1: onbekende manier &apos;%2&apos;. Toegestaan: %3.</source>
        <translation>Line %1: unknown method &apos;%2&apos;. Allowed: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="195"/>
        <source>Regel %1, kolom visible: %2 Er is niets geïmporteerd.</source>
        <translation>Line %1, column visible: %2 Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="359"/>
        <source>Het bestand %1 kan niet worden gelezen.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="362"/>
        <source>Het bestand %1 is groter dan Inzage zo&apos;n bestand leest (ten hoogste %2). Er is niets geïmporteerd.</source>
        <translation>The file %1 is larger than Inzage reads for such a file (at most %2). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="400"/>
        <source>Het bestand %1 kan niet worden gelezen: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="409"/>
        <source>Regel %1 is langer dan %2: is dit wel een TSV-bestand? Er is niets geïmporteerd.</source>
        <translation>Line %1 is longer than %2: is this really a TSV file? Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="81"/>
        <source>Het bestand bevat geen regels om te importeren.</source>
        <translation>The file contains no lines to import.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="258"/>
        <source>Regel %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/TsvImport.cpp" line="285"/>
        <source>Regel %1: een feit zonder basis (een document of wie het waarnam). Er is niets geïmporteerd.</source>
        <translation>Line %1: a fact without a basis (a document or who observed it). Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>inzage::UpdateContent</name>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="103"/>
        <source>Het updatebestand kon niet worden gemaakt.</source>
        <translation>The update file could not be made.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="107"/>
        <source>Het updatebestand kon niet worden ingelezen.</source>
        <translation>The update file could not be read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="113"/>
        <source>Het updatebestand bevat gegevens die Inzage niet begrijpt. Er is niets ingelezen.</source>
        <translation>The update file contains data that Inzage does not understand. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="288"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="331"/>
        <source>entry_revision %1</source>
        <translation>entry_revision %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/exchange/UpdateContent.cpp" line="441"/>
        <source>Het updatebestand spreekt op %n plaats(en) tegen wat dit ouderexemplaar al heeft (%1). Er is niets ingelezen; vraag de professional om een nieuw ouderexemplaar.</source>
        <translation>
            <numerusform>The update file contradicts what this parent copy already has in %n place (%1). Nothing was read in; ask the professional for a new parent copy.</numerusform>
            <numerusform>The update file contradicts what this parent copy already has in %n places (%1). Nothing was read in; ask the professional for a new parent copy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/exchange/UpdateContent.cpp" line="471"/>
        <source>Dit updatebestand is ouder (stand %1) dan wat dit ouderexemplaar al heeft (stand %2). Er is niets ingelezen; lees het nieuwste updatebestand in.</source>
        <translation>This update file is older (state %1) than what this parent copy already has (state %2). Nothing was read in; read in the newest update file.</translation>
    </message>
</context>
<context>
    <name>inzage::Vault</name>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="55"/>
        <source>Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.</source>
        <translation>The file %1 already exists. Choose another name; Inzage never overwrites a file.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="59"/>
        <source>Het bestand %1 kan niet worden gemaakt: %2</source>
        <translation>The file %1 cannot be created: %2</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="76"/>
        <location filename="../src/core/vault/Vault.cpp" line="206"/>
        <source>Het dossier kon niet worden gelezen.</source>
        <translation>The case file could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="103"/>
        <source>Het dossier kon niet worden geopend.</source>
        <translation>The case file could not be opened.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="110"/>
        <location filename="../src/core/vault/Vault.cpp" line="116"/>
        <source>De sleutel kon niet worden gezet.</source>
        <translation>The key could not be set.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="125"/>
        <source>Het wachtwoord klopt niet. Probeer het opnieuw. (Klopt het wachtwoord zeker? Dan is het bestand misschien beschadigd.)</source>
        <translation>The password is not correct. Please try again. (Are you sure the password is right? Then the file may be damaged.)</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="135"/>
        <location filename="../src/core/vault/Vault.cpp" line="171"/>
        <location filename="../src/core/vault/Vault.cpp" line="181"/>
        <source>Het nieuwe dossier kon niet worden gemaakt.</source>
        <translation>The new case file could not be created.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="138"/>
        <location filename="../src/core/vault/Vault.cpp" line="422"/>
        <source>Het bestand %1 is geen Inzage-dossier.</source>
        <translation>The file %1 is not an Inzage case file.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="142"/>
        <source>Dit dossier is gemaakt met een nieuwere versie van Inzage (schema %1, deze versie kent tot %2). Werk Inzage bij om het te openen.</source>
        <translation>This case file was made with a newer version of Inzage (schema %1; this version knows up to %2). Update Inzage to open it.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="149"/>
        <source>Dit dossier is gemaakt met een oudere versie van Inzage en moet eerst eenmaal gewoon (niet alleen-lezen) worden geopend om het bij te werken.</source>
        <translation>This case file was made with an older version of Inzage. Open it once normally (not read-only) first, so it can be updated.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="162"/>
        <source>Het dossier kon niet worden ingesteld.</source>
        <translation>The case file could not be set up.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="209"/>
        <source>Het dossier mist zijn soort; het is beschadigd.</source>
        <translation>The case file does not say what kind it is; it is damaged.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="216"/>
        <source>Dit bestand is een soort dossier die deze versie van Inzage niet kent (&apos;%1&apos;). Werk Inzage bij om het te openen; het bestand is niet veranderd.</source>
        <translation>This file is a kind of case file that this version of Inzage does not know (&apos;%1&apos;). Update Inzage to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="237"/>
        <location filename="../src/core/vault/Vault.cpp" line="376"/>
        <location filename="../src/core/vault/Vault.cpp" line="450"/>
        <source>Ongeldige sleutelinstellingen.</source>
        <translation>Invalid key settings.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="281"/>
        <source>Het wachtwoord klopt, maar het begin van het dossierbestand is beschadigd, zodat het niet geopend kan worden. Gebruik een reservekopie; er is niets veranderd.</source>
        <translation>The passphrase is correct, but the start of the case file is damaged, so it cannot be opened. Use a backup; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="312"/>
        <source>De controle van het bestand lukte niet.</source>
        <translation>Checking the file did not work.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="315"/>
        <source>Het dossierbestand is beschadigd: %1</source>
        <translation>The case file is damaged: %1</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="349"/>
        <source>Het versleutelde kopiëren lukte niet.</source>
        <translation>Making the encrypted copy did not work.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="378"/>
        <source>Een kopie kan niet over het dossier zelf heen.</source>
        <translation>A copy cannot be written over the case file itself.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="391"/>
        <source>De kopie kon niet veilig worden weggeschreven.</source>
        <translation>The copy could not be written safely.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="403"/>
        <source>Ongeldige naam voor een gekoppeld bestand.</source>
        <translation>Invalid name for an attached file.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="412"/>
        <source>Het tweede dossierbestand kon niet worden geopend.</source>
        <translation>The second case file could not be opened.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="425"/>
        <source>Het bestand %1 heeft een andere schemaversie (%2, hier %3).</source>
        <translation>The file %1 has a different schema version (%2, here %3).</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="432"/>
        <source>Het wachtwoord voor %1 klopt niet.</source>
        <translation>The password for %1 is not correct.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="441"/>
        <source>Het tweede dossierbestand kon niet worden losgekoppeld.</source>
        <translation>The second case file could not be detached.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="447"/>
        <source>Een alleen-lezen geopend dossier kan geen nieuw wachtwoord krijgen.</source>
        <translation>A case file opened read-only cannot get a new password.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="477"/>
        <source>Het nieuwe bestand kon niet veilig worden weggeschreven.</source>
        <translation>The new file could not be written safely.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="482"/>
        <source>Afronden lukte niet.</source>
        <translation>Finishing did not work.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="498"/>
        <source>Het wachtwoord kon niet worden gewijzigd: %1</source>
        <translation>The password could not be changed: %1</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="505"/>
        <source>Het nieuwe wachtwoord is ingesteld, maar het dossier kon daarna niet opnieuw worden geopend (%1). Open het opnieuw met het nieuwe wachtwoord.</source>
        <translation>The new passphrase is set, but the case file could not be opened again afterwards (%1). Open it again with the new passphrase.</translation>
    </message>
</context>
<context>
    <name>inzage::VaultHeader</name>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="28"/>
        <source>Het bestand %1 bestaat niet.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="40"/>
        <source>Het bestand %1 kan niet gelezen worden.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="44"/>
        <source>Het bestand %1 is leeg. Het is geen Inzage-dossier.</source>
        <translation>The file %1 is empty. It is not an Inzage case file.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="46"/>
        <location filename="../src/core/vault/VaultHeader.cpp" line="52"/>
        <source>Het bestand %1 is geen Inzage-dossier.</source>
        <translation>The file %1 is not an Inzage case file.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="49"/>
        <source>Dit dossier is gemaakt met een nieuwere versie van Inzage. Werk Inzage bij om het te openen.</source>
        <translation>This case file was made with a newer version of Inzage. Update Inzage to open it.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="60"/>
        <source>Het bestand %1 vraagt voor de sleutel meer rekenwerk of geheugen dan Inzage toestaat (ten hoogste %2 rondes en %3 MiB). Een dossier van Inzage vraagt dat nooit: het bestand is veranderd of komt niet van Inzage. Er is niets geprobeerd en niets veranderd.</source>
        <translation>The file %1 asks for more computing or memory for its key than Inzage allows (at most %2 passes and %3 MiB). An Inzage case file never asks for that: the file was changed or does not come from Inzage. Nothing was tried and nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="68"/>
        <source>Het begin van het bestand is beschadigd: de sleutelinstellingen kloppen niet. Gebruik een reservekopie.</source>
        <translation>The start of the file is damaged: the key settings are not valid. Use a backup copy.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="72"/>
        <source>Het bestand %1 is te kort: het is afgebroken of beschadigd. Gebruik een reservekopie.</source>
        <translation>The file %1 is too short: it was cut off or is damaged. Use a backup copy.</translation>
    </message>
</context>
<context>
    <name>inzage::Vocabulary</name>
    <message>
        <location filename="../src/core/dossier/Vocabulary.cpp" line="34"/>
        <source>Feit</source>
        <translation>Fact</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Vocabulary.cpp" line="36"/>
        <source>Mening</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Vocabulary.cpp" line="38"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Vocabulary.cpp" line="42"/>
        <source>Nog niet beoordeeld</source>
        <translation>Not yet assessed</translation>
    </message>
</context>
<context>
    <name>inzage::Warnings</name>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="74"/>
        <source>Een feit met het twijfelwoord %1: is dit een mening of een bron?</source>
        <translation>A fact with the word of doubt %1: is this an opinion or a source?</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="77"/>
        <source>Een feit zonder basis: noem de eigen waarneming (wanneer, waar) of het document (welk, van wanneer).</source>
        <translation>A fact without a basis: name the own observation (when, where) or the document (which, of when).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="83"/>
        <source>Een bron zonder met wie er gesproken is.</source>
        <translation>A source without who was spoken to.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="87"/>
        <source>de afgeschermde bron</source>
        <translation>the protected source</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="87"/>
        <source>de bron</source>
        <translation>the source</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="89"/>
        <source>Bij %1 staat niet wanneer er gesproken is.</source>
        <translation>For %1 it does not say when they were spoken to.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="92"/>
        <source>Bij %1 staat niet hoe er gesproken is (gesprek, telefoon, huisbezoek, schriftelijk).</source>
        <translation>For %1 it does not say how they were spoken to (meeting, phone, home visit, in writing).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="98"/>
        <source>Een mening zonder van wie die is: noem de houder of de auteur.</source>
        <translation>An opinion without whose it is: name the holder or the author.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="104"/>
        <source>Een conclusie onder het kopje %1 zonder de feiten waarop die rust.</source>
        <translation>A conclusion under the heading %1 without the facts it rests on.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="106"/>
        <source>Een conclusie (%1) zonder de feiten waarop die rust.</source>
        <translation>A conclusion (%1) without the facts it rests on.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="111"/>
        <source>Een stellige bewering (%1) zonder de feiten waarop die rust.</source>
        <translation>A firm claim (%1) without the facts it rests on.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/Warnings.cpp" line="127"/>
        <source>De ouder ziet deze tekst, en die noemt of beschrijft een afgeschermde bron (%1). Verberg de notitie voor de ouder of herschrijf de tekst.</source>
        <translation>The parent sees this text, and it names or describes a protected source (%1). Hide the note from the parent or rewrite the text.</translation>
    </message>
</context>
<context>
    <name>inzage::ZipArchive</name>
    <message>
        <location filename="../src/core/exchange/ZipArchive.cpp" line="26"/>
        <source>Dit %1 is beschadigd: het is geen geldig zip-pakket. Open het in de tekstverwerker, sla het opnieuw op en importeer het dan.</source>
        <translation>This %1 is damaged: it is not a valid zip package. Open it in the word processor, save it again and then import it.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ZipArchive.cpp" line="45"/>
        <source>Dit %1 mist het onderdeel %2.</source>
        <translation>This %1 lacks the part %2.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ZipArchive.cpp" line="48"/>
        <source>Dit %1 pakt uit tot meer dan %2 MB of is verdacht sterk ingepakt (meer dan %3 keer): het wordt niet gelezen, om de computer te beschermen. Is het een echt document, sla het dan op zonder ingesloten afbeeldingen of splits het.</source>
        <translation>This %1 unpacks to more than %2 MB or is suspiciously tightly packed (more than %3 times): it is not read, to protect the computer. If it is a real document, save it without embedded pictures or split it.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ZipArchive.cpp" line="59"/>
        <source>Het onderdeel %1 van dit %2 kan niet worden uitgepakt (beschadigd of versleuteld).</source>
        <translation>The part %1 of this %2 cannot be unpacked (damaged or encrypted).</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/ZipArchive.cpp" line="67"/>
        <source>Het onderdeel %1 van dit %2 is beschadigd. Sla het document opnieuw op en probeer het nog eens.</source>
        <translation>The part %1 of this %2 is damaged. Save the document again and try once more.</translation>
    </message>
</context>
<context>
    <name>inzage::app</name>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="74"/>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="77"/>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="80"/>
        <source>hulpverlener</source>
        <translation>care worker</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="83"/>
        <source>informant</source>
        <translation>informant</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="90"/>
        <source>afgeschermde bron</source>
        <translation>protected source</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="101"/>
        <source>(zonder onderdeel)</source>
        <translation>(without section)</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="101"/>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>inzage::app::AppController</name>
    <message>
        <location filename="../src/app/AppController.cpp" line="364"/>
        <source>Open eerst een dossier.</source>
        <translation>Open a case file first.</translation>
    </message>
</context>
<context>
    <name>inzage::app::LabelController</name>
    <message>
        <location filename="../src/app/LabelController.cpp" line="168"/>
        <source>Ongedaan gemaakt: notitie %1 heeft weer haar vorige label.</source>
        <translation>Undone: note %1 has its previous label again.</translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="206"/>
        <source>Alle notities zijn beoordeeld.</source>
        <translation>All notes have been assessed.</translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="219"/>
        <source>Geen waarschuwingen meer in dit dossier.</source>
        <translation>No more warnings in this case file.</translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="242"/>
        <source>nieuwe persoon</source>
        <translation>new person</translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="282"/>
        <location filename="../src/app/LabelController.cpp" line="307"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="339"/>
        <source>%1 van %2 beoordeeld</source>
        <translation>%1 of %2 assessed</translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="368"/>
        <source>Nog niet vastgelegd met wie er gesproken is.</source>
        <translation>Not yet recorded who was spoken to.</translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="372"/>
        <source>Niet zichtbaar voor de ouder.</source>
        <translation>Not visible to the parent.</translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="377"/>
        <source>Nog niet vastgelegd van wie deze mening is.</source>
        <translation>Not yet recorded whose opinion this is.</translation>
    </message>
    <message>
        <location filename="../src/app/LabelController.cpp" line="378"/>
        <source>Mening van %1.</source>
        <translation>Opinion of %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/LabelController.cpp" line="381"/>
        <source>Rust op %n feit(en).</source>
        <translation>
            <numerusform>Rests on %n fact.</numerusform>
            <numerusform>Rests on %n facts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inzage::app::ParentCopyController</name>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="54"/>
        <source>Open eerst het eigen dossier van de professional.</source>
        <translation>First open the care worker&apos;s own case file.</translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="80"/>
        <source>Eerder gemaakte exemplaren</source>
        <translation>Copies made earlier</translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="82"/>
        <source>Gemaakt met een oudere versie, zonder naam van de ouder.</source>
        <translation>Made with an older version, without the parent&apos;s name.</translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="99"/>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="99"/>
        <source>ouderexemplaar</source>
        <translation>parent-copy</translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="112"/>
        <source>Kies eerst waar het ouderexemplaar moet komen.</source>
        <translation>First choose where the parent copy goes.</translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="114"/>
        <source>Kies een wachtwoord voor de ouder. Geef het de ouder apart van het bestand, bijvoorbeeld in een gesprek.</source>
        <translation>Choose a passphrase for the parent. Give it to the parent separately from the file, for example in a conversation.</translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="117"/>
        <source>De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord twee keer hetzelfde.</source>
        <translation>The two passphrases are not the same. Type the passphrase the same twice.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/ParentCopyController.cpp" line="126"/>
        <source>Ouderexemplaar voor %1 gemaakt: %2. Er staan %n notitie(s) in; wat de ouder niet mag zien, staat er niet in.</source>
        <translation>
            <numerusform>Parent copy for %1 made: %2. There is %n note in it; what the parent may not see is not in it.</numerusform>
            <numerusform>Parent copy for %1 made: %2. There are %n notes in it; what the parent may not see is not in it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="139"/>
        <source>Kies eerst waar het updatebestand moet komen.</source>
        <translation>First choose where the update file goes.</translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="142"/>
        <source>Updatebestand gemaakt: %1. Stuur het naar de ouder; die leest het in met &quot;Antwoord ophalen&quot;.</source>
        <translation>Update file made: %1. Send it to the parent; they read it in with &quot;Fetch answer&quot;.</translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="156"/>
        <source>Het bestand %1 is niet gevonden.</source>
        <translation>The file %1 was not found.</translation>
    </message>
    <message>
        <location filename="../src/app/ParentCopyController.cpp" line="161"/>
        <source>Dit antwoordbestand was al ingelezen. Er is niets veranderd.</source>
        <translation>This answer file was already read in. Nothing changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/ParentCopyController.cpp" line="162"/>
        <source>Ingelezen: %n nieuwe reactie(s)</source>
        <translation>
            <numerusform>Read in: %n new response</numerusform>
            <numerusform>Read in: %n new responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/ParentCopyController.cpp" line="163"/>
        <source>%n nieuwe versie(s) van reacties.</source>
        <translation>
            <numerusform>%n new version of responses.</numerusform>
            <numerusform>%n new versions of responses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/ParentCopyController.cpp" line="166"/>
        <source>Let op: %n reactie(s) gaan over een notitie die sindsdien is gewijzigd; ze zijn bewaard en gemarkeerd.</source>
        <translation>
            <numerusform>Note: %n response is about a note that has changed since; it is kept and marked.</numerusform>
            <numerusform>Note: %n responses are about a note that has changed since; they are kept and marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inzage::app::ReadingText</name>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="33"/>
        <source>%1, nr. %2: %3</source>
        <translation>%1, no. %2: %3</translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="37"/>
        <source>Nieuw.</source>
        <translation>New.</translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="39"/>
        <source>Aangepast.</source>
        <translation>Changed.</translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="51"/>
        <source>U heeft hier nog niet op gereageerd</source>
        <translation>You have not responded to this yet</translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="55"/>
        <source>Nieuw antwoord</source>
        <translation>New answer</translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="56"/>
        <source>Uw reactie, %1: “%2”</source>
        <translation>Your response, %1: “%2”</translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="58"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../src/app/ReadingText.cpp" line="60"/>
        <source>Antwoord: %1</source>
        <translation>Answer: %1</translation>
    </message>
</context>
<context>
    <name>inzage::app::ReviewerController</name>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="30"/>
        <source>Notities met een label (feit, mening of bron)</source>
        <translation>Notes with a label (fact, opinion or source)</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="31"/>
        <source>Gelabeld</source>
        <translation>Labelled</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="33"/>
        <source>Bronnen die zeggen met wie er gesproken is</source>
        <translation>Sources that say who was spoken to</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="34"/>
        <source>Bron: wie</source>
        <translation>Source: who</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="35"/>
        <source>Bronnen met een datum van het gesprek</source>
        <translation>Sources with a date of the conversation</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="36"/>
        <source>Bron: datum</source>
        <translation>Source: date</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="38"/>
        <source>Bronnen die zeggen hoe er gesproken is</source>
        <translation>Sources that say how they were spoken to</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="39"/>
        <source>Bron: hoe</source>
        <translation>Source: how</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="41"/>
        <source>Bronnen goedgekeurd door wie er sprak</source>
        <translation>Sources approved by the person spoken to</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="42"/>
        <source>Bron: goedgekeurd</source>
        <translation>Source: approved</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="44"/>
        <source>Feiten met een basis (document of waarneming)</source>
        <translation>Facts with a basis (document or observation)</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="45"/>
        <source>Feit: basis</source>
        <translation>Fact: basis</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="47"/>
        <source>Meningen die zeggen van wie ze zijn</source>
        <translation>Opinions that say whose they are</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="48"/>
        <source>Mening: van wie</source>
        <translation>Opinion: whose</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="50"/>
        <source>Conclusies die op feiten rusten</source>
        <translation>Conclusions resting on facts</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="51"/>
        <source>Conclusie: op feiten</source>
        <translation>Conclusion: on facts</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="152"/>
        <source>niets te tellen (0 van 0)</source>
        <translation>nothing to count (0 of 0)</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="153"/>
        <source>%1% (%2 van %3)</source>
        <translation>%1% (%2 of %3)</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="228"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="237"/>
        <source>%1, per groep. %2</source>
        <translation>%1, per group. %2</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="254"/>
        <source>%1 (%2): nooit gesproken</source>
        <translation>%1 (%2): never spoken to</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="255"/>
        <source>%1 (%2): aantal notities %3</source>
        <translation>%1 (%2): number of notes %3</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="268"/>
        <source>Met %1 (%2) is nooit gesproken.</source>
        <translation>%1 (%2) was never spoken to.</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="279"/>
        <source>%1 reacties van ouders (op %2 notities): %3 afgehandeld, %4 open, %5 over de termijn van de AVG, %6 te laat afgehandeld. %7</source>
        <translation>%1 responses of parents (on %2 notes): %3 handled, %4 open, %5 past the GDPR deadline, %6 handled late. %7</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="287"/>
        <source>Nog geen reactie afgehandeld, dus geen mediaan.</source>
        <translation>No response handled yet, so no median.</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="288"/>
        <source>Mediaan %1 dagen tot afhandeling.</source>
        <translation>Median %1 days to handling.</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="301"/>
        <location filename="../src/app/ReviewerController.cpp" line="352"/>
        <source>Er is geen dossier open als toetser.</source>
        <translation>No case file is open as reviewer.</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="306"/>
        <source>Notitie %1 bestaat niet in dit dossier.</source>
        <translation>Note %1 does not exist in this case file.</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="325"/>
        <source>(niet vastgelegd)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="326"/>
        <source>(geen reden opgegeven)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="332"/>
        <source>Label veranderd na het definitieve rapport van %1: dat rapport zegt nog het oude label.</source>
        <translation>Label changed after the final report of %1: that report still says the old label.</translation>
    </message>
    <message>
        <location filename="../src/app/ReviewerController.cpp" line="390"/>
        <source>%1 van %2 notities, seed %3 (dezelfde seed trekt dezelfde notities zolang het logboek niet verandert; logboek tot %4).</source>
        <translation>%1 of %2 notes, seed %3 (the same seed draws the same notes as long as the log does not change; log up to %4).</translation>
    </message>
</context>
<context>
    <name>inzage::app::WorkspaceController</name>
    <message numerus="yes">
        <location filename="../src/app/WorkspaceController.cpp" line="104"/>
        <source>Het concept is op %1 naar de ouders gestuurd (%n notitie(s)); zij kunnen reageren tot en met %2.</source>
        <translation>
            <numerusform>The draft was sent to the parents on %1 (%n note); they can respond up to and including %2.</numerusform>
            <numerusform>The draft was sent to the parents on %1 (%n notes); they can respond up to and including %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/WorkspaceController.cpp" line="155"/>
        <source>Open eerst het eigen dossier van de professional.</source>
        <translation>First open the professional&apos;s own case file.</translation>
    </message>
    <message>
        <location filename="../src/app/WorkspaceController.cpp" line="173"/>
        <source>Kies een status voor de reactie: in behandeling, verwerkt of afgewezen.</source>
        <translation>Choose a status for the response: being dealt with, done or turned down.</translation>
    </message>
</context>
</TS>
