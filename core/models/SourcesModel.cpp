#include "SourcesModel.h"

#include "store/ArticleStore.h"

using namespace Qt::StringLiterals;

namespace gloss {

SourcesModel::SourcesModel(ArticleStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_entries = {
        {ArticleFilter::All, tr("All articles"), u"folder-documents"_s},
        {ArticleFilter::Unread, tr("Unread"), u"mail-unread"_s},
        {ArticleFilter::Bookmarked, tr("Bookmarked"), u"bookmarks"_s},
        {ArticleFilter::Annotated, tr("Annotated"), u"draw-highlight"_s},
    };
    refreshCounts();
}

void SourcesModel::refreshCounts()
{
    for (const Entry &e : std::as_const(m_entries))
        refreshCount(e.filter);
}

void SourcesModel::refreshCount(ArticleFilter filter)
{
    const int row = rowForFilter(filter);
    if (row < 0)
        return;
    auto count = m_store.count(filter);
    const qint64 value = count ? *count : 0;
    if (value != m_entries[row].count) {
        m_entries[row].count = value;
        Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, CountRole});
    }
}

ArticleFilter SourcesModel::filterAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].filter : ArticleFilter::All;
}

int SourcesModel::rowForFilter(ArticleFilter filter) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].filter == filter)
            return row;
    return -1;
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.count > 0 && e.filter != ArticleFilter::All ? u"%1 (%2)"_s.arg(e.name).arg(e.count) : e.name;
    case Qt::ToolTipRole: return tr("%n article(s)", nullptr, int(e.count));
    case FilterRole: return int(e.filter);
    case CountRole: return e.count;
    case IconNameRole: return e.iconName;
    }
    return {};
}

} // namespace gloss
