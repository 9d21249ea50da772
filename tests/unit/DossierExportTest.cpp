#include "DomainSupport.h"
#include "ExchangeSupport.h"
#include "TestSupport.h"

#include "demo/DemoDossier.h"
#include "exchange/DossierExport.h"
#include "exchange/JsonExport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace inzage;
using namespace inzage::test;

namespace {

// A device that takes `room` bytes and then fails, as a full disk or a closed pipe does.
class FullDevice final : public QIODevice {
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 len) override
    {
        if (len > m_room)
            return -1;
        m_room -= len;
        return len;
    }

private:
    qint64 m_room;
};

} // namespace

TEST_CASE("the streamed export is byte for byte the document QJsonDocument prints", "[export]")
{
    TempVault t;
    REQUIRE(buildDemoDossier(*t.vault).isOk());
    QBuffer streamed;
    REQUIRE(streamed.open(QIODevice::WriteOnly));
    REQUIRE(writeDossierJson(*t.vault, streamed).isOk());

    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(streamed.data(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(parsed.isObject());
    CHECK(streamed.data() == parsed.toJson(QJsonDocument::Indented));
    CHECK(parsed.object().keys()
        == QStringList({ "answers", "appointments", "audit_head", "dossier", "entries", "format", "format_version",
            "kind", "persons", "schema_version" }));
    CHECK(parsed.object().value(QStringLiteral("entries")).toArray().size() >= 15);

    const auto held = exportDossier(*t.vault);
    REQUIRE(held.isOk());
    CHECK(*held == parsed.object());
}

TEST_CASE("an export of an empty dossier is still one valid document", "[export]")
{
    TempVault t;
    QBuffer streamed;
    REQUIRE(streamed.open(QIODevice::WriteOnly));
    REQUIRE(writeDossierJson(*t.vault, streamed).isOk());
    const QJsonDocument parsed = QJsonDocument::fromJson(streamed.data());
    REQUIRE(parsed.isObject());
    CHECK(streamed.data() == parsed.toJson(QJsonDocument::Indented));
    CHECK(parsed.object().value(QStringLiteral("entries")).toArray().isEmpty());
}

TEST_CASE("an export that cannot be written is an I/O error", "[export][faults]")
{
    TempVault t;
    REQUIRE(buildDemoDossier(*t.vault).isOk());
    FullDevice full(4096);
    const Status s = writeDossierJson(*t.vault, full);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.code() == ErrorCode::Io);
    // Control: with room enough the same dossier is written.
    FullDevice roomy(1 << 26);
    CHECK(writeDossierJson(*t.vault, roomy).isOk());
}

TEST_CASE("a mening held by a shielded source is exported as theirs, never as the author's", "[export][audience]")
{
    ExchangePair x;
    Vault& v = *x.pro.vault;
    const Id author = addPerson(v, QStringLiteral("Jeugdbeschermer Smit"), PersonRole::Professional);
    const Id melder = addPerson(v, QStringLiteral("Buurvrouw Geheim"), PersonRole::Informant, QStringLiteral("buurvrouw"),
        true, QStringLiteral("art. 5.2.6 Wmo 2015"));
    EntryContent m = note(QStringLiteral("Het gaat volgens haar niet goed thuis."));
    m.label = Label::Mening;
    m.authorId = author;
    m.holderId = melder;
    const Id id = addEntry(v, m);
    x.makeCopy();

    auto holderIn = [&](Vault& vault) {
        auto doc = exportDossier(vault);
        REQUIRE(doc.isOk());
        for (const QJsonValue& e : doc->value(QStringLiteral("entries")).toArray())
            if (e.toObject().value(QStringLiteral("id")).toInteger() == id)
                return e.toObject();
        FAIL("entry " << id << " is not in the export");
        return QJsonObject {};
    };
    const QJsonObject pro = holderIn(v);
    CHECK(pro.value(QStringLiteral("holder")).toString() == QStringLiteral("Buurvrouw Geheim"));
    CHECK(pro.value(QStringLiteral("holder_shielded")).toBool());
    const QJsonObject parent = holderIn(*x.copy);
    CHECK(parent.value(QStringLiteral("holder")).toString().isEmpty());
    CHECK(parent.value(QStringLiteral("holder_shielded")).toBool());
}
