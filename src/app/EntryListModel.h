#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "exchange/AnswerTravel.h"

#include <QAbstractListModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace inzage {
class Vault;
}

namespace inzage::app {

// The dossier as a list, in report order. Pages from the vault 100 entries at a time
// (canFetchMore/fetchMore): it never loads the whole file, so 100,000 entries scroll smoothly.
class EntryListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryListModel)
    Q_PROPERTY(QString labelFilter READ labelFilter WRITE setLabelFilter NOTIFY filterChanged)
    Q_PROPERTY(int personFilter READ personFilter WRITE setPersonFilter NOTIFY filterChanged)
    Q_PROPERTY(QString sectionFilter READ sectionFilter WRITE setSectionFilter NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    // "rapport" (as in the report, with its sections) or "datum" (by the date of what it is about).
    Q_PROPERTY(QString sortOrder READ sortOrder WRITE setSortOrder NOTIFY filterChanged)
    Q_PROPERTY(int feitCount READ feitCount NOTIFY countsChanged)
    Q_PROPERTY(int meningCount READ meningCount NOTIFY countsChanged)
    Q_PROPERTY(int bronCount READ bronCount NOTIFY countsChanged)
    Q_PROPERTY(int onbeoordeeldCount READ onbeoordeeldCount NOTIFY countsChanged)
    Q_PROPERTY(QString countsText READ countsText NOTIFY countsChanged)
    Q_PROPERTY(QStringList sections READ sections NOTIFY sectionsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int total READ total NOTIFY countsChanged)
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY loadingChanged)
    // Entries new or changed since the last visit, or with a reply that arrived since (NewSinceVisit,
    // AnswerTravel): how many, for "Nieuw sinds uw vorige bezoek: N".
    Q_PROPERTY(int newCount READ newCount NOTIFY countsChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // the entry's number (int)
        TextRole,                       // the entry text, as written
        SectionRole,                    // report section ("Bevindingen moeder")
        EventDateRole,                  // date of what it is about, in words ("12 maart 2026")
        LabelRole,                      // feit, mening, bron, onbeoordeeld (for colour and icon)
        LabelNameRole,                  // the label as a word, translated ("Feit", "Nog niet beoordeeld")
        SpokenToRole,                   // QStringList: one line per person spoken to (never empty)
        BasisRole,                      // for a feit: what it rests on; else ""
        HolderRole,                     // for a mening: whose opinion; else ""
        RestsOnRole,                    // for a mening: the feiten it rests on, in words; else ""
        AnswersRole,                    // QVariantList of {answerId, kind, text, status, statusName, reply,
                                        //   changedSince, sent, isNew}
        RevisionRole,                   // revision number (1 = never changed)
        HistoryRole,                    // QVariantList of earlier versions, newest first:
                                        // {rev, label, labelName, text, date, replacedBecause}
        ApprovalRole,                   // for a bron: who approved it, when and how, one line each; else ""
        RestsOnIdsRole,                 // for a mening: the numbers of the feiten it rests on (QVariantList of int)
        NewnessRole,                    // since the last visit: "nieuw", "aangepast", "antwoord" (a new reply) or ""
    };
    Q_ENUM(Role)

    explicit EntryListModel(QObject* parent = nullptr);

    void setVault(Vault* vault);
    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // For the view's keys and "ga naar nr.": the view asks, the model reads the pages it needs.
    // The next page, when there is one (a view that scrolls near the end asks for it).
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    // Reads the rest of the list (End, Ctrl+End), in large pages.
    Q_INVOKABLE void loadAll();
    // The row of entry `entryId` in this list, reading pages until it is there; -1 when this list
    // (with its filter) does not hold it.
    Q_INVOKABLE int rowOfEntry(int entryId);
    // The entry number in `row`, or 0 when there is no such row.
    Q_INVOKABLE int entryIdAt(int row) const;
    // Reads one entry's answers again (after an answer was saved): one row changes, the list
    // keeps its place.
    void refreshEntry(Id entryId);
    // Reads the answers of every loaded row again (after an answer file was written or an update
    // file read): the rows stay, their answers change.
    void refreshAnswers();
    void setSeenUpTo(qint64 seq) { m_seenUpTo = seq; }
    // NewSinceVisit's mark of the last visit (0: a first visit, nothing is new).
    void setRevisionsSeen(qint64 mark) { m_revisionsSeen = mark; }
    int newCount() const { return int(m_newOrder.size()); }
    // The next new entry after entry `afterEntryId` in report order (wrapping round); 0 when none.
    Q_INVOKABLE int nextNewEntry(int afterEntryId) const;

    QString labelFilter() const;
    void setLabelFilter(const QString& label);
    int personFilter() const { return m_filter.spokenTo ? int(*m_filter.spokenTo) : 0; }
    void setPersonFilter(int personId);
    QString sectionFilter() const { return m_filter.section; }
    void setSectionFilter(const QString& section);
    QString search() const { return m_filter.search; }
    void setSearch(const QString& text);
    QString sortOrder() const;
    void setSortOrder(const QString& order);

    int feitCount() const { return m_counts.feit; }
    int meningCount() const { return m_counts.mening; }
    int bronCount() const { return m_counts.bron; }
    int onbeoordeeldCount() const { return m_counts.onbeoordeeld; }
    QString countsText() const;
    QStringList sections() const { return m_sections; }
    bool loading() const { return m_loading; }
    int total() const { return m_counts.total(); }
    bool canLoadMore() const { return !m_atEnd; }

    static constexpr int kPageSize = 100;

Q_SIGNALS:
    void filterChanged();
    void countsChanged();
    void sectionsChanged();
    void loadingChanged();
    void errorOccurred(const QString& message);

private:
    QVariantList answersFor(const Entry& e) const;
    QVariantList historyFor(const Entry& e) const;
    // The page after the last loaded entry; sets m_atEnd. Announcing the rows is the caller's job.
    Result<std::vector<Entry>> nextPage(int size = kPageSize);
    void appendPage(int size);
    void append(std::vector<Entry>& page);
    void setLoading(bool loading);
    void readNewness();

    Vault* m_vault = nullptr;
    EntryFilter m_filter;
    std::vector<Entry> m_entries;
    std::vector<QVariantList> m_answers;
    mutable QHash<Id, QVariantList> m_history; // earlier versions, read when first shown
    QHash<QString, AnswerTravelState> m_travel;
    qint64 m_seenUpTo = 0;
    qint64 m_revisionsSeen = 0;
    QHash<Id, QString> m_newness;
    std::vector<std::pair<std::int64_t, Id>> m_newOrder; // (position, entry), in report order
    bool m_atEnd = true;
    bool m_loading = false;
    LabelCounts m_counts;
    QStringList m_sections;
};

} // namespace inzage::app
