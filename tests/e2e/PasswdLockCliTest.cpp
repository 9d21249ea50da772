// passwd refuses (exit 7) while another program has the vault open, through the real inzage-cli binary.
#include "CliRunner.h"

#include "vault/Vault.h"

using namespace inzage;

namespace {

SecureBytes thePass()
{
    return SecureBytes("geheim wachtwoord", 17);
}

} // namespace

TEST_CASE("passwd exits 7 while another program has the vault open, and works once it is closed", "[cli][lock]")
{
    CliVault v;
    REQUIRE(
        v.run({ QStringLiteral("add"), v.vault, QStringLiteral("--text"), QStringLiteral("blijft bewaard") }).exitCode
        == 0);
    const QStringList passwd { QStringLiteral("passwd"), v.vault, QStringLiteral("--kdf-ops"), QStringLiteral("1"),
        QStringLiteral("--kdf-mem-mib"), QStringLiteral("0.0078125") };
    {
        // This test process is the other program.
        auto held = Vault::open(v.vault, thePass());
        REQUIRE(held.isOk());
        const CliResult refused = runCli(passwd, "geheim wachtwoord\nnieuw wachtwoord\n");
        CHECK(refused.exitCode == 7);
        CHECK(refused.errText().contains(QStringLiteral("nog geopend in een ander programma")));
        CHECK(runCli({ QStringLiteral("list"), v.vault }, "geheim wachtwoord\n").exitCode == 0);
    }
    const CliResult changed = runCli(passwd, "geheim wachtwoord\nnieuw wachtwoord\n");
    INFO(changed.errText().toStdString());
    CHECK(changed.exitCode == 0);
    CHECK(runCli({ QStringLiteral("list"), v.vault }, "nieuw wachtwoord\n")
              .outText()
              .contains(QStringLiteral("blijft bewaard")));
}
