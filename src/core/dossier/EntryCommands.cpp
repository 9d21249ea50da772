#include "dossier/EntryCommands.h"

#include "dossier/Access.h"
#include "dossier/Entries.h"
#include "vault/Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace inzage {

Result<Basis> parseBasis(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(document|waarneming)\\s*:\\s*(.*)$"),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::EntryCommands",
                                                  "De basis van een feit schrijft u als 'document: welk document, van "
                                                  "wanneer' of 'waarneming: wanneer en waar'."));
    Basis b;
    b.kind = m.captured(1).toLower() == QLatin1String("document") ? BasisKind::Document : BasisKind::Waarneming;
    b.detail = m.captured(2).trimmed();
    if (b.detail.isEmpty())
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::EntryCommands",
                                                  "Zeg bij de basis welk document het is (en van wanneer), of wanneer "
                                                  "en waar het is waargenomen."));
    return b;
}

Result<Label> parseLabel(const QString& word)
{
    if (const auto label = parse<Label>(word))
        return *label;
    return Status(ErrorCode::InvalidInput, QCoreApplication::translate("inzage::EntryCommands",
                                                                       "Onbekend label '%1'. Toegestaan: %2.")
                                               .arg(word, Vocabulary<Label>::allowed()));
}

Result<Method> parseMethod(const QString& word)
{
    if (word.trimmed().isEmpty())
        return Method::Onbekend;
    if (const auto m = parse<Method>(word))
        return *m;
    return Status(ErrorCode::InvalidInput, QCoreApplication::translate("inzage::EntryCommands",
                                                                       "Onbekende manier '%1'. Toegestaan: %2.")
                                               .arg(word, Vocabulary<Method>::allowed()));
}

Result<QString> parseDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid() || t.size() != 10)
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::EntryCommands", "'%1' is geen datum (JJJJ-MM-DD).").arg(t));
    return d.toString(Qt::ISODate);
}

void applyLabel(EntryContent& c, Label label, const std::optional<Basis>& basis)
{
    c.label = label;
    if (basis) {
        c.basisKind = basis->kind;
        c.basisDetail = basis->detail;
    } else if (label != Label::Feit) {
        c.basisKind = BasisKind::Geen;
        c.basisDetail.clear();
    }
    if (label != Label::Mening) {
        c.holderId.reset();
        c.restsOn.clear();
    }
}

EntryCommands::EntryCommands(Vault& vault, const Actor& actor)
    : m_vault(vault)
    , m_actor(actorFor(vault, actor.name))
{
}

Result<SpokenTo> EntryCommands::spokenToFor(const SourceInput& source)
{
    auto date = parseDate(source.date);
    if (!date)
        return date.status();
    auto method = parseMethod(source.method);
    if (!method)
        return method.status();
    auto person = Persons(m_vault, m_actor).resolve(source.person);
    if (!person)
        return person.status();
    SpokenTo s;
    s.personId = *person;
    s.spokenOn = *date;
    s.method = *method;
    return s;
}

Result<EntryContent> EntryCommands::contentFor(const EntryInput& in)
{
    EntryContent c;
    c.text = in.text;
    c.section = in.section.trimmed();
    auto eventDate = parseDate(in.eventDate);
    if (!eventDate)
        return eventDate.status();
    c.eventDate = *eventDate;
    auto label = parseLabel(in.label);
    if (!label)
        return label.status();
    std::optional<Basis> basis;
    if (!in.basis.trimmed().isEmpty()) {
        auto b = parseBasis(in.basis);
        if (!b)
            return b.status();
        basis = *b;
    }
    applyLabel(c, *label, basis);
    c.visibleToParent = in.visibleToParent;
    if (in.holder) {
        auto holder = Persons(m_vault, m_actor).resolve(*in.holder);
        if (!holder)
            return holder.status();
        c.holderId = *holder;
    }
    if (in.restsOn)
        c.restsOn = *in.restsOn;
    for (const SourceInput& s : in.spokenTo) {
        auto line = spokenToFor(s);
        if (!line)
            return line.status();
        c.spokenTo.push_back(*line);
    }
    return c;
}

Result<Id> EntryCommands::add(const EntryInput& input)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    // New persons and the entry commit together, or neither.
    Transaction tx(m_vault.db());
    if (!tx.begun())
        return tx.begun();
    auto c = contentFor(input);
    if (!c)
        return c.status();
    auto id = Entries(m_vault, m_actor).add(*c);
    if (!id)
        return id.status();
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Status EntryCommands::relabel(const LabelChange& change)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    auto label = parseLabel(change.label);
    if (!label)
        return label.status();
    std::optional<Basis> basis;
    if (!change.basis.trimmed().isEmpty()) {
        auto b = parseBasis(change.basis);
        if (!b)
            return b.status();
        basis = *b;
    }
    Transaction tx(m_vault.db());
    if (!tx.begun())
        return tx.begun();
    Entries entries(m_vault, m_actor);
    auto e = entries.get(change.entry);
    if (!e)
        return e.status();
    EntryContent c = e->content;
    applyLabel(c, *label, basis);
    if (change.holder) {
        auto holder = Persons(m_vault, m_actor).resolve(*change.holder);
        if (!holder)
            return holder.status();
        c.holderId = *holder;
    }
    if (change.restsOn)
        c.restsOn = *change.restsOn;
    for (const SourceInput& s : change.spokenTo) {
        auto line = spokenToFor(s);
        if (!line)
            return line.status();
        c.spokenTo.push_back(*line);
    }
    const QString note = change.note.trimmed().isEmpty() ? QStringLiteral("label: %1").arg(toString(*label)) : change.note;
    if (Status s = entries.revise(change.entry, c, note); !s)
        return s;
    return tx.commit();
}

Status EntryCommands::addSource(Id entry, const SourceInput& source, const QString& note)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    Transaction tx(m_vault.db());
    if (!tx.begun())
        return tx.begun();
    auto line = spokenToFor(source);
    if (!line)
        return line.status();
    if (Status s = Entries(m_vault, m_actor).addSpokenTo(entry, *line, note); !s)
        return s;
    return tx.commit();
}

Status EntryCommands::setVisibility(Id entry, bool visibleToParent, const QString& note)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    Entries entries(m_vault, m_actor);
    auto e = entries.get(entry);
    if (!e)
        return e.status();
    if (e->content.visibleToParent == visibleToParent)
        return Status::ok();
    EntryContent c = e->content;
    c.visibleToParent = visibleToParent;
    return entries.revise(entry, c,
                          note.trimmed().isEmpty()
                              ? (visibleToParent ? QStringLiteral("zichtbaar voor de ouder")
                                                 : QStringLiteral("niet zichtbaar voor de ouder"))
                              : note);
}

} // namespace inzage
