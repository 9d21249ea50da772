#include "demo/DemoDossier.h"

#include "dossier/Answers.h"
#include "dossier/CaseFile.h"
#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "vault/Sql.h"

#include <QHash>

namespace inzage {

namespace {

struct DemoPerson {
    const char* key;
    const char* name;
    PersonRole role;
    const char* relation;
    const char* organisation;
    const char* shieldReason; // non-null: shielded
};

struct DemoEntry {
    const char* section;
    Label label;
    const char* text;
    const char* eventDate;
    const char* who;      // bron: spoken to; mening: holder; feit: null = document
    Method method;
    const char* basis;    // feit: document or observation
    bool visible;
};

const DemoPerson kPersons[] = {
    {"anouk", "Anouk Verbeek", PersonRole::Professional, "jeugdbeschermer", "Jeugdbescherming Voorbeeldregio", nullptr},
    {"ruben", "Ruben Hoekstra", PersonRole::Professional, "jeugdbeschermer (vervanger)", "Jeugdbescherming Voorbeeldregio", nullptr},
    {"ilse", "Ilse Vermeulen", PersonRole::Ouder, "moeder", "", nullptr},
    {"karim", "Karim El Amrani", PersonRole::Ouder, "vader", "", nullptr},
    {"mila", "Mila El Amrani", PersonRole::Kind, "dochter", "", nullptr},
    {"yusuf", "Yusuf El Amrani", PersonRole::Kind, "zoon", "", nullptr},
    {"school", "meester Dekker", PersonRole::Informant, "leerkracht groep 6 van Mila", "basisschool De Linde", nullptr},
    {"huisarts", "dokter Willems", PersonRole::Informant, "huisarts van het gezin", "Huisartsenpraktijk Centrum", nullptr},
    {"melder", "J. de Graaf", PersonRole::Informant, "buurvrouw", "",
     "Melder beschermd: Veilig Thuis mag de naam van een melder niet noemen als die daardoor in gevaar kan komen."},
    {"oma", "Fatma El Amrani", PersonRole::Informant, "oma van vaderskant", "", nullptr},
};

const DemoEntry kEntries[] = {
    {"Aanleiding", Label::Feit, "Op 3 februari 2026 kreeg Veilig Thuis een melding over ruzies in het gezin.",
     "2026-02-03", nullptr, Method::Onbekend, "Melding Veilig Thuis, 3 februari 2026", true},
    {"Aanleiding", Label::Bron, "De melder vertelt dat zij de afgelopen maanden vaak harde ruzies hoort, vooral 's avonds.",
     "2026-02-03", "melder", Method::Telefoon, nullptr, true},
    {"Aanleiding", Label::Mening, "Veilig Thuis vond de melding ernstig genoeg om de Raad om onderzoek te vragen.",
     "2026-02-20", "anouk", Method::Onbekend, nullptr, true},
    {"Gesproken met", Label::Feit, "Ik heb op 12 maart 2026 een huisbezoek afgelegd; moeder, Mila en Yusuf waren thuis.",
     "2026-03-12", nullptr, Method::Onbekend, "waarneming: huisbezoek 12 maart 2026, woning van moeder", true},
    {"Gesproken met", Label::Feit, "Vader was bij het huisbezoek niet aanwezig; hij is op 19 maart telefonisch gesproken.",
     "2026-03-19", nullptr, Method::Onbekend, "waarneming: gespreksverslag 19 maart 2026", true},
    {"Informatie school", Label::Bron, "De leerkracht vertelt dat Mila sinds januari vaker moe is en minder meedoet in de klas.",
     "2026-03-05", "school", Method::Gesprek, nullptr, true},
    {"Informatie school", Label::Feit, "Volgens het verzuimoverzicht was Mila dit schooljaar vier dagen afwezig, alle vier met ziekmelding.",
     "2026-03-05", nullptr, Method::Onbekend, "Verzuimoverzicht basisschool De Linde, 5 maart 2026", true},
    {"Informatie huisarts", Label::Bron, "De huisarts zegt dat de kinderen goed naar de controles komen en dat er geen zorgen zijn over hun gezondheid.",
     "2026-03-10", "huisarts", Method::Telefoon, nullptr, true},
    {"Bevindingen moeder", Label::Bron, "Moeder vertelt dat de ruzies gaan over geld en over de omgang met de kinderen na de scheiding.",
     "2026-03-12", "ilse", Method::Huisbezoek, nullptr, true},
    {"Bevindingen moeder", Label::Feit, "Tijdens het huisbezoek was de woning schoon en opgeruimd en hadden beide kinderen een eigen slaapplek.",
     "2026-03-12", nullptr, Method::Onbekend, "waarneming: huisbezoek 12 maart 2026", true},
    {"Bevindingen moeder", Label::Mening, "Ik denk dat moeder goed ziet wat de kinderen nodig hebben, maar dat de spanning met vader haar veel energie kost.",
     "2026-03-12", "anouk", Method::Onbekend, nullptr, true},
    {"Bevindingen vader", Label::Bron, "Vader zegt dat hij de kinderen te weinig ziet en dat afspraken over de omgang steeds worden verzet.",
     "2026-03-19", "karim", Method::Telefoon, nullptr, true},
    {"Bevindingen vader", Label::Bron, "Oma van vaderskant vertelt dat vader elk weekend bij haar langskomt met de kinderen als dat is afgesproken.",
     "2026-03-21", "oma", Method::Telefoon, nullptr, true},
    {"Bevindingen vader", Label::Mening, "Vader lijkt bereid om mee te werken aan vaste afspraken over de omgang.",
     "2026-03-19", "anouk", Method::Onbekend, nullptr, true},
    {"Bevindingen Mila", Label::Bron, "Mila vertelt dat ze het fijn vindt bij allebei haar ouders, maar dat ze het eng vindt als ze ruziemaken.",
     "2026-03-12", "mila", Method::Gesprek, nullptr, true},
    {"Bevindingen Mila", Label::Mening, "Mila heeft last van de spanningen tussen haar ouders; dat past bij wat de school ziet.",
     "2026-03-25", "anouk", Method::Onbekend, nullptr, true},
    {"Bevindingen Yusuf", Label::Onbeoordeeld, "Yusuf speelde tijdens het gesprek rustig en praatte over zijn voetbaltraining.",
     "2026-03-12", nullptr, Method::Onbekend, nullptr, true},
    {"Intern", Label::Onbeoordeeld, "Interne notitie: collegiale consultatie gepland met gedragswetenschapper.",
     "2026-03-26", nullptr, Method::Onbekend, nullptr, false},
    {"Conclusie", Label::Mening, "De ouders hebben hulp nodig om samen goede afspraken te maken over de kinderen. "
     "Een ondertoezichtstelling is volgens mij nu niet nodig als vrijwillige hulp op gang komt.",
     "2026-04-02", "anouk", Method::Onbekend, nullptr, true},
};

} // namespace

Status buildDemoDossier(Vault& vault)
{
    const Actor author {QStringLiteral("Anouk Verbeek"), Role::Professional};
    Transaction tx(vault.db());
    if (!tx.begun())
        return tx.begun();

    Persons persons(vault, author);
    QHash<QString, Id> ids;
    for (const DemoPerson& d : kPersons) {
        Person p;
        p.name = QString::fromUtf8(d.name);
        p.role = d.role;
        p.relation = QString::fromUtf8(d.relation);
        p.organisation = QString::fromUtf8(d.organisation);
        p.shielded = d.shieldReason != nullptr;
        p.shieldReason = d.shieldReason ? QString::fromUtf8(d.shieldReason) : QString();
        auto id = persons.add(p);
        if (!id)
            return id.status();
        ids.insert(QString::fromLatin1(d.key), *id);
    }

    CaseFile caseFile(vault, author);
    CaseInfo info;
    info.caseNumber = QStringLiteral("VB-2026-0142");
    info.title = QStringLiteral("Gezin Vermeulen / El Amrani");
    info.organisation = QStringLiteral("Jeugdbescherming Voorbeeldregio");
    info.officePhone = QStringLiteral("088 555 0142");
    info.afterHoursPhone = QStringLiteral("0800-2000");
    info.contactPersonId = ids.value(QStringLiteral("anouk"));
    info.backupPersonId = ids.value(QStringLiteral("ruben"));
    info.stage = Stage::Raad;
    info.childIds = {ids.value(QStringLiteral("mila")), ids.value(QStringLiteral("yusuf"))};
    if (Status s = caseFile.setInfo(info); !s)
        return s;

    std::vector<EntryContent> contents;
    for (const DemoEntry& d : kEntries) {
        EntryContent c;
        c.section = QString::fromUtf8(d.section);
        c.label = d.label;
        c.text = QString::fromUtf8(d.text);
        c.eventDate = QString::fromLatin1(d.eventDate);
        c.authorId = ids.value(QStringLiteral("anouk"));
        c.visibleToParent = d.visible;
        if (d.label == Label::Feit) {
            const QString basis = QString::fromUtf8(d.basis);
            c.basisKind = basis.startsWith(QLatin1String("waarneming")) ? BasisKind::Waarneming : BasisKind::Document;
            c.basisDetail = basis;
        } else if (d.label == Label::Mening) {
            c.holderId = ids.value(QString::fromLatin1(d.who));
        } else if (d.who) {
            c.spokenTo.push_back(SpokenTo {ids.value(QString::fromLatin1(d.who)), c.eventDate, d.method, {}, {}, {}, {}, false, {}});
        }
        contents.push_back(c);
    }
    Entries entries(vault, author);
    auto entryIds = entries.addAll(contents, QStringLiteral("demo"));
    if (!entryIds)
        return entryIds.status();
    const std::vector<Id>& e = *entryIds;

    // The conclusion rests on the school's absence record and the home visit.
    auto conclusion = entries.get(e[18]);
    if (!conclusion)
        return conclusion.status();
    if (Status s = entries.setLabel(e[18], Label::Mening, BasisKind::Geen, {}, ids.value(QStringLiteral("anouk")),
                                    {e[6], e[9]}, QStringLiteral("onderbouwing toegevoegd"));
        !s)
        return s;

    // Answers from the mother that came in on paper, recorded by the jeugdbeschermer as hers.
    Answers parent(vault, author);
    const Id ilse = ids.value(QStringLiteral("ilse"));
    auto a1 = parent.add(e[1], AnswerKind::KloptNiet,
                         QStringLiteral("Er is niet 'vaak' ruzie. Het ging om twee avonden in januari."), ilse);
    if (!a1)
        return a1.status();
    auto a2 = parent.add(e[6], AnswerKind::Aanvulling,
                         QStringLiteral("Mila was die dagen ziek met griep; de school heeft de ziekmeldingen."), ilse);
    if (!a2)
        return a2.status();
    auto a3 = parent.add(e[10], AnswerKind::Vraag, QStringLiteral("Wat bedoelt u met 'veel energie'?"), ilse);
    if (!a3)
        return a3.status();
    Answers handler(vault, author);
    if (Status s = handler.handle(a1->id, AnswerStatus::InBehandeling,
                                  QStringLiteral("Ik bespreek dit met de melder en kom erop terug."));
        !s)
        return s;
    if (Status s = handler.handle(a2->id, AnswerStatus::Verwerkt,
                                  QStringLiteral("Uw aanvulling is bij de notitie opgenomen."));
        !s)
        return s;
    // The parent's addition is worked into the entry: a new revision, the old text stays readable.
    auto absence = entries.get(e[6]);
    if (!absence)
        return absence.status();
    EntryContent corrected = absence->content;
    corrected.text += QStringLiteral(" Moeder vult aan dat Mila die dagen ziek was met griep.");
    if (Status s = entries.revise(e[6], corrected, QStringLiteral("aanvulling van moeder verwerkt")); !s)
        return s;

    auto held = caseFile.addAppointment({0, AppointmentKind::Afspraak, QStringLiteral("Huisbezoek bij moeder"),
                                         QStringLiteral("2026-03-12T10:00"), ids.value(QStringLiteral("anouk")),
                                         AppointmentStatus::Gehouden, {}, std::nullopt});
    if (!held)
        return held.status();
    auto cancelled = caseFile.addAppointment({0, AppointmentKind::Afspraak, QStringLiteral("Gesprek met vader op kantoor"),
                                              QStringLiteral("2026-03-17T14:00"), ids.value(QStringLiteral("anouk")),
                                              AppointmentStatus::Afgezegd,
                                              QStringLiteral("Afgezegd door de jeugdbeschermer (ziek)."), std::nullopt});
    if (!cancelled)
        return cancelled.status();
    auto madeUp = caseFile.addAppointment({0, AppointmentKind::Afspraak, QStringLiteral("Telefoongesprek met vader (inhaalafspraak)"),
                                           QStringLiteral("2026-03-19T09:30"), ids.value(QStringLiteral("ruben")),
                                           AppointmentStatus::Gehouden, {}, *cancelled});
    if (!madeUp)
        return madeUp.status();
    auto promise = caseFile.addAppointment({0, AppointmentKind::Toezegging,
                                            QStringLiteral("Concept-rapport naar beide ouders, met 5 werkdagen om te reageren"),
                                            QStringLiteral("2026-04-06"), ids.value(QStringLiteral("anouk")),
                                            AppointmentStatus::Gepland, {}, std::nullopt});
    if (!promise)
        return promise.status();
    return tx.commit();
}

} // namespace inzage
