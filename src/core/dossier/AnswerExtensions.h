#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDateTime>

namespace inzage {

// The AVG's extension of a reply deadline (art. 12(3)): a request (a correctieverzoek, AVG art. 16)
// must be answered within one month; the professional may extend that once by two more months,
// telling the parent why, as long as the first month has not passed. The extension is a row of its
// own (schema 7), never changed afterwards, with an audit row in the same transaction; the parent
// copy receives it through the update file.
class AnswerExtensions {
    Q_DECLARE_TR_FUNCTIONS(inzage::AnswerExtensions)

public:
    static constexpr int kMaxReasonLength = 2'000;

    AnswerExtensions(Vault& vault, const Actor& actor);

    // An answer the AVG gives a deadline to that can be extended: a request to correct.
    static bool isAvgRequest(AnswerKind kind);
    // The deadline after the extension: two months after the first one (three after the answer).
    static QDateTime extendedDeadline(const QString& createdAt);
    // Whether this answer's deadline can be extended at `now`, and if not, why (the answer as read).
    static Status mayExtend(const Answer& answer, const QDateTime& now);
    // An extension as stored or received: a reason, the deadline the rule gives, announced in time.
    static Status checkRecord(const QString& createdAt, const AnswerExtension& extension);

    // Extends answer answerId's deadline by two months with the reason; refusals change nothing.
    Result<AnswerExtension> extend(Id answerId, const QString& reason,
        const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The audit row's `after` for an extension: "until=<ISO>; reason=<fingerprint>".
    static QString describe(const AnswerExtension& extension);

private:
    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
