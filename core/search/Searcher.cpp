#include "Searcher.h"

#include "store/Database.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss::search {

namespace {

const QStringList ArticleColumns{u"title"_s, u"author"_s, u"source"_s, u"text"_s};
const QStringList AnnotationColumns{u"exact"_s, u"comment"_s, u"speaker"_s, u"tags"_s};

// A WHERE fragment and the values for its placeholders, in order.
struct Sql {
    QStringList conditions;
    QVariantList values;

    void add(const QString &condition, const QVariantList &bound = {})
    {
        conditions << condition;
        values << bound;
    }
    QString where() const { return conditions.isEmpty() ? QString() : u" AND "_s + conditions.join(u" AND "_s); }
};

qint64 dayStartMs(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
}

// Conditions on the article `a` (and its feed).
void articleFilters(const SearchQuery &query, Sql &sql)
{
    for (const SearchFilter &f : query.filters) {
        QString condition;
        QVariantList values;
        switch (f.field) {
        case SearchFilter::Field::Feed:
            condition = u"coalesce(a.feed_id, 0) IN (SELECT id FROM feeds WHERE title = ? COLLATE NOCASE OR url = ?)"_s;
            values = {f.value, f.value};
            break;
        case SearchFilter::Field::Folder:
            condition = u"coalesce(a.feed_id, 0) IN (SELECT f.id FROM feeds f JOIN folders d ON d.id = f.folder_id WHERE d.name = ? COLLATE NOCASE)"_s;
            values = {f.value};
            break;
        case SearchFilter::Field::Unread: condition = u"a.is_read = 0"_s; break;
        case SearchFilter::Field::Read: condition = u"a.is_read = 1"_s; break;
        case SearchFilter::Field::Bookmarked: condition = u"a.is_bookmarked = 1"_s; break;
        case SearchFilter::Field::Annotated: condition = u"EXISTS (SELECT 1 FROM annotations x WHERE x.article_id = a.id)"_s; break;
        case SearchFilter::Field::Before:
            condition = u"a.published < ?"_s;
            values = {dayStartMs(f.date)};
            break;
        case SearchFilter::Field::After:
            condition = u"a.published >= ?"_s;
            values = {dayStartMs(f.date)};
            break;
        default:
            continue; // annotation filters
        }
        sql.add(f.negated ? u"NOT ("_s + condition + u')' : condition, values);
    }
}

// Conditions on the annotation `n`.
void annotationFilters(const SearchQuery &query, Sql &sql)
{
    for (const SearchFilter &f : query.filters) {
        QString condition;
        QVariantList values;
        switch (f.field) {
        case SearchFilter::Field::Speaker:
            condition = u"n.speaker_id IN (SELECT id FROM speakers WHERE name = ?1x COLLATE NOCASE "
                        "UNION SELECT speaker_id FROM speaker_aliases WHERE alias = ?2x COLLATE NOCASE)"_s;
            values = {f.value, f.value};
            break;
        case SearchFilter::Field::Tag:
            condition = u"n.id IN (SELECT t.annotation_id FROM annotation_tags t JOIN labels l ON l.id = t.label_id "
                        "WHERE l.name = ? COLLATE NOCASE)"_s;
            values = {f.value};
            break;
        case SearchFilter::Field::Color:
            condition = u"n.color = ?"_s;
            values = {f.value};
            break;
        case SearchFilter::Field::Orphan: condition = u"n.anchor_state = 'orphan'"_s; break;
        default:
            continue;
        }
        condition.replace(u"?1x"_s, u"?"_s).replace(u"?2x"_s, u"?"_s);
        sql.add(f.negated ? u"NOT ("_s + condition + u')' : condition, values);
    }
}

QString orOf(const QList<SearchTerm> &terms, const QStringList &columns)
{
    QStringList parts;
    for (const SearchTerm &t : terms) {
        const QString e = ftsExpression(t, columns);
        if (!e.isEmpty())
            parts << e;
    }
    return parts.join(u" OR "_s);
}

void bindAll(Statement &st, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString)
            st.bind(i + 1, v.toString());
        else
            st.bind(i + 1, v.toLongLong());
    }
}

// Moves FTS5's match marks out of the text into ranges.
void takeHighlights(SearchHit &hit, const QString &marked)
{
    QString plain;
    plain.reserve(marked.size());
    int start = -1;
    for (const QChar c : marked) {
        if (c == MatchStart) {
            start = int(plain.size());
        } else if (c == MatchEnd) {
            if (start >= 0)
                hit.highlights.append({start, int(plain.size())});
            start = -1;
        } else {
            plain.append(c == u'\n' ? u' ' : c);
        }
    }
    hit.snippet = plain;
}

QDateTime fromMs(const Statement &st, int column)
{
    return st.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(st.int64(column), QTimeZone::UTC);
}

// Runs a search statement whose columns are: annotation id (0 for an article), article id, title,
// source, published, snippet, rank.
Result<QList<SearchHit>> readHits(Database &db, const QString &sql, const QVariantList &values, SearchHit::Kind kind)
{
    Statement st = db.prepare(sql);
    bindAll(st, values);
    QList<SearchHit> hits;
    while (st.next()) {
        SearchHit hit;
        hit.kind = kind;
        hit.annotationId = st.int64(0);
        hit.articleId = st.int64(1);
        hit.title = st.text(2);
        hit.source = st.text(3);
        hit.published = fromMs(st, 4);
        takeHighlights(hit, st.text(5));
        hit.rank = st.real(6);
        hits << hit;
    }
    if (st.failed())
        return Error{u"the search failed: %1"_s.arg(db.lastError())};
    return hits;
}

// Article matches: ranked by bm25 when the query has words, else newest first.
Result<QList<SearchHit>> searchArticles(Database &db, const SearchQuery &query, int limit)
{
    Sql sql;
    const QString words = ftsExpression(query.groups, ArticleColumns);
    if (query.hasWords() && words.isEmpty())
        return QList<SearchHit>();
    if (!query.excluded.isEmpty())
        sql.add(u"a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"_s, {orOf(query.excluded, ArticleColumns)});
    articleFilters(query, sql);
    if (query.needsAnnotations()) {
        Sql inner;
        annotationFilters(query, inner);
        sql.add(u"EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id"_s + inner.where() + u')', inner.values);
    }
    QString text;
    QVariantList values;
    if (!words.isEmpty()) {
        text = u"SELECT 0, a.id, a.title, a.source, a.published, snippet(articles_fts, -1, char(2), char(3), '…', 14), "
               "bm25(articles_fts, 10.0, 4.0, 2.0, 1.0) AS score FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
               "WHERE articles_fts MATCH ?"_s + sql.where() + u" ORDER BY score LIMIT ?"_s;
        values << words;
    } else {
        text = u"SELECT 0, a.id, a.title, a.source, a.published, substr(a.text, 1, 160), 0 FROM articles a WHERE 1"_s + sql.where()
            + u" ORDER BY a.sort_time DESC, a.id DESC LIMIT ?"_s;
    }
    values << sql.values << limit;
    return readHits(db, text, values, SearchHit::Kind::Article);
}

Result<QList<SearchHit>> searchAnnotations(Database &db, const SearchQuery &query, int limit)
{
    // Title and author terms concern the article; everything else the annotation itself.
    QList<QList<SearchTerm>> own, ofArticle;
    for (const QList<SearchTerm> &group : query.groups) {
        const bool article = std::any_of(group.begin(), group.end(), [](const SearchTerm &t) { return t.column != SearchTerm::Column::Any; });
        (article ? ofArticle : own) << group;
    }
    Sql sql;
    if (!ofArticle.isEmpty())
        sql.add(u"a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"_s, {ftsExpression(ofArticle, ArticleColumns)});
    QList<SearchTerm> excludedOwn;
    for (const SearchTerm &t : query.excluded)
        if (t.column == SearchTerm::Column::Any)
            excludedOwn << t;
    if (!excludedOwn.isEmpty())
        sql.add(u"n.id NOT IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)"_s, {orOf(excludedOwn, AnnotationColumns)});
    articleFilters(query, sql);
    annotationFilters(query, sql);
    const QString words = ftsExpression(own, AnnotationColumns);
    QString text;
    QVariantList values;
    if (!words.isEmpty()) {
        text = u"SELECT n.id, n.article_id, a.title, a.source, a.published, snippet(annotations_fts, -1, char(2), char(3), '…', 14), "
               "bm25(annotations_fts, 4.0, 2.0, 3.0, 3.0) AS score FROM annotations_fts "
               "JOIN annotations n ON n.id = annotations_fts.rowid JOIN articles a ON a.id = n.article_id "
               "WHERE annotations_fts MATCH ?"_s + sql.where() + u" ORDER BY score LIMIT ?"_s;
        values << words;
    } else {
        if (!query.needsAnnotations())
            return QList<SearchHit>(); // an article's words and fields list the article, not its annotations
        text = u"SELECT n.id, n.article_id, a.title, a.source, a.published, substr(n.exact, 1, 160), 0 FROM annotations n "
               "JOIN articles a ON a.id = n.article_id WHERE 1"_s + sql.where() + u" ORDER BY a.sort_time DESC, n.start_pos LIMIT ?"_s;
    }
    values << sql.values << limit;
    return readHits(db, text, values, SearchHit::Kind::Annotation);
}

} // namespace

Result<SearchResult> search(Database &db, const SearchQuery &query, int limit)
{
    SearchResult result;
    result.notes = query.notes;
    if (query.isEmpty() || limit <= 0)
        return result;
    if (!query.needsAnnotations()) {
        auto articles = searchArticles(db, query, limit);
        if (!articles)
            return Error{articles.error()};
        result.hits << *articles;
    }
    auto annotations = searchAnnotations(db, query, limit);
    if (!annotations)
        return Error{annotations.error()};
    result.hits << *annotations;
    // Both ranks are bm25 scores (lower is better), comparable enough to interleave; without words
    // the lists keep their newest-first order, articles before annotations.
    std::stable_sort(result.hits.begin(), result.hits.end(), [](const SearchHit &x, const SearchHit &y) { return x.rank < y.rank; });
    if (result.hits.size() > limit)
        result.hits.resize(limit);
    return result;
}

Result<QList<qint64>> searchArticleIds(Database &db, const SearchQuery &query, int limit)
{
    if (query.isEmpty())
        return QList<qint64>();
    SearchQuery articles = query;
    auto hits = searchArticles(db, articles, limit);
    if (!hits)
        return Error{hits.error()};
    QList<qint64> ids;
    for (const SearchHit &h : *hits)
        ids << h.articleId;
    return ids;
}

} // namespace gloss::search
