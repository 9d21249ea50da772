#include "dossier/Entries.h"

#include "audit/EntryFingerprint.h"
#include "audit/ReportRecords.h"
#include "dossier/Access.h"
#include "dossier/Audience.h"
#include "dossier/EntryCommands.h"
#include "dossier/EntryQuery.h"
#include "dossier/EntryWriter.h"
#include "text/Folding.h"
#include "vault/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace inzage {

namespace {

const char* kSelectEntry =
    "SELECT e.id, e.position, r.id, r.rev, r.text, r.section, r.event_date, r.recorded_at, r.author_id, "
    "r.label, r.basis_kind, r.basis_detail, r.holder_id, r.visible_to_parent, r.changed_by, r.change_note, "
    "(SELECT name FROM person WHERE id = r.author_id), (SELECT name FROM person WHERE id = r.holder_id), "
    "(SELECT count(*) FROM answer a WHERE a.entry_id = e.id), "
    "(SELECT shielded FROM person WHERE id = r.author_id), (SELECT shielded FROM person WHERE id = r.holder_id), "
    "(SELECT removed_at FROM entry_removal WHERE entry_id = e.id) ";

// Read as stored; what the reader may see of it is the Audience's to decide (mask()).
Entry readEntry(const Statement& st, Id& revisionId)
{
    Entry e;
    e.id = st.integer(0);
    e.position = st.integer(1);
    revisionId = st.integer(2);
    e.rev = int(st.integer(3));
    EntryContent& c = e.content;
    c.text = st.text(4);
    c.section = st.text(5);
    c.eventDate = st.text(6);
    e.recordedAt = st.text(7);
    c.authorId = st.optionalInt(8);
    c.label = parse<Label>(st.text(9)).value_or(Label::Onbeoordeeld);
    c.basisKind = st.isNull(10) ? BasisKind::Geen : parse<BasisKind>(st.text(10)).value_or(BasisKind::Geen);
    c.basisDetail = st.text(11);
    c.holderId = st.optionalInt(12);
    c.visibleToParent = st.integer(13) != 0;
    e.changedBy = st.text(14);
    e.changeNote = st.text(15);
    e.authorName = st.text(16);
    e.holderName = st.text(17);
    e.answerCount = int(st.integer(18));
    e.authorShielded = st.integer(19) != 0;
    e.holderShielded = st.integer(20) != 0;
    e.removedAt = st.text(21);
    return e;
}

// The audit row's description; the entry verifier (audit/EntryCheck) compares the file against it.
QString describe(const EntryContent& c, int rev)
{
    return describeRevision(c, rev);
}

} // namespace

OpinionHolder opinionHolder(const Entry& e)
{
    if (e.content.holderId)
        return {e.holderName, e.holderShielded, false};
    if (e.content.authorId)
        return {e.authorName, e.authorShielded, true};
    return {{}, false, true};
}

QString buildSearchQuery(const QString& userText)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = foldForSearch(userText).split(nonWord, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& w : words)
        terms << w + QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

Status Entries::validate(const EntryContent& c)
{
    if (c.text.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput, Entries::tr("Een notitie zonder tekst kan niet worden opgeslagen."));
    if (c.text.size() > kMaxTextLength)
        return Status(ErrorCode::InvalidInput, Entries::tr("De tekst is te lang (meer dan %1 tekens).")
                                                   .arg(kMaxTextLength));
    switch (c.label) {
    case Label::Feit:
        if (c.basisKind == BasisKind::Geen)
            return Status(ErrorCode::InvalidInput,
                          Entries::tr("Een feit heeft een basis nodig: een eigen waarneming (wanneer, waar) "
                                         "of een document (welk, van wanneer)."));
        if (c.basisDetail.trimmed().isEmpty())
            return Status(ErrorCode::InvalidInput,
                          Entries::tr("Zeg bij de basis van het feit welk document het is (en van wanneer), "
                                         "of wanneer en waar het is waargenomen."));
        break;
    case Label::Bron:
        if (c.spokenTo.empty())
            return Status(ErrorCode::InvalidInput,
                          Entries::tr("Bij een bron hoort met wie er gesproken is (naam of rol), wanneer en hoe."));
        break;
    case Label::Mening:
    case Label::Onbeoordeeld:
        break;
    }
    return Status::ok();
}

Status Entries::checkRestsOn(const EntryContent& c, Id self) const
{
    // A mening may only claim to rest on feiten that exist: otherwise the reader is misled.
    Statement st(m_vault.db(), "SELECT label FROM entry WHERE id = ?1");
    for (Id id : c.restsOn) {
        st.reset();
        st.bind(1, id);
        const int rc = st.step();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return sqlError(m_vault.db(), rc, Entries::tr("De onderbouwing kon niet worden gecontroleerd."));
        if (rc == SQLITE_DONE || id == self)
            return Status(ErrorCode::InvalidInput,
                          Entries::tr("Een mening kan alleen rusten op bestaande feiten; notitie %1 bestaat niet.")
                              .arg(id));
        if (st.text(0) != toString(Label::Feit))
            return Status(ErrorCode::InvalidInput,
                          Entries::tr("Notitie %1 is geen feit (maar: %2); een mening kan alleen op feiten rusten.")
                              .arg(id)
                              .arg(st.text(0)));
    }
    return Status::ok();
}

Result<std::vector<Id>> Entries::addAll(const std::vector<EntryContent>& contents, const QString& note)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    for (std::size_t i = 0; i < contents.size(); ++i) {
        Status s = validate(contents[i]);
        if (s)
            s = checkRestsOn(contents[i], 0);
        if (!s)
            return Status(s.code(), Entries::tr("Notitie %1: %2").arg(i + 1).arg(s.message()));
    }
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    std::int64_t position = 0;
    {
        Statement st(db, "SELECT coalesce(max(position), 0) FROM entry");
        if (st.step() == SQLITE_ROW)
            position = st.integer(0);
    }
    std::vector<Id> ids;
    ids.reserve(contents.size());
    EntryWriter writer(db, m_actor);
    for (const EntryContent& c : contents) {
        auto id = writer.addEntry(++position, c, note);
        if (!id)
            return id.status();
        if (Status s = writer.indexForSearch(*id, c.text, false); !s)
            return s;
        if (Status s = writer.audit(QStringLiteral("entry.add"), *id, {}, describe(c, 1)); !s)
            return s;
        ids.push_back(*id);
    }
    if (Status s = tx.commit(); !s)
        return s;
    return ids;
}

Result<Id> Entries::add(const EntryContent& content, const QString& note)
{
    auto r = addAll({content}, note);
    if (!r)
        return r.status();
    return r->front();
}

Status Entries::revise(Id id, const EntryContent& content, const QString& note)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (Status s = validate(content); !s)
        return s;
    if (Status s = checkRestsOn(content, id); !s)
        return s;
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto old = get(id);
    if (!old)
        return old.status();
    const int rev = old->rev + 1;
    EntryWriter writer(db, m_actor);
    if (Status s = writer.addRevision(id, rev, content, note); !s)
        return s;
    if (content.text != old->content.text) {
        if (Status s = writer.indexForSearch(id, content.text, true); !s)
            return s;
    }
    if (Status s = writer.audit(QStringLiteral("entry.revise"), id, describe(old->content, old->rev),
                                describe(content, rev));
        !s)
        return s;
    return tx.commit();
}

Status Entries::setLabel(Id id, Label label, BasisKind basisKind, const QString& basisDetail,
                         std::optional<Id> holderId, const std::vector<Id>& restsOn, const QString& note)
{
    auto e = get(id);
    if (!e)
        return e.status();
    EntryContent c = e->content;
    std::optional<Basis> basis;
    if (basisKind != BasisKind::Geen)
        basis = Basis {basisKind, basisDetail};
    applyLabel(c, label, basis);
    if (holderId)
        c.holderId = holderId;
    if (!restsOn.empty())
        c.restsOn = restsOn;
    return revise(id, c, note.isEmpty() ? QStringLiteral("label: %1").arg(toString(label)) : note);
}

Status Entries::addSpokenTo(Id id, const SpokenTo& line, const QString& note)
{
    auto e = get(id);
    if (!e)
        return e.status();
    EntryContent c = e->content;
    c.spokenTo.push_back(line);
    return revise(id, c, note.isEmpty() ? QStringLiteral("gesproken met toegevoegd") : note);
}

namespace {

// Who was spoken to and which feiten a revision rests on. The two statements are prepared once and
// reused for every row of a page: preparing them anew for each row was most of a page's time.
class DetailReader {
public:
    explicit DetailReader(sqlite3* db)
        : m_db(db)
        , m_spoken(db, "SELECT s.person_id, s.spoken_on, s.method, p.name, p.relation, p.organisation, p.role, "
                       "p.shielded, p.shield_reason FROM spoken_to s JOIN person p ON p.id = s.person_id "
                       "WHERE s.revision_id = ?1 ORDER BY s.id")
        , m_basis(db, "SELECT feit_entry_id FROM mening_basis WHERE revision_id = ?1 ORDER BY feit_entry_id")
        , m_approvals(db, "SELECT a.id, a.person_id, a.approved_on, a.method, a.recorded_at, a.recorded_by, ar.rev, "
                          "ar.text = cur.text, p.name, p.relation, p.role, p.shielded, p.shield_reason "
                          "FROM entry_revision cur JOIN entry_revision ar ON ar.entry_id = cur.entry_id AND ar.rev <= cur.rev "
                          "JOIN source_approval a ON a.revision_id = ar.id JOIN person p ON p.id = a.person_id "
                          "WHERE cur.id = ?1 ORDER BY a.id")
    {
    }

    Status load(Entry& e, Id revisionId)
    {
        m_spoken.reset();
        m_spoken.bind(1, revisionId);
        int rc;
        while ((rc = m_spoken.step()) == SQLITE_ROW) {
            SpokenTo s;
            s.personId = m_spoken.integer(0);
            s.spokenOn = m_spoken.text(1);
            s.method = parse<Method>(m_spoken.text(2)).value_or(Method::Onbekend);
            s.name = m_spoken.text(3);
            s.relation = m_spoken.text(4);
            s.organisation = m_spoken.text(5);
            s.role = parse<PersonRole>(m_spoken.text(6)).value_or(PersonRole::Informant);
            s.shielded = m_spoken.integer(7) != 0;
            s.shieldReason = m_spoken.text(8);
            e.content.spokenTo.push_back(s);
        }
        if (rc != SQLITE_DONE)
            return sqlError(m_db, rc, Entries::tr("Met wie er gesproken is kon niet worden gelezen."));
        m_basis.reset();
        m_basis.bind(1, revisionId);
        while ((rc = m_basis.step()) == SQLITE_ROW)
            e.content.restsOn.push_back(m_basis.integer(0));
        if (rc != SQLITE_DONE)
            return sqlError(m_db, rc, Entries::tr("De onderbouwing kon niet worden gelezen."));
        m_approvals.reset();
        m_approvals.bind(1, revisionId);
        while ((rc = m_approvals.step()) == SQLITE_ROW) {
            SourceApproval a;
            a.id = m_approvals.integer(0);
            a.personId = m_approvals.integer(1);
            a.approvedOn = m_approvals.text(2);
            const auto method = parse<Method>(m_approvals.text(3));
            if (!method)
                return Status(ErrorCode::Damaged,
                              Entries::tr("Een goedkeuring heeft een onbekende manier '%1'.")
                                  .arg(m_approvals.text(3)));
            a.method = *method;
            a.recordedAt = m_approvals.text(4);
            a.recordedBy = m_approvals.text(5);
            a.rev = int(m_approvals.integer(6));
            a.textUnchanged = m_approvals.integer(7) != 0;
            a.name = m_approvals.text(8);
            a.relation = m_approvals.text(9);
            a.role = parse<PersonRole>(m_approvals.text(10)).value_or(PersonRole::Informant);
            a.shielded = m_approvals.integer(11) != 0;
            a.shieldReason = m_approvals.text(12);
            e.approvals.push_back(a);
        }
        if (rc != SQLITE_DONE)
            return sqlError(m_db, rc, Entries::tr("De goedkeuringen konden niet worden gelezen."));
        return Status::ok();
    }

private:
    sqlite3* m_db;
    Statement m_spoken;
    Statement m_basis;
    Statement m_approvals;
};

} // namespace

Result<Entry> Entries::get(Id id) const
{
    auto audience = Audience::of(m_vault);
    if (!audience)
        return audience.status();
    const QByteArray sql = QByteArray(kSelectEntry)
        + "FROM entry e JOIN entry_revision r ON r.id = e.current_revision_id WHERE e.id = ?1";
    Statement st(m_vault.db(), sql.constData());
    st.bind(1, id);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return Status(ErrorCode::NotFound, Entries::tr("Notitie %1 bestaat niet.").arg(id));
    if (rc != SQLITE_ROW)
        return sqlError(m_vault.db(), rc, Entries::tr("De notitie kon niet worden gelezen."));
    Id revisionId = 0;
    Entry e = readEntry(st, revisionId);
    if (audience->isParent() && !e.content.visibleToParent)
        return Status(ErrorCode::NotFound, Entries::tr("Notitie %1 bestaat niet.").arg(id));
    if (Status s = DetailReader(m_vault.db()).load(e, revisionId); !s)
        return s;
    audience->mask(e);
    return e;
}

Result<std::vector<Entry>> Entries::list(const EntryFilter& filter) const
{
    if (!filter.search.isEmpty() && buildSearchQuery(filter.search).isEmpty())
        return std::vector<Entry> {};
    auto audience = Audience::of(m_vault);
    if (!audience)
        return audience.status();
    // First the ids of the page, from the narrow entry table, then the full rows of just those:
    // sorting every search hit with its text was what made a search slow.
    auto ids = pageIds(m_vault.db(), filter, *audience);
    if (!ids)
        return ids.status();
    QByteArray idList;
    for (Id id : *ids)
        idList += (idList.isEmpty() ? "" : ",") + QByteArray::number(qint64(id));
    const QByteArray sql = QByteArray(kSelectEntry)
        + "FROM entry e JOIN entry_revision r ON r.id = e.current_revision_id WHERE e.id IN (" + idList + ") "
        + orderBySql(filter.order);
    Statement st(m_vault.db(), sql.constData());
    if (!st.isValid())
        return sqlError(m_vault.db(), st.prepareCode(), Entries::tr("De notities konden niet worden gelezen."));
    std::vector<Entry> out;
    int rc;
    std::vector<Id> revisionIds;
    while ((rc = st.step()) == SQLITE_ROW) {
        Id revisionId = 0;
        out.push_back(readEntry(st, revisionId));
        revisionIds.push_back(revisionId);
    }
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, Entries::tr("De notities konden niet worden gelezen."));
    DetailReader details(m_vault.db());
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (Status s = details.load(out[i], revisionIds[i]); !s)
            return s;
        audience->mask(out[i]);
    }
    return out;
}

Result<LabelCounts> Entries::counts(const EntryFilter& filter) const
{
    LabelCounts c;
    if (!filter.search.isEmpty() && buildSearchQuery(filter.search).isEmpty())
        return c;
    auto audience = Audience::of(m_vault);
    if (!audience)
        return audience.status();
    EntryFilter f = filter;
    f.label.reset();
    f.afterPosition = -1;
    // Unfiltered, the counts EntryWriter keeps per label and visibility (eight rows) answer it:
    // counting the entries themselves grew with the file and made every first page slower.
    const bool unfiltered = f.search.isEmpty() && f.section.isEmpty() && !f.spokenTo;
    const QByteArray sql = unfiltered
        ? "SELECT e.label, sum(e.n) FROM entry_label_count e WHERE 1 " + audience->entryClause("e") + "GROUP BY e.label"
        : "SELECT e.label, count(*) FROM entry e " + whereClause(f, *audience) + "GROUP BY e.label";
    Statement st(m_vault.db(), sql.constData());
    if (!st.isValid())
        return sqlError(m_vault.db(), st.prepareCode(), Entries::tr("Tellen lukte niet."));
    bindFilter(st.handle(), f);
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const int n = int(st.integer(1));
        switch (parse<Label>(st.text(0)).value_or(Label::Onbeoordeeld)) {
        case Label::Feit: c.feit = n; break;
        case Label::Mening: c.mening = n; break;
        case Label::Bron: c.bron = n; break;
        case Label::Onbeoordeeld: c.onbeoordeeld = n; break;
        }
    }
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, Entries::tr("Tellen lukte niet."));
    return c;
}

Result<std::vector<Entry>> Entries::history(Id id) const
{
    auto current = get(id); // NotFound for an entry the reader may not see
    if (!current)
        return current.status();
    auto audience = Audience::of(m_vault);
    if (!audience)
        return audience.status();
    const QByteArray sql = QByteArray(kSelectEntry)
        + "FROM entry_revision r JOIN entry e ON e.id = r.entry_id WHERE r.entry_id = ?1 " + audience->revisionClause("r")
        + "ORDER BY r.rev";
    Statement st(m_vault.db(), sql.constData());
    st.bind(1, id);
    std::vector<Entry> out;
    std::vector<Id> revisionIds;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        Id revisionId = 0;
        out.push_back(readEntry(st, revisionId));
        revisionIds.push_back(revisionId);
    }
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, Entries::tr("De geschiedenis kon niet worden gelezen."));
    DetailReader details(m_vault.db());
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (Status s = details.load(out[i], revisionIds[i]); !s)
            return s;
        audience->mask(out[i]);
    }
    // A label changed after the last final report differs from what that report said. Every revision
    // writes one entry.add or entry.revise audit row, so the rows after the report's own row count the
    // revisions made since (the order of the chain, not clock times that may share a millisecond).
    auto report = ReportRecords::last(m_vault.db());
    if (!report)
        return report.status();
    if (*report) {
        Statement since(m_vault.db(), "SELECT count(*) FROM audit WHERE object = ?1 AND seq > ?2 "
                                      "AND action IN ('entry.add', 'entry.revise')");
        since.bind(1, QStringLiteral("entry:%1").arg(id)).bind(2, (*report)->seq);
        if (const int src = since.step(); src != SQLITE_ROW)
            return sqlError(m_vault.db(), src,
                QCoreApplication::translate("inzage::Entries", "De geschiedenis kon niet worden gelezen."));
        const auto after = std::size_t(std::min<std::int64_t>(since.integer(0), std::int64_t(out.size())));
        for (std::size_t i = out.size() - after; i < out.size(); ++i) {
            const bool changed = i == 0 ? out[i].content.label != Label::Onbeoordeeld
                                        : out[i].content.label != out[i - 1].content.label;
            if (changed)
                out[i].labelChangedAfterReport = (*report)->ts;
        }
    }
    return out;
}

Result<QStringList> Entries::sections() const
{
    auto audience = Audience::of(m_vault);
    if (!audience)
        return audience.status();
    // Only sections that hold an entry the reader sees: a parent never sees an internal heading.
    // A skip scan over the section index (one seek per section, not a read of every entry), then
    // each section's first entry the reader sees: a million entries under a few hundred headings
    // take a few hundred seeks. Sections are NOT NULL, so min() and > see every one.
    const QByteArray sql = "WITH RECURSIVE s(section) AS (SELECT (SELECT min(section) FROM entry) "
                           "UNION ALL SELECT (SELECT min(x.section) FROM entry x WHERE x.section > s.section) FROM s "
                           "WHERE s.section IS NOT NULL) "
                           "SELECT section, p FROM (SELECT s.section AS section, (SELECT min(e.position) FROM entry e "
                           "WHERE e.section = s.section "
        + audience->entryClause("e") + ") AS p FROM s WHERE s.section IS NOT NULL) WHERE p IS NOT NULL ORDER BY p";
    Statement st(m_vault.db(), sql.constData());
    QStringList out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out << st.text(0);
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, Entries::tr("De onderdelen konden niet worden gelezen."));
    return out;
}

} // namespace inzage
