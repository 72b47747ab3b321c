// SearchResultsModel: one search's hits (articles and annotations), best first, for the list that
// replaces the article list while the search field has text. QtCore only.
#pragma once

#include "search/Searcher.h"

#include <QAbstractListModel>

namespace gloss {

class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    // DisplayRole: the article's title. SnippetRole: the snippet; HighlightsRole: its matched ranges as
    // a QVariantList of QPoint(start, end).
    enum Role { ArticleIdRole = Qt::UserRole + 1, AnnotationIdRole, KindRole, SnippetRole, HighlightsRole, SourceRole, PublishedRole };

    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<search::SearchHit> &hits);
    const search::SearchHit *hitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<search::SearchHit> m_hits;
};

} // namespace gloss
