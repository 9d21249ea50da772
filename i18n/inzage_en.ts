<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="38"/>
        <source>Reageren op notitie %1</source>
        <translation>Respond to note %1</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="38"/>
        <source>Uw reactie op notitie %1 veranderen</source>
        <translation>Change your response to note %1</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="50"/>
        <source>Wat wilt u zeggen?</source>
        <translation>What do you want to say?</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="57"/>
        <source>Dit klopt</source>
        <translation>This is correct</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="57"/>
        <source>Dit klopt niet</source>
        <translation>This is not correct</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="57"/>
        <source>Ik wil iets aanvullen (eigen verklaring)</source>
        <translation>I want to add something (own statement)</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="58"/>
        <source>Ik vraag om dit te verbeteren</source>
        <translation>I ask for this to be corrected</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="58"/>
        <source>Ik heb een vraag</source>
        <translation>I have a question</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="72"/>
        <source>Uw reactie in uw eigen woorden</source>
        <translation>Your response in your own words</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="80"/>
        <source>Schrijf hier wat er volgens u niet klopt, wat u wilt toevoegen of wat u wilt vragen.</source>
        <translation>Write here what you think is not correct, what you want to add, or what you want to ask.</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="82"/>
        <source>Uw reactie</source>
        <translation>Your response</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="106"/>
        <location filename="../qml/AnswerDialog.qml" line="108"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="112"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="114"/>
        <source>Reactie opslaan</source>
        <translation>Save response</translation>
    </message>
    <message>
        <location filename="../qml/AnswerDialog.qml" line="117"/>
        <source>Kies eerst wat voor reactie het is.</source>
        <translation>First choose what kind of response it is.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <location filename="../src/app/AppController.cpp" line="49"/>
        <source>Wacht nog %n seconde(n) en probeer het dan opnieuw.</source>
        <translation>
            <numerusform>Wait %n more second and then try again.</numerusform>
            <numerusform>Wait %n more seconds and then try again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="61"/>
        <source>Dit wachtwoord klopt niet. Kijk of u het goed heeft getypt en probeer het opnieuw.</source>
        <translation>This password is not correct. Check that you typed it correctly and try again.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="66"/>
        <source>Dit bestand is geen Inzage-dossier. Kies het bestand dat u van uw hulpverlener heeft gekregen.</source>
        <translation>This file is not an Inzage case file. Choose the file you got from your care worker.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="71"/>
        <source>Het dossierbestand is niet gevonden.</source>
        <translation>The case file was not found.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="74"/>
        <source>Dit dossier is gemaakt met een nieuwere versie van Inzage. Werk Inzage bij om het te openen.</source>
        <translation>This case file was made with a newer version of Inzage. Update Inzage to open it.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="79"/>
        <source>Het dossier kan niet worden geopend. Het bestand is misschien beschadigd. Vraag uw hulpverlener om een nieuw exemplaar.</source>
        <translation>The case file cannot be opened. The file may be damaged. Ask your care worker for a new copy.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="142"/>
        <source>Het dossier is niet open.</source>
        <translation>The case file is not open.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="145"/>
        <source>Reageren kan alleen in het ouderexemplaar van het dossier.</source>
        <translation>You can only respond in the parent copy of the case file.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="150"/>
        <source>Kies eerst wat voor reactie het is.</source>
        <translation>First choose what kind of response it is.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="216"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="217"/>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="218"/>
        <source>Raad voor de Kinderbescherming</source>
        <translation>Child Protection Board (Raad voor de Kinderbescherming)</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="219"/>
        <source>Kinderrechter</source>
        <translation>Juvenile court judge</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="220"/>
        <source>Jeugdbescherming</source>
        <translation>Youth protection</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="240"/>
        <source>Er is een melding gedaan. Veilig Thuis kijkt of er hulp of onderzoek nodig is.</source>
        <translation>Someone made a report. Veilig Thuis (the centre for domestic violence and child abuse) checks if help or an investigation is needed.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="243"/>
        <source>Veilig Thuis praat met u en met anderen. Daarna zegt Veilig Thuis wat er nodig is: vrijwillige hulp, of een onderzoek door de Raad.</source>
        <translation>Veilig Thuis talks with you and with others. After that, Veilig Thuis says what is needed: voluntary help, or an investigation by the Child Protection Board.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="247"/>
        <source>De Raad voor de Kinderbescherming doet onderzoek. U krijgt het concept-rapport te lezen en heeft minstens 5 werkdagen om te reageren. Daarna beslist de Raad of hij de kinderrechter om een maatregel vraagt.</source>
        <translation>The Child Protection Board (Raad voor de Kinderbescherming) does an investigation. You get to read the draft report. You have at least 5 working days to respond. After that, the Board decides if it asks the juvenile court judge for a child protection measure.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="252"/>
        <source>De kinderrechter beslist. U wordt uitgenodigd voor de zitting en mag daar zeggen wat u ervan vindt. U mag een advocaat meenemen.</source>
        <translation>The juvenile court judge decides. You are invited to the court hearing. There you may say what you think. You may bring a lawyer.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="256"/>
        <source>Een jeugdbeschermer helpt het gezin, samen met u. Samen maakt u een plan met doelen voor de kinderen.</source>
        <translation>A youth protection worker helps the family, together with you. Together you make a plan with goals for the children.</translation>
    </message>
    <message>
        <location filename="../src/app/AppController.cpp" line="262"/>
        <source>Het dossier is afgesloten.</source>
        <translation>The case file is closed.</translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="63"/>
        <source>Toezegging</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="64"/>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="71"/>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="74"/>
        <source>Is doorgegaan</source>
        <translation>Took place</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="77"/>
        <source>Afgezegd, nog geen nieuwe afspraak</source>
        <translation>Cancelled, no new appointment yet</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="80"/>
        <source>Afgezegd, ingehaald</source>
        <translation>Cancelled, made up for later</translation>
    </message>
    <message>
        <location filename="../src/app/AppointmentModel.cpp" line="83"/>
        <source>Afgezegd, ingehaald op %1</source>
        <translation>Cancelled, made up for on %1</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../qml/DossierPage.qml" line="30"/>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="31"/>
        <source>Feiten</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="32"/>
        <source>Meningen</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="33"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="34"/>
        <source>Nog niet beoordeeld</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="42"/>
        <source>Toon: %1</source>
        <translation>Show: %1</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="55"/>
        <source>Zoek in de tekst…</source>
        <translation>Search the text…</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="57"/>
        <source>Zoeken in het dossier</source>
        <translation>Search the case file</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="72"/>
        <source>Filter op met wie er gesproken is</source>
        <translation>Filter by who was spoken to</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="79"/>
        <source>Alle onderdelen</source>
        <translation>All parts</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="80"/>
        <source>Filter op onderdeel van het rapport</source>
        <translation>Filter by part of the report</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="127"/>
        <source>Geen notities gevonden met deze keuze.</source>
        <translation>No notes found for this choice.</translation>
    </message>
    <message>
        <location filename="../qml/DossierPage.qml" line="135"/>
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
        <location filename="../qml/EmergencyPopup.qml" line="22"/>
        <source>Is er levensgevaar? Bel 112.</source>
        <translation>Is someone&apos;s life in danger? Call 112.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="23"/>
        <source>Bij direct gevaar voor iemands leven of gezondheid: bel meteen 112.</source>
        <translation>If someone&apos;s life or health is in danger right now: call 112 straight away.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="27"/>
        <source>Loopt het thuis uit de hand? Bel Veilig Thuis: 0800-2000.</source>
        <translation>Are things getting out of hand at home? Call Veilig Thuis: 0800-2000.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="28"/>
        <source>Gratis, dag en nacht bereikbaar.</source>
        <translation>Free of charge, open day and night.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="33"/>
        <source>Nu is het kantoortijd: bel %1 op %2.</source>
        <translation>It is office hours now: call %1 on %2.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="34"/>
        <source>Nu is het buiten kantoortijd: bel %1.</source>
        <translation>It is outside office hours now: call %1.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="35"/>
        <source>Vraag naar uw contactpersoon%1. Kantooruren: %2 op werkdagen.</source>
        <translation>Ask for your contact person%1. Office hours: %2 on working days.</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyPopup.qml" line="37"/>
        <source>Dit is het nummer voor buiten kantooruren. Op werkdagen van %1 belt u %2.</source>
        <translation>This is the number for outside office hours. On working days from %1, call %2.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <location filename="../qml/EntryCard.qml" line="64"/>
        <source>nr. %1</source>
        <translation>no. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/EntryCard.qml" line="103"/>
        <source>Deze notitie is %n keer aangepast. Eerdere versies blijven bewaard.</source>
        <translation>
            <numerusform>This note was changed %n time. Earlier versions are kept.</numerusform>
            <numerusform>This note was changed %n times. Earlier versions are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="110"/>
        <source>Eerdere versies verbergen</source>
        <translation>Hide earlier versions</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="110"/>
        <source>Eerdere versies tonen</source>
        <translation>Show earlier versions</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="130"/>
        <source>Versie %1 (%2), %3: %4</source>
        <translation>Version %1 (%2), %3: %4</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="131"/>
        <source>Waarom dit veranderde: %1</source>
        <translation>Why this changed: %1</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="148"/>
        <source>Uw reactie (%1): “%2” — status: %3</source>
        <translation>Your response (%1): “%2” — status: %3</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="149"/>
        <source>Antwoord: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="150"/>
        <source>Let op: de notitie is later aangepast.</source>
        <translation>Please note: the note was changed later.</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="157"/>
        <source>Reageren op deze notitie</source>
        <translation>Respond to this note</translation>
    </message>
    <message>
        <location filename="../qml/EntryCard.qml" line="160"/>
        <source>Reageren op notitie %1</source>
        <translation>Respond to note %1</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="163"/>
        <source>Met niemand gesproken: dit komt uit een document.</source>
        <translation>Nobody was spoken to: this comes from a document.</translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="164"/>
        <source>Met wie er gesproken is, staat er niet bij.</source>
        <translation>It does not say who was spoken to.</translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="172"/>
        <source>Dit is de mening van %1.</source>
        <translation>This is the opinion of %1.</translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="173"/>
        <source>de schrijver</source>
        <translation>the writer</translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="178"/>
        <source>Er staat niet bij op welke feiten deze mening rust.</source>
        <translation>It does not say which facts this opinion is based on.</translation>
    </message>
    <message>
        <location filename="../src/app/EntryListModel.cpp" line="182"/>
        <source>Deze mening rust op de feiten met nummer %1.</source>
        <translation>This opinion is based on the facts with number %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="272"/>
        <source>%n feit(en)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="273"/>
        <source>%n mening(en)</source>
        <translation>
            <numerusform>%n opinion</numerusform>
            <numerusform>%n opinions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="274"/>
        <source>%n bron(nen)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/EntryListModel.cpp" line="275"/>
        <source>%n nog niet beoordeeld</source>
        <translation>
            <numerusform>%n not yet assessed</numerusform>
            <numerusform>%n not yet assessed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="13"/>
        <source>Inzage — %1</source>
        <translation>Inzage — %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="13"/>
        <location filename="../qml/Main.qml" line="28"/>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="37"/>
        <source>Dossiernummer %1</source>
        <translation>Case file number %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="46"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="51"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="53"/>
        <source>Dossier sluiten</source>
        <translation>Close case file</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>Spoed</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="63"/>
        <source>Spoed: wie belt u bij gevaar</source>
        <translation>Emergency: who to call if there is danger</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Mijn dossier</source>
        <translation>My case file</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Mijn reacties</source>
        <translation>My responses</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Gesproken met</source>
        <translation>Spoken with</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Wie doet wat</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Mijn rechten</source>
        <translation>My rights</translation>
    </message>
</context>
<context>
    <name>MyAnswersPage</name>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="13"/>
        <source>Mijn reacties</source>
        <translation>My responses</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="19"/>
        <source>Hier ziet u alles wat u heeft gereageerd, en wat er mee gebeurd is. Een reactie wordt nooit overschreven: als u iets verandert, blijft de oude versie bewaard.</source>
        <translation>Here you see all your responses, and what was done with them. A response is never overwritten: if you change something, the old version is kept.</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="69"/>
        <source>Op notitie %1: “%2”</source>
        <translation>On note %1: “%2”</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="73"/>
        <source>Antwoord van %1: %2</source>
        <translation>Answer from %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="80"/>
        <source>Nog geen antwoord. U hoort binnen een maand iets.</source>
        <translation>No answer yet. You will hear something within one month.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MyAnswersPage.qml" line="87"/>
        <source>U heeft deze reactie %n keer veranderd. Eerdere versies blijven bewaard.</source>
        <translation>
            <numerusform>You changed this response %n time. Earlier versions are kept.</numerusform>
            <numerusform>You changed this response %n times. Earlier versions are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="95"/>
        <source>Reactie veranderen</source>
        <translation>Change response</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="96"/>
        <source>Reactie op notitie %1 veranderen</source>
        <translation>Change response to note %1</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="101"/>
        <source>Let op: de notitie is aangepast nadat u reageerde.</source>
        <translation>Please note: the note was changed after you responded.</translation>
    </message>
    <message>
        <location filename="../qml/MyAnswersPage.qml" line="111"/>
        <source>U heeft nog nergens op gereageerd.</source>
        <translation>You have not responded to anything yet.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="38"/>
        <source>Afgeschermde bron</source>
        <translation>Protected source</translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="54"/>
        <source>datum onbekend</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="55"/>
        <source>op %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="94"/>
        <source>Met iedereen uit het gezin is gesproken.</source>
        <translation>Everyone in the family was spoken to.</translation>
    </message>
    <message>
        <location filename="../src/app/PeopleModel.cpp" line="95"/>
        <source>Niet mee gesproken: %1.</source>
        <translation>Not spoken to: %1.</translation>
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
    <name>SpokenWithPage</name>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="14"/>
        <source>Met wie is er gesproken?</source>
        <translation>Who was spoken to?</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="55"/>
        <source>Met deze persoon is niet gesproken.</source>
        <translation>This person was not spoken to.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SpokenWithPage.qml" line="56"/>
        <source>Komt voor in %n notitie(s).</source>
        <translation>
            <numerusform>Appears in %n note.</numerusform>
            <numerusform>Appears in %n notes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="56"/>
        <source>Gesproken: %1.</source>
        <translation>Spoken to: %1.</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="61"/>
        <source>Afgeschermde bron. Reden: %1</source>
        <translation>Hidden source. Reason: %1</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="64"/>
        <source>Toon deze notities</source>
        <translation>Show these notes</translation>
    </message>
    <message>
        <location filename="../qml/SpokenWithPage.qml" line="65"/>
        <source>Toon de notities waarin met %1 is gesproken</source>
        <translation>Show the notes in which %1 was spoken to</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/UnlockPage.qml" line="41"/>
        <source>Uw dossier openen</source>
        <translation>Open your case file</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="47"/>
        <source>Typ het wachtwoord dat u zelf heeft gekozen voor uw exemplaar van het dossier.</source>
        <translation>Type the password that you chose yourself for your copy of the case file.</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="53"/>
        <source>Bestand: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="64"/>
        <location filename="../qml/UnlockPage.qml" line="68"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="73"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="77"/>
        <source>Dossier openen</source>
        <translation>Open case file</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/UnlockPage.qml" line="92"/>
        <source>U kunt het over %n seconde(n) opnieuw proberen.</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhoDoesWhatPage</name>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="16"/>
        <source>Wie doet wat</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="28"/>
        <source>Uw vaste contactpersoon</source>
        <translation>Your regular contact person</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="30"/>
        <source>Nog niet bekend.</source>
        <translation>Not known yet.</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="35"/>
        <source>Als uw contactpersoon er niet is</source>
        <translation>If your contact person is not there</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="36"/>
        <source>Dan helpt %1 u.</source>
        <translation>Then %1 will help you.</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="37"/>
        <source>Er is nog geen vervanger genoemd. Vraag ernaar: u heeft recht op een vast aanspreekpunt.</source>
        <translation>No stand-in has been named yet. Ask about it: you have a right to a regular contact person.</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="40"/>
        <source>Bereikbaar</source>
        <translation>How to reach them</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="41"/>
        <source>Kantooruren: %1 op werkdagen, nummer %2.</source>
        <translation>Office hours: %1 on working days, number %2.</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="42"/>
        <source>Buiten kantooruren: %1.</source>
        <translation>Outside office hours: %1.</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="46"/>
        <source>Waar bent u nu?</source>
        <translation>Where are you now?</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="66"/>
        <source>%1 (hier bent u nu)</source>
        <translation>%1 (you are here now)</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="90"/>
        <source>Wat gebeurt er nu?</source>
        <translation>What happens now?</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="94"/>
        <source>Afspraken en toezeggingen</source>
        <translation>Appointments and promises</translation>
    </message>
    <message>
        <location filename="../qml/WhoDoesWhatPage.qml" line="108"/>
        <source>met %1</source>
        <translation>with %1</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../src/app/Wording.cpp" line="14"/>
        <source>Feit</source>
        <translation>Fact</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="15"/>
        <source>Mening</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="16"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="19"/>
        <source>Nog niet beoordeeld</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="25"/>
        <source>in een gesprek</source>
        <translation>in a conversation</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="26"/>
        <source>aan de telefoon</source>
        <translation>on the phone</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="27"/>
        <source>bij een huisbezoek</source>
        <translation>during a home visit</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="28"/>
        <source>op papier of per mail</source>
        <translation>on paper or by email</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="31"/>
        <source>op een onbekende manier</source>
        <translation>in an unknown way</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="37"/>
        <source>Dit klopt</source>
        <translation>This is correct</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="38"/>
        <source>Dit klopt niet</source>
        <translation>This is not correct</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="39"/>
        <source>Aanvulling (eigen verklaring)</source>
        <translation>Addition (own statement)</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="40"/>
        <source>Verzoek om te verbeteren</source>
        <translation>Request for correction</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="43"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="49"/>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="50"/>
        <source>In behandeling</source>
        <translation>Being dealt with</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="51"/>
        <source>Verwerkt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="54"/>
        <source>Afgewezen</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="60"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="61"/>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="62"/>
        <source>Raad voor de Kinderbescherming</source>
        <translation>Child Protection Board (Raad voor de Kinderbescherming)</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="63"/>
        <source>Kinderrechter</source>
        <translation>Juvenile court judge</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="64"/>
        <source>Jeugdbescherming (gecertificeerde instelling)</source>
        <translation>Youth protection (certified organisation)</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="67"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="84"/>
        <source>Afgeschermde bron</source>
        <translation>Protected source</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="89"/>
        <source>Gesproken met %1</source>
        <translation>Spoken with %1</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="91"/>
        <source>op %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="95"/>
        <source>De naam is afgeschermd. Reden: %1</source>
        <translation>The name is hidden. Reason: %1</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="102"/>
        <source>Dit staat in een document: %1</source>
        <translation>This is written in a document: %1</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="103"/>
        <source>Zelf gezien of gehoord door de schrijver: %1</source>
        <translation>Seen or heard by the writer personally: %1</translation>
    </message>
    <message>
        <location filename="../src/app/Wording.cpp" line="106"/>
        <source>Waarop dit feit rust, is niet vastgelegd.</source>
        <translation>It is not recorded what this fact is based on.</translation>
    </message>
</context>
<context>
    <name>inzage::AuditChain</name>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="74"/>
        <location filename="../src/core/audit/AuditChain.cpp" line="133"/>
        <source>Het logboek kon niet worden gelezen.</source>
        <translation>The log could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="84"/>
        <source>Het logboek kon niet worden bijgewerkt.</source>
        <translation>The log could not be updated.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="117"/>
        <source>Regel %1 ontbreekt (verwijderd).</source>
        <translation>Line %1 is missing (deleted).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="118"/>
        <source>Regel %1 staat niet op zijn plaats.</source>
        <translation>Line %1 is out of place.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="121"/>
        <source>Regel %1 sluit niet aan op de vorige regel (ingevoegd, verwijderd of van volgorde veranderd).</source>
        <translation>Line %1 does not follow on from the previous line (inserted, deleted or reordered).</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="125"/>
        <source>Regel %1 is achteraf gewijzigd.</source>
        <translation>Line %1 was changed afterwards.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/AuditChain.cpp" line="137"/>
        <source>Het logboek is ingekort: de eerder vastgelegde laatste regel komt er niet meer in voor.</source>
        <translation>The log has been shortened: the last line recorded earlier is no longer in it.</translation>
    </message>
</context>
<context>
    <name>inzage::CaseFile</name>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="68"/>
        <source>De dossiergegevens konden niet worden gelezen.</source>
        <translation>The case details could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="75"/>
        <source>De kinderen konden niet worden gelezen.</source>
        <translation>The children could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="86"/>
        <source>Kantooruren horen als UU:MM, bijvoorbeeld 08:30.</source>
        <translation>Office hours are written as HH:MM, for example 08:30.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="89"/>
        <source>Het kantoor moet later sluiten dan het opengaat (nu %1 tot %2).</source>
        <translation>The office must close later than it opens (now %1 to %2).</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="107"/>
        <source>De dossiergegevens konden niet worden opgeslagen.</source>
        <translation>The case details could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="109"/>
        <location filename="../src/core/dossier/CaseFile.cpp" line="115"/>
        <source>De kinderen konden niet worden opgeslagen.</source>
        <translation>The children could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="131"/>
        <source>Een afspraak heeft een omschrijving nodig.</source>
        <translation>An appointment needs a description.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="144"/>
        <location filename="../src/core/dossier/CaseFile.cpp" line="195"/>
        <source>Afspraak %1 bestaat niet.</source>
        <translation>Appointment %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="147"/>
        <source>Afspraak %1 is niet afgezegd (%2) en kan dus niet worden ingehaald.</source>
        <translation>Appointment %1 was not cancelled (%2), so it cannot be made up.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="156"/>
        <location filename="../src/core/dossier/CaseFile.cpp" line="166"/>
        <source>De afspraak kon niet worden opgeslagen.</source>
        <translation>The appointment could not be saved.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="203"/>
        <source>De afspraak kon niet worden bijgewerkt.</source>
        <translation>The appointment could not be updated.</translation>
    </message>
    <message>
        <location filename="../src/core/dossier/CaseFile.cpp" line="231"/>
        <source>De afspraken konden niet worden gelezen.</source>
        <translation>The appointments could not be read.</translation>
    </message>
</context>
<context>
    <name>inzage::Kdf</name>
    <message>
        <location filename="../src/core/vault/Kdf.cpp" line="19"/>
        <source>De sleutelinstellingen in het bestand kloppen niet.</source>
        <translation>The key settings in the file are not valid.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Kdf.cpp" line="26"/>
        <source>Niet genoeg geheugen om de sleutel af te leiden.</source>
        <translation>Not enough memory to derive the key.</translation>
    </message>
</context>
<context>
    <name>inzage::Migrations</name>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="24"/>
        <source>Bijwerken van het dossier (%1) lukte niet.</source>
        <translation>Updating the case file (%1) did not work.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Migrations.cpp" line="30"/>
        <source>Versie bijwerken lukte niet.</source>
        <translation>Updating the version did not work.</translation>
    </message>
</context>
<context>
    <name>inzage::SealedFile</name>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="66"/>
        <source>Dit is geen antwoordbestand van Inzage. Er is niets ingelezen.</source>
        <translation>This is not an Inzage answer file. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="67"/>
        <source>Dit is geen updatebestand van Inzage. Er is niets ingelezen.</source>
        <translation>This is not an Inzage update file. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="87"/>
        <source>Dit is een updatebestand voor het ouderexemplaar, geen antwoordbestand. Lees het in met updates-import in het ouderexemplaar. Er is niets ingelezen.</source>
        <translation>This is an update file for the parent copy, not an answer file. Read it in with updates-import in the parent copy. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="89"/>
        <source>Dit is een antwoordbestand van de ouder, geen updatebestand. Lees het in met answers-import in het dossier van de professional. Er is niets ingelezen.</source>
        <translation>This is an answer file from the parent, not an update file. Read it in with answers-import in the professional&apos;s case file. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="97"/>
        <source>Dit antwoordbestand is gemaakt met een nieuwere versie van Inzage (versie %1, deze versie kent tot %2). Werk Inzage bij. Er is niets ingelezen.</source>
        <translation>This answer file was made with a newer version of Inzage (version %1; this version knows up to %2). Please update Inzage. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="100"/>
        <source>Dit updatebestand is gemaakt met een nieuwere versie van Inzage (versie %1, deze versie kent tot %2). Werk Inzage bij. Er is niets ingelezen.</source>
        <translation>This update file was made with a newer version of Inzage (version %1; this version knows up to %2). Please update Inzage. Nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="116"/>
        <source>Het antwoordbestand is beschadigd of veranderd; er is niets ingelezen.</source>
        <translation>The answer file is damaged or has been changed; nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="117"/>
        <source>Het updatebestand is beschadigd of veranderd; er is niets ingelezen.</source>
        <translation>The update file is damaged or has been changed; nothing was read in.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="157"/>
        <source>Het bestand %1 kon niet worden geschreven: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="167"/>
        <source>Het bestand %1 bestaat niet.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="170"/>
        <source>Het bestand %1 kan niet worden gelezen: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../src/core/exchange/SealedFile.cpp" line="173"/>
        <source>Het bestand %1 is te groot voor een antwoord- of updatebestand.</source>
        <translation>The file %1 is too large for an answer or update file.</translation>
    </message>
</context>
<context>
    <name>inzage::Sql</name>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="44"/>
        <source>Het dossier is in gebruik door een ander programma of venster. Sluit dat en probeer het opnieuw.</source>
        <translation>The case file is in use by another program or window. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="49"/>
        <source>Opslaan of lezen lukte niet (is de schijf vol of alleen-lezen?). Er is niets verloren gegaan van wat al was opgeslagen.</source>
        <translation>Saving or reading did not work (is the disk full or read-only?). Nothing that was already saved has been lost.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="55"/>
        <source>Het dossierbestand is beschadigd. Gebruik een reservekopie.</source>
        <translation>The case file is damaged. Use a backup copy.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="58"/>
        <source>Het wachtwoord klopt niet, of het bestand is beschadigd.</source>
        <translation>The password is not correct, or the file is damaged.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="61"/>
        <source>Er ging iets mis.</source>
        <translation>Something went wrong.</translation>
    </message>
</context>
<context>
    <name>inzage::Transaction</name>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="170"/>
        <source>Het dossier kon niet worden vastgezet.</source>
        <translation>The case file could not be locked for changes.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="187"/>
        <source>Geen open transactie.</source>
        <translation>No open transaction.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Sql.cpp" line="188"/>
        <source>Opslaan lukte niet.</source>
        <translation>Saving did not work.</translation>
    </message>
</context>
<context>
    <name>inzage::Vault</name>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="50"/>
        <source>Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.</source>
        <translation>The file %1 already exists. Choose another name; Inzage never overwrites a file.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="54"/>
        <source>Het bestand %1 kan niet worden gemaakt: %2</source>
        <translation>The file %1 cannot be created: %2</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="71"/>
        <source>Het dossier kon niet worden gelezen.</source>
        <translation>The case file could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="87"/>
        <source>Het dossier kon niet worden geopend.</source>
        <translation>The case file could not be opened.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="94"/>
        <source>De sleutel kon niet worden gezet.</source>
        <translation>The key could not be set.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="102"/>
        <source>Het wachtwoord klopt niet. Probeer het opnieuw. (Klopt het wachtwoord zeker? Dan is het bestand misschien beschadigd.)</source>
        <translation>The password is not correct. Please try again. (Are you sure the password is right? Then the file may be damaged.)</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="112"/>
        <location filename="../src/core/vault/Vault.cpp" line="142"/>
        <source>Het nieuwe dossier kon niet worden gemaakt.</source>
        <translation>The new case file could not be created.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="115"/>
        <location filename="../src/core/vault/Vault.cpp" line="318"/>
        <source>Het bestand %1 is geen Inzage-dossier.</source>
        <translation>The file %1 is not an Inzage case file.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="119"/>
        <source>Dit dossier is gemaakt met een nieuwere versie van Inzage (schema %1, deze versie kent tot %2). Werk Inzage bij om het te openen.</source>
        <translation>This case file was made with a newer version of Inzage (schema %1; this version knows up to %2). Update Inzage to open it.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="132"/>
        <source>Het dossier kon niet worden ingesteld.</source>
        <translation>The case file could not be set up.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="147"/>
        <source>Het dossier mist zijn soort; het is beschadigd.</source>
        <translation>The case file does not say what kind it is; it is damaged.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="157"/>
        <location filename="../src/core/vault/Vault.cpp" line="269"/>
        <location filename="../src/core/vault/Vault.cpp" line="343"/>
        <source>Ongeldige sleutelinstellingen.</source>
        <translation>Invalid key settings.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="214"/>
        <source>De controle van het bestand lukte niet.</source>
        <translation>Checking the file did not work.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="217"/>
        <source>Het dossierbestand is beschadigd: %1</source>
        <translation>The case file is damaged: %1</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="226"/>
        <source>Het versleutelde kopiëren lukte niet.</source>
        <translation>Making the encrypted copy did not work.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="271"/>
        <source>Een kopie kan niet over het dossier zelf heen.</source>
        <translation>A copy cannot be written over the case file itself.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="281"/>
        <source>De kopie kon niet veilig worden weggeschreven.</source>
        <translation>The copy could not be written safely.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="293"/>
        <source>Ongeldige naam voor een gekoppeld bestand.</source>
        <translation>Invalid name for an attached file.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="302"/>
        <source>Het tweede dossierbestand kon niet worden geopend.</source>
        <translation>The second case file could not be opened.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="321"/>
        <source>Het bestand %1 heeft een andere schemaversie (%2, hier %3).</source>
        <translation>The file %1 has a different schema version (%2, here %3).</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="328"/>
        <source>Het wachtwoord voor %1 klopt niet.</source>
        <translation>The password for %1 is not correct.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="337"/>
        <source>Het tweede dossierbestand kon niet worden losgekoppeld.</source>
        <translation>The second case file could not be detached.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="356"/>
        <source>Het nieuwe bestand kon niet veilig worden weggeschreven.</source>
        <translation>The new file could not be written safely.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="361"/>
        <source>Afronden lukte niet.</source>
        <translation>Finishing did not work.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/Vault.cpp" line="370"/>
        <source>Het wachtwoord kon niet worden gewijzigd: %1</source>
        <translation>The password could not be changed: %1</translation>
    </message>
</context>
<context>
    <name>inzage::VaultHeader</name>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="25"/>
        <source>Het bestand %1 bestaat niet.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="27"/>
        <source>Het bestand %1 kan niet gelezen worden: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="30"/>
        <source>Het bestand %1 is leeg. Het is geen Inzage-dossier.</source>
        <translation>The file %1 is empty. It is not an Inzage case file.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="32"/>
        <location filename="../src/core/vault/VaultHeader.cpp" line="38"/>
        <source>Het bestand %1 is geen Inzage-dossier.</source>
        <translation>The file %1 is not an Inzage case file.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="35"/>
        <source>Dit dossier is gemaakt met een nieuwere versie van Inzage. Werk Inzage bij om het te openen.</source>
        <translation>This case file was made with a newer version of Inzage. Update Inzage to open it.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="46"/>
        <source>Het begin van het bestand is beschadigd: de sleutelinstellingen kloppen niet. Gebruik een reservekopie.</source>
        <translation>The start of the file is damaged: the key settings are not valid. Use a backup copy.</translation>
    </message>
    <message>
        <location filename="../src/core/vault/VaultHeader.cpp" line="50"/>
        <source>Het bestand %1 is te kort: het is afgebroken of beschadigd. Gebruik een reservekopie.</source>
        <translation>The file %1 is too short: it was cut off or is damaged. Use a backup copy.</translation>
    </message>
</context>
</TS>
