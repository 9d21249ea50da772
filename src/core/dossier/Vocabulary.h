#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace inzage {

// The closed vocabularies of the domain. Stored and exchanged as their Dutch words; the schema's
// CHECK constraints hold the same lists, so a bad value can never reach the file.
enum class Label { Feit, Mening, Bron, Onbeoordeeld };
enum class PersonRole { Ouder, Kind, Professional, Informant };
enum class Method { Gesprek, Telefoon, Huisbezoek, Schriftelijk, Onbekend };
enum class BasisKind { Geen, Waarneming, Document };
enum class AnswerKind { Klopt, KloptNiet, Aanvulling, Correctieverzoek, Vraag };
enum class AnswerStatus { Verstuurd, InBehandeling, Verwerkt, Afgewezen };
enum class Stage { Melding, VeiligThuis, Raad, Kinderrechter, GecertificeerdeInstelling, Afgesloten };
enum class AppointmentKind { Afspraak, Toezegging };
// Nagekomen and NietNagekomen are what became of a promise (toezegging); schema 5.
enum class AppointmentStatus { Gepland, Gehouden, Afgezegd, Ingehaald, Nagekomen, NietNagekomen };

// Who is acting: decides what the core allows, whatever the UI shows.
enum class Role { Ouder, Professional, Reviewer };

template <typename E>
struct Vocabulary {
    static const QStringList& words();
    static QString toString(E value) { return words().at(int(value)); }
    static std::optional<E> parse(const QString& word)
    {
        const qsizetype i = words().indexOf(word.trimmed().toLower());
        if (i < 0)
            return std::nullopt;
        return E(i);
    }
    static QString allowed() { return words().join(QStringLiteral(", ")); }
};

template <typename E>
QString toString(E value)
{
    return Vocabulary<E>::toString(value);
}

template <typename E>
std::optional<E> parse(const QString& word)
{
    return Vocabulary<E>::parse(word);
}

// "Nog niet beoordeeld", "Feit", … as a parent reads them.
QString displayName(Label label);

} // namespace inzage
