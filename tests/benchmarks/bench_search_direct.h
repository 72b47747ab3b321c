// bench_search's direct side: the FTS5 queries a Gloss search amounts to, run through the SQLite C
// API on a connection of their own, nothing of Gloss in between, to set Gloss's times beside.
#pragma once

#include "search/SearchQuery.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>

namespace gloss::bench {

using namespace Qt::StringLiterals;

// The columns Searcher.cpp gives plain terms, and its bm25 weights.
inline const QStringList ArticleColumns{u"title"_s, u"author"_s, u"source"_s, u"text"_s};
inline const QStringList AnnotationColumns{u"exact"_s, u"comment"_s, u"speaker"_s, u"tags"_s};

// The FTS5 expressions a query amounts to: what Gloss matches in each index, its exclusions
// written the way FTS5 itself says it (NOT). Empty where Gloss asks that index no words.
struct FtsPlan {
    QString articles, annotations;
    bool isEmpty() const { return articles.isEmpty() && annotations.isEmpty(); }
};

inline QString withExclusions(const QString &words, const QList<search::SearchTerm> &excluded, const QStringList &columns)
{
    QStringList parts;
    for (const search::SearchTerm &t : excluded)
        if (const QString e = search::ftsExpression(t, columns); !e.isEmpty())
            parts << e;
    return words.isEmpty() || parts.isEmpty() ? words : u"("_s + words + u") NOT ("_s + parts.join(u" OR "_s) + u')';
}

inline FtsPlan ftsPlan(const search::SearchQuery &query)
{
    FtsPlan plan;
    if (!query.needsAnnotations())
        plan.articles = withExclusions(search::ftsExpression(query.groups, ArticleColumns), query.excluded, ArticleColumns);
    // Annotations match the words that are not about the article's title or author.
    QList<QList<search::SearchTerm>> own;
    for (const auto &group : query.groups)
        if (std::all_of(group.begin(), group.end(), [](const search::SearchTerm &t) { return t.column == search::SearchTerm::Column::Any; }))
            own << group;
    QList<search::SearchTerm> excludedOwn;
    for (const search::SearchTerm &t : query.excluded)
        if (t.column == search::SearchTerm::Column::Any)
            excludedOwn << t;
    plan.annotations = withExclusions(search::ftsExpression(own, AnnotationColumns), excludedOwn, AnnotationColumns);
    return plan;
}

// The statements a connection runs while one of these lives, as SQLite expands them (the values
// bound written in): what Gloss asked of SQLite for one search, to be run again directly.
class StatementTrace {
public:
    explicit StatementTrace(sqlite3 *db) : m_db(db)
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementTrace::record, this);
    }
    ~StatementTrace() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    StatementTrace(const StatementTrace &) = delete;
    StatementTrace &operator=(const StatementTrace &) = delete;

    QList<QByteArray> statements() const { return m_statements; }

private:
    static int record(unsigned, void *self, void *statement, void *text)
    {
        // Statements run by triggers arrive as "-- " comments: they are part of their statement.
        if (std::strncmp(static_cast<const char *>(text), "--", 2) == 0)
            return 0;
        if (char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement))) {
            static_cast<StatementTrace *>(self)->m_statements << QByteArray(expanded);
            sqlite3_free(expanded);
        }
        return 0;
    }

    sqlite3 *m_db;
    QList<QByteArray> m_statements;
};

// A second connection to the same file through the SQLite C API, nothing of Gloss in between.
// Three ways to ask FTS5 directly:
//  - Rank: FTS5's own ORDER BY rank (with Gloss's column weights), the form the issue names;
//  - Bm25: ORDER BY bm25(…) with the same weights, which SQLite sorts itself: the faster of the two,
//    and so the baseline of the ratio;
//  - Shown: Bm25 of both indexes, the best `limit` of them together, and a snippet for each of
//    those: what any program that shows the hits as Gloss does must ask of FTS5 at least;
//  - Newest: Shown, ranking only the newest 5,000 matches of each index when there are more (and
//    all of them when that leaves fewer than `limit`), as Searcher.cpp does.
// And replay(): the very statements a Gloss search ran (StatementTrace), filters, snippets and all,
// each row's every column read: the same FTS5 queries run directly.
class DirectSqlite {
public:
    enum class Form { Rank, Bm25, Shown, Newest };
    static constexpr int RankWindow = 5000; // Searcher.cpp's

    DirectSqlite(const QString &path, int limit)
        : m_limit(limit)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "bench_search: sqlite3 cannot open %s\n", qPrintable(path));
        m_rank[0] = prepare("SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ?1 "
                            "AND rank MATCH 'bm25(10.0, 4.0, 2.0, 1.0)' ORDER BY rank LIMIT ?2");
        m_rank[1] = prepare("SELECT rowid, rank FROM annotations_fts WHERE annotations_fts MATCH ?1 "
                            "AND rank MATCH 'bm25(4.0, 2.0, 3.0, 3.0)' ORDER BY rank LIMIT ?2");
        m_bm25[0] = prepare("SELECT rowid, bm25(articles_fts, 10.0, 4.0, 2.0, 1.0) AS score FROM articles_fts "
                            "WHERE articles_fts MATCH ?1 ORDER BY score LIMIT ?2");
        m_bm25[1] = prepare("SELECT rowid, bm25(annotations_fts, 4.0, 2.0, 3.0, 3.0) AS score FROM annotations_fts "
                            "WHERE annotations_fts MATCH ?1 ORDER BY score LIMIT ?2");
        m_oldest[0] = prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?2");
        m_oldest[1] = prepare("SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?2");
        m_newest[0] = prepare("SELECT rowid, bm25(articles_fts, 10.0, 4.0, 2.0, 1.0) AS score FROM articles_fts "
                              "WHERE articles_fts MATCH ?1 AND rowid >= ?3 ORDER BY score LIMIT ?2");
        m_newest[1] = prepare("SELECT rowid, bm25(annotations_fts, 4.0, 2.0, 3.0, 3.0) AS score FROM annotations_fts "
                              "WHERE annotations_fts MATCH ?1 AND rowid >= ?3 ORDER BY score LIMIT ?2");
        m_snippet[0] = prepare("SELECT snippet(articles_fts, -1, char(2), char(3), '…', 14) FROM articles_fts "
                               "WHERE articles_fts MATCH ?1 AND rowid = ?2");
        m_snippet[1] = prepare("SELECT snippet(annotations_fts, -1, char(2), char(3), '…', 14) FROM annotations_fts "
                               "WHERE annotations_fts MATCH ?1 AND rowid = ?2");
    }
    ~DirectSqlite()
    {
        for (const auto &[sql, st] : m_replayed)
            sqlite3_finalize(st);
        for (sqlite3_stmt *st : {m_rank[0], m_rank[1], m_bm25[0], m_bm25[1], m_oldest[0], m_oldest[1], m_newest[0], m_newest[1],
                                 m_snippet[0], m_snippet[1]})
            sqlite3_finalize(st);
        sqlite3_close(m_db);
    }
    DirectSqlite(const DirectSqlite &) = delete;
    DirectSqlite &operator=(const DirectSqlite &) = delete;

    void run(const FtsPlan &plan, Form form)
    {
        const std::array<QByteArray, 2> expressions{plan.articles.toUtf8(), plan.annotations.toUtf8()};
        QList<Row> rows;
        for (int index = 0; index < 2; ++index)
            if (!expressions[index].isEmpty())
                rows << (form == Form::Newest ? rankedNewest(index, expressions[index])
                                              : ranked(form == Form::Rank ? m_rank[index] : m_bm25[index], index, expressions[index]));
        if (form != Form::Shown && form != Form::Newest)
            return;
        std::stable_sort(rows.begin(), rows.end(), [](const Row &x, const Row &y) { return x.score < y.score; });
        for (const Row &row : rows.mid(0, m_limit))
            snippet(row, expressions[row.index]);
    }

    // Runs `statements` in turn, prepared once each (as Gloss keeps its statements prepared); the
    // number of rows they gave.
    int replay(const QList<QByteArray> &statements)
    {
        int rows = 0;
        for (const QByteArray &sql : statements) {
            sqlite3_stmt *&st = m_replayed[sql];
            if (!st && sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK) {
                std::fprintf(stderr, "bench_search: replay: %s\n", sqlite3_errmsg(m_db));
                continue;
            }
            while (sqlite3_step(st) == SQLITE_ROW) {
                ++rows;
                for (int c = 0; c < sqlite3_column_count(st); ++c)
                    m_sink += sqlite3_column_type(st, c) == SQLITE_TEXT ? sqlite3_column_bytes(st, c) : sqlite3_column_int(st, c);
            }
            sqlite3_reset(st);
        }
        return rows;
    }

private:
    struct Row {
        int index = 0; // 0 articles, 1 annotations
        qint64 rowid = 0;
        double score = 0;
    };

    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "bench_search: %s\n", sqlite3_errmsg(m_db));
        return st;
    }

    QList<Row> rankedNewest(int index, const QByteArray &expression)
    {
        sqlite3_stmt *oldest = m_oldest[index];
        sqlite3_bind_text(oldest, 1, expression.constData(), int(expression.size()), SQLITE_STATIC);
        sqlite3_bind_int(oldest, 2, RankWindow - 1);
        const bool many = sqlite3_step(oldest) == SQLITE_ROW;
        const qint64 from = many ? sqlite3_column_int64(oldest, 0) : 0;
        sqlite3_reset(oldest);
        if (many) {
            QList<Row> rows = ranked(m_newest[index], index, expression, from);
            if (rows.size() >= m_limit)
                return rows;
        }
        return ranked(m_bm25[index], index, expression);
    }

    QList<Row> ranked(sqlite3_stmt *st, int index, const QByteArray &expression, std::optional<qint64> fromRowid = std::nullopt)
    {
        sqlite3_bind_text(st, 1, expression.constData(), int(expression.size()), SQLITE_STATIC);
        sqlite3_bind_int(st, 2, m_limit);
        if (fromRowid)
            sqlite3_bind_int64(st, 3, *fromRowid);
        QList<Row> rows;
        while (sqlite3_step(st) == SQLITE_ROW)
            rows << Row{index, sqlite3_column_int64(st, 0), sqlite3_column_double(st, 1)};
        sqlite3_reset(st);
        return rows;
    }

    void snippet(const Row &row, const QByteArray &expression)
    {
        sqlite3_stmt *st = m_snippet[row.index];
        sqlite3_bind_text(st, 1, expression.constData(), int(expression.size()), SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, row.rowid);
        while (sqlite3_step(st) == SQLITE_ROW)
            m_sink += sqlite3_column_bytes(st, 0); // read, so no step is skipped
        sqlite3_reset(st);
    }

    sqlite3 *m_db = nullptr;
    std::array<sqlite3_stmt *, 2> m_rank{}, m_bm25{}, m_oldest{}, m_newest{}, m_snippet{};
    std::map<QByteArray, sqlite3_stmt *> m_replayed;
    int m_limit;
    qint64 m_sink = 0;
};

} // namespace gloss::bench
