// SourcesModel: the sources pane as a tree. At the top, the library's smart entries (All, Unread,
// Bookmarked, Annotated) with their counts and the saved searches; then folders and feeds with unread counts and the last
// refresh error. Selecting an entry gives the ArticleQuery the article list shows.
//
// reload() rebuilds the tree (after feeds are added, removed, renamed or moved); refreshCounts()
// only updates numbers and errors in place, so a refresh never disturbs the selection.
#pragma once

#include "store/ArticleRecord.h"
#include "store/FeedStore.h"
#include "search/SavedSearches.h"

#include <QAbstractItemModel>
#include <QHash>

namespace gloss {

class ArticleStore;

// Every number the sources pane shows, read in one go: the smart entries' counts and each feed with
// its unread count and last error. Reading it touches every feed's index entries (tens of
// milliseconds in a 100,000-article library), so the window reads it on a worker thread.
struct SourceCounts {
    QHash<ArticleFilter, qint64> smart;
    QList<Feed> feeds;
};
Result<SourceCounts> readSourceCounts(ArticleStore &articles, FeedStore &feeds);

class SourcesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind { Smart, Folder, Feed, SavedSearch };
    // NameRole: the folder or feed name alone (DisplayRole adds the unread count).
    // SearchRole: a saved search's query.
    enum Role { KindRole = Qt::UserRole + 1, FilterRole, FeedIdRole, FolderIdRole, CountRole, ErrorRole, UrlRole, NameRole, SearchRole };

    SourcesModel(ArticleStore &articles, FeedStore &feeds, QObject *parent = nullptr);

    void reload();
    // The saved searches listed after the smart entries (rebuilds the tree).
    void setSavedSearches(const QList<search::SavedSearch> &searches);
    QModelIndex indexForSavedSearch(const QString &name) const;
    void refreshCounts(); // reads the counts on this thread and applies them
    // Counts read elsewhere (see readSourceCounts); a changed list of feeds rebuilds the tree.
    void applyCounts(const SourceCounts &counts);
    void refreshCount(ArticleFilter filter);
    // An article of `feedId` became read (-1) or unread (+1): adjusts the feed's and its folders'
    // counts and the Unread entry without re-counting every feed.
    void adjustUnread(qint64 feedId, int delta);

    ArticleQuery queryAt(const QModelIndex &index) const;
    QModelIndex indexForFilter(ArticleFilter filter) const;
    QModelIndex indexForFeed(qint64 feedId) const;
    QModelIndex indexForFolder(qint64 folderId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    struct Node {
        Kind kind = Kind::Smart;
        ArticleFilter filter = ArticleFilter::All;
        qint64 id = 0;          // feed or folder id
        QString name;
        QString url;            // feed: its address; saved search: its query
        QString error;
        qint64 count = 0;       // smart: matching articles; feed/folder: unread
        int parent = -1;        // node index; -1 for top level
        QList<int> children;
    };
    const Node *nodeAt(const QModelIndex &index) const;
    int rowOf(int node) const;
    QModelIndex indexOfNode(int node) const;
    void buildTree();
    void updateNode(int node, qint64 count, const QString &error);

    ArticleStore &m_articles;
    FeedStore &m_feeds;
    QList<Node> m_nodes;
    QList<search::SavedSearch> m_saved;
    QList<int> m_top;
};

} // namespace gloss
