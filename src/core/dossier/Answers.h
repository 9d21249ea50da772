#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <vector>

namespace inzage {

// The parent's voice. An answer is never edited in place: a change by the parent is a new content
// revision, a status and reply by the professional is a new handling row; every step stays
// readable in history(). The two kinds of rows live in separate append-only tables so the parent
// copy and the professional's vault can merge them by copying missing rows (AnswerExchange).
// Answer::rev counts the steps; the status shown is the latest handling of the latest content.
class Answers {
public:
    static constexpr int kMaxTextLength = 20'000;

    Answers(Vault& vault, Actor actor)
        : m_vault(vault)
        , m_actor(std::move(actor))
    {
    }

    Result<Answer> add(Id entryId, AnswerKind kind, const QString& text);
    Status revise(Id answerId, AnswerKind kind, const QString& text);
    Status handle(Id answerId, AnswerStatus status, const QString& reply);

    Result<Answer> get(Id answerId) const;
    Result<std::vector<Answer>> forEntry(Id entryId) const;
    Result<std::vector<Answer>> all() const;
    Result<std::vector<Answer>> history(Id answerId) const;

    static Status validate(AnswerKind kind, const QString& text);

private:
    Status appendContent(Id answerId, int rev, int entryRev, AnswerKind kind, const QString& text);
    // Every step of every answer matching `where` (SQL over alias a, one parameter ?1).
    Result<std::vector<std::vector<Answer>>> load(const char* where, Id arg) const;
    Result<std::vector<Answer>> current(const char* where, Id arg) const;

    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
