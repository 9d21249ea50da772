// verify compares every entry with the audit chain, through the real inzage-cli binary.
#include "CliRunner.h"

#include "vault/Sql.h"
#include "vault/Vault.h"

#include <QJsonObject>

using namespace inzage;

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

SecureBytes thePass()
{
    return SecureBytes("geheim wachtwoord", 17);
}

} // namespace

TEST_CASE("verify finds an entry edited in place and names it, exit 5", "[cli][audit][entries]")
{
    CliVault v;
    QFile::remove(v.vault);
    REQUIRE(v.run(args({ "demo" }) << v.vault).exitCode == 0);

    const CliResult clean = v.run(args({ "verify" }) << v.vault << QStringLiteral("--json"));
    INFO(clean.errText().toStdString());
    CHECK(clean.exitCode == 0);
    const QJsonObject ok = clean.json().object();
    CHECK(ok.value(QStringLiteral("ok")).toBool());
    CHECK(ok.value(QStringLiteral("entries_intact")).toBool());
    CHECK(ok.value(QStringLiteral("first_bad_entry")).toInt(-1) == 0);
    CHECK(ok.value(QStringLiteral("entries_problem")).toString().isEmpty());
    CHECK(ok.value(QStringLiteral("audit_intact")).toBool());

    {
        auto vault = Vault::open(v.vault, thePass());
        REQUIRE(vault.isOk());
        REQUIRE(execSql((*vault)->db(),
            "DROP TRIGGER entry_revision_no_update; "
            "UPDATE entry_revision SET text = 'De moeder was die dag dronken.' "
            "WHERE id = (SELECT current_revision_id FROM entry WHERE id = 4)",
            QStringLiteral("tamper"))
                    .isOk());
    }
    const CliResult bad = v.run(args({ "verify" }) << v.vault << QStringLiteral("--json"));
    CHECK(bad.exitCode == 5);
    const QJsonObject o = bad.json().object();
    CHECK(!o.value(QStringLiteral("ok")).toBool());
    CHECK(o.value(QStringLiteral("audit_intact")).toBool()); // the chain alone would have said "in orde"
    CHECK(!o.value(QStringLiteral("entries_intact")).toBool());
    CHECK(o.value(QStringLiteral("first_bad_entry")).toInt() == 4);
    CHECK(o.value(QStringLiteral("entries_problem")).toString().contains(QStringLiteral("de tekst")));

    const CliResult text = v.run(args({ "verify" }) << v.vault);
    CHECK(text.exitCode == 5);
    CHECK(text.outText().contains(QStringLiteral("Notities: NIET in orde: Notitie 4")));
    CHECK(text.outText().contains(QStringLiteral("Logboek: in orde")));
}
