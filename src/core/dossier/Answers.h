#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <vector>

namespace inzage {

// The parent's voice. An answer is never edited in place: a change by the parent, or a status
// and reply by the professional, is a new revision; every old revision stays readable.
class Answers {
public:
    static constexpr int kMaxTextLength = 20'000;

    Answers(Vault& vault, Actor actor) : m_vault(vault), m_actor(std::move(actor)) {}

    Result<Answer> add(Id entryId, AnswerKind kind, const QString& text);
    Status revise(Id answerId, AnswerKind kind, const QString& text);
    Status handle(Id answerId, AnswerStatus status, const QString& reply);

    Result<Answer> get(Id answerId) const;
    Result<std::vector<Answer>> forEntry(Id entryId) const;
    Result<std::vector<Answer>> all() const;
    Result<std::vector<Answer>> history(Id answerId) const;

    static Status validate(AnswerKind kind, const QString& text);

private:
    Status appendRevision(Id answerId, int rev, const Answer& a);
    Result<std::vector<Answer>> query(const char* where, Id arg) const;

    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
