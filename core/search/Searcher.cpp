#include "Searcher.h"

#include "store/Database.h"

#include <QSpan>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace gloss::search {

namespace {

const QStringList ArticleColumns{u"title"_s, u"author"_s, u"source"_s, u"text"_s};
const QStringList AnnotationColumns{u"exact"_s, u"comment"_s, u"speaker"_s, u"tags"_s};

// A WHERE fragment and the values for its placeholders, in order.
struct Sql {
    QStringList conditions;
    QVariantList values;
    bool needsAnnotationRow = false; // a condition reads the annotation `n` itself

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

// The id a filter tests, and whether a list of ids may drive the query (see inList).
struct Id {
    QString column;
    bool mayDrive = false;
};

// `id` is (or is not) among the ids `subquery` lists. SQLite builds the list once from an index and
// looks each row up in it; or, where the list may drive (the annotations listed without words, which
// no index orders anyway), walks the list and looks the rows up. Anywhere else a unary plus keeps the
// list from being used to look rows up: for a full-text rowid that runs the whole full-text query
// once per listed id, and for a column that comes second in an index it seeks once per listed id for
// every row (both minutes, not milliseconds, with the unread articles of a big library); articles
// listed without words are best read newest first from their index until enough have passed.
QString inList(const Id &id, const QString &subquery, bool negated = false)
{
    return (id.mayDrive ? QString() : u"+"_s) + id.column + (negated ? u" NOT IN ("_s : u" IN ("_s) + subquery + u')';
}

// Whether the article `id` is unread (or, negated, read): one look into the index of the unread
// articles by id for each row tested. Most of a big library can be unread, too many ids to list for
// every query the way inList() does.
QString isUnread(const Id &id, bool negated)
{
    return (negated ? u"NOT "_s : QString()) + u"EXISTS (SELECT 1 FROM articles u INDEXED BY articles_unread_ids WHERE u.is_read = 0 AND u.id = "_s
        + id.column + u')';
}

// Conditions on the article whose id is `id` (a.id, n.article_id or articles_fts.rowid). They read
// small indexes (a feed's articles, the unread ones, the bookmarked ones, publication times), never
// the article row: its flags lie behind its HTML and text, and checking them for every full-text
// match read those overflow pages (a third of a second for a common word).
void articleFilters(const SearchQuery &query, const Id &id, Sql &sql)
{
    for (const SearchFilter &f : query.filters) {
        // Negations: is:read is not among the unread (is_read is 0 or 1), and a date outside a range
        // is the opposite comparison, which like NOT (…) leaves out articles without a date.
        switch (f.field) {
        case SearchFilter::Field::Feed:
            sql.add(inList(id, u"SELECT id FROM articles WHERE feed_id IN (SELECT id FROM feeds WHERE title = ? COLLATE NOCASE OR url = ?)"_s,
                           f.negated),
                    {f.value, f.value});
            break;
        case SearchFilter::Field::Folder:
            sql.add(inList(id, u"SELECT id FROM articles WHERE feed_id IN (SELECT f.id FROM feeds f JOIN folders d ON d.id = f.folder_id "
                               "WHERE d.name = ? COLLATE NOCASE)"_s,
                           f.negated),
                    {f.value});
            break;
        case SearchFilter::Field::Unread:
            if (id.column == u"a.id"_s && !f.negated)
                sql.add(u"a.is_read = 0"_s); // the article list itself: articles_unread has them newest first
            else
                sql.add(isUnread(id, f.negated));
            break;
        case SearchFilter::Field::Read: sql.add(isUnread(id, !f.negated)); break;
        case SearchFilter::Field::Bookmarked:
            if (id.column == u"a.id"_s && !f.negated)
                sql.add(u"a.is_bookmarked = 1"_s); // articles_bookmarked has them newest first
            else
                sql.add(inList(id, u"SELECT id FROM articles WHERE is_bookmarked = 1"_s, f.negated));
            break;
        case SearchFilter::Field::Annotated:
            sql.add((f.negated ? u"NOT "_s : QString()) + u"EXISTS (SELECT 1 FROM annotations x WHERE x.article_id = "_s + id.column + u')');
            break;
        case SearchFilter::Field::Before:
            sql.add(inList(id, f.negated ? u"SELECT id FROM articles WHERE published >= ?"_s : u"SELECT id FROM articles WHERE published < ?"_s),
                    {dayStartMs(f.date)});
            break;
        case SearchFilter::Field::After:
            sql.add(inList(id, f.negated ? u"SELECT id FROM articles WHERE published < ?"_s : u"SELECT id FROM articles WHERE published >= ?"_s),
                    {dayStartMs(f.date)});
            break;
        default:
            break; // annotation filters
        }
    }
}

// Conditions on the annotation whose id is `id`; the colour and a speaker excluded are read from
// the annotation `n` itself (its narrow copy, annotations_by_id, where a full-text index ranks).
void annotationFilters(const SearchQuery &query, const Id &id, Sql &sql)
{
    for (const SearchFilter &f : query.filters) {
        switch (f.field) {
        case SearchFilter::Field::Speaker: {
            const QString speakers = u"SELECT id FROM speakers WHERE name = ? COLLATE NOCASE "
                                     "UNION SELECT speaker_id FROM speaker_aliases WHERE alias = ? COLLATE NOCASE"_s;
            if (f.negated) {
                // Most annotations are not the speaker's: that list would be most of the library.
                // (NOT IN, like NOT (… IN …), leaves out annotations without a speaker.)
                sql.add(u"n.speaker_id NOT IN ("_s + speakers + u')', {f.value, f.value});
                sql.needsAnnotationRow = true;
            } else {
                sql.add(inList(id, u"SELECT id FROM annotations WHERE speaker_id IN ("_s + speakers + u')'), {f.value, f.value});
            }
            break;
        }
        case SearchFilter::Field::Tag:
            sql.add(inList(id, u"SELECT t.annotation_id FROM annotation_tags t JOIN labels l ON l.id = t.label_id WHERE l.name = ? COLLATE NOCASE"_s,
                           f.negated),
                    {f.value});
            break;
        case SearchFilter::Field::Color:
            sql.add(f.negated ? u"NOT (n.color = ?)"_s : u"n.color = ?"_s, {f.value});
            sql.needsAnnotationRow = true;
            break;
        case SearchFilter::Field::Orphan:
            sql.add(inList(id, u"SELECT id FROM annotations WHERE anchor_state = 'orphan'"_s, f.negated));
            break;
        default:
            break;
        }
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

// Whether a statement failed, including one that could not even be prepared (failed() only tells of
// a failed step): a search must not quietly find nothing.
bool failed(const Statement &st)
{
    return !st.isValid() || st.failed();
}

QDateTime fromMs(const Statement &st, int column)
{
    return st.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(st.int64(column), QTimeZone::UTC);
}

// The full-text expressions a query matches: in the article index, and in the annotation index
// (the words that are not about the article's title or author, which stay with the article).
struct Words {
    QString articles;
    QString annotations;
    QList<QList<SearchTerm>> ofArticle; // title and author terms, for annotation searches

    explicit Words(const SearchQuery &query)
        : articles(ftsExpression(query.groups, ArticleColumns))
    {
        QList<QList<SearchTerm>> own;
        for (const QList<SearchTerm> &group : query.groups) {
            const bool article = std::any_of(group.begin(), group.end(), [](const SearchTerm &t) { return t.column != SearchTerm::Column::Any; });
            (article ? ofArticle : own) << group;
        }
        annotations = ftsExpression(own, AnnotationColumns);
    }
};

// Ranking reads the positions of every match, and a word found in much of a large library
// ("minister" in 100,000 news articles: tens of thousands of matches) took 0.4 s to rank whole. So a
// query ranks the newest RankWindow matches (the highest rowids: articles and annotations are
// numbered as they arrive), found by walking the match list backwards, which costs milliseconds.
// Should that leave fewer hits than asked for (filters or exclusions can remove most of the window),
// the query runs again over every match, so a search is never short of hits because its matches are
// old. The price: a better-scoring old match of a common word can lose its place to newer ones.
constexpr qint64 RankWindow = 5000;

// The rowid of the RankWindow-th newest match, or nothing when there are fewer matches.
std::optional<qint64> oldestRanked(Database &db, const QString &table, const QString &expression)
{
    Statement st = db.prepare(u"SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?"_s.arg(table));
    st.bind(1, expression);
    st.bind(2, RankWindow - 1);
    if (st.next())
        return st.int64(0);
    return std::nullopt; // fewer matches (or a failure, which the ranking query itself reports)
}

// A search runs in two steps. First the hits to keep, as ids and scores only: SQLite computes every
// selected column of every candidate before ORDER BY … LIMIT keeps the best, and a snippet makes
// FTS5 read and tokenize the whole text (with snippets in that query a common word cost seconds),
// the title and source the article row. Then complete() adds those to the hits kept.
Result<QList<SearchHit>> rankedHits(Database &db, SearchHit::Kind kind, const QString &sql, const QVariantList &values)
{
    Statement st = db.prepare(sql);
    bindAll(st, values);
    QList<SearchHit> hits;
    while (st.next()) {
        SearchHit hit;
        hit.kind = kind;
        (kind == SearchHit::Kind::Article ? hit.articleId : hit.annotationId) = st.int64(0);
        hit.rank = st.real(1);
        hits << hit;
    }
    if (failed(st))
        return Error{u"the search failed: %1"_s.arg(db.lastError())};
    return hits;
}

// rankedHits over `table`'s matches of `expression`, the newest RankWindow of them first (see
// there). `where` follows the MATCH and may be empty; `values` are its own, then the limit.
Result<QList<SearchHit>> rankedWords(Database &db, SearchHit::Kind kind, const QString &select, const QString &table,
                                     const QString &expression, const QString &where, const QVariantList &values, int limit)
{
    const QString match = u" WHERE "_s + table + u" MATCH ?"_s;
    const QString order = u" ORDER BY score LIMIT ?"_s;
    if (const std::optional<qint64> oldest = oldestRanked(db, table, expression)) {
        auto newest = rankedHits(db, kind, select + match + u" AND "_s + table + u".rowid >= ?"_s + where + order,
                                 QVariantList{expression, *oldest} + values + QVariantList{limit});
        if (!newest || newest->size() >= limit)
            return newest;
    }
    return rankedHits(db, kind, select + match + where + order, QVariantList{expression} + values + QVariantList{limit});
}

// Article matches: ranked by bm25 when the query has words (to be completed), else newest first
// (complete).
Result<QList<SearchHit>> searchArticles(Database &db, const SearchQuery &query, const Words &words, int limit)
{
    if (query.hasWords() && words.articles.isEmpty())
        return QList<SearchHit>();
    const Id id = words.articles.isEmpty() ? Id{u"a.id"_s} : Id{u"articles_fts.rowid"_s};
    Sql sql;
    if (!query.excluded.isEmpty())
        sql.add(inList(id, u"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"_s, true), {orOf(query.excluded, ArticleColumns)});
    articleFilters(query, id, sql);
    if (query.needsAnnotations()) {
        Sql inner;
        annotationFilters(query, Id{u"n.id"_s}, inner);
        sql.add(u"EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = "_s + id.column + inner.where() + u')', inner.values);
    }
    if (!words.articles.isEmpty()) {
        return rankedWords(db, SearchHit::Kind::Article, u"SELECT articles_fts.rowid, bm25(articles_fts, 10.0, 4.0, 2.0, 1.0) AS score FROM articles_fts"_s,
                           u"articles_fts"_s, words.articles, sql.where(), sql.values, limit);
    }
    Statement st = db.prepare(u"SELECT a.id, a.title, a.source, a.published, substr(a.text, 1, 160) FROM articles a WHERE 1"_s + sql.where()
                              + u" ORDER BY a.sort_time DESC, a.id DESC LIMIT ?"_s);
    bindAll(st, sql.values + QVariantList{limit});
    QList<SearchHit> hits;
    while (st.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Article;
        hit.articleId = st.int64(0);
        hit.title = st.text(1);
        hit.source = st.text(2);
        hit.published = fromMs(st, 3);
        takeHighlights(hit, st.text(4));
        hits << hit;
    }
    if (failed(st))
        return Error{u"the search failed: %1"_s.arg(db.lastError())};
    return hits;
}

// Annotation matches, ids only (to be completed): ranked by bm25 when the query has words for them,
// else those the annotation filters select, newest article first.
Result<QList<SearchHit>> searchAnnotations(Database &db, const SearchQuery &query, const Words &words, int limit)
{
    const Id id = words.annotations.isEmpty() ? Id{u"n.id"_s, true} : Id{u"annotations_fts.rowid"_s};
    Sql sql;
    if (!words.ofArticle.isEmpty())
        sql.add(inList(Id{u"n.article_id"_s}, u"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"_s),
                {ftsExpression(words.ofArticle, ArticleColumns)});
    QList<SearchTerm> excludedOwn;
    for (const SearchTerm &t : query.excluded)
        if (t.column == SearchTerm::Column::Any)
            excludedOwn << t;
    if (!excludedOwn.isEmpty())
        sql.add(inList(id, u"SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?"_s, true), {orOf(excludedOwn, AnnotationColumns)});
    const qsizetype beforeArticleFilters = sql.conditions.size();
    articleFilters(query, Id{u"n.article_id"_s}, sql);
    sql.needsAnnotationRow = sql.needsAnnotationRow || !words.ofArticle.isEmpty() || sql.conditions.size() > beforeArticleFilters;
    annotationFilters(query, id, sql);
    // What the conditions and the order need of an annotation (article, place, colour) and of its
    // article (place in the list) comes from narrow indexes by id, not from the rows.
    if (!words.annotations.isEmpty()) {
        // CROSS JOIN: the full-text matches come first and each looks its annotation up, never the
        // other way round (a full-text query per annotation).
        const QString join = sql.needsAnnotationRow ? u" CROSS JOIN annotations n INDEXED BY annotations_by_id ON n.id = annotations_fts.rowid"_s
                                                    : QString();
        return rankedWords(db, SearchHit::Kind::Annotation,
                           u"SELECT annotations_fts.rowid, bm25(annotations_fts, 4.0, 2.0, 3.0, 3.0) AS score FROM annotations_fts"_s + join,
                           u"annotations_fts"_s, words.annotations, sql.where(), sql.values, limit);
    }
    if (!query.needsAnnotations())
        return QList<SearchHit>(); // an article's words and fields list the article, not its annotations
    return rankedHits(db, SearchHit::Kind::Annotation,
                      u"SELECT n.id, 0 FROM annotations n INDEXED BY annotations_by_id "
                      "JOIN articles a INDEXED BY articles_time_by_id ON a.id = n.article_id WHERE 1"_s
                          + sql.where() + u" ORDER BY a.sort_time DESC, n.start_pos LIMIT ?"_s,
                      sql.values + QVariantList{limit});
}

// The second step for the hits kept: their articles' fields and texts, a snippet of the same
// full-text expression where they were ranked by words (FTS5 marks the same matches), else the
// text's beginning. One statement for each kind of hit: the full-text query runs once, from the
// lowest rowid kept, and FTS5 makes snippets for the rows listed only. (A statement per hit ran the
// full-text query once per hit, which for a prefix meant merging the lists of every word it matches
// fifty times over: 15-30 ms of a 50 ms search.)
enum class Completion { RankedArticles, RankedAnnotations, Annotations };

QString completionSql(Completion kind, qsizetype count)
{
    QStringList marks(count, u"?"_s);
    const QString ids = marks.join(u',');
    switch (kind) {
    case Completion::RankedArticles:
        return u"SELECT articles_fts.rowid, a.id, a.title, a.source, a.published, snippet(articles_fts, -1, char(2), char(3), '…', 14) "
               "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
               "WHERE articles_fts MATCH ? AND articles_fts.rowid >= ? AND +articles_fts.rowid IN ("_s
            + ids + u')';
    case Completion::RankedAnnotations:
        return u"SELECT annotations_fts.rowid, n.article_id, a.title, a.source, a.published, snippet(annotations_fts, -1, char(2), char(3), '…', 14) "
               "FROM annotations_fts JOIN annotations n ON n.id = annotations_fts.rowid JOIN articles a ON a.id = n.article_id "
               "WHERE annotations_fts MATCH ? AND annotations_fts.rowid >= ? AND +annotations_fts.rowid IN ("_s
            + ids + u')';
    case Completion::Annotations:
        return u"SELECT n.id, n.article_id, a.title, a.source, a.published, substr(n.exact, 1, 160) "
               "FROM annotations n JOIN articles a ON a.id = n.article_id WHERE n.id IN ("_s
            + ids + u')';
    }
    return {};
}

// Completes hits[at] for each of `members`, all of one Completion kind.
Status complete(Database &db, Completion kind, const QString &expression, QList<SearchHit> &hits, QSpan<const qsizetype> members)
{
    const bool articles = kind == Completion::RankedArticles;
    QHash<qint64, qsizetype> position; // a hit's id -> where it is in `hits`
    for (qsizetype at : members)
        position.insert(articles ? hits[at].articleId : hits[at].annotationId, at);
    const QList<qint64> ids = position.keys();
    Statement st = db.prepare(completionSql(kind, ids.size()));
    int column = 1;
    if (kind != Completion::Annotations) {
        st.bind(column++, expression);
        st.bind(column++, *std::min_element(ids.begin(), ids.end()));
    }
    for (qint64 id : ids)
        st.bind(column++, id);
    while (st.next()) {
        SearchHit &hit = hits[position.value(st.int64(0))];
        hit.articleId = st.int64(1);
        hit.title = st.text(2);
        hit.source = st.text(3);
        hit.published = fromMs(st, 4);
        takeHighlights(hit, st.text(5));
    }
    if (failed(st))
        return Error{u"the search failed: %1"_s.arg(db.lastError())};
    return Status::success();
}

Status completeHits(Database &db, const Words &words, QList<SearchHit> &hits)
{
    // Few enough bound values a statement for any SQLite build.
    constexpr qsizetype Chunk = 500;
    for (const Completion kind : {Completion::RankedArticles, Completion::RankedAnnotations, Completion::Annotations}) {
        const bool articles = kind == Completion::RankedArticles;
        const QString &expression = articles ? words.articles : words.annotations;
        if ((kind == Completion::Annotations) != expression.isEmpty())
            continue; // these hits were ranked by words (or were not): another kind completes them
        QList<qsizetype> members;
        for (qsizetype i = 0; i < hits.size(); ++i)
            if ((hits[i].kind == SearchHit::Kind::Article) == articles)
                members << i;
        for (qsizetype from = 0; from < members.size(); from += Chunk) {
            const QSpan<const qsizetype> chunk = QSpan<const qsizetype>(members).subspan(from, std::min(Chunk, members.size() - from));
            if (const Status done = complete(db, kind, expression, hits, chunk); !done)
                return done;
        }
    }
    return Status::success();
}

} // namespace

Result<SearchResult> search(Database &db, const SearchQuery &query, int limit)
{
    SearchResult result;
    result.notes = query.notes;
    if (query.isEmpty() || limit <= 0)
        return result;
    const Words words(query);
    if (!query.needsAnnotations()) {
        auto articles = searchArticles(db, query, words, limit);
        if (!articles)
            return Error{articles.error()};
        result.hits << *articles;
    }
    auto annotations = searchAnnotations(db, query, words, limit);
    if (!annotations)
        return Error{annotations.error()};
    result.hits << *annotations;
    // Both ranks are bm25 scores (lower is better), comparable enough to interleave; without words
    // the lists keep their newest-first order, articles before annotations.
    std::stable_sort(result.hits.begin(), result.hits.end(), [](const SearchHit &x, const SearchHit &y) { return x.rank < y.rank; });
    if (result.hits.size() > limit)
        result.hits.resize(limit);
    // The hits kept get their fields and snippets now that they are known (see rankedHits).
    if (const Status done = completeHits(db, words, result.hits); !done)
        return Error{done.error()};
    return result;
}

Result<QList<qint64>> searchArticleIds(Database &db, const SearchQuery &query, int limit)
{
    if (query.isEmpty())
        return QList<qint64>();
    auto hits = searchArticles(db, query, Words(query), limit);
    if (!hits)
        return Error{hits.error()};
    QList<qint64> ids;
    for (const SearchHit &h : *hits)
        ids << h.articleId;
    return ids;
}

} // namespace gloss::search
