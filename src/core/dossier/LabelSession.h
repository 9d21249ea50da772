#pragma once

#include "common/Status.h"
#include "dossier/EntryCommands.h"
#include "dossier/Model.h"
#include "dossier/Warnings.h"
#include "text/LabelHints.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace inzage {

// What the professional filled in beside the label keys: only what the label needs is used (a
// basis for a feit, who was spoken to for a bron, the holder and the feiten for a mening).
struct LabelDetails {
    QString basis; // "document: …" / "waarneming: …"; empty keeps the entry's own
    std::optional<PersonRef> spokenTo; // for a bron without anyone spoken to yet (a new person is added)
    std::optional<PersonRef> holder; // for a mening; none = the author's own opinion
    std::optional<std::vector<Id>> restsOn; // for a mening (a conclusion): the feiten it rests on
};

// What the labelling view shows for the entry in focus: the entry as stored, its neighbours for
// context, its hint (a suggestion, never the label) and warnings, and what the fields offer.
struct FocusView {
    int index = -1;
    Entry entry;
    std::vector<Entry> before; // nearest last
    std::vector<Entry> after; // nearest first
    LabelHint hint;
    std::vector<LabelWarning> warnings;
    QString suggestedBasis;
    std::optional<Person> suggestedSource;
};

// The professional labelling one entry after another. The session knows the dossier's order, each
// entry's label and warnings and the hint for each; every label goes through EntryCommands (so it
// is validated and audited like any other), moves focus to the next entry and can be undone, also
// after moving on: an undo writes the earlier label, basis, holder, feiten and who was spoken to
// back as a new revision. A hint is only ever stored when the professional accepts it.
class LabelSession {
    Q_DECLARE_TR_FUNCTIONS(inzage::LabelSession)

public:
    // Reads the whole dossier once (hints need a document's context in order). Refused for a
    // vault the reader may not label in (a parent copy, a reviewer).
    static Result<LabelSession> open(Vault& vault, const Actor& actor);

    int size() const { return int(m_items.size()); }
    int current() const { return m_current; }
    Status moveTo(int index);

    // The focused entry with `context` neighbours on either side, all read afresh from the file.
    Result<FocusView> focusView(int context) const;

    // The entry as it is stored now (read afresh), its hint and its warnings.
    Result<Entry> entryAt(int index) const;
    const LabelHint& hintAt(int index) const;
    const std::vector<LabelWarning>& warningsAt(int index) const;
    Label labelAt(int index) const;
    Id idAt(int index) const;
    int indexOf(Id entry) const; // -1 when not in the session

    // Labels the focused entry and moves on to the next one (the last one stays in focus).
    // Refused, changing nothing and staying put, when the label lacks what it needs.
    Status label(Label label, const LabelDetails& details = {});
    // Labels the focused entry as its hint says; refused when there is no hint.
    Status acceptHint(const LabelDetails& details = {});
    // Undoes the last label of this session, on whichever entry it was, and moves focus there.
    Status undo();
    bool canUndo() const { return !m_undo.empty(); }

    int labelledCount() const;
    // The next entry after the focused one (wrapping round) that is unlabelled / has a warning.
    std::optional<int> nextUnlabelled() const;
    std::optional<int> nextWithWarning() const;

    // The basis offered for a feit on this entry: its own, else the last basis stored in this
    // session (entries of one document usually share it). Shown in the field, stored only on "1".
    QString suggestedBasis(int index) const;
    // The person of the dossier the hint names as spoken to (a bron's hint), when there is one.
    std::optional<Person> suggestedSource(int index) const;
    const std::vector<Person>& persons() const { return m_persons; }
    // Feiten a conclusion can rest on, whose text contains `typed` (folded), in dossier order.
    std::vector<int> feitenMatching(const QString& typed, int limit) const;
    QString textAt(int index) const { return m_items.at(std::size_t(index)).text; }

private:
    struct Item {
        Id id = 0;
        Label label = Label::Onbeoordeeld;
        QString text; // kept short: for the feiten picker
        std::vector<LabelWarning> warnings;
        LabelHint hint;
    };
    struct UndoStep {
        Id entry = 0;
        int revAfter = 0; // the revision this session wrote; an undo over a later one is refused
        EntryContent before;
    };

    LabelSession(Vault& vault, const Actor& actor)
        : m_vault(&vault)
        , m_actor(actor)
    {
    }
    Status refresh(int index);
    Status reloadPersons();
    std::optional<int> nextUnlabelledFrom(int start) const;

    Vault* m_vault;
    Actor m_actor;
    std::vector<Item> m_items;
    std::vector<Person> m_persons;
    std::vector<UndoStep> m_undo;
    QString m_lastBasis;
    int m_current = 0;
};

// Basis as the professional types it back: "document: Schoolrapport, 3 maart" (empty for none).
QString basisText(const EntryContent& c);

} // namespace inzage
