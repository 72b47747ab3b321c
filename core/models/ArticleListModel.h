// ArticleListModel: the article list (title, source, date) over an ArticleStore, newest first.
//
// Rows are fetched in keyset pages through canFetchMore()/fetchMore(), so opening a 100,000-article
// library reads one page, not the whole table. QtCore only: views decide fonts and icons from the
// roles (ReadRole, BookmarkedRole), so the model is tested without widgets.
#pragma once

#include "store/ArticleRecord.h"

#include <QAbstractTableModel>

namespace gloss {

class ArticleStore;

class ArticleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, SourceColumn, DateColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ReadRole, BookmarkedRole, UrlRole, PublishedRole };

    explicit ArticleListModel(ArticleStore &store, QObject *parent = nullptr);

    void setFilter(ArticleFilter filter) { setQuery(ArticleQuery(filter)); }
    void setQuery(const ArticleQuery &query);
    const ArticleQuery &query() const { return m_query; }
    // Drops every row and fetches the first page again (after an import, say).
    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }

    int rowForId(qint64 id) const;
    qint64 idAt(int row) const;

    // Flags are written through the store and the row updated in place.
    bool setBookmarked(int row, bool bookmarked);
    bool setRead(int row, bool read);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A store read or write failed; the view shows the message.
    void errorOccurred(const QString &message);

private:
    ArticleStore &m_store;
    ArticleQuery m_query;
    QList<ArticleSummary> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    int m_pageSize = 200;
};

} // namespace gloss
