#include "exchange/ExchangePayload.h"

#include "dossier/AnswerExtensions.h"
#include "dossier/Answers.h"
#include "exchange/AnswerExchange.h"
#include "exchange/UpdateContent.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace inzage {

Result<Payload> parsePayload(const QByteArray& plain, SealedFile::Kind fileKind, bool withHandling)
{
    // Whole sentences per kind, not SealedFile::describe() inside one: a translation keeps the
    // noun and its article together.
    const Status bad(ErrorCode::InvalidInput,
        fileKind == SealedFile::Kind::Answers
            ? AnswerExchange::tr("Het antwoordbestand bevat gegevens die Inzage niet begrijpt. Er is niets ingelezen.")
            : AnswerExchange::tr("Het updatebestand bevat gegevens die Inzage niet begrijpt. Er is niets ingelezen."));
    QJsonParseError e {};
    const QJsonDocument doc = QJsonDocument::fromJson(plain, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return bad;
    Payload payload;
    std::vector<AnswerRows>& out = payload.answers;
    const QJsonObject root = doc.object();
    qint64 payloadVersion = 1; // no payload_version: statuses and replies only
    if (root.contains(QStringLiteral("payload_version"))) {
        const QJsonValue version = root.value(QStringLiteral("payload_version"));
        if (!version.isDouble() || version.toInteger() < 2)
            return bad;
        if (version.toInteger() > UpdateContent::kPayloadVersion)
            return Status(ErrorCode::NewerFormat,
                AnswerExchange::tr("Dit updatebestand is gemaakt met een nieuwere versie van Inzage (inhoud versie "
                                   "%1). Er is niets ingelezen; werk Inzage bij en lees het daarna opnieuw in.")
                    .arg(version.toInteger()));
        if (fileKind != SealedFile::Kind::Update || !root.value(QStringLiteral("content")).isObject())
            return bad;
        payload.content = root.value(QStringLiteral("content")).toObject();
        const QJsonValue asOf = payload.content.value(QStringLiteral("as_of"));
        if (!payload.content.isEmpty() && (!asOf.isDouble() || asOf.toInteger() < 0))
            return bad;
        payload.asOf = asOf.toInteger();
        payloadVersion = version.toInteger();
    }
    for (const QJsonValue& v : root.value(QStringLiteral("answers")).toArray()) {
        const QJsonObject o = v.toObject();
        AnswerRows a;
        a.uid = o.value(QStringLiteral("uid")).toString();
        a.entryId = o.value(QStringLiteral("entry_id")).toInteger();
        a.createdAt = o.value(QStringLiteral("created_at")).toString();
        if (a.uid.isEmpty() || a.entryId <= 0 || a.createdAt.isEmpty())
            return bad;
        if (o.contains(QStringLiteral("owner_person_id"))) {
            const qint64 owner = o.value(QStringLiteral("owner_person_id")).toInteger();
            if (owner <= 0)
                return bad;
            a.ownerId = owner;
        }
        for (const QJsonValue& rv : o.value(QStringLiteral("revisions")).toArray()) {
            const QJsonObject r = rv.toObject();
            ContentRow c { int(r.value(QStringLiteral("rev")).toInteger()),
                int(r.value(QStringLiteral("entry_rev")).toInteger()), r.value(QStringLiteral("kind")).toString(),
                r.value(QStringLiteral("text")).toString(), r.value(QStringLiteral("changed_by")).toString(),
                r.value(QStringLiteral("changed_at")).toString() };
            const auto kind = parse<AnswerKind>(c.kind);
            if (c.rev <= 0 || c.entryRev <= 0 || !kind || c.kind != toString(*kind) || c.changedBy.isEmpty()
                || !Answers::validate(*kind, c.text))
                return bad;
            a.revisions.push_back(c);
        }
        if (a.revisions.empty())
            return bad;
        if (withHandling) {
            for (const QJsonValue& hv : o.value(QStringLiteral("handling")).toArray()) {
                const QJsonObject h = hv.toObject();
                HandlingRow row { int(h.value(QStringLiteral("seq")).toInteger()),
                    int(h.value(QStringLiteral("answer_rev")).toInteger()),
                    h.value(QStringLiteral("status")).toString(), h.value(QStringLiteral("reply")).toString(),
                    h.value(QStringLiteral("handled_by")).toString(), h.value(QStringLiteral("handled_at")).toString(),
                    h.value(QStringLiteral("changed_by")).toString() };
                const auto status = parse<AnswerStatus>(row.status);
                if (row.seq <= 0 || row.answerRev <= 0 || !status || row.status != toString(*status)
                    || row.handledAt.isEmpty() || row.reply.size() > Answers::kMaxTextLength
                    || (*status == AnswerStatus::Afgewezen && row.reply.trimmed().isEmpty()))
                    return bad;
                a.handling.push_back(row);
            }
        }
        if (o.contains(QStringLiteral("extension"))) {
            // Only the professional extends, so only an update file of version 3 or later carries one.
            const QJsonObject x = o.value(QStringLiteral("extension")).toObject();
            if (!withHandling || payloadVersion < 3 || x.isEmpty())
                return bad;
            AnswerExtension ext { x.value(QStringLiteral("until")).toString(),
                x.value(QStringLiteral("reason")).toString(), x.value(QStringLiteral("extended_at")).toString(),
                x.value(QStringLiteral("extended_by")).toString() };
            if (!AnswerExtensions::checkRecord(a.createdAt, ext))
                return bad;
            a.extension = ext;
        }
        out.push_back(std::move(a));
    }
    return payload;
}

} // namespace inzage
