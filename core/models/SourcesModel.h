// SourcesModel: the sources pane's entries (All, Unread, Bookmarked, Annotated) with their counts.
// Feeds, folders, labels and speakers join later as further sections.
#pragma once

#include "store/ArticleRecord.h"

#include <QAbstractListModel>

namespace gloss {

class ArticleStore;

class SourcesModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { FilterRole = Qt::UserRole + 1, CountRole, IconNameRole };

    explicit SourcesModel(ArticleStore &store, QObject *parent = nullptr);

    // Re-reads the counts (after imports and flag changes).
    void refreshCounts();
    // Re-reads one count: opening an article changes only the unread count, and counting annotated
    // articles in a large library is not free.
    void refreshCount(ArticleFilter filter);
    ArticleFilter filterAt(int row) const;
    int rowForFilter(ArticleFilter filter) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        ArticleFilter filter;
        QString name;
        QString iconName; // freedesktop icon name; the view picks the icon
        qint64 count = 0;
    };
    ArticleStore &m_store;
    QList<Entry> m_entries;
};

} // namespace gloss
