// inzage_bench: how fast the core is on a large generated dossier.
//
// Builds a dossier of 100,000 entries (10,000 with --small) with ~30 persons as sources and one
// answer per 20 entries, then times key derivation, opening, paging, filtering, searching,
// importing and verifying the audit chain, and runs the same raw-SQL workload on an encrypted
// and on a plain database. Prints one Markdown table: measure | target | measured | ok?.
//
// Exit status: 0 when every step worked (missed targets included, unless --strict), 1 when a
// step failed. The ctest `bench_smoke` runs --small and asserts no timings.

#include "audit/AuditChain.h"
#include "dossier/Answers.h"
#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "exchange/DossierExport.h"
#include "exchange/ParentCopy.h"
#include "text/Folding.h"
#include "dossier/AnswerChoices.h"
#include "vault/Kdf.h"
#include "vault/Migrations.h"
#include "vault/Sql.h"
#include "vault/Vault.h"
#include "vault/VaultHeader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include "AppMemoryBench.h"
#include "AuditBatchBench.h"
#include "ImportBench.h"
#include "LabellingBench.h"
#include "PeakMemory.h"

#include <sodium.h>

#include <sys/resource.h>

#include <algorithm>
#include <thread>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace inzage;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

[[noreturn]] void die(const QString& what, const Status& s = Status::ok())
{
    std::fprintf(stderr, "inzage_bench: %s%s%s\n", qPrintable(what), s.isOk() ? "" : ": ",
                 s.isOk() ? "" : qPrintable(s.message()));
    std::exit(1);
}

void check(const Status& s, const QString& what)
{
    if (!s)
        die(what, s);
}

template <typename T>
T take(Result<T> r, const QString& what)
{
    if (!r)
        die(what, r.status());
    return std::move(r).value();
}

// Median of `runs` timed calls, after one untimed warm-up call.
double medianMs(int runs, const std::function<void()>& f)
{
    f();
    std::vector<double> t;
    t.reserve(std::size_t(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        f();
        t.push_back(msSince(start));
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

QString fmtMs(double ms)
{
    if (ms >= 1000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2);
    if (ms >= 100)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
    if (ms >= 10)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
}

QString thousands(std::int64_t n)
{
    QString s = QString::number(n);
    for (int i = int(s.size()) - 3; i > 0; i -= 3)
        s.insert(i, QLatin1Char(','));
    return s;
}

struct Row {
    QString measure, target, measured, ok;
};

struct Table {
    std::vector<Row> rows;
    int missed = 0;

    void timed(const QString& measure, double ms, double targetMs, const QString& extra = {})
    {
        const bool ok = ms < targetMs;
        if (!ok)
            ++missed;
        QString m = fmtMs(ms);
        if (!extra.isEmpty())
            m += QStringLiteral(" (%1)").arg(extra);
        rows.push_back({measure, QStringLiteral("< %1").arg(fmtMs(targetMs)), m, ok ? QStringLiteral("yes")
                                                                                    : QStringLiteral("**NO**")});
    }
    void timedValue(const QString& measure, double value, double target, const QString& unit)
    {
        const bool ok = value < target;
        if (!ok)
            ++missed;
        rows.push_back({ measure, QStringLiteral("< %1 %2").arg(target).arg(unit),
            QStringLiteral("%1 %2").arg(value, 0, 'f', 0).arg(unit),
            ok ? QStringLiteral("yes") : QStringLiteral("**NO**") });
    }
    void info(const QString& measure, const QString& measured)
    {
        rows.push_back({measure, QStringLiteral("—"), measured, QStringLiteral("—")});
    }
    void print() const
    {
        std::printf("| measure | target | measured | ok? |\n|---|---|---|---|\n");
        for (const Row& r : rows)
            std::printf("| %s | %s | %s | %s |\n", qPrintable(r.measure), qPrintable(r.target),
                        qPrintable(r.measured), qPrintable(r.ok));
    }
};

// ---------------------------------------------------------------------------------------------
// The generated dossier

const char* const kWords[] = {
    "moeder", "vader", "kind", "school", "leerkracht", "gesprek", "thuis", "afspraak", "zorgen",
    "veiligheid", "huisbezoek", "telefonisch", "gemeld", "volgens", "gezien", "verteld", "week",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "ochtend", "middag", "avond", "samen",
    "opvoeding", "contact", "hulpverlening", "jeugdarts", "huisarts", "buurvrouw", "oma", "opa",
    "broertje", "zusje", "slaapt", "eet", "speelt", "huilt", "boos", "rustig", "moe", "blij", "bang",
    "spanning", "ruzie", "scheiding", "omgangsregeling", "afspraken", "nagekomen", "afgezegd",
    "verslag", "rapport", "plan", "doelen", "evaluatie", "signalen", "zorgmelding", "consult",
    "overleg", "netwerk", "steun", "financien", "schulden", "woning", "verhuizing", "werk", "ziekte",
    "opname", "therapie", "begeleiding", "ambulant", "dagbesteding", "sport", "vrienden", "klas",
    "cijfers", "aanwezig", "afwezig", "laat", "vroeg", "ontbijt", "kleding", "hygiene", "tanden",
    "medicatie", "diagnose", "onderzoek", "observatie", "indruk", "zorgelijk", "positief", "negatief",
    "verbetering", "terugval", "stabiel", "wisselend", "duidelijk", "onduidelijk", "vraag", "antwoord",
    "de", "het", "een", "en", "van", "in", "op", "met", "dat", "is", "niet", "er", "ook", "nog",
    "naar", "bij", "om", "over", "maar", "heeft", "werd", "zij", "hij", "wij", "ze", "die", "dit",
};
constexpr int kWordCount = int(sizeof kWords / sizeof kWords[0]);

// Present in 1 of every 100 entries, and in exactly one entry: no other word starts with these.
const QString kCommonWord = QStringLiteral("schoolverzuim");
const QString kRareWord = QStringLiteral("trampolinepark");

const QStringList kSections = {
    QStringLiteral("Aanleiding"),          QStringLiteral("Gezinssituatie"),
    QStringLiteral("Gesprekken met ouders"), QStringLiteral("Gesprekken met het kind"),
    QStringLiteral("Informatie van school"), QStringLiteral("Informatie van de huisarts"),
    QStringLiteral("Huisbezoeken"),          QStringLiteral("Netwerk"),
    QStringLiteral("Veiligheidsplan"),       QStringLiteral("Analyse"),
    QStringLiteral("Conclusie"),             QStringLiteral("Advies"),
};

struct Generator {
    std::mt19937_64 rng {20240601};
    std::vector<Id> persons;
    std::int64_t total = 0; // entries in the whole dossier, for sections and dates

    int pick(int n) { return int(rng() % std::uint64_t(n)); }

    QString text(std::int64_t i)
    {
        const int n = 30 + pick(60);
        QString t;
        t.reserve(n * 9);
        for (int w = 0; w < n; ++w) {
            if (w)
                t += (w % 12 == 0) ? QStringLiteral(". ") : QStringLiteral(" ");
            t += QLatin1String(kWords[pick(kWordCount)]);
        }
        if (i % 100 == 7)
            t += QStringLiteral(" Het ") + kCommonWord + QStringLiteral(" is besproken.");
        if (i == total / 2 + 3)
            t += QStringLiteral(" Ongeluk op het ") + kRareWord + QStringLiteral(".");
        t += QLatin1Char('.');
        return t;
    }

    EntryContent entry(std::int64_t i)
    {
        EntryContent c;
        c.text = text(i);
        c.section = kSections[int(std::min<std::int64_t>(i * kSections.size() / std::max<std::int64_t>(total, 1),
                                                         kSections.size() - 1))];
        c.eventDate = QDate(2019, 1, 1).addDays(i / 40).toString(Qt::ISODate);
        c.visibleToParent = pick(20) != 0;
        const int l = pick(20);
        auto spoken = [&] {
            SpokenTo s;
            s.personId = persons[std::size_t(pick(int(persons.size())))];
            s.spokenOn = c.eventDate;
            s.method = Method(pick(5));
            return s;
        };
        if (l < 7) {
            c.label = Label::Feit;
            c.basisKind = pick(2) ? BasisKind::Waarneming : BasisKind::Document;
            c.basisDetail = QStringLiteral("waargenomen op %1").arg(c.eventDate);
        } else if (l < 12) {
            c.label = Label::Mening;
            if (pick(3) == 0)
                c.holderId = persons[std::size_t(pick(int(persons.size())))];
        } else if (l < 17) {
            c.label = Label::Bron;
            c.spokenTo.push_back(spoken());
            if (pick(3) == 0)
                c.spokenTo.push_back(spoken());
        } else {
            c.label = Label::Onbeoordeeld;
        }
        if (c.label != Label::Bron && pick(5) == 0)
            c.spokenTo.push_back(spoken());
        return c;
    }
};

std::vector<Id> addPersons(Vault& vault, const Actor& actor)
{
    Persons persons(vault, actor);
    std::vector<Id> ids;
    const struct {
        PersonRole role;
        const char* relation;
        const char* organisation;
        int count;
    } kinds[] = {
        {PersonRole::Ouder, "moeder", "", 1},
        {PersonRole::Ouder, "vader", "", 1},
        {PersonRole::Kind, "kind", "", 2},
        {PersonRole::Professional, "jeugdbeschermer", "Veilig Thuis Utrecht", 6},
        {PersonRole::Informant, "leerkracht", "basisschool De Regenboog", 6},
        {PersonRole::Informant, "huisarts", "huisartsenpraktijk Centrum", 3},
        {PersonRole::Informant, "buurvrouw", "", 4},
        {PersonRole::Informant, "familie", "", 5},
        {PersonRole::Informant, "melder", "", 2},
    };
    int n = 0;
    for (const auto& k : kinds) {
        for (int i = 0; i < k.count; ++i) {
            Person p;
            p.name = QStringLiteral("%1 %2").arg(QLatin1String(k.relation)).arg(++n);
            p.role = k.role;
            p.relation = QLatin1String(k.relation);
            p.organisation = QLatin1String(k.organisation);
            if (std::strcmp(k.relation, "melder") == 0) {
                p.shielded = true;
                p.shieldReason = QStringLiteral("Wettelijk afgeschermde melder (art. 4.1.1 Wmo 2015)");
            }
            ids.push_back(take(persons.add(p), QStringLiteral("persoon toevoegen")));
        }
    }
    return ids;
}

SecureBytes bytes(const char* text) { return SecureBytes(text, std::strlen(text)); }

// ---------------------------------------------------------------------------------------------
// Raw-SQL workload, run on an encrypted and on a plain database

const char* kSelectPage =
    "SELECT e.id, e.position, r.id, r.rev, r.text, r.section, r.event_date, r.recorded_at, r.author_id, "
    "r.label, r.basis_kind, r.basis_detail, r.holder_id, r.visible_to_parent, r.changed_by, r.change_note, "
    "(SELECT name FROM person WHERE id = r.author_id), (SELECT name FROM person WHERE id = r.holder_id), "
    "(SELECT count(*) FROM answer a WHERE a.entry_id = e.id) "
    "FROM entry e JOIN entry_revision r ON r.id = e.current_revision_id ";
const char* kSelectSpoken =
    "SELECT s.person_id, s.spoken_on, s.method, p.name, p.relation, p.organisation, p.role, p.shielded, "
    "p.shield_reason FROM spoken_to s JOIN person p ON p.id = s.person_id WHERE s.revision_id = ?1 ORDER BY s.id";

struct RawDb {
    sqlite3* db = nullptr;
    ~RawDb()
    {
        if (db)
            sqlite3_close_v2(db);
    }
};

void exec(sqlite3* db, const char* sql)
{
    check(execSql(db, sql, QString::fromUtf8(sql)), QStringLiteral("SQL"));
}

// Opens a fresh database file, encrypted (with a random raw key, as a vault) or plain, with the
// vault's pragmas, and applies the builtin migrations.
void openRaw(RawDb& raw, const QString& path, bool encrypted)
{
    check(createPrivateFile(path), QStringLiteral("bestand maken"));
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX,
                        nullptr)
        != SQLITE_OK)
        die(QStringLiteral("openen van %1").arg(path));
    if (encrypted) {
        SecureBytes key(kKeyBytes);
        randombytes_buf(key.data(), key.size());
        Salt salt;
        randombytes_buf(salt.data(), salt.size());
        const SecureBytes spec = rawKeySpec(key, salt);
        if (sqlite3_key_v2(raw.db, "main", spec.data(), int(std::strlen(spec.chars()))) != SQLITE_OK)
            die(QStringLiteral("sleutel zetten"));
        exec(raw.db, ("PRAGMA cipher_page_size = " + QByteArray::number(VaultHeader::kPageSize)).constData());
    } else {
        // The vault's page size for the plain file too, so the comparison measures encryption and
        // not page size.
        exec(raw.db, ("PRAGMA page_size = " + QByteArray::number(VaultHeader::kPageSize)).constData());
    }
    {
        Statement st(raw.db, "PRAGMA journal_mode = WAL");
        if (st.step() != SQLITE_ROW)
            die(QStringLiteral("journal_mode"));
    }
    exec(raw.db, "PRAGMA synchronous = FULL");
    exec(raw.db, "PRAGMA foreign_keys = ON");
    check(migrate(raw.db, 0, MigrationAudit::NewFile), QStringLiteral("schema aanbrengen"));
}

struct RawTimes {
    double insertBatch = 0, firstPage = 0, bronPage = 0, deepPage = 0, search = 0, count = 0;
};

void rawInsertPersons(sqlite3* db, int n)
{
    Transaction tx(db);
    check(tx.begun(), QStringLiteral("transactie"));
    Statement st(db, "INSERT INTO person(name, role, relation) VALUES (?1, 'informant', 'bron')");
    for (int i = 1; i <= n; ++i) {
        st.reset();
        st.bind(1, QStringLiteral("persoon %1").arg(i));
        check(st.exec(QStringLiteral("persoon")), QStringLiteral("persoon"));
    }
    check(tx.commit(), QStringLiteral("commit"));
}

// The statements Entries::addAll runs for one entry, minus the Qt/ICU work around them.
void rawInsertBatch(sqlite3* db, const std::vector<EntryContent>& batch, std::int64_t& position)
{
    Transaction tx(db);
    check(tx.begun(), QStringLiteral("transactie"));
    Statement entry(db, "INSERT INTO entry(position, created_at) VALUES (?1, '2024-06-01T10:00:00.000Z')");
    Statement rev(db, "INSERT INTO entry_revision(entry_id, rev, text, section, event_date, recorded_at, label, "
                      "basis_kind, basis_detail, holder_id, visible_to_parent, changed_by) "
                      "VALUES (?1, 1, ?2, ?3, ?4, '2024-06-01T10:00:00.000Z', ?5, ?6, ?7, ?8, ?9, 'bench')");
    Statement spoke(db, "INSERT INTO spoken_to(revision_id, person_id, spoken_on, method) VALUES (?1, ?2, ?3, 'gesprek')");
    Statement cur(db, "UPDATE entry SET current_revision_id = ?1 WHERE id = ?2");
    Statement fts(db, "INSERT INTO entry_search(docid, folded) VALUES (?1, ?2)");
    Statement audit(db, "INSERT INTO audit(seq, ts, actor, action, object, after, prev_hash, hash) "
                        "VALUES (?1, '2024-06-01T10:00:00.000Z', 'bench', 'entry.add', ?2, ?3, ?4, ?5)");
    const QByteArray hash(32, 'h');
    for (const EntryContent& c : batch) {
        ++position;
        entry.reset();
        entry.bind(1, position);
        check(entry.exec(QStringLiteral("entry")), QStringLiteral("entry"));
        const Id id = sqlite3_last_insert_rowid(db);
        rev.reset();
        rev.bind(1, id).bind(2, c.text).bind(3, c.section).bindOptional(4, c.eventDate).bind(5, toString(c.label));
        if (c.basisKind == BasisKind::Geen)
            rev.bindNull(6);
        else
            rev.bind(6, toString(c.basisKind));
        rev.bind(7, c.basisDetail).bind(8, c.holderId).bind(9, c.visibleToParent ? 1 : 0);
        check(rev.exec(QStringLiteral("revision")), QStringLiteral("revision"));
        const Id revId = sqlite3_last_insert_rowid(db);
        for (const SpokenTo& s : c.spokenTo) {
            spoke.reset();
            spoke.bind(1, revId).bind(2, s.personId).bindOptional(3, s.spokenOn);
            check(spoke.exec(QStringLiteral("spoken_to")), QStringLiteral("spoken_to"));
        }
        cur.reset();
        cur.bind(1, revId).bind(2, id);
        check(cur.exec(QStringLiteral("current")), QStringLiteral("current"));
        fts.reset();
        fts.bind(1, id).bind(2, foldForSearch(c.text));
        check(fts.exec(QStringLiteral("fts")), QStringLiteral("fts"));
        audit.reset();
        audit.bind(1, position).bind(2, QStringLiteral("entry:%1").arg(id)).bind(3, c.section);
        audit.bindBlob(4, hash).bindBlob(5, hash);
        check(audit.exec(QStringLiteral("audit")), QStringLiteral("audit"));
    }
    check(tx.commit(), QStringLiteral("commit"));
}

// One page the way Entries::list reads it: the page query, then the sources of every row.
int rawPage(sqlite3* db, const char* where, const std::function<void(Statement&)>& bind)
{
    const QByteArray sql = QByteArray(kSelectPage) + where + " ORDER BY e.position LIMIT 100";
    Statement st(db, sql.constData());
    if (!st.isValid())
        die(QStringLiteral("prepare: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    if (bind)
        bind(st);
    std::vector<Id> revs;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        (void)st.text(4);
        revs.push_back(st.integer(2));
    }
    if (rc != SQLITE_DONE)
        die(QStringLiteral("page"));
    Statement sp(db, kSelectSpoken);
    for (Id r : revs) {
        sp.reset();
        sp.bind(1, r);
        while ((rc = sp.step()) == SQLITE_ROW)
            (void)sp.text(3);
    }
    return int(revs.size());
}

RawTimes rawWorkload(const QString& path, bool encrypted, const std::vector<std::vector<EntryContent>>& batches,
                     int personCount, std::int64_t total, int runs)
{
    RawDb raw;
    openRaw(raw, path, encrypted);
    rawInsertPersons(raw.db, personCount);
    RawTimes t;
    std::vector<double> inserts;
    std::int64_t position = 0;
    for (const auto& batch : batches) {
        const auto start = Clock::now();
        rawInsertBatch(raw.db, batch, position);
        inserts.push_back(msSince(start));
    }
    std::sort(inserts.begin(), inserts.end());
    t.insertBatch = inserts[inserts.size() / 2];
    sqlite3* db = raw.db;
    t.firstPage = medianMs(runs, [&] { rawPage(db, "WHERE 1", {}); });
    t.bronPage = medianMs(runs, [&] { rawPage(db, "WHERE r.label = 'bron'", {}); });
    t.deepPage = medianMs(runs, [&] {
        rawPage(db, "WHERE e.position > ?1", [&](Statement& st) { st.bind(1, total * 9 / 10); });
    });
    const QString query = buildSearchQuery(kCommonWord);
    t.search = medianMs(runs, [&] {
        rawPage(db, "WHERE e.id IN (SELECT docid FROM entry_search WHERE entry_search MATCH ?1)",
                [&](Statement& st) { st.bind(1, query); });
    });
    t.count = medianMs(std::max(3, runs / 4), [&] {
        Statement st(db, "SELECT r.label, count(*) FROM entry e JOIN entry_revision r ON r.id = e.current_revision_id "
                         "GROUP BY r.label");
        while (st.step() == SQLITE_ROW) {
        }
    });
    return t;
}

QString sideBySide(double enc, double plain)
{
    return QStringLiteral("%1 vs %2 plain (×%3)")
        .arg(fmtMs(enc), fmtMs(plain))
        .arg(plain > 0 ? enc / plain : 0.0, 0, 'f', 2);
}

void explain(sqlite3* db, const QByteArray& sql)
{
    Statement st(db, ("EXPLAIN QUERY PLAN " + sql).constData());
    std::printf("    %s\n", sql.constData());
    while (st.step() == SQLITE_ROW)
        std::printf("      -> %s\n", qPrintable(st.text(3)));
}

Vault::CreateOptions fastKdf()
{
    Vault::CreateOptions options;
    options.kdf = KdfParams::fastForTests();
    return options;
}

// Persons, then gen.total entries in batches through addAll; returns the time of the entries.
double generateEntries(Vault& vault, const Actor& actor, Generator& gen, int batchSize)
{
    gen.persons = addPersons(vault, actor);
    Entries entries(vault, actor);
    const auto start = Clock::now();
    for (std::int64_t done = 0; done < gen.total; done += batchSize) {
        std::vector<EntryContent> batch;
        batch.reserve(std::size_t(batchSize));
        for (std::int64_t i = done; i < std::min<std::int64_t>(gen.total, done + batchSize); ++i)
            batch.push_back(gen.entry(i));
        (void)take(entries.addAll(batch, QStringLiteral("bench")), QStringLiteral("notities toevoegen"));
    }
    return msSince(start);
}

// What `inzage-cli list` pays after key derivation: open the file on a new connection (a cold
// page cache, so every page read is decrypted again), the first page of 100, the label counts.
double firstPageWithCountsMs(
    const QString& path, const SecureBytes& passphrase, const Actor& actor, int runs, LabelCounts& counts)
{
    auto header = take(VaultHeader::read(path), QStringLiteral("kop lezen"));
    const double kdfMs = medianMs(
        runs, [&] { (void)take(deriveKey(passphrase, header.salt, header.kdf), QStringLiteral("sleutelafleiding")); });
    const double ms = medianMs(runs, [&] {
        auto v = take(Vault::open(path, passphrase), QStringLiteral("openen"));
        Entries entries(*v, actor);
        EntryFilter f;
        f.limit = 100;
        (void)take(entries.list(f), QStringLiteral("lijst"));
        counts = take(entries.counts(f), QStringLiteral("tellen"));
    });
    return std::max(0.0, ms - kdfMs);
}

} // namespace

// User + system time of this process, in seconds: on a loaded machine the wall time of a step
// says more about the other programs than about Inzage, its CPU time does not.
static double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The one-minute load average, printed beside wall times measured while other programs ran.
static double loadAverage()
{
    double load[1] = { 0 };
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

// Each statement of at least 20 ms that ran on the professional's connection, for --only parent-copy.
void printSlowStatement(void*, const char* sql, sqlite3_uint64 ns)
{
    if (ns >= 20'000'000ull)
        std::fprintf(stderr, "%9.1f ms  %.110s\n", double(ns) / 1e6, sql);
}

// Only the parent copy of a generated dossier, with the time of every slow statement on stderr:
// where the copy's time goes, without the rest of the benchmark.
int parentCopyOnly(const QTemporaryDir& dir, const QString& path, const SecureBytes& passphrase, const Actor& actor,
                   std::int64_t total, int batchSize)
{
    // INZAGE_BENCH_DOSSIER=FILE keeps the generated dossier there and reuses it on the next run.
    const QString kept = qEnvironmentVariable("INZAGE_BENCH_DOSSIER");
    std::unique_ptr<Vault> vault;
    if (!kept.isEmpty() && QFile::exists(kept)) {
        vault = take(Vault::open(kept, passphrase), QStringLiteral("bewaard dossier openen"));
    } else {
        Generator gen;
        gen.total = total;
        vault = take(Vault::create(kept.isEmpty() ? path : kept, passphrase, fastKdf()), QStringLiteral("dossier maken"));
        const double genMs = generateEntries(*vault, actor, gen, batchSize);
        std::fprintf(stderr, "inzage_bench: %s entries generated in %s\n", qPrintable(thousands(total)),
                     qPrintable(fmtMs(genMs)));
    }
    ParentCopyRequest request;
    request.destination = dir.filePath(QStringLiteral("ouderexemplaar.inzage"));
    request.forPerson.nameOrId = QStringLiteral("moeder 1");
    request.kdf = KdfParams::fastForTests();
    sqlite3_profile(vault->db(), printSlowStatement, nullptr);
    // perf record -D -1 --control fifo:CTL: profile only the copy (INZAGE_PERF_CTL=CTL).
    QFile perfControl(qEnvironmentVariable("INZAGE_PERF_CTL"));
    if (!perfControl.fileName().isEmpty() && perfControl.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        perfControl.write("enable\n");
    const auto start = Clock::now();
    const double cpuBefore = cpuSeconds();
    const ParentCopyReport made = take(ParentCopy::create(*vault, actor, request, bytes("ouder bench wachtwoord")),
                                       QStringLiteral("ouderexemplaar maken"));
    if (perfControl.isOpen())
        perfControl.write("disable\n");
    std::printf("parent copy of %s entries: %s (CPU %.2f s, %s copied, load %.1f)\n", qPrintable(thousands(total)),
                qPrintable(fmtMs(msSince(start))), cpuSeconds() - cpuBefore, qPrintable(thousands(made.entries)),
                loadAverage());
    return 0;
}

// The reviewer's batch audit: many small vaults, every core, time per vault as the folder grows.
void batchRows(Table& table, const QString& folder, const Actor& actor, bool small)
{
    const std::vector<int> sizes = small ? std::vector<int> {20, 100} : std::vector<int> {100, 1000};
    const int jobs = int(std::max(1u, std::thread::hardware_concurrency()));
    const auto times = take(bench::measureBatchAudit(folder, actor, sizes, 20, jobs), QStringLiteral("batch"));
    for (const bench::BatchTimes& t : times)
        table.info(QStringLiteral("audit --batch: %1 vaults of 20 entries, %2 threads (open read-only with the test "
                                  "KDF + AttributionAudit each)")
                       .arg(thousands(t.vaults))
                       .arg(jobs),
                   QStringLiteral("%1 in all, %2 per vault").arg(fmtMs(t.totalMs), fmtMs(t.perVaultMs)));
    if (times.size() == 2 && times[0].perVaultMs > 0)
        table.info(QStringLiteral("audit --batch: time per vault at %1 vaults against %2")
                       .arg(thousands(times[1].vaults), thousands(times[0].vaults)),
                   QStringLiteral("× %1").arg(times[1].perVaultMs / times[0].perVaultMs, 0, 'f', 2));
}

// The streamed TSV import: its time and its peak memory, which must not grow with the file.
void importRows(Table& table, const QString& folder, const Actor& actor, std::int64_t entries)
{
    std::fprintf(stderr, "inzage_bench: streamed import of %s entries\n", qPrintable(thousands(entries)));
    const bench::ImportTimes t = take(bench::measureStreamedImport(folder, actor, entries), QStringLiteral("importeren"));
    table.timed(QStringLiteral("import of a %1-line TSV (%2 MiB), read a line at a time (importTsvFile, one transaction)")
                    .arg(thousands(entries))
                    .arg(t.fileMiB, 0, 'f', 0),
        t.ms, 2000.0 * double(entries) / 10'000, QStringLiteral("%1 entries a second").arg(thousands(std::int64_t(double(entries) / (t.ms / 1000)))));
    if (t.peakMiB < 0)
        table.info(QStringLiteral("that import: peak memory above the resident size before it"),
            QStringLiteral("not measured (/proc/self/clear_refs refused)"));
    else
        table.timedValue(QStringLiteral("that import: peak memory above the resident size before it (VmHWM)"), t.peakMiB, 300,
            QStringLiteral("MiB"));
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool small = args.contains(QStringLiteral("--small"));
    const bool strict = args.contains(QStringLiteral("--strict"));
    const bool plans = args.contains(QStringLiteral("--plans"));
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("usage: inzage_bench [--small] [--strict] [--plans] [--large N] [--only labelling|parent-copy|batch|import]\n"
                    "  --small   10,000 entries instead of 100,000 (what ctest runs)\n"
                    "  --strict  exit 2 when a target is missed\n"
                    "  --plans   also print EXPLAIN QUERY PLAN of the page queries\n"
                    "  --large N the large dossier of the first-page row (default 1,000,000; --small: 10,000)\n"
                    "  --only labelling  only the labelling view's rows (10,000 entries)\n"
                    "  --only parent-copy  only the parent copy, with its slow statements on stderr\n"
                    "  --only batch  only the batch audit (100 and 1,000 small vaults; --small: 20 and 100)\n"
                    "  --only import  only the streamed TSV import, of --large N entries (default 1,000,000)\n");
        return 0;
    }
    if (sodium_init() < 0)
        die(QStringLiteral("libsodium"));

    const std::int64_t total = small ? 10'000 : 100'000;
    const int batchSize = 10'000;
    const int importSize = small ? 1'000 : 10'000;
    const int runs = small ? 5 : 31;
    std::int64_t largeSize = 1'000'000;
    if (const int i = int(args.indexOf(QStringLiteral("--large"))); i >= 0 && i + 1 < args.size())
        largeSize = args.at(i + 1).toLongLong();

    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("tijdelijke map"));
    const QString path = dir.filePath(QStringLiteral("bench.inzage"));
    const SecureBytes passphrase = bytes("correct paard batterij nietje");
    const Actor actor {QStringLiteral("bench"), Role::Professional};
    Table table;

    // The labelling view (10,000 entries, as the issue asks): next entry on screen within a frame.
    const int only = int(args.indexOf(QStringLiteral("--only")));
    const QString onlyRow = only >= 0 && only + 1 < args.size() ? args.at(only + 1) : QString();
    if (only >= 0 && onlyRow != QLatin1String("labelling") && onlyRow != QLatin1String("parent-copy")
        && onlyRow != QLatin1String("batch") && onlyRow != QLatin1String("import"))
        die(QStringLiteral("--only kent alleen 'labelling', 'parent-copy', 'batch' en 'import'"));
    if (onlyRow == QLatin1String("parent-copy"))
        return parentCopyOnly(dir, path, passphrase, actor, total, batchSize);
    if (onlyRow == QLatin1String("import")) {
        importRows(table, dir.path(), actor, small ? 10'000 : largeSize);
        table.print();
        return strict && table.missed ? 2 : 0;
    }
    if (onlyRow == QLatin1String("batch")) {
        batchRows(table, dir.path(), actor, small);
        table.print();
        return 0;
    }
    {
        const int n = 10'000;
        std::fprintf(stderr, "inzage_bench: %s entries for the labelling rows\n", qPrintable(thousands(n)));
        const bench::LabellingTimes t = take(bench::measureLabelling(dir.path(), actor, n, small ? 200 : 1000),
                                             QStringLiteral("labelen"));
        table.info(QStringLiteral("labelling view: open the session on %1 entries (LabelSession::open, hints for the "
                                  "whole document)")
                       .arg(thousands(n)),
                   fmtMs(t.openMs));
        table.timed(QStringLiteral("labelling view: next entry in focus with 2 neighbours each side, hint and warnings "
                                   "(moveTo + focusView), %1 entries")
                        .arg(thousands(n)),
                    t.moveMedianMs, 16, QStringLiteral("median of %1 moves; 99th percentile %2, slowest %3")
                        .arg(t.moves)
                        .arg(fmtMs(t.moveP99Ms), fmtMs(t.moveMaxMs)));
        table.info(QStringLiteral("labelling view: label and move on (one audited revision, synchronous=FULL, + the "
                                  "next focus view)"),
                   QStringLiteral("%1 (median of 11)").arg(fmtMs(t.labelMedianMs)));
        if (!onlyRow.isEmpty()) {
            table.print();
            return strict && table.missed ? 2 : 0;
        }
    }

    std::fprintf(stderr, "inzage_bench: %s entries in %s\n", qPrintable(thousands(total)), qPrintable(dir.path()));

    // 1. Key derivation at the default cost (what every real open and create pays).
    {
        Salt salt;
        randombytes_buf(salt.data(), salt.size());
        const KdfParams moderate = KdfParams::moderate();
        std::vector<double> t;
        for (int i = 0; i < (small ? 1 : 3); ++i) {
            const auto start = Clock::now();
            (void)take(deriveKey(passphrase, salt, moderate), QStringLiteral("sleutelafleiding"));
            t.push_back(msSince(start));
        }
        std::sort(t.begin(), t.end());
        table.info(QStringLiteral("key derivation, Argon2id MODERATE (%1 MiB, %2 ops), default for every vault")
                       .arg(moderate.memBytes() >> 20)
                       .arg(moderate.opsLimit),
                   QStringLiteral("%1 (median of %2; paid once per open, not in the rows below)")
                       .arg(fmtMs(t[t.size() / 2]))
                       .arg(t.size()));
    }

    // 2. Generate the dossier: persons, entries in batches through addAll, answers.
    Generator gen;
    gen.total = total;
    std::int64_t answerCount = 0;
    {
        auto vault = take(Vault::create(path, passphrase, fastKdf()), QStringLiteral("dossier maken"));
        const double genMs = generateEntries(*vault, actor, gen, batchSize);
        // Answers are one transaction each (as a parent sends them): setup only, so no fsync each.
        check(execSql(vault->db(), "PRAGMA synchronous = OFF", {}), QStringLiteral("pragma"));
        Answers answers(*vault, actor);
        // Each a choice the entry's label offers (AnswerChoices), in turn.
        Statement labelOf(vault->db(), "SELECT label FROM entry WHERE id = ?1");
        for (std::int64_t id = 5; id <= total; id += 20) {
            labelOf.reset();
            labelOf.bind(1, id);
            const Label label = labelOf.step() == SQLITE_ROW ? parse<Label>(labelOf.text(0)).value_or(Label::Onbeoordeeld)
                                                             : Label::Onbeoordeeld;
            const auto choices = AnswerChoices::forLabel(label);
            const AnswerKind kind = choices.at(std::size_t(answerCount) % choices.size()).kind;
            (void)take(answers.add(id, kind, QStringLiteral("Dit klopt niet helemaal: %1").arg(id)),
                       QStringLiteral("reactie toevoegen"));
            ++answerCount;
        }
        table.info(QStringLiteral("generate %1 entries (addAll, batches of %2, incl. FTS + audit)")
                       .arg(thousands(total), thousands(batchSize)),
                   QStringLiteral("%1 (%2 persons, then %3 answers)")
                       .arg(fmtMs(genMs))
                       .arg(gen.persons.size())
                       .arg(thousands(answerCount)));
    }

    // 3. Open after key derivation. The file was made with the fastForTests KDF (8 KiB, 1 op),
    //    whose median cost is measured on its own and subtracted.
    {
        auto header = take(VaultHeader::read(path), QStringLiteral("kop lezen"));
        const double kdfMs = medianMs(runs, [&] {
            (void)take(deriveKey(passphrase, header.salt, header.kdf), QStringLiteral("sleutelafleiding"));
        });
        const double openMs = medianMs(std::min(runs, 15), [&] {
            auto v = take(Vault::open(path, passphrase), QStringLiteral("openen"));
        });
        table.timed(QStringLiteral("open a %1-entry vault after key derivation (fastForTests KDF, %2 subtracted)")
                        .arg(thousands(total), fmtMs(kdfMs)),
                    std::max(0.0, openMs - kdfMs), 50);
    }

    auto vault = take(Vault::open(path, passphrase), QStringLiteral("openen"));
    Entries entries(*vault, actor);
    auto pageMs = [&](const EntryFilter& f, int& rows) {
        return medianMs(runs, [&] { rows = int(take(entries.list(f), QStringLiteral("lijst")).size()); });
    };
    int rows = 0;

    // 4. Pages (Entries::list, limit 100, sources of every row included).
    {
        EntryFilter f;
        f.limit = 100;
        const double ms = pageMs(f, rows);
        table.timed(QStringLiteral("first page of 100 entries"), ms, 5, QStringLiteral("%1 rows").arg(rows));
    }
    {
        EntryFilter f;
        f.label = Label::Bron;
        const double ms = pageMs(f, rows);
        table.timed(QStringLiteral("filtered page: label = bron (~25% of entries)"), ms, 5,
                    QStringLiteral("%1 rows").arg(rows));
    }
    {
        EntryFilter f;
        f.afterPosition = total * 9 / 10;
        const double ms = pageMs(f, rows);
        table.timed(QStringLiteral("page deep in the file (afterPosition = %1)").arg(thousands(f.afterPosition)), ms, 5,
                    QStringLiteral("%1 rows").arg(rows));
    }
    {
        EntryFilter f;
        f.label = Label::Bron;
        f.afterPosition = total * 9 / 10;
        const double ms = pageMs(f, rows);
        table.timed(QStringLiteral("filtered page deep in the file (bron, afterPosition = %1)")
                        .arg(thousands(f.afterPosition)),
                    ms, 5, QStringLiteral("%1 rows").arg(rows));
    }
    {
        EntryFilter f;
        f.spokenTo = gen.persons[10];
        const double ms = pageMs(f, rows);
        table.timed(QStringLiteral("filtered page: spoken to one person"), ms, 5,
                    QStringLiteral("%1 rows").arg(rows));
    }

    // 5. Search (FTS4 over folded text, prefix match, first page of hits).
    {
        EntryFilter f;
        f.search = kCommonWord;
        const double ms = pageMs(f, rows);
        const auto counts = take(entries.counts(f), QStringLiteral("tellen"));
        table.timed(QStringLiteral("search a word in ~1% of entries (\"%1\")").arg(kCommonWord), ms, 20,
                    QStringLiteral("first %1 of %2 hits").arg(rows).arg(thousands(counts.total())));
    }
    {
        EntryFilter f;
        f.search = kRareWord;
        const double ms = pageMs(f, rows);
        table.timed(QStringLiteral("search a rare word (\"%1\")").arg(kRareWord), ms, 20,
                    QStringLiteral("%1 hit").arg(rows));
    }
    {
        EntryFilter f;
        f.search = kCommonWord;
        f.label = Label::Bron;
        const double ms = pageMs(f, rows);
        table.timed(QStringLiteral("search ~1% word within label = bron"), ms, 20, QStringLiteral("%1 rows").arg(rows));
    }
    {
        EntryFilter f;
        f.search = QStringLiteral("moeder");
        const double ms = pageMs(f, rows);
        table.timed(QStringLiteral("search a frequent word (\"moeder\", ~40% of entries)"), ms, 20,
                    QStringLiteral("%1 rows").arg(rows));
    }
    {
        EntryFilter f;
        LabelCounts c;
        const double ms = medianMs(std::max(3, runs / 4), [&] { c = take(entries.counts(f), QStringLiteral("tellen")); });
        table.info(QStringLiteral("label counts over the whole file (Entries::counts)"),
                   QStringLiteral("%1 (feit %2, mening %3, bron %4, onbeoordeeld %5)")
                       .arg(fmtMs(ms), thousands(c.feit), thousands(c.mening), thousands(c.bron),
                            thousands(c.onbeoordeeld)));
    }

    // 6. Audit verify of the whole chain (every entry, person and answer wrote one row).
    {
        AuditVerdict v;
        const double ms = medianMs(small ? 1 : 3, [&] {
            v = take(AuditChain::verify(vault->db()), QStringLiteral("logboek controleren"));
        });
        if (!v.intact)
            die(QStringLiteral("logboek niet intact: %1").arg(v.problem));
        table.timed(QStringLiteral("audit verify of %1 rows").arg(thousands(v.rows)), ms, 1000 * double(v.rows) / 100'000.0,
                    QStringLiteral("intact"));
    }

    // 6b. A parent copy of the whole dossier for one parent (ATTACH … KEY + INSERT … SELECT).
    {
        ParentCopyRequest request;
        request.destination = dir.filePath(QStringLiteral("ouderexemplaar.inzage"));
        request.forPerson.nameOrId = QStringLiteral("moeder 1");
        request.kdf = KdfParams::fastForTests();
        const SecureBytes parentPassphrase = bytes("ouder bench wachtwoord");
        const auto start = Clock::now();
        const double cpuBefore = cpuSeconds();
        const ParentCopyReport made = take(
            ParentCopy::create(*vault, actor, request, parentPassphrase), QStringLiteral("ouderexemplaar maken"));
        const double ms = msSince(start);
        const double cpu = cpuSeconds() - cpuBefore;
        table.timed(QStringLiteral("parent copy of %1 entries (ParentCopy::create, one run)").arg(thousands(total)), ms,
            5000.0 * double(total) / 100'000,
            QStringLiteral("%1 copied, %2 left out, %3 answers; CPU %4 s, load %5")
                .arg(thousands(made.entries), thousands(made.leftOut), thousands(made.answers))
                .arg(cpu, 0, 'f', 2)
                .arg(loadAverage(), 0, 'f', 1));
        auto copy = take(Vault::open(request.destination, parentPassphrase), QStringLiteral("ouderexemplaar openen"));
        Entries parentEntries(*copy, actor);
        LabelCounts c;
        const double countsMs = medianMs(
            std::max(3, runs / 4), [&] { c = take(parentEntries.counts(EntryFilter {}), QStringLiteral("tellen")); });
        table.info(QStringLiteral("label counts in that parent copy (Entries::counts)"),
            QStringLiteral("%1 (total %2)").arg(fmtMs(countsMs), thousands(c.total())));
        copy.reset();
        // 6b'. The real app on that copy: its whole peak memory with the first page on screen.
        const bench::AppRun appRun = take(bench::measureAppMemory(QStringLiteral(INZAGE_APP_BINARY), request.destination,
                                           QByteArrayLiteral("ouder bench wachtwoord"), dir.path()),
            QStringLiteral("app starten"));
        table.timedValue(QStringLiteral("the app (inzage, offscreen) with this %1-entry parent copy open, first page shown: "
                                        "peak resident memory of the whole process")
                             .arg(thousands(c.total())),
            appRun.peakMiB, 300, QStringLiteral("MiB"));
        table.info(QStringLiteral("that app run, start to exit (key derivation, first page, 1.2 s screenshot wait)"),
            fmtMs(appRun.wallMs));
    }

    // 6c. Export of the whole dossier as JSON to a file, with the peak memory it takes.
    {
        const QString out = dir.filePath(QStringLiteral("export.json"));
        const std::int64_t rssBefore = bench::procStatusKiB("VmRSS");
        const bool peakReset = bench::resetPeakMemory();
        const auto start = Clock::now();
        {
            QFile f(out);
            if (!f.open(QIODevice::WriteOnly))
                die(QStringLiteral("exportbestand"));
            check(writeDossierJson(*vault, f), QStringLiteral("exporteren"));
        }
        const double ms = msSince(start);
        const std::int64_t peak = bench::procStatusKiB("VmHWM");
        const double mib = peakReset && peak >= 0 ? double(peak - rssBefore) / 1024.0 : -1;
        table.timed(QStringLiteral("export --json of %1 entries to a file (writeDossierJson)").arg(thousands(total)),
            ms, 5000.0 * double(total) / 100'000,
            QStringLiteral("%1 MiB written").arg(double(QFile(out).size()) / 1048576.0, 0, 'f', 0));
        if (mib < 0)
            table.info(QStringLiteral("export: peak memory above the resident size before it"),
                QStringLiteral("not measured (/proc/self/clear_refs refused)"));
        else
            table.timedValue(QStringLiteral("export: peak memory above the resident size before it (VmHWM)"), mib, 100,
                QStringLiteral("MiB"));
        QFile::remove(out);
    }

    // 7. Import into the full dossier, one addAll transaction, synchronous = FULL as in real use.
    {
        std::vector<EntryContent> batch;
        batch.reserve(std::size_t(importSize));
        for (int i = 0; i < importSize; ++i)
            batch.push_back(gen.entry(total + i));
        const auto start = Clock::now();
        const auto ids = take(entries.addAll(batch, QStringLiteral("import")), QStringLiteral("importeren"));
        const double ms = msSince(start);
        table.timed(QStringLiteral("import of %1 entries (Entries::addAll, one transaction)").arg(thousands(importSize)), ms,
                    2000.0 * importSize / 10'000, QStringLiteral("%1 added").arg(thousands(std::int64_t(ids.size()))));
    }

    // 7a. The streamed TSV import into a new vault (1,000,000 with --only import).
    importRows(table, dir.path(), actor, total);

    if (plans) {
        std::printf("\nEXPLAIN QUERY PLAN (vault):\n");
        // The page-id queries Entries::list runs (its outer query fetches just those ids by rowid).
        // Filters test entry's own copies of label and visible_to_parent, so none reads a revision.
        const QByteArray head = "SELECT e.id FROM entry e ";
        const QByteArray tail = " ORDER BY e.position LIMIT 100";
        explain(vault->db(), head + "WHERE 1" + tail);
        explain(vault->db(), head + "WHERE 1 AND e.label = 'bron'" + tail);
        explain(vault->db(), head + "WHERE 1 AND e.position > 90000" + tail);
        explain(vault->db(), head
                                 + "WHERE 1 AND e.visible_to_parent = 1 AND e.current_revision_id IN "
                                   "(SELECT revision_id FROM spoken_to WHERE person_id = 11)"
                                 + tail);
        // Few hits: all of them, sorted. Many hits: a window of positions at a time, then the
        // window's hits by docid range.
        explain(vault->db(), head
                                 + "WHERE 1 AND e.id IN (SELECT docid FROM entry_search WHERE entry_search MATCH "
                                   "'schoolverzuim*')"
                                 + tail);
        explain(vault->db(), head + "WHERE 1 AND e.position > 0 AND e.position <= 512 ORDER BY e.position");
        explain(vault->db(), "SELECT docid FROM entry_search WHERE entry_search MATCH 'moeder*' "
                             "AND docid BETWEEN 1 AND 512");
        std::printf("\n");
    }
    vault.reset();

    // 7b. The first page with its counts must not grow with the file: the same measure on a small
    //     and a large dossier (no answers, which the first page does not depend on).
    {
        const std::int64_t sizes[] = { small ? 1'000 : 10'000, small ? 10'000 : largeSize };
        double firstMs = 0;
        for (const std::int64_t n : sizes) {
            const QString p = dir.filePath(QStringLiteral("first-page-%1.inzage").arg(n));
            Generator g;
            g.total = n;
            {
                auto v = take(Vault::create(p, passphrase, fastKdf()), QStringLiteral("dossier maken"));
                std::fprintf(stderr, "inzage_bench: %s entries for the first-page row\n", qPrintable(thousands(n)));
                (void)generateEntries(*v, actor, g, batchSize);
            }
            LabelCounts c;
            const double ms = firstPageWithCountsMs(p, passphrase, actor, std::min(runs, 15), c);
            if (n == sizes[0])
                firstMs = ms;
            table.timed(QStringLiteral("first page of 100 with label counts, new connection (as inzage-cli list), %1 "
                                       "entries")
                            .arg(thousands(n)),
                ms, n == sizes[0] ? 20 : std::max(20.0, 2 * firstMs),
                QStringLiteral("counted %1").arg(thousands(c.total())));
            for (const char* suffix : { "", "-wal", "-shm" })
                QFile::remove(p + QLatin1String(suffix));
        }
    }

    // 8. Encrypted vs plain: the same raw-SQL workload on a fresh SQLCipher file with a raw key
    //    and on a plain file (SQLCipher without a key is plain SQLite), same schema and pragmas.
    {
        Generator g2;
        g2.total = total;
        for (int i = 1; i <= int(gen.persons.size()); ++i)
            g2.persons.push_back(i);
        std::vector<std::vector<EntryContent>> batches;
        for (std::int64_t done = 0; done < total; done += batchSize) {
            batches.emplace_back();
            for (std::int64_t i = done; i < std::min<std::int64_t>(total, done + batchSize); ++i)
                batches.back().push_back(g2.entry(i));
        }
        const int personCount = int(gen.persons.size());
        const RawTimes enc = rawWorkload(dir.filePath(QStringLiteral("raw-encrypted.db")), true, batches, personCount,
                                         total, runs);
        const RawTimes plain = rawWorkload(dir.filePath(QStringLiteral("raw-plain.db")), false, batches, personCount,
                                           total, runs);
        const QString prefix = QStringLiteral("encrypted vs plain (raw SQL, %1 entries): ").arg(thousands(total));
        table.info(prefix + QStringLiteral("insert %1 entries, one transaction (median batch)").arg(thousands(batchSize)),
                   sideBySide(enc.insertBatch, plain.insertBatch));
        table.info(prefix + QStringLiteral("first page of 100"), sideBySide(enc.firstPage, plain.firstPage));
        table.info(prefix + QStringLiteral("page label = bron"), sideBySide(enc.bronPage, plain.bronPage));
        table.info(prefix + QStringLiteral("deep page"), sideBySide(enc.deepPage, plain.deepPage));
        table.info(prefix + QStringLiteral("search ~1% word"), sideBySide(enc.search, plain.search));
        table.info(prefix + QStringLiteral("count by label, whole file"), sideBySide(enc.count, plain.count));
    }

    // 9. The reviewer's batch audit: many small vaults, every core, time per vault as the folder grows.
    batchRows(table, dir.path(), actor, small);

    table.print();
    std::printf("\nNotes: %s run, %s entries, ~%d persons, %s answers; times are medians of %d runs after a "
                "warm-up (import: one run; audit verify: median of %d).\n"
                "Open: median of Vault::open on a vault made with the fastForTests KDF, minus the median cost of "
                "that KDF alone; it covers header, key, first decrypted read, WAL, schema check and meta.\n"
                "Encrypted vs plain: same statements on both files; both use the page size of a new vault (4096 "
                "bytes, header format 2) so only the encryption differs.\n",
                small ? "small (--small; targets are for the full run)" : "full", qPrintable(thousands(total)),
                int(gen.persons.size()), qPrintable(thousands(answerCount)), runs, small ? 1 : 3);
    if (table.missed)
        std::printf("Missed targets: %d%s\n", table.missed, strict ? "" : " (not an error without --strict)");
    return strict && table.missed ? 2 : 0;
}
