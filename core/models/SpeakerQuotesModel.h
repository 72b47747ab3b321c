// SpeakerQuotesModel: the annotations attributed to one speaker, for the speakers dialog.
//
// A speaker may have 100,000 quotes in a library of a million annotations, so rows come in keyset
// pages through canFetchMore()/fetchMore(), never the whole set. Order: newest capture first, i.e.
// annotation id descending. The id is the only order the index annotations_by_speaker(speaker_id)
// serves without a sort (SQLite keeps the rowid as the index's last column), so every page is an
// index range "speaker_id = ? AND id < last id" — constant work per page however deep the scroll.
// Ordering by article date would need a sort of all the speaker's quotes for every page.
#pragma once

#include "annotation/Annotation.h"

#include "store/Result.h"

#include <QAbstractListModel>

namespace gloss {

class Database;

struct SpeakerQuote {
    qint64 id = 0;
    qint64 articleId = 0;
    QString articleTitle;
    QString exact;
    QuoteKind quoteKind = QuoteKind::None;
    QString verb;
    AnchorStatus status = AnchorStatus::Anchored;
};

class SpeakerQuotesModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,   // annotation id
        ArticleIdRole,
        ArticleTitleRole,
        ExactRole,
        QuoteKindRole,               // "direct" | "partial" | "reported" | ""
        VerbRole,
        StateRole,                   // "anchored" | "changed" | "orphan"
    };

    explicit SpeakerQuotesModel(Database &db, QObject *parent = nullptr);

    // Shows the quotes of `speakerId` (0: none), starting again from the first page.
    void setSpeaker(qint64 speakerId);
    qint64 speakerId() const { return m_speakerId; }
    // Drops the rows and reads the first page again (after a merge, delete or undo).
    void reload();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    int rowForId(qint64 annotationId) const;   // among the rows fetched so far
    const SpeakerQuote *quoteAt(int row) const;

    // SQLite's plan for the page query (EXPLAIN QUERY PLAN detail lines), so tests can check that
    // paging stays an index range and never sorts.
    static Result<QStringList> pageQueryPlan(Database &db);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Database &m_db;
    qint64 m_speakerId = 0;
    QList<SpeakerQuote> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
    int m_pageSize = 200;
};

} // namespace gloss
