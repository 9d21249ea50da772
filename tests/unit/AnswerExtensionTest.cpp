// The AVG's extension of a reply deadline (art. 12(3)): once, by two months, for a request, by the
// professional, with a reason, within the first month; audited, and carried to the parent's copy.

#include "ExchangeSupport.h"

#include "audit/AuditChain.h"
#include "audit/EntryCheck.h"
#include "audit/ExtensionCheck.h"
#include "dossier/AnswerExtensions.h"
#include "dossier/AnswerInbox.h"
#include "exchange/ExchangePayload.h"

using namespace inzage;
using namespace inzage::test;

namespace {

const QString kReason = QStringLiteral("Het verslag van de school komt pas over zes weken; dat wacht ik af.");

struct Request {
    TempVault t;
    Vault& v = *t.vault;
    Id mother = addPerson(v, QStringLiteral("Sanne Jansen"), PersonRole::Ouder, QStringLiteral("moeder"));
    Id entry = addEntry(v, feit(QStringLiteral("Moeder kwam niet op de afspraak van 3 maart.")));
    Answer answer = add(AnswerKind::Correctieverzoek, QStringLiteral("Ik was er wel, om 10 uur."));

    Answer add(AnswerKind kind, const QString& text)
    {
        auto r = Answers(v, professional()).add(entry, kind, text, mother);
        INFO(str(r.message()));
        REQUIRE(r.isOk());
        return *r;
    }
    Answer get(Id id)
    {
        auto r = Answers(v, professional()).get(id);
        REQUIRE(r.isOk());
        return *r;
    }
    QDateTime firstDeadline() const { return AnswerInbox::replyDeadline(answer.createdAt); }
};

// A refusal changes nothing: the same dossier, the same audit chain.
struct Unchanged {
    Vault& v;
    QByteArray json = dossierJson(v);
    std::int64_t audit = auditRows(v);
    std::int64_t extensions = scalar(v, "SELECT count(*) FROM answer_extension");
    void check() const
    {
        CHECK(dossierJson(v) == json);
        CHECK(auditRows(v) == audit);
        CHECK(scalar(v, "SELECT count(*) FROM answer_extension") == extensions);
    }
};

struct AuditRow {
    QString actor, action, object, before, after;
};

AuditRow lastAuditRow(Vault& v)
{
    Statement st(v.db(), "SELECT actor, action, object, before, after FROM audit ORDER BY seq DESC LIMIT 1");
    REQUIRE(st.step() == SQLITE_ROW);
    return { st.text(0), st.text(1), st.text(2), st.text(3), st.text(4) };
}

void checkIntact(Vault& v)
{
    auto chain = AuditChain::verify(v.db());
    REQUIRE(chain.isOk());
    INFO(str(chain->problem));
    CHECK(chain->intact);
    auto entries = EntryCheck::run(v);
    REQUIRE(entries.isOk());
    INFO(str(entries->problem));
    CHECK(entries->intact);
    auto extensions = ExtensionCheck::run(v);
    REQUIRE(extensions.isOk());
    INFO(str(extensions->problem));
    CHECK(extensions->intact);
}

} // namespace

TEST_CASE("only a request to correct is an AVG request, and its extended deadline is three months after it",
    "[extension]")
{
    CHECK(AnswerExtensions::isAvgRequest(AnswerKind::Correctieverzoek));
    for (AnswerKind k : { AnswerKind::Klopt, AnswerKind::KloptNiet, AnswerKind::Aanvulling, AnswerKind::Vraag })
        CHECK_FALSE(AnswerExtensions::isAvgRequest(k));
    CHECK(AnswerExtensions::extendedDeadline(QStringLiteral("2026-01-31T10:00:00Z"))
        == QDateTime(QDate(2026, 4, 28), QTime(10, 0), Qt::UTC)); // one month to 28 February, two more
    CHECK(AnswerExtensions::extendedDeadline(QStringLiteral("2026-03-05T08:30:00.123Z")).date() == QDate(2026, 6, 5));
    CHECK_FALSE(AnswerExtensions::extendedDeadline(QStringLiteral("gisteren")).isValid());
}

TEST_CASE("an extension moves the deadline two months on, shows in the inbox with its reason, and is audited",
    "[extension]")
{
    Request r;
    const auto before = auditRows(r.v);
    auto x = AnswerExtensions(r.v, professional()).extend(r.answer.id, QStringLiteral("  ") + kReason + QStringLiteral("\n"));
    INFO(str(x.message()));
    REQUIRE(x.isOk());
    CHECK(x->reason == kReason);
    CHECK(x->extendedBy == professional().describe());

    const Answer a = r.get(r.answer.id);
    REQUIRE(a.extension.has_value());
    CHECK(a.extension->reason == kReason);
    CHECK(AnswerInbox::deadlineOf(a) == r.firstDeadline().addMonths(2));
    CHECK(a.status == AnswerStatus::Verstuurd); // the status is the parent's to follow, unchanged

    // After the first month the answer is not overdue: the extended deadline counts.
    auto items = AnswerInbox(r.v, professional()).list(r.firstDeadline().addDays(10));
    REQUIRE(items.isOk());
    REQUIRE(items->size() == 1);
    const InboxItem& item = items->front();
    CHECK(item.extended);
    CHECK_FALSE(item.mayExtend);
    CHECK_FALSE(item.overdue);
    CHECK(item.deadline == r.firstDeadline().addMonths(2));
    CHECK(item.ageDays >= 28 + 10);
    // Past the extended deadline it is overdue after all.
    auto late = AnswerInbox(r.v, professional()).list(r.firstDeadline().addMonths(2).addSecs(60));
    REQUIRE(late.isOk());
    CHECK(late->front().overdue);

    CHECK(auditRows(r.v) == before + 1);
    const AuditRow row = lastAuditRow(r.v);
    CHECK(row.action == QStringLiteral("answer.extend"));
    CHECK(row.object == QStringLiteral("answer:%1").arg(r.answer.uid));
    CHECK(row.before == QStringLiteral("until=%1").arg(r.firstDeadline().toString(Qt::ISODateWithMs)));
    CHECK(row.after == AnswerExtensions::describe(*x));
    CHECK(row.after.startsWith(QStringLiteral("until=%1; reason=").arg(a.extension->until)));
    CHECK(row.actor == professional().describe());
    checkIntact(r.v);
}

TEST_CASE("an open answer that can be extended says so in the inbox: others do not", "[extension]")
{
    Request r;
    const Answer question = r.add(AnswerKind::Vraag, QStringLiteral("Wanneer komt het verslag?"));
    auto items = AnswerInbox(r.v, professional()).list(QDateTime::currentDateTimeUtc());
    REQUIRE(items.isOk());
    REQUIRE(items->size() == 2);
    for (const InboxItem& i : *items) {
        CHECK_FALSE(i.extended);
        CHECK(i.mayExtend == (i.answer.id == r.answer.id));
    }
    (void)question;
}

TEST_CASE("an extension is refused, with a message and the file unchanged, when it is not allowed",
    "[extension][bad-input]")
{
    Request r;
    AnswerExtensions ext(r.v, professional());

    SECTION("without a reason")
    {
        Unchanged same { r.v };
        auto x = ext.extend(r.answer.id, QStringLiteral("  \n "));
        CHECK(x.code() == ErrorCode::InvalidInput);
        CHECK(x.message().contains(QStringLiteral("waarom")));
        same.check();
    }
    SECTION("with a reason that is too long")
    {
        Unchanged same { r.v };
        auto x = ext.extend(r.answer.id, QString(AnswerExtensions::kMaxReasonLength + 1, QLatin1Char('x')));
        CHECK(x.code() == ErrorCode::InvalidInput);
        same.check();
    }
    SECTION("for an answer that is not an AVG request")
    {
        const Answer question = r.add(AnswerKind::Vraag, QStringLiteral("Wanneer komt het verslag?"));
        Unchanged same { r.v };
        auto x = ext.extend(question.id, kReason);
        CHECK(x.code() == ErrorCode::InvalidInput);
        CHECK(x.message().contains(QStringLiteral("correctieverzoek")));
        same.check();
    }
    SECTION("a second time")
    {
        REQUIRE(ext.extend(r.answer.id, kReason).isOk());
        Unchanged same { r.v };
        auto x = ext.extend(r.answer.id, QStringLiteral("Nog meer tijd nodig."));
        CHECK(x.code() == ErrorCode::Exists);
        CHECK(x.message().contains(QStringLiteral("al verlengd")));
        CHECK(x.message().contains(QStringLiteral("één verlenging")));
        same.check();
    }
    SECTION("after the first month has passed")
    {
        Unchanged same { r.v };
        auto x = ext.extend(r.answer.id, kReason, r.firstDeadline().addSecs(1));
        CHECK(x.code() == ErrorCode::InvalidInput);
        CHECK(x.message().contains(QStringLiteral("verstreken")));
        CHECK(x.message().contains(r.firstDeadline().date().toString(Qt::ISODate)));
        same.check();
        // On the last moment of the month it is still in time.
        CHECK(ext.extend(r.answer.id, kReason, r.firstDeadline()).isOk());
    }
    SECTION("for an answer already handled")
    {
        REQUIRE(Answers(r.v, professional()).handle(r.answer.id, AnswerStatus::Verwerkt, QStringLiteral("Aangepast.")).isOk());
        Unchanged same { r.v };
        auto x = ext.extend(r.answer.id, kReason);
        CHECK(x.code() == ErrorCode::InvalidInput);
        CHECK(x.message().contains(QStringLiteral("afgehandeld")));
        same.check();
    }
    SECTION("for an answer that does not exist")
    {
        Unchanged same { r.v };
        CHECK(ext.extend(r.answer.id + 100, kReason).code() == ErrorCode::NotFound);
        same.check();
    }
    SECTION("by a reviewer, who opened the file read-only")
    {
        auto ro = Vault::open(r.t.path, pass("correct paard batterij"), OpenMode::ReadOnly);
        REQUIRE(ro.isOk());
        auto x = AnswerExtensions(**ro, reviewer()).extend(r.answer.id, kReason);
        CHECK(x.code() == ErrorCode::Forbidden);
        CHECK(scalar(r.v, "SELECT count(*) FROM answer_extension") == 0);
    }
    SECTION("with an unknown actor")
    {
        Unchanged same { r.v };
        CHECK(AnswerExtensions(r.v, Actor { QString(), Role::Professional }).extend(r.answer.id, kReason).code()
            == ErrorCode::InvalidInput);
        same.check();
    }
}

TEST_CASE("the store itself allows one extension per answer and never changes or removes one", "[extension]")
{
    Request r;
    REQUIRE(AnswerExtensions(r.v, professional()).extend(r.answer.id, kReason).isOk());
    CHECK(rawSqlCode(r.v, "UPDATE answer_extension SET reason = 'anders'") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(r.v, "DELETE FROM answer_extension") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(r.v,
              "INSERT INTO answer_extension(answer_id, until, reason, extended_at, extended_by) "
              "SELECT answer_id, until, 'nog eens', extended_at, extended_by FROM answer_extension")
        == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(r.v,
              "INSERT INTO answer_extension(answer_id, until, reason, extended_at, extended_by) "
              "VALUES (999, 'x', 'reden', 'x', 'x')")
        == SQLITE_CONSTRAINT); // no such answer
    CHECK(scalar(r.v, "SELECT count(*) FROM answer_extension") == 1);
}

TEST_CASE("a parent cannot extend a deadline in their own copy", "[extension][exchange]")
{
    ExchangePair x;
    const Id e = addEntry(*x.pro.vault, feit(QStringLiteral("Moeder belde niet terug.")));
    x.makeCopy();
    auto a = Answers(*x.copy, parent()).add(e, AnswerKind::Correctieverzoek, QStringLiteral("Ik heb twee keer gebeld."));
    REQUIRE(a.isOk());
    const std::int64_t audit = auditRows(*x.copy);
    auto r = AnswerExtensions(*x.copy, parent()).extend(a->id, kReason);
    CHECK(r.code() == ErrorCode::Forbidden);
    CHECK(auditRows(*x.copy) == audit);
}

TEST_CASE("an extension travels to the parent copy in the update file, once, and a new copy has it too",
    "[extension][exchange]")
{
    ExchangePair x;
    const Id e = addEntry(*x.pro.vault, feit(QStringLiteral("Moeder belde niet terug.")));
    x.makeCopy();
    auto asked = Answers(*x.copy, parent()).add(e, AnswerKind::Correctieverzoek, QStringLiteral("Ik heb twee keer gebeld."));
    REQUIRE(asked.isOk());
    const QString answers = x.file("antwoorden.bin");
    REQUIRE(AnswerExchange::exportAnswers(*x.copy, answers).isOk());
    REQUIRE(AnswerExchange::importAnswers(*x.pro.vault, professional(), answers).isOk());

    const Answer atPro = answerByUid(*x.pro.vault, asked->uid);
    auto ext = AnswerExtensions(*x.pro.vault, professional()).extend(atPro.id, kReason);
    REQUIRE(ext.isOk());

    const QString update = x.file("update.bin");
    REQUIRE(AnswerExchange::exportUpdates(*x.pro.vault, {}, update).isOk());
    auto first = AnswerExchange::importUpdates(*x.copy, parent(), update);
    INFO(str(first.message()));
    REQUIRE(first.isOk());
    CHECK(first->newExtensions == 1);
    CHECK_FALSE(first->changedNothing());

    const Answer atParent = answerByUid(*x.copy, asked->uid);
    REQUIRE(atParent.extension.has_value());
    CHECK(atParent.extension->until == ext->until);
    CHECK(atParent.extension->reason == kReason);
    CHECK(atParent.extension->extendedAt == ext->extendedAt);
    CHECK(AnswerInbox::deadlineOf(atParent) == AnswerInbox::deadlineOf(answerByUid(*x.pro.vault, asked->uid)));
    CHECK(scalarText(*x.copy, "SELECT after FROM audit WHERE action = 'answer.import' ORDER BY seq DESC LIMIT 1")
              .contains(QStringLiteral("extension until=%1").arg(ext->until)));
    checkIntact(*x.copy);

    const QByteArray before = dossierJson(*x.copy);
    const std::int64_t audit = auditRows(*x.copy);
    auto second = AnswerExchange::importUpdates(*x.copy, parent(), update);
    REQUIRE(second.isOk());
    CHECK(second->changedNothing());
    CHECK(second->newExtensions == 0);
    CHECK(dossierJson(*x.copy) == before);
    CHECK(auditRows(*x.copy) == audit);

    // A copy made after the extension holds it from the start.
    auto again = makeParentCopy(*x.pro.vault, x.file("tweede.inzage"), pass(kParentPass));
    REQUIRE(again.isOk());
    auto fresh = Vault::open(x.file("tweede.inzage"), pass(kParentPass));
    REQUIRE(fresh.isOk());
    const Answer inFresh = answerByUid(**fresh, asked->uid);
    REQUIRE(inFresh.extension.has_value());
    CHECK(inFresh.extension->reason == kReason);
}

TEST_CASE("an update payload with an extension is read from version 3, and a wrong one is refused whole",
    "[extension][exchange][bad-input]")
{
    const QString created = QStringLiteral("2026-03-05T08:30:00.000Z");
    const auto payload = [&](int version, const QJsonObject& extension) {
        QJsonObject answer { { QStringLiteral("uid"), QStringLiteral("u-1") }, { QStringLiteral("entry_id"), 3 },
            { QStringLiteral("created_at"), created },
            { QStringLiteral("revisions"),
                QJsonArray { QJsonObject { { QStringLiteral("rev"), 1 }, { QStringLiteral("entry_rev"), 1 },
                    { QStringLiteral("kind"), QStringLiteral("correctieverzoek") },
                    { QStringLiteral("text"), QStringLiteral("Het was 4 maart.") },
                    { QStringLiteral("changed_by"), QStringLiteral("Sanne (ouder)") },
                    { QStringLiteral("changed_at"), created } } } },
            { QStringLiteral("handling"), QJsonArray {} } };
        if (!extension.isEmpty())
            answer.insert(QStringLiteral("extension"), extension);
        QJsonObject root { { QStringLiteral("answers"), QJsonArray { answer } } };
        if (version >= 2) {
            root.insert(QStringLiteral("payload_version"), version);
            root.insert(QStringLiteral("content"), QJsonObject {});
        }
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    };
    const QString until = AnswerExtensions::extendedDeadline(created).toString(Qt::ISODateWithMs);
    const QJsonObject good { { QStringLiteral("until"), until }, { QStringLiteral("reason"), kReason },
        { QStringLiteral("extended_at"), QStringLiteral("2026-03-20T09:00:00.000Z") },
        { QStringLiteral("extended_by"), QStringLiteral("Anouk Verbeek (professional)") } };

    // Older versions without an extension still read.
    for (int version : { 1, 2, 3 }) {
        auto p = parsePayload(payload(version, {}), SealedFile::Kind::Update, true);
        INFO(version);
        REQUIRE(p.isOk());
        CHECK_FALSE(p->answers.front().extension.has_value());
    }
    auto ok = parsePayload(payload(3, good), SealedFile::Kind::Update, true);
    REQUIRE(ok.isOk());
    REQUIRE(ok->answers.front().extension.has_value());
    CHECK(ok->answers.front().extension->reason == kReason);
    CHECK(ok->answers.front().extension->until == until);

    // An extension in a version that had none, in an answer file, or not as the rule gives it.
    CHECK(parsePayload(payload(2, good), SealedFile::Kind::Update, true).code() == ErrorCode::InvalidInput);
    CHECK(parsePayload(payload(1, good), SealedFile::Kind::Update, true).code() == ErrorCode::InvalidInput);
    CHECK(parsePayload(payload(3, good), SealedFile::Kind::Answers, false).code() == ErrorCode::InvalidInput);
    const auto with = [&](const char* key, const QJsonValue& value) {
        QJsonObject x = good;
        x.insert(QString::fromLatin1(key), value);
        return parsePayload(payload(3, x), SealedFile::Kind::Update, true).code();
    };
    CHECK(with("reason", QStringLiteral("  ")) == ErrorCode::InvalidInput);
    CHECK(with("until", QStringLiteral("2027-01-01T00:00:00.000Z")) == ErrorCode::InvalidInput); // not +2 months
    CHECK(with("until", QStringLiteral("later")) == ErrorCode::InvalidInput);
    CHECK(with("extended_at", QStringLiteral("2026-04-06T09:00:00.000Z")) == ErrorCode::InvalidInput); // too late
    CHECK(with("extended_by", QString()) == ErrorCode::InvalidInput);
    CHECK(parsePayload(payload(3, QJsonObject { { QStringLiteral("x"), 1 } }), SealedFile::Kind::Update, true).code()
        == ErrorCode::InvalidInput);
    auto newer = parsePayload(payload(UpdateContent::kPayloadVersion + 1, good), SealedFile::Kind::Update, true);
    CHECK(newer.code() == ErrorCode::NewerFormat);
}

TEST_CASE("verify finds an extension changed, added or removed outside Inzage against its audit row",
    "[extension][verify]")
{
    Request r;
    REQUIRE(AnswerExtensions(r.v, professional()).extend(r.answer.id, kReason).isOk());
    auto before = ExtensionCheck::run(r.v);
    REQUIRE(before.isOk());
    CHECK(before->intact);
    CHECK(before->extensions == 1);

    SECTION("a changed reason")
    {
        rawSql(r.v, "DROP TRIGGER answer_extension_no_update");
        rawSql(r.v, "UPDATE answer_extension SET reason = 'Geen zin.'");
        auto after = ExtensionCheck::run(r.v);
        REQUIRE(after.isOk());
        CHECK_FALSE(after->intact);
        CHECK(after->problem.contains(QStringLiteral("anders dan het logboek")));
        // The chain itself is intact: only the comparison finds it.
        auto chain = AuditChain::verify(r.v.db());
        REQUIRE(chain.isOk());
        CHECK(chain->intact);
    }
    SECTION("a removed extension")
    {
        rawSql(r.v, "DROP TRIGGER answer_extension_no_delete");
        rawSql(r.v, "DELETE FROM answer_extension");
        auto after = ExtensionCheck::run(r.v);
        REQUIRE(after.isOk());
        CHECK_FALSE(after->intact);
        CHECK(after->problem.contains(QStringLiteral("ontbreekt")));
    }
    SECTION("an extension written without its audit row")
    {
        const Answer other = r.add(AnswerKind::Correctieverzoek, QStringLiteral("En dit ook niet."));
        Statement ins(r.v.db(),
            "INSERT INTO answer_extension(answer_id, until, reason, extended_at, extended_by) "
            "VALUES (?1, 'x', 'stil', 'x', 'x')");
        ins.bind(1, other.id);
        REQUIRE(ins.exec(QStringLiteral("test")).isOk());
        auto after = ExtensionCheck::run(r.v);
        REQUIRE(after.isOk());
        CHECK_FALSE(after->intact);
        CHECK(after->problem.contains(QStringLiteral("niet in het logboek")));
    }
}
