#include "exchange/DossierExport.h"

#include "audit/AuditChain.h"
#include "dossier/Answers.h"
#include "dossier/CaseFile.h"
#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "exchange/JsonExport.h"
#include "vault/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace inzage {

namespace {

// The pieces of an indented document, cut from what QJsonDocument prints, so the streamed
// document is the one QJsonDocument would print for the whole object.
class IndentedWriter {
public:
    explicit IndentedWriter(QIODevice& out)
        : m_out(out)
    {
    }

    // `    "key": value` for a member of the top-level object.
    Status member(const QString& key, const QJsonValue& value)
    {
        const QByteArray one = QJsonDocument(QJsonObject { { key, value } }).toJson(QJsonDocument::Indented);
        // "{\n" + member + "\n}\n"
        return separatorThen(one.mid(2, one.size() - 5));
    }

    // `    "key": [` … elements … `    ]`, one element at a time.
    Status beginArray(const QString& key)
    {
        m_elements = 0;
        return separatorThen("    \"" + key.toUtf8() + "\": [");
    }
    Status element(const QJsonObject& value)
    {
        const QByteArray one = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Indented);
        // "[\n" + element at one level + "\n]\n": one level deeper, as inside the top object.
        QByteArray inner = one.mid(2, one.size() - 5);
        inner.replace("\n", "\n    ");
        return write((m_elements++ ? ",\n    " : "\n    ") + inner);
    }
    Status endArray() { return write("\n    ]"); }

    Status begin() { return write("{"); }
    Status end() { return write("\n}\n"); }

private:
    Status separatorThen(const QByteArray& text)
    {
        const QByteArray sep = m_members++ ? ",\n" : "\n";
        return write(sep + text);
    }
    Status write(const QByteArray& bytes)
    {
        if (m_out.write(bytes) != bytes.size())
            return Status(ErrorCode::Io, QCoreApplication::translate("inzage::DossierExport", "Het exportbestand kon niet worden geschreven."));
        return Status::ok();
    }

    QIODevice& m_out;
    int m_members = 0;
    int m_elements = 0;
};

// One read transaction for the whole export; a read has nothing to undo, so it always ends in a
// rollback. Inside a caller's transaction it adds nothing.
class ReadSnapshot {
public:
    explicit ReadSnapshot(sqlite3* db)
        : m_db(db)
        , m_own(sqlite3_get_autocommit(db) != 0)
    {
    }
    ~ReadSnapshot()
    {
        if (m_begun)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    Status begin()
    {
        if (!m_own)
            return Status::ok();
        if (Status s = execSql(m_db, "BEGIN", QCoreApplication::translate("inzage::DossierExport", "Het dossier kon niet worden gelezen.")); !s)
            return s;
        m_begun = true;
        return Status::ok();
    }

private:
    sqlite3* m_db;
    bool m_own;
    bool m_begun = false;
};

Status writeAnswers(IndentedWriter& w, Answers& answers)
{
    auto all = answers.all();
    if (!all)
        return all.status();
    if (Status s = w.beginArray(QStringLiteral("answers")); !s)
        return s;
    for (const Answer& a : *all) {
        QJsonObject o = toJson(a);
        auto hist = answers.history(a.id);
        if (!hist)
            return hist.status();
        QJsonArray revisions;
        for (const Answer& old : *hist)
            revisions.append(toJson(old));
        o.insert(QStringLiteral("revisions"), revisions);
        if (Status s = w.element(o); !s)
            return s;
    }
    return w.endArray();
}

// A page of entries at a time, each with its earlier revisions when it has any.
Status writeEntries(IndentedWriter& w, Entries& entries)
{
    if (Status s = w.beginArray(QStringLiteral("entries")); !s)
        return s;
    EntryFilter f;
    f.limit = 1000;
    for (;;) {
        auto page = entries.list(f);
        if (!page)
            return page.status();
        for (const Entry& e : *page) {
            QJsonObject o = toJson(e);
            if (e.rev > 1) {
                auto hist = entries.history(e.id);
                if (!hist)
                    return hist.status();
                QJsonArray revisions;
                for (const Entry& old : *hist)
                    revisions.append(toJson(old));
                o.insert(QStringLiteral("revisions"), revisions);
            }
            if (Status s = w.element(o); !s)
                return s;
            f.afterPosition = e.position;
        }
        if (int(page->size()) < f.limit)
            break;
    }
    return w.endArray();
}

} // namespace

Status writeDossierJson(Vault& vault, QIODevice& out)
{
    const Actor reader { QStringLiteral("export"), Role::Reviewer };
    Entries entries(vault, reader);
    Answers answers(vault, reader);
    Persons persons(vault, reader);
    CaseFile caseFile(vault, reader);
    ReadSnapshot snapshot(vault.db());
    if (Status s = snapshot.begin(); !s)
        return s;

    auto info = caseFile.info();
    if (!info)
        return info.status();
    auto people = persons.all();
    if (!people)
        return people.status();
    QJsonArray peopleJson;
    for (const Person& p : *people)
        peopleJson.append(toJson(p));
    auto appts = caseFile.appointments();
    if (!appts)
        return appts.status();
    QJsonArray apptsJson;
    for (const Appointment& a : *appts)
        apptsJson.append(toJson(a));
    auto head = AuditChain::head(vault.db());

    // In the order QJsonObject keeps its keys (sorted), so the document is the same as before.
    IndentedWriter w(out);
    if (Status s = w.begin(); !s)
        return s;
    if (Status s = writeAnswers(w, answers); !s)
        return s;
    if (Status s = w.member(QStringLiteral("appointments"), apptsJson); !s)
        return s;
    if (Status s = w.member(QStringLiteral("audit_head"), QString::fromLatin1(head.toHex())); !s)
        return s;
    if (Status s = w.member(QStringLiteral("dossier"), toJson(*info)); !s)
        return s;
    if (Status s = writeEntries(w, entries); !s)
        return s;
    const std::pair<QString, QJsonValue> rest[] = {
        { QStringLiteral("format"), QStringLiteral("inzage-export") },
        { QStringLiteral("format_version"), 1 },
        { QStringLiteral("kind"), toString(vault.kind()) },
        { QStringLiteral("persons"), peopleJson },
        { QStringLiteral("schema_version"), vault.schemaVersion() },
    };
    for (const auto& [key, value] : rest) {
        if (Status s = w.member(key, value); !s)
            return s;
    }
    return w.end();
}

} // namespace inzage
