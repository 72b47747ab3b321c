#include "SourcesModel.h"

#include "store/ArticleStore.h"
#include "store/FeedStore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace gloss {

SourcesModel::SourcesModel(ArticleStore &articles, FeedStore &feeds, QObject *parent)
    : QAbstractItemModel(parent)
    , m_articles(articles)
    , m_feeds(feeds)
{
    buildTree();
}

void SourcesModel::reload()
{
    beginResetModel();
    buildTree();
    endResetModel();
}

void SourcesModel::setSavedSearches(const QList<search::SavedSearch> &searches)
{
    m_saved = searches;
    reload();
}

QModelIndex SourcesModel::indexForSavedSearch(const QString &name) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == Kind::SavedSearch && m_nodes[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return indexOfNode(i);
    return {};
}

void SourcesModel::buildTree()
{
    m_nodes.clear();
    m_top.clear();
    const struct {
        ArticleFilter filter;
        QString name;
    } smart[] = {{ArticleFilter::All, tr("All articles")},
                 {ArticleFilter::Unread, tr("Unread")},
                 {ArticleFilter::Bookmarked, tr("Bookmarked")},
                 {ArticleFilter::Annotated, tr("Annotated")}};
    for (const auto &s : smart) {
        Node n;
        n.kind = Kind::Smart;
        n.filter = s.filter;
        n.name = s.name;
        auto count = m_articles.count(s.filter);
        n.count = count ? *count : 0;
        m_top << int(m_nodes.size());
        m_nodes << n;
    }
    for (const search::SavedSearch &saved : std::as_const(m_saved)) {
        Node n;
        n.kind = Kind::SavedSearch;
        n.name = saved.name;
        n.url = saved.query;
        m_top << int(m_nodes.size());
        m_nodes << n;
    }

    auto folders = m_feeds.folders();
    auto feeds = m_feeds.feeds();
    if (!folders || !feeds) {
        Q_EMIT errorOccurred(!folders ? folders.error() : feeds.error());
        return;
    }
    QHash<qint64, int> folderNode;
    for (const Folder &f : *folders) {
        Node n;
        n.kind = Kind::Folder;
        n.id = f.id;
        n.name = f.name;
        folderNode.insert(f.id, int(m_nodes.size()));
        m_nodes << n;
    }
    // Nest folders (OPML allows folders in folders); a dangling parent puts the folder at the top.
    for (const Folder &f : *folders) {
        const int node = folderNode.value(f.id);
        const int parent = f.parentId ? folderNode.value(f.parentId, -1) : -1;
        m_nodes[node].parent = parent;
        (parent >= 0 ? m_nodes[parent].children : m_top) << node;
    }
    for (const Feed &f : *feeds) {
        Node n;
        n.kind = Kind::Feed;
        n.id = f.id;
        n.name = f.title.isEmpty() ? f.url : f.title;
        n.url = f.url;
        n.error = f.lastError;
        n.count = f.unread;
        n.parent = f.folderId ? folderNode.value(f.folderId, -1) : -1;
        const int node = int(m_nodes.size());
        m_nodes << n;
        (n.parent >= 0 ? m_nodes[n.parent].children : m_top) << node;
        for (int p = n.parent; p >= 0; p = m_nodes[p].parent)
            m_nodes[p].count += f.unread;
    }
}

void SourcesModel::updateNode(int node, qint64 count, const QString &error)
{
    Node &n = m_nodes[node];
    if (n.count == count && n.error == error)
        return;
    n.count = count;
    n.error = error;
    const QModelIndex index = indexOfNode(node);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, CountRole, ErrorRole, Qt::ToolTipRole});
}

void SourcesModel::refreshCount(ArticleFilter filter)
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == Kind::Smart && m_nodes[i].filter == filter) {
            auto count = m_articles.count(filter);
            updateNode(i, count ? *count : 0, {});
        }
    }
}

Result<SourceCounts> readSourceCounts(ArticleStore &articles, FeedStore &feeds)
{
    SourceCounts counts;
    auto list = feeds.feeds();
    if (!list)
        return Error{list.error()};
    counts.feeds = std::move(*list);
    for (ArticleFilter filter : {ArticleFilter::All, ArticleFilter::Unread, ArticleFilter::Bookmarked, ArticleFilter::Annotated}) {
        auto n = articles.count(filter);
        if (!n)
            return Error{n.error()};
        counts.smart.insert(filter, *n);
    }
    return counts;
}

void SourcesModel::refreshCounts()
{
    auto counts = readSourceCounts(m_articles, m_feeds);
    if (!counts) {
        Q_EMIT errorOccurred(counts.error());
        return;
    }
    applyCounts(*counts);
}

void SourcesModel::applyCounts(const SourceCounts &counts)
{
    const QList<Feed> &feeds = counts.feeds;
    QHash<qint64, int> feedNode;
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == Kind::Feed)
            feedNode.insert(m_nodes[i].id, i);
    bool sameFeeds = feedNode.size() == feeds.size();
    for (const Feed &f : feeds)
        sameFeeds = sameFeeds && feedNode.contains(f.id) && m_nodes[feedNode[f.id]].name == (f.title.isEmpty() ? f.url : f.title);
    if (!sameFeeds) {
        reload(); // subscriptions changed under us (the CLI, an OPML import): rebuild
        return;
    }
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == Kind::Smart)
            updateNode(i, counts.smart.value(m_nodes[i].filter), {});
    QHash<int, qint64> folderUnread;
    for (const Feed &f : feeds) {
        const int node = feedNode.value(f.id);
        updateNode(node, f.unread, f.lastError);
        for (int p = m_nodes[node].parent; p >= 0; p = m_nodes[p].parent)
            folderUnread[p] += f.unread;
    }
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == Kind::Folder)
            updateNode(i, folderUnread.value(i), {});
}

void SourcesModel::adjustUnread(qint64 feedId, int delta)
{
    refreshCount(ArticleFilter::Unread);
    if (!feedId)
        return;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind != Kind::Feed || m_nodes[i].id != feedId)
            continue;
        for (int n = i; n >= 0; n = m_nodes[n].parent)
            updateNode(n, std::max<qint64>(0, m_nodes[n].count + delta), m_nodes[n].error);
        return;
    }
}

ArticleQuery SourcesModel::queryAt(const QModelIndex &index) const
{
    const Node *n = nodeAt(index);
    if (!n)
        return {};
    switch (n->kind) {
    case Kind::Smart: return ArticleQuery(n->filter);
    case Kind::Folder: return ArticleQuery::forFolder(n->id);
    case Kind::Feed: return ArticleQuery::forFeed(n->id);
    case Kind::SavedSearch: return {}; // the window runs the search instead (SearchRole)
    }
    return {};
}

QModelIndex SourcesModel::indexForFilter(ArticleFilter filter) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == Kind::Smart && m_nodes[i].filter == filter)
            return indexOfNode(i);
    return {};
}

QModelIndex SourcesModel::indexForFeed(qint64 feedId) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == Kind::Feed && m_nodes[i].id == feedId)
            return indexOfNode(i);
    return {};
}

QModelIndex SourcesModel::indexForFolder(qint64 folderId) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == Kind::Folder && m_nodes[i].id == folderId)
            return indexOfNode(i);
    return {};
}

const SourcesModel::Node *SourcesModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto node = qsizetype(index.internalId());
    return node >= 0 && node < m_nodes.size() ? &m_nodes[node] : nullptr;
}

int SourcesModel::rowOf(int node) const
{
    const int parent = m_nodes[node].parent;
    return int((parent >= 0 ? m_nodes[parent].children : m_top).indexOf(node));
}

QModelIndex SourcesModel::indexOfNode(int node) const
{
    return createIndex(rowOf(node), 0, quintptr(node));
}

QModelIndex SourcesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &siblings = parent.isValid() ? nodeAt(parent)->children : m_top;
    if (row >= siblings.size())
        return {};
    return createIndex(row, 0, quintptr(siblings[row]));
}

QModelIndex SourcesModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeAt(child);
    if (!n || n->parent < 0)
        return {};
    return indexOfNode(n->parent);
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = nodeAt(parent);
    return n ? int(n->children.size()) : 0;
}

int SourcesModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeAt(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (n->count > 0 && !(n->kind == Kind::Smart && n->filter == ArticleFilter::All))
            return u"%1 (%2)"_s.arg(n->name).arg(n->count);
        return n->name;
    case Qt::ToolTipRole:
        if (!n->error.isEmpty())
            return tr("Last refresh failed: %1").arg(n->error);
        if (n->kind == Kind::Feed)
            return n->url;
        if (n->kind == Kind::SavedSearch)
            return tr("Saved search: %1").arg(n->url);
        return tr("%n article(s)", nullptr, int(n->count));
    case KindRole: return int(n->kind);
    case FilterRole: return int(n->filter);
    case FeedIdRole: return n->kind == Kind::Feed ? n->id : 0;
    case FolderIdRole: return n->kind == Kind::Folder ? n->id : 0;
    case CountRole: return n->count;
    case ErrorRole: return n->error;
    case UrlRole: return n->url;
    case NameRole: return n->name;
    case SearchRole: return n->kind == Kind::SavedSearch ? n->url : QString();
    }
    return {};
}

} // namespace gloss
