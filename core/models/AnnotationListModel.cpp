#include "AnnotationListModel.h"

#include "annotation/AnnotationStore.h"

using namespace Qt::StringLiterals;

namespace gloss {

AnnotationListModel::AnnotationListModel(AnnotationStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

void AnnotationListModel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    reload();
}

void AnnotationListModel::setArticleUnloaded(qint64 articleId)
{
    beginResetModel();
    m_articleId = articleId;
    m_loaded = articleId == 0;
    m_rows.clear();
    endResetModel();
}

void AnnotationListModel::reload()
{
    beginResetModel();
    m_loaded = true;
    m_rows.clear();
    QString error;
    if (m_articleId) {
        auto rows = m_store.forArticle(m_articleId);
        if (rows)
            m_rows = *rows;
        else
            error = rows.error();
    }
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
}

int AnnotationListModel::rowForId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

QList<Annotation> AnnotationListModel::annotationsAt(int position) const
{
    QList<Annotation> hits;
    for (const Annotation &a : m_rows)
        if (a.status != AnchorStatus::Orphan && a.start() <= position && position < a.end())
            hits << a;
    // Innermost (shortest) last: that is the one a click means.
    std::stable_sort(hits.begin(), hits.end(), [](const Annotation &x, const Annotation &y) {
        return (x.end() - x.start()) > (y.end() - y.start());
    });
    return hits;
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return a.exact();
    case Qt::ToolTipRole: return a.comment.isEmpty() ? a.exact() : a.comment;
    case IdRole: return a.id;
    case KindRole: return kindName(a.kind);
    case ExactRole: return a.exact();
    case SpeakerRole: return a.speakerName;
    case CommentRole: return a.comment;
    case TagsRole: return a.tags;
    case StateRole: return statusName(a.status);
    case ColorRole: return a.color;
    case StartRole: return a.status == AnchorStatus::Orphan ? -1 : a.start();
    case EndRole: return a.status == AnchorStatus::Orphan ? -1 : a.end();
    case OriginalExactRole: return a.originalExact;
    }
    return {};
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"}, {KindRole, "kind"}, {ExactRole, "exact"}, {SpeakerRole, "speaker"}, {CommentRole, "comment"},
                  {TagsRole, "tags"}, {StateRole, "state"}, {ColorRole, "color"}, {StartRole, "start"}, {EndRole, "end"},
                  {OriginalExactRole, "originalExact"}});
    return names;
}

} // namespace gloss
