#include "FaultSupport.h"

#include "audit/AuditChain.h"
#include "audit/EntryCheck.h"
#include "vault/Sql.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <sodium.h>

#include <mutex>

namespace inzage::faults {

std::unique_ptr<Vault> createVault(const QString& path)
{
    Vault::CreateOptions o;
    o.kdf = KdfParams::fastForTests();
    auto r = Vault::create(path, pass(kPassphrase), o);
    INFO(r.message().toStdString());
    REQUIRE(r.isOk());
    return std::move(r.value());
}

std::unique_ptr<Vault> openVault(const QString& path)
{
    auto r = Vault::open(path, pass(kPassphrase));
    INFO(r.message().toStdString());
    REQUIRE(r.isOk());
    return std::move(r.value());
}

EntryContent entryText(const QString& text)
{
    EntryContent c;
    c.text = text;
    c.section = QStringLiteral("Gesprekken");
    c.eventDate = QStringLiteral("2024-03-01");
    return c;
}

std::int64_t countRows(sqlite3* db, const char* sql)
{
    Statement st(db, sql);
    INFO(sql);
    REQUIRE(st.step() == SQLITE_ROW);
    return st.integer(0);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writePrivateFile(const QString& path, const QByteArray& bytes)
{
    REQUIRE(createPrivateFile(path).isOk());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

std::unique_ptr<Vault> openWhole(const QString& path, const char* passphrase)
{
    auto r = Vault::open(path, pass(passphrase));
    INFO("open " << path.toStdString() << ": " << r.message().toStdString());
    REQUIRE(r.isOk());
    std::unique_ptr<Vault> v = std::move(*r);
    const Status integrity = v->checkIntegrity();
    INFO(integrity.message().toStdString());
    REQUIRE(integrity.isOk());
    auto chain = AuditChain::verify(v->db());
    REQUIRE(chain.isOk());
    INFO(chain->problem.toStdString());
    REQUIRE(chain->intact);
    auto entries = EntryCheck::run(*v);
    REQUIRE(entries.isOk());
    INFO(entries->problem.toStdString());
    REQUIRE(entries->intact);
    REQUIRE(countRows(v->db(), "SELECT count(*) FROM entry WHERE current_revision_id IS NULL "
                               "OR current_revision_id NOT IN (SELECT id FROM entry_revision)") == 0);
    REQUIRE(countRows(v->db(), "SELECT count(*) FROM entry_search") == countRows(v->db(), "SELECT count(*) FROM entry"));
    return v;
}

QByteArray randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out += alphabet[randombytes_uniform(sizeof(alphabet) - 1)];
    return out;
}

// ---------------------------------------------------------------------------------------------
// The wrapper VFS.

namespace {

VfsStats g_stats;
std::mutex g_needleMutex;
QByteArray g_needle; // lower case
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
bool g_active = false;

struct WrapFile {
    sqlite3_file base;
    sqlite3_file* real; // points just behind this struct, inside the same allocation
    int flags;
};

sqlite3_file* realOf(sqlite3_file* f) { return reinterpret_cast<WrapFile*>(f)->real; }

bool containsNeedle(const void* data, int amt)
{
    std::lock_guard<std::mutex> lock(g_needleMutex);
    if (g_needle.isEmpty() || amt < g_needle.size())
        return false;
    // ASCII case-insensitive: the search index stores folded (lower-case) text.
    const QByteArray chunk = QByteArray::fromRawData(static_cast<const char*>(data), amt).toLower();
    return chunk.contains(g_needle);
}

int wClose(sqlite3_file* f)
{
    sqlite3_file* r = realOf(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}
bool injectNow(std::atomic<std::int64_t>& counter, const std::atomic<std::int64_t>& failAt)
{
    const std::int64_t n = ++counter;
    if (n != failAt.load())
        return false;
    ++g_stats.injected;
    return true;
}
int wRead(sqlite3_file* f, void* p, int amt, sqlite3_int64 off)
{
    if (injectNow(g_stats.reads, g_stats.failReadAt))
        return SQLITE_IOERR_READ;
    return realOf(f)->pMethods->xRead(realOf(f), p, amt, off);
}
int wWrite(sqlite3_file* f, const void* p, int amt, sqlite3_int64 off)
{
    if (injectNow(g_stats.writes, g_stats.failWriteAt))
        return SQLITE_IOERR_WRITE;
    if (containsNeedle(p, amt)) {
        ++g_stats.canaryHits;
        g_stats.canaryHitFlags = reinterpret_cast<WrapFile*>(f)->flags;
    }
    const std::int64_t budget = g_stats.writeBudget.load();
    if (budget >= 0 && g_stats.bytesWritten.load() + amt > budget) {
        ++g_stats.fullErrors;
        return SQLITE_FULL;
    }
    const int rc = realOf(f)->pMethods->xWrite(realOf(f), p, amt, off);
    if (rc == SQLITE_OK)
        g_stats.bytesWritten += amt;
    return rc;
}
int wTruncate(sqlite3_file* f, sqlite3_int64 size) { return realOf(f)->pMethods->xTruncate(realOf(f), size); }
int wSync(sqlite3_file* f, int flags)
{
    if (injectNow(g_stats.syncs, g_stats.failSyncAt))
        return SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int wFileSize(sqlite3_file* f, sqlite3_int64* size) { return realOf(f)->pMethods->xFileSize(realOf(f), size); }
int wLock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xLock(realOf(f), l); }
int wUnlock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xUnlock(realOf(f), l); }
int wCheckReserved(sqlite3_file* f, int* out) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out); }
int wFileControl(sqlite3_file* f, int op, void* arg) { return realOf(f)->pMethods->xFileControl(realOf(f), op, arg); }
int wSectorSize(sqlite3_file* f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int wDeviceChar(sqlite3_file* f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }
int wShmMap(sqlite3_file* f, int pg, int pgsz, int extend, void volatile** pp)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), pg, pgsz, extend, pp);
}
int wShmLock(sqlite3_file* f, int offset, int n, int flags) { return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags); }
void wShmBarrier(sqlite3_file* f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); }
int wShmUnmap(sqlite3_file* f, int del) { return realOf(f)->pMethods->xShmUnmap(realOf(f), del); }
int wFetch(sqlite3_file* f, sqlite3_int64 off, int amt, void** pp) { return realOf(f)->pMethods->xFetch(realOf(f), off, amt, pp); }
int wUnfetch(sqlite3_file* f, sqlite3_int64 off, void* p) { return realOf(f)->pMethods->xUnfetch(realOf(f), off, p); }

const sqlite3_io_methods g_methods = {
    3, wClose, wRead, wWrite, wTruncate, wSync, wFileSize, wLock, wUnlock, wCheckReserved, wFileControl,
    wSectorSize, wDeviceChar, wShmMap, wShmLock, wShmBarrier, wShmUnmap, wFetch, wUnfetch,
};

int vOpen(sqlite3_vfs*, const char* name, sqlite3_file* f, int flags, int* outFlags)
{
    auto* w = reinterpret_cast<WrapFile*>(f);
    w->real = reinterpret_cast<sqlite3_file*>(w + 1);
    w->flags = flags;
    w->base.pMethods = nullptr;
    if (flags & (SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL | SQLITE_OPEN_TRANSIENT_DB)
        || name == nullptr)
        ++g_stats.tempOpens;
    const int rc = g_real->xOpen(g_real, name, w->real, flags, outFlags);
    if (w->real->pMethods) {
        // Our wrapper needs the v3 methods (WAL shared memory, mmap) of the unix VFS.
        if (w->real->pMethods->iVersion < 3) {
            w->real->pMethods->xClose(w->real);
            return SQLITE_CANTOPEN;
        }
        w->base.pMethods = &g_methods;
    }
    return rc;
}
int vDelete(sqlite3_vfs*, const char* name, int syncDir) { return g_real->xDelete(g_real, name, syncDir); }
int vAccess(sqlite3_vfs*, const char* name, int flags, int* out) { return g_real->xAccess(g_real, name, flags, out); }
int vFullPathname(sqlite3_vfs*, const char* name, int n, char* out) { return g_real->xFullPathname(g_real, name, n, out); }
void* vDlOpen(sqlite3_vfs*, const char* name) { return g_real->xDlOpen(g_real, name); }
void vDlError(sqlite3_vfs*, int n, char* msg) { g_real->xDlError(g_real, n, msg); }
void (*vDlSym(sqlite3_vfs*, void* h, const char* sym))(void) { return g_real->xDlSym(g_real, h, sym); }
void vDlClose(sqlite3_vfs*, void* h) { g_real->xDlClose(g_real, h); }
int vRandomness(sqlite3_vfs*, int n, char* out) { return g_real->xRandomness(g_real, n, out); }
int vSleep(sqlite3_vfs*, int us) { return g_real->xSleep(g_real, us); }
int vCurrentTime(sqlite3_vfs*, double* out) { return g_real->xCurrentTime(g_real, out); }
int vGetLastError(sqlite3_vfs*, int n, char* out) { return g_real->xGetLastError ? g_real->xGetLastError(g_real, n, out) : 0; }
int vCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) { return g_real->xCurrentTimeInt64(g_real, out); }

} // namespace

VfsScope::VfsScope()
{
    REQUIRE(!g_active);
    g_real = sqlite3_vfs_find(nullptr);
    REQUIRE(g_real != nullptr);
    REQUIRE(g_real->iVersion >= 2);
    g_vfs = sqlite3_vfs {};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(WrapFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "inzage-test-vfs";
    g_vfs.xOpen = vOpen;
    g_vfs.xDelete = vDelete;
    g_vfs.xAccess = vAccess;
    g_vfs.xFullPathname = vFullPathname;
    g_vfs.xDlOpen = vDlOpen;
    g_vfs.xDlError = vDlError;
    g_vfs.xDlSym = vDlSym;
    g_vfs.xDlClose = vDlClose;
    g_vfs.xRandomness = vRandomness;
    g_vfs.xSleep = vSleep;
    g_vfs.xCurrentTime = vCurrentTime;
    g_vfs.xGetLastError = vGetLastError;
    g_vfs.xCurrentTimeInt64 = vCurrentTimeInt64;
    g_stats.bytesWritten = 0;
    g_stats.writeBudget = -1;
    g_stats.fullErrors = 0;
    g_stats.tempOpens = 0;
    g_stats.canaryHits = 0;
    g_stats.canaryHitFlags = 0;
    g_stats.reads = 0;
    g_stats.writes = 0;
    g_stats.syncs = 0;
    g_stats.failReadAt = 0;
    g_stats.failWriteAt = 0;
    g_stats.failSyncAt = 0;
    g_stats.injected = 0;
    REQUIRE(sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK);
    REQUIRE(sqlite3_vfs_find(nullptr) == &g_vfs);
    g_active = true;
}

VfsScope::~VfsScope()
{
    // Every connection through the wrapper must be closed by now (declare the scope first).
    sqlite3_vfs_unregister(&g_vfs);
    sqlite3_vfs_register(g_real, 1);
    {
        std::lock_guard<std::mutex> lock(g_needleMutex);
        g_needle.clear();
    }
    g_active = false;
}

VfsStats& VfsScope::stats() { return g_stats; }

void VfsScope::failWritesAfter(std::int64_t bytes) { g_stats.writeBudget = g_stats.bytesWritten.load() + bytes; }

void VfsScope::failNth(IoOp op, std::int64_t n)
{
    switch (op) {
    case IoOp::Read: g_stats.failReadAt = g_stats.reads.load() + n; break;
    case IoOp::Write: g_stats.failWriteAt = g_stats.writes.load() + n; break;
    case IoOp::Sync: g_stats.failSyncAt = g_stats.syncs.load() + n; break;
    }
}

void VfsScope::unlimited() { g_stats.writeBudget = -1; }

void VfsScope::watchFor(const QByteArray& needle)
{
    std::lock_guard<std::mutex> lock(g_needleMutex);
    g_needle = needle.toLower();
}

} // namespace inzage::faults
