#include "ExportReader.h"

#include "ExportSink.h"
#include "ScopeSql.h"

#include "store/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

Error readError(const QString &what, const Database &db)
{
    return Error{u"cannot read %1 for the export: %2"_s.arg(what, db.lastError())};
}

// A deferred transaction: the first SELECT fixes the snapshot every later page is read from. A
// savepoint rather than BEGIN, so it also nests inside a caller's transaction.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database &db) : m_db(db), m_active(db.execute(u"SAVEPOINT gloss_export_read"_s)) {}
    ~ReadSnapshot()
    {
        if (m_active)
            m_db.execute(u"RELEASE gloss_export_read"_s);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active;
};

QDateTime timeOrInvalid(const Statement &st, int column)
{
    return st.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(st.int64(column), QTimeZone::UTC);
}

QStringList splitList(const QString &joined)
{
    QStringList list = joined.isEmpty() ? QStringList() : joined.split(QChar(31));
    list.sort(Qt::CaseInsensitive);
    return list;
}

void bindAll(Statement &st, const QList<QVariant> &values, int first = 1)
{
    for (int i = 0; i < values.size(); ++i)
        st.bind(first + i, values[i]);
}

Result<qint64> count(Database &db, const QString &sql, const QList<QVariant> &values)
{
    Statement st = db.prepare(sql);
    bindAll(st, values);
    if (!st.next())
        return readError(u"counts"_s, db);
    return st.int64(0);
}

Status readLibraryFacts(Database &db, const ResolvedScope &scope, ExportHeader &header)
{
    Statement speakers = db.prepare(u"SELECT id, name, role, note, "
                                    "(SELECT group_concat(alias, char(31)) FROM speaker_aliases WHERE speaker_id = speakers.id) "
                                    "FROM speakers ORDER BY name COLLATE NOCASE, id"_s);
    while (speakers.next())
        header.speakers.append({speakers.int64(0), speakers.text(1), speakers.text(2), speakers.text(3), splitList(speakers.text(4))});
    if (speakers.failed())
        return readError(u"speakers"_s, db);
    Statement labels = db.prepare(u"SELECT name FROM labels ORDER BY name COLLATE NOCASE"_s);
    while (labels.next())
        header.tags.append(labels.text(0));
    if (labels.failed())
        return readError(u"tags"_s, db);

    const SqlCondition articles = scope.articleCondition();
    const SqlCondition annotations = scope.annotationCondition();
    auto articleCount = count(db, u"SELECT count(*) FROM articles a WHERE "_s + articles.sql, articles.values);
    if (!articleCount)
        return Error{articleCount.error()};
    auto annotationCount = count(db, u"SELECT count(*) FROM annotations n JOIN articles a ON a.id = n.article_id WHERE "_s
                                         + articles.sql + u" AND "_s + annotations.sql,
                                 articles.values + annotations.values);
    if (!annotationCount)
        return Error{annotationCount.error()};
    header.articleCount = *articleCount;
    header.annotationCount = *annotationCount;
    return {};
}

class PageReader {
public:
    PageReader(Database &db, const ResolvedScope &scope, const ExportHeader &header) : m_db(db), m_scope(scope)
    {
        for (const ExportedSpeaker &s : header.speakers)
            m_speakers.insert(s.id, s);
    }

    // The next page of article ids in list order; empty at the end.
    Result<QList<qint64>> nextIds(int pageSize)
    {
        const SqlCondition c = m_scope.articleCondition();
        QString sql = u"SELECT a.id, a.sort_time FROM articles a WHERE "_s + c.sql;
        QList<QVariant> values = c.values;
        if (m_started) {
            sql += u" AND (a.sort_time < ? OR (a.sort_time = ? AND a.id < ?))"_s;
            values << m_lastTime << m_lastTime << m_lastId;
        }
        sql += u" ORDER BY a.sort_time DESC, a.id DESC LIMIT ?"_s;
        values << pageSize;
        Statement st = m_db.prepare(sql);
        bindAll(st, values);
        QList<qint64> ids;
        while (st.next()) {
            ids << st.int64(0);
            m_lastId = st.int64(0);
            m_lastTime = st.int64(1);
            m_started = true;
        }
        if (st.failed())
            return readError(u"articles"_s, m_db);
        return ids;
    }

    Result<QList<ExportedArticle>> articles(const QList<qint64> &ids)
    {
        QJsonArray array;
        for (qint64 id : ids)
            array.append(id);
        const QString idsJson = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
        const QString content = m_scope.scope.withContent ? u"a.text, a.html"_s : u"'', ''"_s;
        Statement st = m_db.prepare(u"SELECT a.id, a.source_key, a.title, a.source, COALESCE(f.title, ''), COALESCE(a.url, ''), "
                                    "a.author, a.format, a.published, a.added, "_s
                                    + content
                                    + u", (SELECT group_concat(l.name, char(31)) FROM article_labels al JOIN labels l "
                                      "ON l.id = al.label_id WHERE al.article_id = a.id) "
                                      "FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
                                      "WHERE a.id IN (SELECT value FROM json_each(?))"_s);
        st.bind(1, idsJson);
        QHash<qint64, ExportedArticle> byId;
        while (st.next()) {
            ExportedArticle a;
            a.id = st.int64(0);
            a.sourceKey = st.text(1);
            a.title = st.text(2);
            a.source = st.text(3);
            a.feedTitle = st.text(4);
            a.url = st.text(5);
            a.author = st.text(6);
            a.format = st.text(7);
            a.published = timeOrInvalid(st, 8);
            a.added = timeOrInvalid(st, 9);
            a.text = st.text(10);
            a.html = st.text(11);
            a.tags = splitList(st.text(12));
            byId.insert(a.id, a);
        }
        if (st.failed())
            return readError(u"articles"_s, m_db);
        if (const Status s = readAnnotations(idsJson, byId); !s)
            return Error{s.error()};
        QList<ExportedArticle> page;
        page.reserve(ids.size());
        for (qint64 id : ids)
            page.append(byId.take(id));
        return page;
    }

private:
    Status readAnnotations(const QString &idsJson, QHash<qint64, ExportedArticle> &articles)
    {
        const SqlCondition c = m_scope.annotationCondition();
        Statement st = m_db.prepare(
            u"SELECT n.id, n.uuid, n.article_id, n.kind, n.color, n.start_pos, n.end_pos, n.exact, n.prefix, n.suffix, "
            "COALESCE(n.original_exact, ''), n.anchor_state, n.comment, COALESCE(n.speaker_id, 0), COALESCE(n.quote_kind, ''), "
            "COALESCE(n.verb, ''), n.created, n.updated, "
            "(SELECT group_concat(l.name, char(31)) FROM annotation_tags t JOIN labels l ON l.id = t.label_id WHERE t.annotation_id = n.id) "
            "FROM annotations n JOIN articles a ON a.id = n.article_id "
            "WHERE n.article_id IN (SELECT value FROM json_each(?)) AND "_s
            + c.sql + u" ORDER BY n.article_id, n.start_pos IS NULL, n.start_pos, n.end_pos, n.id"_s);
        st.bind(1, idsJson);
        bindAll(st, c.values, 2);
        while (st.next()) {
            ExportedAnnotation n;
            n.id = st.int64(0);
            n.uuid = st.text(1);
            n.kind = st.text(3);
            n.color = st.text(4);
            n.start = st.isNull(5) ? -1 : st.integer(5);
            n.end = st.isNull(6) ? -1 : st.integer(6);
            n.exact = st.text(7);
            n.prefix = st.text(8);
            n.suffix = st.text(9);
            n.originalExact = st.text(10);
            n.state = st.text(11);
            n.comment = st.text(12);
            n.speakerId = st.int64(13);
            n.speaker = m_speakers.value(n.speakerId);
            n.quoteKind = st.text(14);
            n.verb = st.text(15);
            n.created = timeOrInvalid(st, 16);
            n.updated = timeOrInvalid(st, 17);
            n.tags = splitList(st.text(18));
            const auto it = articles.find(st.int64(2));
            if (it != articles.end())
                it->annotations.append(n);
        }
        if (st.failed())
            return readError(u"annotations"_s, m_db);
        return {};
    }

    Database &m_db;
    const ResolvedScope &m_scope;
    QHash<qint64, ExportedSpeaker> m_speakers;
    bool m_started = false;
    qint64 m_lastTime = 0;
    qint64 m_lastId = 0;
};

} // namespace

Status ExportReader::read(const ExportScope &scope, ExportSink &sink, int pageSize)
{
    ReadSnapshot snapshot(m_db);
    if (!snapshot.isActive())
        return readError(u"the library"_s, m_db);
    auto resolved = resolveScope(m_db, scope);
    if (!resolved)
        return Error{resolved.error()};
    ExportHeader header;
    header.exportedAt = QDateTime::currentDateTimeUtc();
    header.title = resolved->title;
    header.wholeLibrary = scope.isWholeLibrary();
    if (const Status s = readLibraryFacts(m_db, *resolved, header); !s)
        return s;
    if (const Status s = sink.begin(header); !s)
        return s;
    PageReader pages(m_db, *resolved, header);
    for (;;) {
        auto ids = pages.nextIds(qMax(1, pageSize));
        if (!ids)
            return Error{ids.error()};
        if (ids->isEmpty())
            break;
        auto articles = pages.articles(*ids);
        if (!articles)
            return Error{articles.error()};
        for (const ExportedArticle &a : std::as_const(*articles)) {
            if (const Status s = sink.article(a); !s)
                return s;
        }
    }
    return sink.finish();
}

Result<ExportBundle> ExportReader::readAll(const ExportScope &scope)
{
    BundleCollector collector;
    if (const Status s = read(scope, collector); !s)
        return Error{s.error()};
    return std::move(collector.bundle());
}

Status replayBundle(const ExportBundle &bundle, ExportSink &sink)
{
    if (const Status s = sink.begin(bundle.header); !s)
        return s;
    for (const ExportedArticle &a : bundle.articles) {
        if (const Status s = sink.article(a); !s)
            return s;
    }
    return sink.finish();
}

} // namespace gloss
