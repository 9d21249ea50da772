#include "LabelController.h"

#include "Wording.h"

#include "dossier/Access.h"
#include "dossier/Workspace.h"
#include "dossier/Entries.h"
#include "dossier/PersonPicker.h"

#include <QVariantMap>

#include <algorithm>

namespace inzage::app {

namespace {

// Two entries either side: enough to read a sentence in its paragraph, little enough to fit.
constexpr int kContext = 2;

QVariantMap neighbour(const Entry& e)
{
    return { { QStringLiteral("text"), e.content.text }, { QStringLiteral("label"), toString(e.content.label) },
        { QStringLiteral("labelName"), labelName(e.content.label) } };
}

QString personDetail(const Person& p)
{
    QStringList parts;
    if (!p.relation.isEmpty())
        parts << p.relation;
    if (!p.organisation.isEmpty())
        parts << p.organisation;
    return parts.join(QStringLiteral(", "));
}

QString shortText(const QString& text)
{
    return text.size() > 90 ? text.left(88) + QChar(0x2026) : text;
}

} // namespace

LabelController::LabelController(QObject* parent)
    : QObject(parent)
{
}

LabelController::~LabelController() = default;

void LabelController::setVault(Vault* vault, const QString& actorName)
{
    m_vault = vault;
    m_session.reset();
    m_view = {};
    setMessage({});
    if (vault && opensProfessionalWorkspace(*vault)) {
        auto session = LabelSession::open(*vault, actorNamed(actorName));
        if (session)
            m_session.emplace(std::move(*session));
        else
            setMessage(session.message());
    }
    load();
}

void LabelController::setMessage(const QString& m, const QString& needs)
{
    if (m == m_message && needs == m_needs)
        return;
    m_message = m;
    m_needs = needs;
    Q_EMIT messageChanged();
}

void LabelController::load()
{
    m_view = {};
    m_basis.clear();
    m_sourceRef.clear();
    m_sourceName.clear();
    m_sourceSuggested = false;
    m_holderRef.clear();
    m_holderName.clear();
    m_restsOn.clear();
    if (m_session && m_session->size() > 0) {
        auto v = m_session->focusView(kContext);
        if (v) {
            m_view = std::move(*v);
            m_basis = m_view.suggestedBasis;
            m_restsOn = m_view.entry.content.restsOn;
            if (m_view.suggestedSource) {
                m_sourceRef = QStringLiteral("#%1").arg(m_view.suggestedSource->id);
                m_sourceName = m_view.suggestedSource->name;
                m_sourceSuggested = true;
            }
        } else {
            setMessage(v.message());
        }
    }
    Q_EMIT viewChanged();
    Q_EMIT fieldsChanged();
}

LabelDetails LabelController::detailsForLabel() const
{
    LabelDetails d;
    d.basis = m_basis;
    if (!m_sourceRef.isEmpty()) {
        d.spokenTo = PersonRef();
        d.spokenTo->nameOrId = m_sourceRef;
    }
    if (!m_holderRef.isEmpty()) {
        d.holder = PersonRef();
        d.holder->nameOrId = m_holderRef;
    }
    d.restsOn = m_restsOn;
    return d;
}

bool LabelController::afterWrite(const Status& s, Label tried)
{
    if (!s) {
        // Where the view should put the cursor: the field the refused label needs.
        QString needs;
        if (s.code() == ErrorCode::InvalidInput && tried == Label::Feit)
            needs = QStringLiteral("basis");
        else if (s.code() == ErrorCode::InvalidInput && tried == Label::Bron && m_sourceRef.isEmpty())
            needs = QStringLiteral("source");
        setMessage(s.message(), needs);
        Q_EMIT viewChanged(); // the fields keep what was typed; the message says what is missing
        return false;
    }
    setMessage({});
    load();
    return true;
}

bool LabelController::labelWith(const QString& word)
{
    if (!m_session)
        return false;
    auto l = parseLabel(word);
    if (!l) {
        setMessage(l.message());
        return false;
    }
    return afterWrite(m_session->label(*l, detailsForLabel()), *l);
}

bool LabelController::acceptHint()
{
    if (!m_session)
        return false;
    return afterWrite(m_session->acceptHint(detailsForLabel()), m_view.hint.label);
}

bool LabelController::undo()
{
    if (!m_session)
        return false;
    const Status s = m_session->undo();
    if (!s) {
        setMessage(s.message());
        Q_EMIT viewChanged();
        return false;
    }
    setMessage(tr("Ongedaan gemaakt: notitie %1 heeft weer haar vorige label.").arg(m_session->current() + 1));
    load();
    return true;
}

void LabelController::goNext()
{
    goTo(position() + 1);
}
void LabelController::goPrevious()
{
    goTo(position() - 1);
}

void LabelController::goTo(int pos)
{
    if (!m_session || pos < 1 || pos > m_session->size())
        return; // at either end the focus stays: nothing to say
    (void)m_session->moveTo(pos - 1);
    setMessage({});
    load();
}

bool LabelController::goToEntry(int entryId)
{
    const int index = m_session ? m_session->indexOf(entryId) : -1;
    if (index < 0)
        return false;
    goTo(index + 1);
    return true;
}

bool LabelController::goNextUnlabelled()
{
    if (!m_session)
        return false;
    const auto next = m_session->nextUnlabelled();
    if (!next) {
        setMessage(tr("Alle notities zijn beoordeeld."));
        return false;
    }
    goTo(*next + 1);
    return true;
}

bool LabelController::goNextWarning()
{
    if (!m_session)
        return false;
    const auto next = m_session->nextWithWarning();
    if (!next) {
        setMessage(tr("Geen waarschuwingen meer in dit dossier."));
        return false;
    }
    goTo(*next + 1);
    return true;
}

QVariantList LabelController::personsMatching(const QString& typed) const
{
    QVariantList out;
    if (!m_session)
        return out;
    const PersonMatches m = matchPersons(m_session->persons(), typed, 30);
    for (const Person& p : m.persons) {
        if (p.shielded && p.name.isEmpty())
            continue;
        out.append(QVariantMap { { QStringLiteral("ref"), QStringLiteral("#%1").arg(p.id) },
            { QStringLiteral("name"), p.name }, { QStringLiteral("detail"), personDetail(p) },
            { QStringLiteral("isNew"), false } });
    }
    if (m.offerNew)
        out.append(
            QVariantMap { { QStringLiteral("ref"), typed.trimmed() }, { QStringLiteral("name"), typed.trimmed() },
                { QStringLiteral("detail"), tr("nieuwe persoon") }, { QStringLiteral("isNew"), true } });
    return out;
}

void LabelController::chooseSource(const QString& ref, const QString& name)
{
    m_sourceRef = ref.trimmed();
    m_sourceName = name.trimmed();
    m_sourceSuggested = false;
    if (m_needs == QLatin1String("source"))
        setMessage({});
    Q_EMIT fieldsChanged();
}

void LabelController::clearSource()
{
    chooseSource({}, {});
}

void LabelController::chooseHolder(const QString& ref, const QString& name)
{
    m_holderRef = ref.trimmed();
    m_holderName = name.trimmed();
    Q_EMIT fieldsChanged();
}

void LabelController::clearHolder()
{
    chooseHolder({}, {});
}

QVariantList LabelController::feitenMatching(const QString& typed) const
{
    QVariantList out;
    if (!m_session)
        return out;
    for (int i : m_session->feitenMatching(typed, 30)) {
        if (i == m_session->current())
            continue;
        out.append(QVariantMap { { QStringLiteral("id"), double(m_session->idAt(i)) },
            { QStringLiteral("text"), tr("%1. %2").arg(i + 1).arg(shortText(m_session->textAt(i))) } });
    }
    return out;
}

void LabelController::addRestsOn(int entryId)
{
    if (std::find(m_restsOn.begin(), m_restsOn.end(), Id(entryId)) == m_restsOn.end())
        m_restsOn.push_back(entryId);
    Q_EMIT fieldsChanged();
}

void LabelController::removeRestsOn(int entryId)
{
    m_restsOn.erase(std::remove(m_restsOn.begin(), m_restsOn.end(), Id(entryId)), m_restsOn.end());
    Q_EMIT fieldsChanged();
}

QVariantList LabelController::restsOn() const
{
    QVariantList out;
    if (!m_session)
        return out;
    for (Id id : m_restsOn) {
        const int i = m_session->indexOf(id);
        const QString text = i < 0 ? QString::number(id) : tr("%1. %2").arg(i + 1).arg(shortText(m_session->textAt(i)));
        out.append(QVariantMap { { QStringLiteral("id"), double(id) }, { QStringLiteral("text"), text } });
    }
    return out;
}

void LabelController::setBasisInput(const QString& basis)
{
    if (basis == m_basis)
        return;
    m_basis = basis;
    Q_EMIT fieldsChanged();
}

QString LabelController::storedLabel(int pos) const
{
    if (!m_session)
        return {};
    auto e = m_session->entryAt(pos - 1);
    return e ? toString(e->content.label) : QString();
}

QString LabelController::hintAt(int pos) const
{
    if (!m_session || pos < 1 || pos > m_session->size())
        return {};
    const LabelHint& h = m_session->hintAt(pos - 1);
    return h.none() ? QString() : toString(h.label);
}

QString LabelController::progressText() const
{
    return tr("%1 van %2 beoordeeld").arg(labelled()).arg(total());
}

QString LabelController::label() const
{
    return m_session ? toString(m_view.entry.content.label) : QString();
}
QString LabelController::labelName() const
{
    return app::labelName(m_view.entry.content.label);
}
QString LabelController::hintLabel() const
{
    return hasHint() ? toString(m_view.hint.label) : QString();
}
QString LabelController::hintLabelName() const
{
    return hasHint() ? app::labelName(m_view.hint.label) : QString();
}

QStringList LabelController::details() const
{
    QStringList out;
    if (!m_session)
        return out;
    const EntryContent& c = m_view.entry.content;
    for (const SpokenTo& s : c.spokenTo)
        out << spokenToLine(s);
    if (c.spokenTo.empty())
        out << tr("Nog niet vastgelegd met wie er gesproken is.");
    if (const QString b = basisLine(c); !b.isEmpty())
        out << b;
    if (!c.visibleToParent)
        out << tr("Niet zichtbaar voor de ouder.");
    if (c.label == Label::Mening) {
        const OpinionHolder h = opinionHolder(m_view.entry);
        // As the warnings say (mening_without_holder): no holder and no author is not yet recorded.
        out << (h.unknown()
                ? tr("Nog niet vastgelegd van wie deze mening is.")
                : tr("Mening van %1.")
                      .arg(h.shielded ? QCoreApplication::translate("Wording", "Afgeschermde bron") : h.name));
        if (!c.restsOn.empty())
            out << tr("Rust op %n feit(en).", nullptr, int(c.restsOn.size()));
    }
    return out;
}

QVariantList LabelController::before() const
{
    QVariantList out;
    for (auto it = m_view.before.rbegin(); it != m_view.before.rend(); ++it)
        out.append(neighbour(*it));
    return out;
}

QVariantList LabelController::after() const
{
    QVariantList out;
    for (const Entry& e : m_view.after)
        out.append(neighbour(e));
    return out;
}

QStringList LabelController::warnings() const
{
    QStringList out;
    for (const LabelWarning& w : m_view.warnings)
        out << w.message;
    return out;
}

} // namespace inzage::app
