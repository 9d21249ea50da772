#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "dossier/Persons.h"
#include "vault/Vault.h"

#include <optional>
#include <vector>

namespace inzage {

// What a professional typed, as the CLI, the app and the importers hand it over: words and dates
// as text, persons as references. The core parses and checks all of it, so every way in follows
// the same rules and gives the same messages.

// "document: which one, of when" or "waarneming: when and where" (also "document:…").
struct Basis {
    BasisKind kind = BasisKind::Geen;
    QString detail;
};
Result<Basis> parseBasis(const QString& text);
Result<Label> parseLabel(const QString& word);
Result<Method> parseMethod(const QString& word); // empty = onbekend
Result<QString> parseDate(const QString& text);   // YYYY-MM-DD or empty

struct SourceInput {
    PersonRef person;
    QString date;   // YYYY-MM-DD, may be empty
    QString method; // gesprek, telefoon, huisbezoek, schriftelijk; empty = onbekend
};

struct EntryInput {
    QString text;
    QString section;
    QString eventDate;
    QString label = QStringLiteral("onbeoordeeld");
    QString basis; // see parseBasis; empty = none
    std::optional<PersonRef> holder;
    std::optional<std::vector<Id>> restsOn;
    std::vector<SourceInput> spokenTo;
    bool visibleToParent = true;
};

// A new label with what it needs: a feit keeps its basis unless a new one is given; any other
// label drops the basis (it belongs to a feit); holder and rests-on belong to a mening.
struct LabelChange {
    Id entry = 0;
    QString label;
    QString basis;
    std::optional<PersonRef> holder;
    std::optional<std::vector<Id>> restsOn;
    std::vector<SourceInput> spokenTo;
    QString note;
};

class EntryCommands {
public:
    EntryCommands(Vault& vault, const Actor& actor);

    Result<Id> add(const EntryInput& input);
    Status relabel(const LabelChange& change);
    Status addSource(Id entry, const SourceInput& source, const QString& note = {});
    Status setVisibility(Id entry, bool visibleToParent, const QString& note = {});

    // The content an input describes, persons resolved (new ones added in the caller's transaction).
    Result<EntryContent> contentFor(const EntryInput& input);
    Result<SpokenTo> spokenToFor(const SourceInput& source);

private:
    Vault& m_vault;
    Actor m_actor;
};

// The rule for a new label on existing content (used by relabel and by Entries::setLabel).
void applyLabel(EntryContent& c, Label label, const std::optional<Basis>& basis);

} // namespace inzage
