#include "FeedStore.h"

#include "Database.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {
Error dbError(const QString &what, const Database &db)
{
    return Error{u"%1: %2"_s.arg(what, db.lastError())};
}

QVariant nullIfZero(qint64 value)
{
    return value ? QVariant(value) : QVariant();
}

// Articles a retention rule or a feed removal must never delete.
const QString Kept = u"(is_bookmarked = 1 OR EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = articles.id))"_s;
} // namespace

Result<qint64> FeedStore::addFeed(const QString &rawUrl, const QString &title, qint64 folderId)
{
    const QString url = rawUrl.trimmed();
    if (url.isEmpty())
        return Error{u"a feed needs a URL"_s};
    if (auto existing = feedByUrl(url); existing && existing->has_value())
        return Error{u"already subscribed to %1 (feed %2)"_s.arg(url).arg((*existing)->id)};
    Statement st = m_db.prepare(u"INSERT INTO feeds (folder_id, title, url, created) VALUES (?, ?, ?, ?)"_s);
    st.bind(1, nullIfZero(folderId)).bind(2, title.simplified()).bind(3, url).bind(4, QDateTime::currentMSecsSinceEpoch());
    if (!st.exec())
        return dbError(u"cannot add the feed %1"_s.arg(url), m_db);
    return m_db.lastInsertId();
}

Result<QList<Feed>> FeedStore::select(const QString &where, const QVariant &value)
{
    Statement st = m_db.prepare(
        u"SELECT f.id, f.folder_id, f.title, f.url, f.site_url, f.format, f.etag, f.last_modified, f.last_fetched, f.last_error, "
        "f.retention_days, f.retention_items, "
        "(SELECT count(*) FROM articles a WHERE a.feed_id = f.id AND a.is_read = 0), "
        "(SELECT count(*) FROM articles a WHERE a.feed_id = f.id) "
        "FROM feeds f WHERE "_s
        % where % u" ORDER BY f.folder_id IS NOT NULL, f.folder_id, f.position, f.title COLLATE NOCASE, f.id"_s);
    if (value.isValid())
        st.bind(1, value);
    QList<Feed> rows;
    while (st.next()) {
        Feed f;
        f.id = st.int64(0);
        f.folderId = st.int64(1);
        f.title = st.text(2);
        f.url = st.text(3);
        f.siteUrl = st.text(4);
        f.format = st.text(5);
        f.etag = st.text(6);
        f.lastModified = st.text(7);
        if (!st.isNull(8))
            f.lastFetched = QDateTime::fromMSecsSinceEpoch(st.int64(8), QTimeZone::UTC);
        f.lastError = st.text(9);
        f.retentionDays = st.integer(10);
        f.retentionItems = st.integer(11);
        f.unread = st.int64(12);
        f.total = st.int64(13);
        rows.append(f);
    }
    if (st.failed())
        return dbError(u"cannot read feeds"_s, m_db);
    return rows;
}

Result<std::optional<Feed>> FeedStore::feed(qint64 id)
{
    auto rows = select(u"f.id = ?"_s, id);
    if (!rows)
        return Error{rows.error()};
    return rows->isEmpty() ? std::optional<Feed>() : std::optional<Feed>(rows->first());
}

Result<std::optional<Feed>> FeedStore::feedByUrl(const QString &url)
{
    auto rows = select(u"f.url = ?"_s, url);
    if (!rows)
        return Error{rows.error()};
    return rows->isEmpty() ? std::optional<Feed>() : std::optional<Feed>(rows->first());
}

Result<QList<Feed>> FeedStore::feeds()
{
    return select(u"1"_s, QVariant());
}

static Status runUpdate(Database &db, Statement &st, qint64 id, const QString &what)
{
    if (!st.exec())
        return Error{u"%1: %2"_s.arg(what, db.lastError())};
    if (db.changes() == 0)
        return Error{u"there is no feed %1"_s.arg(id)};
    return Status::success();
}

Status FeedStore::renameFeed(qint64 id, const QString &title)
{
    Statement st = m_db.prepare(u"UPDATE feeds SET title = ? WHERE id = ?"_s);
    st.bind(1, title.simplified()).bind(2, id);
    return runUpdate(m_db, st, id, u"cannot rename the feed"_s);
}

Status FeedStore::moveFeed(qint64 id, qint64 folderId)
{
    Statement st = m_db.prepare(u"UPDATE feeds SET folder_id = ? WHERE id = ?"_s);
    st.bind(1, nullIfZero(folderId)).bind(2, id);
    return runUpdate(m_db, st, id, u"cannot move the feed"_s);
}

Status FeedStore::setUrl(qint64 id, const QString &url)
{
    Statement st = m_db.prepare(u"UPDATE feeds SET url = ? WHERE id = ?"_s);
    st.bind(1, url).bind(2, id);
    return runUpdate(m_db, st, id, u"cannot change the feed's address"_s);
}

Status FeedStore::setRetention(qint64 id, int days, int items)
{
    Statement st = m_db.prepare(u"UPDATE feeds SET retention_days = ?, retention_items = ? WHERE id = ?"_s);
    st.bind(1, days > 0 ? QVariant(days) : QVariant()).bind(2, items > 0 ? QVariant(items) : QVariant()).bind(3, id);
    return runUpdate(m_db, st, id, u"cannot set the retention"_s);
}

Status FeedStore::recordFetch(qint64 id, const FeedFetchState &s)
{
    const QVariant fetched = s.fetched.isValid() ? QVariant(s.fetched.toMSecsSinceEpoch()) : QVariant();
    if (!s.error.isEmpty()) {
        // A failed fetch keeps the validators and details of the last good one.
        Statement st = m_db.prepare(u"UPDATE feeds SET last_fetched = ?, last_error = ? WHERE id = ?"_s);
        st.bind(1, fetched).bind(2, s.error).bind(3, id);
        return runUpdate(m_db, st, id, u"cannot record the refresh"_s);
    }
    // The feed's own title fills in a missing one, never replaces one the user chose.
    Statement st = m_db.prepare(
        u"UPDATE feeds SET etag = ?, last_modified = ?, last_fetched = ?, last_error = nullif(?, ''), "
        "title = CASE WHEN title = '' THEN ? ELSE title END, site_url = coalesce(?, site_url), format = coalesce(?, format) "
        "WHERE id = ?"_s);
    st.bind(1, s.etag).bind(2, s.lastModified).bind(3, fetched).bind(4, s.notice).bind(5, s.title.simplified());
    st.bind(6, s.siteUrl.isEmpty() ? QVariant() : QVariant(s.siteUrl));
    st.bind(7, s.format.isEmpty() ? QVariant() : QVariant(s.format));
    st.bind(8, id);
    return runUpdate(m_db, st, id, u"cannot record the refresh"_s);
}

Result<qint64> FeedStore::removeFeed(qint64 id)
{
    Transaction tx(m_db);
    Statement del = m_db.prepare(u"DELETE FROM articles WHERE feed_id = ? AND NOT "_s % Kept);
    del.bind(1, id);
    if (!del.exec())
        return dbError(u"cannot delete the feed's articles"_s, m_db);
    const qint64 deleted = m_db.changes();
    Statement feed = m_db.prepare(u"DELETE FROM feeds WHERE id = ?"_s);
    feed.bind(1, id);
    if (!feed.exec())
        return dbError(u"cannot delete the feed"_s, m_db);
    if (m_db.changes() == 0)
        return Error{u"there is no feed %1"_s.arg(id)};
    if (!tx.commit())
        return dbError(u"cannot delete the feed"_s, m_db);
    return deleted;
}

Result<qint64> FeedStore::count()
{
    const auto n = m_db.queryInt(u"SELECT count(*) FROM feeds"_s);
    if (!n)
        return dbError(u"cannot count the feeds"_s, m_db);
    return *n;
}

Result<Feed> FeedStore::existingFeed(qint64 id)
{
    auto f = feed(id);
    if (!f)
        return Error{f.error()};
    if (!f->has_value())
        return Error{u"there is no feed %1"_s.arg(id)};
    return **f;
}

Result<qint64> FeedStore::applyRetention(qint64 id, const QDateTime &now)
{
    auto f = existingFeed(id);
    if (!f)
        return Error{f.error()};
    Transaction tx(m_db);
    qint64 deleted = 0;
    // Each rule removes the articles matching `where` (bound: 1 = feed, 2 = the rule's value), but
    // first remembers their keys, so the next refresh does not add them back.
    const auto remove = [&](const QString &where, qint64 value) -> Status {
        Statement remember = m_db.prepare(u"INSERT OR IGNORE INTO removed_feed_items (source_key, feed_id, removed) "
                                          "SELECT source_key, ?1, ?3 FROM articles WHERE "_s % where);
        remember.bind(1, id).bind(2, value).bind(3, now.toMSecsSinceEpoch());
        Statement drop = m_db.prepare(u"DELETE FROM articles WHERE "_s % where);
        drop.bind(1, id).bind(2, value);
        if (!remember.exec() || !drop.exec())
            return dbError(u"cannot apply the retention"_s, m_db);
        deleted += m_db.changes();
        return {};
    };
    if (f->retentionDays > 0) {
        if (Status s = remove(u"feed_id = ?1 AND sort_time < ?2 AND NOT "_s % Kept,
                              now.addDays(-f->retentionDays).toMSecsSinceEpoch()); !s)
            return Error{s.error()};
    }
    if (f->retentionItems > 0) {
        // Keep the newest N; of the older ones, delete what may be deleted.
        if (Status s = remove(u"feed_id = ?1 AND NOT "_s % Kept
                                  % u" AND id NOT IN (SELECT id FROM articles WHERE feed_id = ?1 ORDER BY sort_time DESC, id DESC LIMIT ?2)"_s,
                              f->retentionItems); !s)
            return Error{s.error()};
    }
    if (!tx.commit())
        return dbError(u"cannot apply the retention"_s, m_db);
    return deleted;
}

Status FeedStore::forgetRemovedItems(qint64 id, const QSet<QString> &stillListed)
{
    Statement st = m_db.prepare(u"SELECT source_key FROM removed_feed_items WHERE feed_id = ?"_s);
    st.bind(1, id);
    QStringList gone;
    while (st.next()) {
        if (!stillListed.contains(st.text(0)))
            gone.append(st.text(0));
    }
    if (st.failed())
        return dbError(u"cannot read the removed items"_s, m_db);
    Statement forget = m_db.prepare(u"DELETE FROM removed_feed_items WHERE source_key = ?"_s);
    for (const QString &key : std::as_const(gone)) {
        forget.reset();
        forget.bind(1, key);
        if (!forget.exec())
            return dbError(u"cannot forget a removed item"_s, m_db);
    }
    return {};
}

Result<qint64> FeedStore::ensureFolder(const QString &rawName, qint64 parentId)
{
    const QString name = rawName.simplified();
    if (name.isEmpty())
        return Error{u"a folder needs a name"_s};
    Statement find = m_db.prepare(u"SELECT id FROM folders WHERE name = ? COLLATE NOCASE AND parent_id IS ?"_s);
    find.bind(1, name).bind(2, nullIfZero(parentId));
    if (find.next())
        return find.int64(0);
    Statement insert = m_db.prepare(u"INSERT INTO folders (parent_id, name) VALUES (?, ?)"_s);
    insert.bind(1, nullIfZero(parentId)).bind(2, name);
    if (!insert.exec())
        return dbError(u"cannot create the folder '%1'"_s.arg(name), m_db);
    return m_db.lastInsertId();
}

Result<QList<Folder>> FeedStore::folders()
{
    Statement st = m_db.prepare(u"SELECT id, parent_id, name FROM folders ORDER BY position, name COLLATE NOCASE"_s);
    QList<Folder> rows;
    while (st.next())
        rows.append({st.int64(0), st.int64(1), st.text(2)});
    if (st.failed())
        return dbError(u"cannot read folders"_s, m_db);
    return rows;
}

Status FeedStore::renameFolder(qint64 id, const QString &name)
{
    if (name.simplified().isEmpty())
        return Error{u"a folder needs a name"_s};
    Statement st = m_db.prepare(u"UPDATE folders SET name = ? WHERE id = ?"_s);
    st.bind(1, name.simplified()).bind(2, id);
    if (!st.exec())
        return dbError(u"cannot rename the folder"_s, m_db);
    return Status::success();
}

Status FeedStore::removeFolder(qint64 id)
{
    // feeds.folder_id is ON DELETE SET NULL: the feeds move to the top level, nothing is lost.
    Statement st = m_db.prepare(u"DELETE FROM folders WHERE id = ?"_s);
    st.bind(1, id);
    if (!st.exec())
        return dbError(u"cannot delete the folder"_s, m_db);
    return Status::success();
}

} // namespace gloss
