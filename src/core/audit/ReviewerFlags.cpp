#include "audit/ReviewerFlags.h"

#include "audit/AuditChain.h"
#include "audit/Checkpoint.h"
#include "audit/KeyedLines.h"
#include "audit/ReportRecords.h"
#include "dossier/Access.h"
#include "dossier/Entries.h"
#include "exchange/SealedFile.h"
#include "vault/InputFile.h"
#include "vault/NewFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inzage {

namespace {

constexpr const char* kMagic = "INZAGE-VLAGGEN";
constexpr const char* kKeyCheckContext = "inzage-vlaggen-sleutelcontrole-v1";
constexpr auto kNonce = qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
constexpr auto kTag = qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES);

void appendField(QByteArray& out, const QByteArray& field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
    out += '\n';
}

QByteArray keyCheck(const SecureBytes& key)
{
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(kKeyCheckContext),
        std::strlen(kKeyCheckContext), key.data(), key.size());
    return QByteArray(reinterpret_cast<const char*>(out), sizeof out);
}

QByteArray saltBytes(const Salt& salt)
{
    return QByteArray(reinterpret_cast<const char*>(salt.data()), int(salt.size()));
}

// The folder of the flag file, locked for as long as this lives: two reviewers flagging at once
// take turns instead of one losing the other's flag.
class FolderLock {
public:
    explicit FolderLock(const QString& file)
        : m_fd(
            ::open(QFile::encodeName(QFileInfo(file).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
    {
        m_locked = m_fd >= 0 && ::flock(m_fd, LOCK_EX) == 0;
    }
    ~FolderLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    bool locked() const { return m_locked; }
    void syncFolder() const { (void)::fsync(m_fd); }

private:
    int m_fd;
    bool m_locked = false;
};

// Writes bytes into a new file beside path and renames it over path (atomic replace).
Status replaceFile(const QString& path, const QByteArray& data, const FolderLock& lock)
{
    auto temp = NewFile::createBeside(path + QStringLiteral(".nieuw"));
    if (!temp)
        return temp.status();
    const int fd = ::open(QFile::encodeName(*temp).constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    bool ok = fd >= 0;
    qsizetype done = 0;
    while (ok && done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, std::size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            done += n;
    }
    const int savedErrno = errno;
    if (ok)
        ok = ::fsync(fd) == 0;
    if (fd >= 0 && ::close(fd) != 0)
        ok = false;
    if (ok && ::rename(QFile::encodeName(*temp).constData(), QFile::encodeName(path).constData()) != 0)
        ok = false;
    if (!ok) {
        NewFile::discard(*temp);
        return Status(ErrorCode::Io,
            ReviewerFlags::tr("Het vlaggenbestand %1 kon niet worden geschreven: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(savedErrno ? savedErrno : errno))));
    }
    lock.syncFolder();
    return Status::ok();
}

QJsonObject toJson(const ReviewerFlags::Event& e)
{
    return { { QStringLiteral("seq"), qint64(e.seq) }, { QStringLiteral("ts"), e.ts }, { QStringLiteral("by"), e.by },
        { QStringLiteral("action"), e.action }, { QStringLiteral("flag"), e.flag },
        { QStringLiteral("entry"), qint64(e.entry) }, { QStringLiteral("note"), e.note },
        { QStringLiteral("dossier_rows"), qint64(e.dossierRows) }, { QStringLiteral("dossier_head"), e.dossierHead },
        { QStringLiteral("prev"), QString::fromLatin1(e.prev.toHex()) },
        { QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex()) } };
}

ReviewerFlags::Event eventFrom(const QJsonObject& o)
{
    ReviewerFlags::Event e;
    e.seq = o.value(QStringLiteral("seq")).toInteger(-1);
    e.ts = o.value(QStringLiteral("ts")).toString();
    e.by = o.value(QStringLiteral("by")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.flag = o.value(QStringLiteral("flag")).toInt(-1);
    e.entry = o.value(QStringLiteral("entry")).toInteger(-1);
    e.note = o.value(QStringLiteral("note")).toString();
    e.dossierRows = o.value(QStringLiteral("dossier_rows")).toInteger(-1);
    e.dossierHead = o.value(QStringLiteral("dossier_head")).toString();
    e.prev = KeyedLines::fromHex(o.value(QStringLiteral("prev")).toString().toLatin1(), 32);
    e.hash = KeyedLines::fromHex(o.value(QStringLiteral("hash")).toString().toLatin1(), 32);
    return e;
}

} // namespace

QByteArray ReviewerFlags::Event::canonical() const
{
    QByteArray out("inzage-vlag-v1\n");
    appendField(out, QByteArray::number(qint64(seq)));
    appendField(out, ts.toUtf8());
    appendField(out, by.toUtf8());
    appendField(out, action.toUtf8());
    appendField(out, QByteArray::number(flag));
    appendField(out, QByteArray::number(qint64(entry)));
    appendField(out, note.toUtf8());
    appendField(out, QByteArray::number(qint64(dossierRows)));
    appendField(out, dossierHead.toUtf8());
    return out;
}

QString ReviewerFlags::defaultPath(const QString& vaultPath)
{
    return vaultPath + QStringLiteral(".vlaggen");
}

bool ReviewerFlags::exists(const QString& path)
{
    struct stat st { };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

Result<ReviewerFlags> ReviewerFlags::create(
    Vault& vault, const QString& path, const SecureBytes& passphrase, const KdfParams& kdf)
{
    if (exists(path))
        return NewFile::exists(path);
    if (passphrase.isEmpty())
        return Status(ErrorCode::Usage, tr("Een leeg wachtwoord is niet toegestaan."));
    auto uid = Checkpoints::dossierUid(vault);
    if (!uid)
        return uid.status();
    ReviewerFlags f(vault, path);
    f.m_dossierUid = *uid;
    f.m_kdf = kdf;
    randombytes_buf(f.m_salt.data(), f.m_salt.size());
    auto key = deriveKey(passphrase, f.m_salt, kdf);
    if (!key)
        return key.status();
    f.m_key = std::move(*key);
    return f;
}

Result<ReviewerFlags> ReviewerFlags::open(Vault& vault, const QString& path, const SecureBytes& passphrase)
{
    auto bytes = InputFile::read(path, kMaxFileSize);
    if (!bytes)
        return bytes.status();
    const QString what = tr("vlaggenbestand");
    const qsizetype end = bytes->indexOf("\n\n");
    if (end < 0)
        return Status(ErrorCode::InvalidInput, tr("%1 is geen vlaggenbestand van Inzage.").arg(path));
    const QByteArray headerText = bytes->left(end + 1);
    auto lines = KeyedLines::parse(
        headerText, kMagic, kFormat, { { "dossier" }, { "kdf" }, { "zout" }, { "sleutelcontrole" } }, what);
    if (!lines)
        return lines.status();
    ReviewerFlags f(vault, path);
    f.m_dossierUid = QString::fromUtf8(lines->value("dossier"));
    auto uid = Checkpoints::dossierUid(vault);
    if (!uid)
        return uid.status();
    if (*uid != f.m_dossierUid)
        return Status(ErrorCode::InvalidInput,
            tr("Het vlaggenbestand %1 hoort bij een ander dossier (%2), niet bij dit (%3).")
                .arg(path, f.m_dossierUid, *uid));
    const QList<QByteArray> cost = lines->value("kdf").split(' ');
    bool okOps = false, okMem = false;
    const int ops = cost.size() == 2 ? cost[0].toInt(&okOps) : 0;
    const int mem = cost.size() == 2 ? cost[1].toInt(&okMem) : 0;
    f.m_kdf.opsLimit = std::uint8_t(std::clamp(ops, 0, 255));
    f.m_kdf.memLog2KiB = std::uint8_t(std::clamp(mem, 0, 255));
    const QByteArray salt = KeyedLines::fromHex(lines->value("zout"), kSaltBytes);
    const QByteArray check = KeyedLines::fromHex(lines->value("sleutelcontrole"), 16);
    if (!okOps || !okMem || ops != f.m_kdf.opsLimit || mem != f.m_kdf.memLog2KiB || !f.m_kdf.isValid() || salt.isEmpty()
        || check.isEmpty())
        return Status(ErrorCode::Damaged, tr("De kop van het vlaggenbestand %1 is beschadigd.").arg(path));
    std::memcpy(f.m_salt.data(), salt.constData(), f.m_salt.size());
    auto key = deriveKey(passphrase, f.m_salt, f.m_kdf);
    if (!key)
        return key.status();
    f.m_key = std::move(*key);
    if (keyCheck(f.m_key) != check)
        return Status(ErrorCode::WrongPassphrase, tr("Het wachtwoord van het vlaggenbestand %1 klopt niet.").arg(path));

    const QByteArray sealed = bytes->mid(end + 2);
    const QByteArray ad = bytes->left(end + 2);
    auto changed = [&](const QString& why) {
        return Status(ErrorCode::Damaged, tr("Het vlaggenbestand %1 is veranderd: %2").arg(path, why));
    };
    if (sealed.size() < kNonce + kTag)
        return changed(tr("het is ingekort."));
    QByteArray plain(sealed.size() - kNonce - kTag, '\0');
    unsigned long long plainLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &plainLen, nullptr,
            reinterpret_cast<const unsigned char*>(sealed.constData()) + kNonce, std::size_t(sealed.size() - kNonce),
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()),
            reinterpret_cast<const unsigned char*>(sealed.constData()), f.m_key.data())
        != 0)
        return changed(tr("de inhoud klopt niet meer met de verzegeling."));
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(plain, &pe);
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return changed(tr("de inhoud is geen lijst van vlaggen."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != kFormat
        || root.value(QStringLiteral("dossier")).toString() != f.m_dossierUid)
        return changed(tr("de inhoud hoort niet bij de kop."));
    QByteArray prev(32, '\0');
    for (const QJsonValue& v : root.value(QStringLiteral("events")).toArray()) {
        const Event e = eventFrom(v.toObject());
        const std::int64_t expected = std::int64_t(f.m_events.size()) + 1;
        if (e.seq != expected || e.prev != prev || e.hash != AuditChain::hash(prev, e.canonical()))
            return changed(tr("gebeurtenis %1 sluit niet aan of is achteraf gewijzigd.").arg(expected));
        if (Status s = f.apply(e); !s)
            return changed(s.message());
        f.m_events.push_back(e);
        prev = e.hash;
    }
    f.m_onDisk = *bytes;
    return f;
}

std::vector<ReviewerFlag> ReviewerFlags::openFlags() const
{
    std::vector<ReviewerFlag> out;
    for (const ReviewerFlag& f : m_flags)
        if (f.open)
            out.push_back(f);
    return out;
}

QString ReviewerFlags::head() const
{
    return QString::fromLatin1((m_events.empty() ? QByteArray(32, '\0') : m_events.back().hash).toHex());
}

Status ReviewerFlags::checkNote(const QString& note)
{
    if (note.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput, tr("Een vlag opent en sluit alleen met een notitie; die is leeg."));
    if (note.size() > kMaxNoteLength)
        return Status(ErrorCode::InvalidInput,
            tr("De notitie bij de vlag is langer dan %1 tekens; korter, of verwijs naar een document.")
                .arg(kMaxNoteLength));
    return Status::ok();
}

Status ReviewerFlags::apply(const Event& e)
{
    if (Status s = checkNote(e.note); !s)
        return Status(ErrorCode::Damaged, tr("gebeurtenis %1 heeft geen notitie.").arg(e.seq));
    if (e.action == QLatin1String("open")) {
        if (e.flag != int(m_flags.size()) + 1 || e.entry <= 0)
            return Status(
                ErrorCode::Damaged, tr("gebeurtenis %1 opent vlag %2 niet op zijn beurt.").arg(e.seq).arg(e.flag));
        ReviewerFlag f;
        f.number = e.flag;
        f.entry = e.entry;
        f.openedAt = e.ts;
        f.openedBy = e.by;
        f.note = e.note;
        f.dossierRows = e.dossierRows;
        f.dossierHead = e.dossierHead;
        m_flags.push_back(f);
        return Status::ok();
    }
    if (e.action == QLatin1String("close")) {
        if (e.flag < 1 || e.flag > int(m_flags.size()) || !m_flags[std::size_t(e.flag - 1)].open)
            return Status(
                ErrorCode::Damaged, tr("gebeurtenis %1 sluit vlag %2, die niet open is.").arg(e.seq).arg(e.flag));
        ReviewerFlag& f = m_flags[std::size_t(e.flag - 1)];
        f.open = false;
        f.closedAt = e.ts;
        f.closedBy = e.by;
        f.closeNote = e.note;
        f.closedAtRows = e.dossierRows;
        f.closedAtHead = e.dossierHead;
        return Status::ok();
    }
    return Status(ErrorCode::Damaged, tr("gebeurtenis %1 is onbekend ('%2').").arg(e.seq).arg(e.action.left(40)));
}

QByteArray ReviewerFlags::header() const
{
    return KeyedLines::header(kMagic, kFormat) + KeyedLines::line("dossier", m_dossierUid.toUtf8())
        + KeyedLines::line("kdf", QByteArray::number(m_kdf.opsLimit) + ' ' + QByteArray::number(m_kdf.memLog2KiB))
        + KeyedLines::line("zout", saltBytes(m_salt).toHex())
        + KeyedLines::line("sleutelcontrole", keyCheck(m_key).toHex()) + '\n';
}

QByteArray ReviewerFlags::seal() const
{
    QJsonArray events;
    for (const Event& e : m_events)
        events.append(toJson(e));
    QByteArray plain = QJsonDocument(
        QJsonObject { { QStringLiteral("format"), kFormat }, { QStringLiteral("dossier"), m_dossierUid },
            { QStringLiteral("events"),
                events } }).toJson(QJsonDocument::Compact);
    const QByteArray ad = header();
    QByteArray sealed(kNonce + plain.size() + kTag, '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, std::size_t(kNonce));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &written,
        reinterpret_cast<const unsigned char*>(plain.constData()), std::size_t(plain.size()),
        reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()), nullptr, nonce, m_key.data());
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    return ad + sealed;
}

Status ReviewerFlags::save()
{
    FolderLock lock(m_path);
    if (!lock.locked())
        return Status(ErrorCode::Io, tr("De map van het vlaggenbestand %1 kan niet worden gebruikt.").arg(m_path));
    // Another reviewer (or program) changed the file since it was read: never write over that.
    const bool there = exists(m_path);
    bool same = !there && m_onDisk.isEmpty();
    if (there && !m_onDisk.isEmpty()) {
        auto now = InputFile::read(m_path, kMaxFileSize);
        same = now && *now == m_onDisk;
    }
    if (!same)
        return Status(ErrorCode::Busy,
            tr("Het vlaggenbestand %1 is intussen door iemand anders veranderd. Er is niets opgeslagen; probeer het "
               "opnieuw.")
                .arg(m_path));
    const QByteArray bytes = seal();
    Status s = m_onDisk.isEmpty() ? writeNewFile(m_path, bytes) : replaceFile(m_path, bytes, lock);
    if (s)
        m_onDisk = bytes;
    return s;
}

Status ReviewerFlags::append(Event e)
{
    auto head = ReportRecords::head(m_vault->db());
    if (!head)
        return head.status();
    e.seq = std::int64_t(m_events.size()) + 1;
    e.dossierRows = head->first;
    e.dossierHead = QString::fromLatin1(head->second.toHex());
    e.prev = m_events.empty() ? QByteArray(32, '\0') : m_events.back().hash;
    e.hash = AuditChain::hash(e.prev, e.canonical());
    const std::vector<ReviewerFlag> flagsBefore = m_flags;
    if (Status s = apply(e); !s)
        return s;
    m_events.push_back(e);
    if (Status s = save(); !s) {
        m_events.pop_back();
        m_flags = flagsBefore;
        return s;
    }
    return Status::ok();
}

Result<ReviewerFlag> ReviewerFlags::flag(Id entry, const QString& note, const QString& by, const QDateTime& now)
{
    if (Status s = checkNote(note); !s)
        return s;
    auto found = Entries(*m_vault, actorNamed(by)).get(entry);
    if (!found)
        return Status(found.code() == ErrorCode::NotFound ? ErrorCode::NotFound : found.code(),
            tr("Notitie %1 staat niet in dit dossier; er is geen vlag gezet.").arg(entry));
    Event e;
    e.ts = now.toUTC().toString(Qt::ISODateWithMs);
    e.by = by;
    e.action = QStringLiteral("open");
    e.flag = int(m_flags.size()) + 1;
    e.entry = entry;
    e.note = note;
    if (Status s = append(e); !s)
        return s;
    return m_flags.back();
}

Result<ReviewerFlag> ReviewerFlags::close(int number, const QString& note, const QString& by, const QDateTime& now)
{
    if (number < 1 || number > int(m_flags.size()))
        return Status(ErrorCode::NotFound, tr("Er is geen vlag %1.").arg(number));
    if (!m_flags[std::size_t(number - 1)].open)
        return Status(ErrorCode::InvalidInput,
            tr("Vlag %1 is al gesloten (%2).").arg(number).arg(m_flags[std::size_t(number - 1)].closedAt.left(10)));
    if (Status s = checkNote(note); !s)
        return s;
    Event e;
    e.ts = now.toUTC().toString(Qt::ISODateWithMs);
    e.by = by;
    e.action = QStringLiteral("close");
    e.flag = number;
    e.note = note;
    if (Status s = append(e); !s)
        return s;
    return m_flags[std::size_t(number - 1)];
}

} // namespace inzage
