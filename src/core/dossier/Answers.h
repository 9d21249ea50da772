#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <vector>

namespace inzage {

// The parent's voice. An answer is never edited in place: a change by the parent is a new content
// revision, a status and reply by the professional is a new handling row; every step stays
// readable in history(). The two kinds of rows live in separate append-only tables so the parent
// copy and the professional's vault can merge them by copying missing rows (AnswerExchange).
// Answer::rev counts the steps; the status shown is the latest handling of the latest content.
class Answers {
    Q_DECLARE_TR_FUNCTIONS(inzage::Answers)

public:
    static constexpr int kMaxTextLength = 20'000;

    Answers(Vault& vault, const Actor& actor);

    // In a parent copy the answer is the copy's parent's. In the professional's vault (an answer
    // that came in on paper) forPerson names the parent or child it is from.
    Result<Answer> add(Id entryId, AnswerKind kind, const QString& text, std::optional<Id> forPerson = {});
    // Only the parent whose answer it is changes its words, in their own copy.
    Status revise(Id answerId, AnswerKind kind, const QString& text);
    Status handle(Id answerId, AnswerStatus status, const QString& reply);
    // One parent's answers are not in the other parent's copy, unless the professional shares one
    // (audited); the other parent can read it, not change it.
    Status share(Id answerId, Id personId);

    Result<Answer> get(Id answerId) const;
    Result<std::vector<Answer>> forEntry(Id entryId) const;
    Result<std::vector<Answer>> all() const;
    Result<std::vector<Answer>> history(Id answerId) const;

    static Status validate(AnswerKind kind, const QString& text);

private:
    Result<std::optional<Id>> ownerFor(std::optional<Id> forPerson) const;
    Status appendContent(Id answerId, int rev, int entryRev, AnswerKind kind, const QString& text);
    // Every step of every answer matching `where` (SQL over alias a, one parameter ?1).
    Result<std::vector<std::vector<Answer>>> load(const char* where, Id arg) const;
    Result<std::vector<Answer>> current(const char* where, Id arg) const;

    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
