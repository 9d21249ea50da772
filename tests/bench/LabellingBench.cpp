#include "LabellingBench.h"

#include "dossier/Entries.h"
#include "dossier/LabelSession.h"
#include "vault/Kdf.h"
#include "vault/Vault.h"

#include <QDir>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <vector>

namespace inzage::bench {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Sentences of the kinds a report holds, so the hints have cues to find (reported speech,
// judgement, dated facts), under a heading every 40 entries.
QString sentence(int i)
{
    const int day = 1 + i % 28;
    switch (i % 5) {
    case 0:
        return QStringLiteral("Volgens de leerkracht kwam het kind op %1 maart te laat op school.").arg(day);
    case 1:
        return QStringLiteral("Het lijkt erop dat de ouders in week %1 weinig overzicht hadden.").arg(1 + i / 5);
    case 2:
        return QStringLiteral("Op %1 maart heeft de jeugdbeschermer het gezin thuis bezocht.").arg(day);
    case 3:
        return QStringLiteral("Moeder vertelt dat zij op %1 maart met de huisarts heeft gebeld.").arg(day);
    default:
        return QStringLiteral("Uit het verzuimoverzicht blijkt dat het kind op %1 maart afwezig was.").arg(day);
    }
}

} // namespace

Result<LabellingTimes> measureLabelling(const QString& folder, const Actor& actor, int entries, int moves)
{
    const QString path = QDir(folder).filePath(QStringLiteral("labelling.inzage"));
    const char* secret = "labelen bench wachtwoord";
    Vault::CreateOptions options;
    options.kdf = KdfParams::fastForTests();
    auto vault = Vault::create(path, SecureBytes(secret, std::strlen(secret)), options);
    if (!vault)
        return vault.status();
    {
        std::vector<EntryContent> all;
        all.reserve(std::size_t(entries));
        for (int i = 0; i < entries; ++i) {
            EntryContent c;
            c.text = sentence(i);
            c.section = QStringLiteral("Hoofdstuk %1").arg(1 + i / 40);
            all.push_back(std::move(c));
        }
        auto ids = Entries(**vault, actor).addAll(all, QStringLiteral("bench"));
        if (!ids)
            return ids.status();
    }
    LabellingTimes t;
    t.entries = entries;
    const auto openStart = Clock::now();
    auto session = LabelSession::open(**vault, actor);
    if (!session)
        return session.status();
    t.openMs = msSince(openStart);

    // Moves spread over the file: start at the middle, go on one entry at a time.
    std::vector<double> times;
    int index = entries / 2;
    if (Status s = session->moveTo(index); !s)
        return s;
    if (auto warm = session->focusView(2); !warm)
        return warm.status();
    for (int i = 0; i < moves; ++i) {
        index = (index + 1) % entries;
        const auto start = Clock::now();
        if (Status s = session->moveTo(index); !s)
            return s;
        auto view = session->focusView(2);
        if (!view)
            return view.status();
        times.push_back(msSince(start));
    }
    std::sort(times.begin(), times.end());
    t.moves = moves;
    t.moveMedianMs = times[times.size() / 2];
    t.moveP99Ms = times[times.size() * 99 / 100];
    t.moveMaxMs = times.back();

    std::vector<double> labels;
    for (int i = 0; i < 11; ++i) {
        const auto start = Clock::now();
        if (Status s = session->label(Label::Mening); !s)
            return s;
        auto view = session->focusView(2);
        if (!view)
            return view.status();
        labels.push_back(msSince(start));
    }
    std::sort(labels.begin(), labels.end());
    t.labelMedianMs = labels[labels.size() / 2];
    return t;
}

} // namespace inzage::bench
