#include "report/ReportDocument.h"

#include "audit/ReportRecords.h"
#include "dossier/Access.h"
#include "dossier/Answers.h"
#include "dossier/CaseFile.h"
#include "dossier/Contacts.h"
#include "dossier/Entries.h"
#include "dossier/Persons.h"

#include <QCryptographicHash>

#include <algorithm>
#include <map>

namespace inzage {

namespace {

constexpr int kPage = 500;

class Canon {
public:
    explicit Canon(const char* magic)
        : m_out(magic)
    {
        m_out += '\n';
    }
    Canon& add(const QString& field)
    {
        const QByteArray u = field.toUtf8();
        // Length-prefixed, so no text inside a field can pass for the next field.
        m_out += QByteArray::number(u.size());
        m_out += ':';
        m_out += u;
        m_out += '\n';
        return *this;
    }
    Canon& add(std::int64_t n) { return add(QString::number(n)); }
    Canon& add(bool b) { return add(QString::fromLatin1(b ? "1" : "0")); }
    Canon& add(const char* word) { return add(QString::fromUtf8(word)); }
    const QByteArray& bytes() const { return m_out; }

private:
    QByteArray m_out;
};

Result<QString> personName(Persons& persons, std::optional<Id> id)
{
    if (!id)
        return QString();
    auto p = persons.get(*id);
    if (!p)
        return p.status();
    return p->name;
}

} // namespace

QByteArray ReportContent::canonical() const
{
    Canon c("inzage-report-v1");
    c.add(kind == ReportKind::Definitief ? "definitief" : "concept");
    c.add(caseInfo.caseNumber).add(caseInfo.title).add(caseInfo.organisation).add(toString(caseInfo.stage));
    c.add(contactName).add(backupName).add(caseInfo.childNotSpokenReason);
    c.add(std::int64_t(sections.size()));
    for (const ReportSection& s : sections) {
        c.add("section").add(s.name).add(std::int64_t(s.entries.size()));
        for (const ReportEntry& e : s.entries) {
            c.add("entry").add(e.id).add(std::int64_t(e.rev)).add(toString(e.label)).add(e.text).add(e.eventDate);
            c.add(toString(e.basisKind)).add(e.basisDetail).add(e.holder).add(e.holderShielded);
            c.add(std::int64_t(e.restsOn.size()));
            for (Id id : e.restsOn)
                c.add(id);
            c.add(e.visibleToParent).add(std::int64_t(e.sources.size()));
            for (const ReportSource& src : e.sources) {
                const SpokenTo& l = src.line;
                c.add("source").add(l.personId).add(l.name).add(l.relation).add(l.organisation).add(toString(l.role));
                c.add(l.spokenOn).add(toString(l.method)).add(l.shielded).add(l.shieldReason).add(src.approval);
            }
        }
    }
    c.add(std::int64_t(contacts.size()));
    for (const ReportContact& k : contacts) {
        c.add("contact").add(k.person.id).add(k.person.name).add(toString(k.person.role)).add(k.person.relation);
        c.add(k.person.organisation).add(k.person.shielded).add(k.person.shieldReason).add(k.family);
        c.add(std::int64_t(k.entryCount)).add(std::int64_t(k.moments.size()));
        for (const auto& [date, method] : k.moments)
            c.add(date).add(toString(method));
    }
    c.add(std::int64_t(answers.size()));
    for (const ReportAnswer& a : answers) {
        c.add("answer").add(a.id).add(a.entryId).add(a.from).add(toString(a.kind)).add(std::int64_t(a.rev));
        c.add(a.text).add(toString(a.status)).add(a.reply).add(a.handledBy).add(a.handledAt);
    }
    c.add("head").add(headSeq).add(head);
    return c.bytes();
}

QString ReportContent::contentHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256).toHex());
}

QString ReportDocument::approvalText(const Entry& entry, const SpokenTo& line)
{
    // Accordering (SourceApprovals): the latest approval by the person of this line. One of an
    // earlier text says so, since the words the person approved are not the words printed.
    const SourceApproval* latest = nullptr;
    for (const SourceApproval& a : entry.approvals)
        if (a.personId == line.personId && (!latest || a.approvedOn >= latest->approvedOn))
            latest = &a;
    if (!latest)
        return {};
    const QString how = toString(latest->method);
    return latest->textUnchanged ? tr("ja, op %1 (%2)").arg(latest->approvedOn, how)
                                 : tr("op %1 (%2), van een eerdere tekst").arg(latest->approvedOn, how);
}

ReportEntry ReportDocument::entryOf(const Entry& e)
{
    const EntryContent& c = e.content;
    ReportEntry re;
    re.id = e.id;
    re.rev = e.rev;
    re.label = c.label;
    re.text = c.text;
    re.eventDate = c.eventDate;
    re.basisKind = c.basisKind;
    re.basisDetail = c.basisDetail;
    if (c.label == Label::Mening) {
        const OpinionHolder h = opinionHolder(e);
        re.holder = h.name;
        re.holderShielded = h.shielded;
    }
    re.restsOn = c.restsOn;
    re.visibleToParent = c.visibleToParent;
    for (const SpokenTo& s : c.spokenTo)
        re.sources.push_back({ s, approvalText(e, s) });
    return re;
}

Result<ReportContent> ReportDocument::build(Vault& vault, const Actor& actor, ReportKind kind)
{
    if (vault.kind() != VaultKind::Professional)
        return Status(ErrorCode::Forbidden,
            tr("Een rapport wordt gemaakt uit het dossier van de professional, niet uit een ouderexemplaar."));
    const Actor reader = actorFor(vault, actor.name);
    ReportContent r;
    r.kind = kind;
    auto info = CaseFile(vault, reader).info();
    if (!info)
        return info.status();
    r.caseInfo = *info;
    Persons persons(vault, reader);
    auto contact = personName(persons, info->contactPersonId);
    if (!contact)
        return contact.status();
    r.contactName = *contact;
    auto backup = personName(persons, info->backupPersonId);
    if (!backup)
        return backup.status();
    r.backupName = *backup;

    Entries entries(vault, reader);
    EntryFilter filter;
    filter.limit = kPage;
    std::map<QString, std::size_t> sectionIndex;
    for (;;) {
        auto page = entries.list(filter);
        if (!page)
            return page.status();
        for (const Entry& e : *page) {
            const EntryContent& c = e.content;
            auto [it, added] = sectionIndex.try_emplace(c.section, r.sections.size());
            if (added)
                r.sections.push_back({ c.section, {} });
            r.sections[it->second].entries.push_back(entryOf(e));
        }
        if (int(page->size()) < kPage)
            break;
        filter.afterPosition = page->back().position;
    }

    auto contacts = contactSummary(vault);
    if (!contacts)
        return contacts.status();
    for (const ContactSummary& s : *contacts) {
        if (s.entryCount == 0 && !s.isFamily())
            continue; // someone in the dossier who was not spoken to and is no family: not in the table
        ReportContact k { s.person, s.isFamily(), s.entryCount, {} };
        for (const ContactMoment& m : s.moments)
            k.moments.emplace_back(m.date, m.method);
        r.contacts.push_back(std::move(k));
    }

    auto answers = Answers(vault, reader).all();
    if (!answers)
        return answers.status();
    std::map<Id, QString> owners;
    for (const Answer& a : *answers) {
        ReportAnswer ra { a.id, a.entryId, {}, a.kind, a.rev, a.text, a.status, a.reply, a.handledBy, a.handledAt };
        if (a.ownerId) {
            auto [it, added] = owners.try_emplace(*a.ownerId);
            if (added) {
                auto name = personName(persons, a.ownerId);
                if (!name)
                    return name.status();
                it->second = *name;
            }
            ra.from = it->second;
        }
        r.answers.push_back(std::move(ra));
    }
    std::sort(r.answers.begin(), r.answers.end(), [](const ReportAnswer& x, const ReportAnswer& y) {
        return x.entryId != y.entryId ? x.entryId < y.entryId : x.id < y.id;
    });

    auto head = ReportRecords::head(vault.db());
    if (!head)
        return head.status();
    r.headSeq = head->first;
    r.head = QString::fromLatin1(head->second.toHex());
    return r;
}

} // namespace inzage
