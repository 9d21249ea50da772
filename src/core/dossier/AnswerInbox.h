#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <vector>

namespace inzage {

// One parent's answer as the professional's inbox shows it: with the entry it is about, how old
// it is and until when the professional has to reply.
struct InboxItem {
    Answer answer;
    Label entryLabel = Label::Onbeoordeeld;
    QString entryText;
    QString section;
    QDateTime deadline; // invalid when the answer's date cannot be read; the extended one when extended
    int ageDays = 0;
    bool open = true;     // not yet verwerkt or afgewezen
    bool overdue = false; // open past the deadline
    bool extended = false;  // the AVG deadline was extended (answer.extension holds until and reason)
    bool mayExtend = false; // AnswerExtensions::mayExtend allows it now
    // Given on an entry of a concept report sent before it (schema 8): that concept's last day
    // to react; invalid otherwise. Handled before the final report, as every answer (ReportCheck).
    QDate conceptUntil;
};

// The professional's inbox of parents' answers, and the two ways an answer changes the file:
// an accepted correction of a feit is a new revision of that entry; an answer on a mening adds
// the parent's own view beside it and leaves the opinion as written (Jeugdwet 7.3.8).
//
// Deadlines: the AVG gives one month to reply; the professional may extend that once by two
// more months within the first month (AnswerExtensions, schema 7).
class AnswerInbox {
    Q_DECLARE_TR_FUNCTIONS(inzage::AnswerInbox)

public:
    AnswerInbox(Vault& vault, const Actor& actor);

    // The one AVG deadline rule: one month after the answer was given (createdAt, ISO, UTC).
    static QDateTime replyDeadline(const QString& createdAt);
    // The deadline of this answer: its extension's when extended, else replyDeadline.
    static QDateTime deadlineOf(const Answer& answer);
    // A concept report gives the parents at least 5 working days (Monday to Friday, counted from
    // the day after it was sent; public holidays are not known here and so not skipped).
    static QDate conceptReactionDeadline(const QDate& sentOn);
    static bool isOpen(AnswerStatus status);
    // Overdue first (oldest deadline first), then the other open ones by deadline, then the
    // handled ones, newest first.
    static void order(std::vector<InboxItem>& items);

    Result<std::vector<InboxItem>> list(const QDateTime& now) const;

    // Accepts a request to correct a feit: the entry gets a new revision with the corrected text
    // and the reason as its note, and the answer becomes verwerkt with the reason as reply; one
    // transaction, so either both happen or neither.
    Status acceptCorrection(Id answerId, const QString& correctedText, const QString& reason);
    // Adds the parent's own view beside a mening: a new entry in the same section, a mening held
    // by the parent, visible to the parent; the opinion itself is not changed. The answer becomes
    // verwerkt with reply. Returns the new entry's id.
    Result<Id> addOwnView(Id answerId, const QString& ownView, const QString& reply);

private:
    struct Target {
        Answer answer;
        Entry entry;
    };
    Result<Target> target(Id answerId) const;

    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
