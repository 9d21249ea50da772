#include "audit/AuditSample.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "dossier/Entries.h"
#include "vault/Sql.h"

#include <QRegularExpression>

#include <sodium.h>

#include <algorithm>

namespace inzage {

namespace {

// SplitMix64: a fixed, documented generator, so a seed draws the same sample everywhere.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound) by rejection, so no index is favoured.
    std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
        std::uint64_t x;
        do
            x = next();
        while (x >= limit);
        return x % bound;
    }

private:
    std::uint64_t m_state;
};

} // namespace

AuditSampler::AuditSampler(Vault& vault, const Actor& actor)
    : m_vault(vault)
    , m_actor(actorFor(vault, actor.name))
{
}

Result<std::uint64_t> AuditSampler::parseSeed(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    if (!digits.match(text.trimmed()).hasMatch())
        return Status(ErrorCode::InvalidInput,
            tr("'%1' is geen seed: geef een heel getal vanaf 0 (ten hoogste 19 cijfers).").arg(text));
    return text.trimmed().toULongLong();
}

Result<int> AuditSampler::parseSize(const QString& text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 1)
        return Status(ErrorCode::InvalidInput,
            tr("'%1' is geen grootte voor een steekproef: geef een heel getal vanaf 1.").arg(text));
    return n;
}

QStringList AuditSampler::checklistFor(const Entry& e)
{
    QStringList items { tr("Past het label (%1) bij wat er staat?").arg(toString(e.content.label)) };
    switch (e.content.label) {
    case Label::Feit:
        items << tr(
            "Is de basis (document of eigen waarneming) genoemd, en klopt die met het document of de waarneming?")
              << tr("Staat er geen twijfelwoord of oordeel in dat van het feit een mening maakt?");
        break;
    case Label::Bron:
        items << tr("Staat erbij met wie er gesproken is, wanneer en hoe?")
              << tr("Heeft de bron goedgekeurd wat er staat (accordering), en is dat vastgelegd?")
              << tr("Is een afgeschermde bron afgeschermd met een wettelijke reden, en noemt de tekst hem niet?");
        break;
    case Label::Mening:
        items << tr("Staat erbij van wie de mening is?")
              << tr("Rust een conclusie op feiten die in het dossier staan en haar dragen?");
        break;
    case Label::Onbeoordeeld:
        items << tr("Welk label hoort erbij: feit, mening of bron?");
        break;
    }
    if (e.answerCount > 0)
        items << tr("Zijn de reacties van de ouders op tijd en met een antwoord afgehandeld?");
    items << tr("Klopt de geschiedenis: is elke wijziging verklaard?");
    return items;
}

Result<AuditSample> AuditSampler::draw(int size, std::optional<std::uint64_t> seed) const
{
    if (m_vault.role() != Role::Reviewer)
        return Status(ErrorCode::Forbidden,
            tr("Een steekproef leest het dossier alleen-lezen, als reviewer. Open het dossier alleen-lezen."));
    if (size < 1)
        return Status(ErrorCode::InvalidInput, tr("Een steekproef heeft ten minste 1 notitie."));
    AuditSample sample;
    if (seed) {
        sample.seed = *seed;
    } else {
        randombytes_buf(&sample.seed, sizeof sample.seed);
        sample.seed %= 10'000'000'000ULL; // short enough to type again
    }
    sample.requested = size;
    sample.auditHead = AuditChain::head(m_vault.db()).toHex();

    // Entry ids in dossier order: the population the draw indexes into.
    Statement st(m_vault.db(), "SELECT id FROM entry ORDER BY position");
    std::vector<Id> ids;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        ids.push_back(st.integer(0));
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, tr("De notities konden niet worden gelezen."));
    sample.population = int(ids.size());

    // A partial Fisher–Yates shuffle: the first `size` places are the sample.
    SplitMix64 random(sample.seed);
    const std::size_t take = std::min(ids.size(), std::size_t(size));
    for (std::size_t i = 0; i < take; ++i) {
        const std::size_t j = i + std::size_t(random.below(ids.size() - i));
        std::swap(ids[i], ids[j]);
    }
    ids.resize(take);
    Entries entries(m_vault, m_actor);
    for (Id id : ids) {
        auto e = entries.get(id);
        if (!e)
            return e.status();
        sample.items.push_back({ *e, checklistFor(*e) });
    }
    std::sort(sample.items.begin(), sample.items.end(),
        [](const SampleItem& a, const SampleItem& b) { return a.entry.position < b.entry.position; });
    return sample;
}

} // namespace inzage
