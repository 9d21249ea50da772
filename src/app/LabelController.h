#pragma once

#include "dossier/LabelSession.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace inzage::app {

// The professional's labelling view: the entry in focus with its neighbours, the hint beside it
// (a suggestion, never shown as the label), the fields a label needs, progress and undo. Every
// rule is LabelSession's; this turns it into properties for QML and keeps what the fields hold.
class LabelController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelController)
    Q_PROPERTY(bool active READ active NOTIFY viewChanged)
    Q_PROPERTY(int total READ total NOTIFY viewChanged)
    Q_PROPERTY(int labelled READ labelled NOTIFY viewChanged)
    Q_PROPERTY(int position READ position NOTIFY viewChanged) // 1-based, for "notitie 5 van 210"
    Q_PROPERTY(QString progressText READ progressText NOTIFY viewChanged)
    Q_PROPERTY(int entryId READ entryId NOTIFY viewChanged)
    Q_PROPERTY(QString text READ text NOTIFY viewChanged)
    Q_PROPERTY(QString section READ section NOTIFY viewChanged)
    Q_PROPERTY(QString label READ label NOTIFY viewChanged) // the stored label's word
    Q_PROPERTY(QString labelName READ labelName NOTIFY viewChanged)
    Q_PROPERTY(QStringList details READ details NOTIFY viewChanged) // spoken to, basis, holder, feiten
    Q_PROPERTY(bool hasHint READ hasHint NOTIFY viewChanged)
    Q_PROPERTY(QString hintLabel READ hintLabel NOTIFY viewChanged)
    Q_PROPERTY(QString hintLabelName READ hintLabelName NOTIFY viewChanged)
    Q_PROPERTY(QString hintReason READ hintReason NOTIFY viewChanged)
    Q_PROPERTY(QVariantList before READ before NOTIFY viewChanged) // [{text, label, labelName}], top first
    Q_PROPERTY(QVariantList after READ after NOTIFY viewChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY viewChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY viewChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString needs READ needs NOTIFY messageChanged) // "basis" / "source": what a refused label lacks
    Q_PROPERTY(QString basisInput READ basisInput WRITE setBasisInput NOTIFY fieldsChanged)
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY fieldsChanged)
    Q_PROPERTY(bool sourceSuggested READ sourceSuggested NOTIFY fieldsChanged)
    Q_PROPERTY(QString holderName READ holderName NOTIFY fieldsChanged)
    Q_PROPERTY(QVariantList restsOn READ restsOn NOTIFY fieldsChanged) // [{id, text}]

public:
    explicit LabelController(QObject* parent = nullptr);
    ~LabelController() override;

    // A session opens only when the core lets this vault's reader label (Vault::role()).
    void setVault(Vault* vault, const QString& actorName);

    // "feit", "mening", "bron", "onbeoordeeld": labels the entry in focus and moves on.
    Q_INVOKABLE bool labelWith(const QString& word);
    Q_INVOKABLE bool acceptHint();
    Q_INVOKABLE bool undo();
    Q_INVOKABLE void goNext();
    Q_INVOKABLE void goPrevious();
    Q_INVOKABLE bool goNextUnlabelled();
    Q_INVOKABLE bool goNextWarning();
    Q_INVOKABLE void goTo(int position); // 1-based
    // Opens an entry by its id (from the report check or the inbox); false when not in the session.
    Q_INVOKABLE bool goToEntry(int entryId);

    // Type-ahead: [{ref, name, detail, isNew}], Dutch order, "nieuwe persoon" last when offered.
    Q_INVOKABLE QVariantList personsMatching(const QString& typed) const;
    Q_INVOKABLE void chooseSource(const QString& ref, const QString& name);
    Q_INVOKABLE void clearSource();
    Q_INVOKABLE void chooseHolder(const QString& ref, const QString& name);
    Q_INVOKABLE void clearHolder();
    // Feiten for a conclusion: [{id, text}] whose text contains what was typed.
    Q_INVOKABLE QVariantList feitenMatching(const QString& typed) const;
    Q_INVOKABLE void addRestsOn(int entryId);
    Q_INVOKABLE void removeRestsOn(int entryId);
    // The label as stored in the file now for the entry at `position` (1-based); for checks.
    Q_INVOKABLE QString storedLabel(int position) const;
    Q_INVOKABLE QString hintAt(int position) const;

    bool active() const { return m_session.has_value(); }
    int total() const { return m_session ? m_session->size() : 0; }
    int labelled() const { return m_session ? m_session->labelledCount() : 0; }
    int position() const { return m_session ? m_session->current() + 1 : 0; }
    QString progressText() const;
    int entryId() const { return int(m_view.entry.id); }
    QString text() const { return m_view.entry.content.text; }
    QString section() const { return m_view.entry.content.section; }
    QString label() const;
    QString labelName() const;
    QStringList details() const;
    bool hasHint() const { return m_session && !m_view.hint.none(); }
    QString hintLabel() const;
    QString hintLabelName() const;
    QString hintReason() const { return m_view.hint.reason; }
    QVariantList before() const;
    QVariantList after() const;
    QStringList warnings() const;
    bool canUndo() const { return m_session && m_session->canUndo(); }
    QString message() const { return m_message; }
    QString needs() const { return m_needs; }
    QString basisInput() const { return m_basis; }
    void setBasisInput(const QString& basis);
    QString sourceName() const { return m_sourceName; }
    bool sourceSuggested() const { return m_sourceSuggested; }
    QString holderName() const { return m_holderName; }
    QVariantList restsOn() const;

Q_SIGNALS:
    void viewChanged();
    void messageChanged();
    void fieldsChanged();

private:
    bool afterWrite(const Status& s, Label tried);
    void load(); // the focus view and the fields for it
    void setMessage(const QString& m, const QString& needs = {});
    LabelDetails detailsForLabel() const;

    Vault* m_vault = nullptr;
    std::optional<LabelSession> m_session;
    FocusView m_view;
    QString m_message, m_needs;
    QString m_basis;
    QString m_sourceRef, m_sourceName;
    bool m_sourceSuggested = false;
    QString m_holderRef, m_holderName;
    std::vector<Id> m_restsOn;
};

} // namespace inzage::app
