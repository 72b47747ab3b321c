#include "ArticleListModel.h"

#include "store/ArticleStore.h"

#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace gloss {

ArticleListModel::ArticleListModel(ArticleStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void ArticleListModel::setQuery(const ArticleQuery &query)
{
    m_query = query;
    reload();
}

void ArticleListModel::reload()
{
    // The first page is read inside the reset, so a view sees the new rows in one notification;
    // m_fetching keeps views reacting to modelReset from fetching the next page mid-reset.
    const QScopedValueRollback guard(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    auto page = m_store.page(m_query, std::nullopt, m_pageSize);
    if (page) {
        m_rows = *page;
        m_atEnd = page->size() < m_pageSize;
    } else {
        m_atEnd = true;
    }
    endResetModel();
    if (!page)
        Q_EMIT errorOccurred(page.error());
}

int ArticleListModel::rowForId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

qint64 ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

bool ArticleListModel::setBookmarked(int row, bool bookmarked)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Status status = m_store.setBookmarked(m_rows[row].id, bookmarked);
    if (!status) {
        Q_EMIT errorOccurred(status.error());
        return false;
    }
    m_rows[row].bookmarked = bookmarked;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {BookmarkedRole, Qt::DecorationRole});
    return true;
}

bool ArticleListModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (m_rows[row].read == read)
        return true;
    const Status status = m_store.setRead(m_rows[row].id, read);
    if (!status) {
        Q_EMIT errorOccurred(status.error());
        return false;
    }
    m_rows[row].read = read;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {ReadRole, Qt::FontRole});
    return true;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return a.title;
        case SourceColumn: return a.source;
        case DateColumn:
            return a.published.isValid() ? QLocale().toString(a.published.toLocalTime().date(), QLocale::ShortFormat) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(a.title) : QVariant();
    case IdRole: return a.id;
    case ReadRole: return a.read;
    case BookmarkedRole: return a.bookmarked;
    case UrlRole: return a.url;
    case PublishedRole: return a.published;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case SourceColumn: return tr("Source");
    case DateColumn: return tr("Published");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) may call back into fetchMore() from the rowsInserted
    // signal of the page being added; one page at a time keeps the insert notifications consistent.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback guard(m_fetching, true);
    std::optional<ArticleCursor> after;
    if (!m_rows.isEmpty())
        after = ArticleCursor{m_rows.last().sortTime, m_rows.last().id};
    auto page = m_store.page(m_query, after, m_pageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT errorOccurred(page.error());
        return;
    }
    if (page->size() < m_pageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

} // namespace gloss
