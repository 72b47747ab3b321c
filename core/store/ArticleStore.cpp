#include "ArticleStore.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const Statement &st, int column)
{
    if (st.isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(st.int64(column), QTimeZone::UTC);
}

QString filterClause(ArticleFilter filter)
{
    switch (filter) {
    case ArticleFilter::All: return u"1"_s;
    case ArticleFilter::Unread: return u"is_read = 0"_s;
    case ArticleFilter::Bookmarked: return u"is_bookmarked = 1"_s;
    case ArticleFilter::Annotated:
        return u"EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = articles.id)"_s;
    }
    return u"1"_s;
}

// The WHERE clause of a query; its parameters (feed or folder id) come first, bound by the caller.
QString whereClause(const ArticleQuery &query, QList<qint64> *values)
{
    QString where = filterClause(query.filter);
    if (query.feedId) {
        where += u" AND feed_id = ?"_s;
        values->append(query.feedId);
    } else if (query.folderId) {
        where += u" AND feed_id IN (SELECT id FROM feeds WHERE folder_id = ?)"_s;
        values->append(query.folderId);
    }
    return where;
}

Error storeError(const QString &what, const Database &db)
{
    return Error{u"%1: %2"_s.arg(what, db.lastError())};
}

} // namespace

QString ArticleStore::contentHash(const QString &title, const QString &html)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(title.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(html.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString ArticleStore::statusName(SaveStatus status)
{
    switch (status) {
    case SaveStatus::Imported: return u"imported"_s;
    case SaveStatus::Unchanged: return u"unchanged"_s;
    case SaveStatus::Updated: return u"updated"_s;
    }
    return {};
}

Result<ArticleStore::Saved> ArticleStore::save(const ArticleInput &in)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(u"cannot start writing"_s, m_db);
    auto saved = saveInBatch(in);
    if (saved && !tx.commit())
        return storeError(u"cannot save the article"_s, m_db);
    return saved;
}

Result<ArticleStore::Saved> ArticleStore::saveInBatch(const ArticleInput &in)
{
    const QString hash = in.contentHash.isEmpty() ? contentHash(in.title, in.html) : in.contentHash;
    const qint64 now = nowMs();
    Statement find = m_db.prepare(u"SELECT id, content_hash, revision, title, html, text FROM articles WHERE source_key = ?"_s);
    find.bind(1, in.sourceKey);
    if (find.next()) {
        const qint64 id = find.int64(0);
        const int revision = find.integer(2);
        if (find.text(1) == hash)
            return Saved{id, SaveStatus::Unchanged, revision, {}};
        // Keep the superseded content: annotations were made against it and the reader may compare.
        Statement keep = m_db.prepare(u"INSERT INTO article_revisions (article_id, revision, replaced, title, html, text, content_hash) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        keep.bind(1, id).bind(2, revision).bind(3, now).bind(4, find.text(3)).bind(5, find.text(4)).bind(6, find.text(5)).bind(7, find.text(1));
        if (!keep.exec())
            return storeError(u"cannot keep the earlier revision"_s, m_db);
        Statement update = m_db.prepare(u"UPDATE articles SET url = ?, title = ?, author = ?, source = ?, format = ?, published = ?, "
                                        "updated = ?, sort_time = ?, html = ?, text = ?, content_hash = ?, revision = ? WHERE id = ?"_s);
        update.bind(1, in.url).bind(2, in.title).bind(3, in.author).bind(4, in.source).bind(5, in.format);
        update.bind(6, msOrNull(in.published)).bind(7, now);
        update.bind(8, in.published.isValid() ? in.published.toMSecsSinceEpoch() : now);
        update.bind(9, in.html).bind(10, in.text).bind(11, hash).bind(12, revision + 1).bind(13, id);
        if (!update.exec())
            return storeError(u"cannot update the article"_s, m_db);
        return Saved{id, SaveStatus::Updated, revision + 1, find.text(5)};
    }
    if (find.failed())
        return storeError(u"cannot look up the article"_s, m_db);
    if (in.feedId) {
        // A feed item the feed's retention rule removed is not news: leave it out.
        Statement removed = m_db.prepare(u"SELECT 1 FROM removed_feed_items WHERE source_key = ?"_s);
        removed.bind(1, in.sourceKey);
        if (removed.next())
            return Saved{0, SaveStatus::Unchanged, 0, {}};
        if (removed.failed())
            return storeError(u"cannot look up the article"_s, m_db);
    }

    Statement insert = m_db.prepare(u"INSERT INTO articles (feed_id, source_key, url, title, author, source, format, published, added, "
                                    "updated, sort_time, html, text, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(1, in.feedId ? QVariant(in.feedId) : QVariant());
    insert.bind(2, in.sourceKey).bind(3, in.url).bind(4, in.title).bind(5, in.author).bind(6, in.source);
    insert.bind(7, in.format).bind(8, msOrNull(in.published)).bind(9, now).bind(10, now);
    insert.bind(11, in.published.isValid() ? in.published.toMSecsSinceEpoch() : now);
    insert.bind(12, in.html).bind(13, in.text).bind(14, hash);
    if (!insert.exec())
        return storeError(u"cannot add the article"_s, m_db);
    const qint64 id = m_db.lastInsertId();
    // Not a trigger: see sql/0011_fts_insert_by_store.sql.
    Statement index = m_db.prepare(u"INSERT INTO articles_fts (rowid, title, author, source, text) VALUES (?, ?, ?, ?, ?)"_s);
    index.bind(1, id).bind(2, in.title).bind(3, in.author).bind(4, in.source).bind(5, in.text);
    if (!index.exec())
        return storeError(u"cannot add the article to the search index"_s, m_db);
    return Saved{id, SaveStatus::Imported, 1, {}};
}

Result<std::optional<int>> ArticleStore::revision(qint64 id)
{
    Statement st = m_db.prepare(u"SELECT revision FROM articles WHERE id = ?"_s);
    st.bind(1, id);
    if (st.next())
        return std::optional<int>(st.integer(0));
    if (st.failed())
        return storeError(u"cannot read article %1"_s.arg(id), m_db);
    return std::optional<int>();
}

Result<std::optional<Article>> ArticleStore::article(qint64 id)
{
    Statement st = m_db.prepare(u"SELECT id, title, source, url, published, sort_time, is_read, is_bookmarked, source_key, author, "
                                "format, added, updated, html, text, revision, feed_id FROM articles WHERE id = ?"_s);
    st.bind(1, id);
    if (!st.next()) {
        if (st.failed())
            return storeError(u"cannot read article %1"_s.arg(id), m_db);
        return std::optional<Article>();
    }
    Article a;
    a.id = st.int64(0);
    a.title = st.text(1);
    a.source = st.text(2);
    a.url = st.text(3);
    a.published = fromMs(st, 4);
    a.sortTime = st.int64(5);
    a.read = st.int64(6);
    a.bookmarked = st.int64(7);
    a.sourceKey = st.text(8);
    a.author = st.text(9);
    a.format = st.text(10);
    a.added = fromMs(st, 11);
    a.updated = fromMs(st, 12);
    a.html = st.text(13);
    a.text = st.text(14);
    a.revision = st.integer(15);
    a.feedId = st.int64(16);
    return std::optional<Article>(std::move(a));
}

Result<QList<ArticleSummary>> ArticleStore::page(const ArticleQuery &query, std::optional<ArticleCursor> after, int limit)
{
    QList<qint64> values;
    QString sql = u"SELECT id, title, source, url, published, sort_time, is_read, is_bookmarked FROM articles WHERE "_s
                  % whereClause(query, &values);
    if (after) {
        sql += u" AND (sort_time, id) < (?, ?)"_s;
        values << after->sortTime << after->id;
    }
    sql += u" ORDER BY sort_time DESC, id DESC LIMIT ?"_s;
    values << limit;
    Statement st = m_db.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        st.bind(i + 1, values[i]);
    QList<ArticleSummary> rows;
    rows.reserve(limit);
    while (st.next()) {
        ArticleSummary s;
        s.id = st.int64(0);
        s.title = st.text(1);
        s.source = st.text(2);
        s.url = st.text(3);
        s.published = fromMs(st, 4);
        s.sortTime = st.int64(5);
        s.read = st.int64(6);
        s.bookmarked = st.int64(7);
        rows.append(std::move(s));
    }
    if (st.failed())
        return storeError(u"cannot list articles"_s, m_db);
    return rows;
}

Result<qint64> ArticleStore::count(const ArticleQuery &query)
{
    QList<qint64> values;
    // The whole library's annotated articles are counted by triggers as annotations come and go
    // (schema 10): counting them here would read every annotation or visit every article.
    const bool wholeLibraryAnnotated = query.filter == ArticleFilter::Annotated && !query.feedId && !query.folderId;
    const QString sql = wholeLibraryAnnotated ? u"SELECT value FROM library_counts WHERE name = 'annotated_articles'"_s
                                              : u"SELECT count(*) FROM articles WHERE "_s % whereClause(query, &values);
    Statement st = m_db.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        st.bind(i + 1, values[i]);
    if (!st.next())
        return storeError(u"cannot count articles"_s, m_db);
    return st.int64(0);
}

Result<QList<ArticleRevision>> ArticleStore::revisions(qint64 articleId)
{
    Statement st = m_db.prepare(u"SELECT revision, replaced, title, text, html FROM article_revisions WHERE article_id = ? ORDER BY revision DESC"_s);
    st.bind(1, articleId);
    QList<ArticleRevision> result;
    while (st.next())
        result.append({st.integer(0), fromMs(st, 1), st.text(2), st.text(3), st.text(4)});
    if (st.failed())
        return storeError(u"cannot read revisions"_s, m_db);
    return result;
}

static Status runFlagUpdate(Database &db, Statement &st, qint64 id)
{
    if (!st.exec())
        return Error{db.lastError()};
    if (db.changes() == 0)
        return Error{u"there is no article %1"_s.arg(id)};
    return Status::success();
}

Status ArticleStore::setBookmarked(qint64 id, bool bookmarked)
{
    Statement st = m_db.prepare(u"UPDATE articles SET is_bookmarked = ?, bookmarked_at = ? WHERE id = ?"_s);
    st.bind(1, bookmarked).bind(2, bookmarked ? QVariant(nowMs()) : QVariant()).bind(3, id);
    return runFlagUpdate(m_db, st, id);
}

Status ArticleStore::setRead(qint64 id, bool read)
{
    Statement st = m_db.prepare(u"UPDATE articles SET is_read = ? WHERE id = ?"_s);
    st.bind(1, read).bind(2, id);
    return runFlagUpdate(m_db, st, id);
}

} // namespace gloss
