#include "SearchResultsModel.h"

#include <QPoint>

namespace gloss {

void SearchResultsModel::setHits(const QList<search::SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const search::SearchHit *SearchResultsModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    const search::SearchHit *hit = hitAt(index.row());
    if (!hit || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole: return hit->title;
    case Qt::ToolTipRole: return hit->snippet;
    case ArticleIdRole: return hit->articleId;
    case AnnotationIdRole: return hit->annotationId;
    case KindRole: return int(hit->kind);
    case SnippetRole: return hit->snippet;
    case HighlightsRole: {
        QVariantList ranges;
        for (const auto &[start, end] : hit->highlights)
            ranges << QPoint(start, end);
        return ranges;
    }
    case SourceRole: return hit->source;
    case PublishedRole: return hit->published;
    default: return {};
    }
}

} // namespace gloss
