// The quote gold sets and how suggestions are scored against them, shared by the gold test
// (tst_quotegold asserts floors) and the benchmark (bench_quotes prints the figures).
//
// A gold file (NAME.quotes.json) lists an article's quotes: kind ("direct", "partial", "reported"),
// speaker and the exact words, compared with runs of white space (U+00A0 included) folded to one space.
// Each exact is found on the article's canonical text (imported with the app's own importer), in text
// order. A suggestion matches a gold quote of the same group (quoted = direct + partial, or reported)
// when their overlap covers at least 80% of the gold span and at least half of the suggestion (so one
// suggestion over a whole paragraph cannot match everything); each side matches at most once.
#pragma once

#include "quotes/QuoteSuggestion.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gloss::quotes {

struct GoldQuote {
    QuoteKind kind = QuoteKind::Direct;
    QString speaker;       // empty when the gold says null
    QString exact;
    int start = -1;        // on the canonical text; -1 when the words were not found
    int end = -1;
};

struct GoldArticle {
    QString name;          // the gold file's name without .quotes.json
    QString text;          // canonical text
    QList<GoldQuote> quotes;
    QList<QStringList> speakers; // each: name, then aliases
    QStringList problems;  // words not found, unreadable files: a gold set with problems is broken
};

// Loads every NAME.quotes.json in `dir` whose article (NAME.txt, or the file its "article" names,
// relative to `articleRoot` when given) exists. Problems are recorded on the articles.
QList<GoldArticle> loadGoldSet(const QString &dir, const QString &articleRoot = {});

struct GroupScore {
    int gold = 0;
    int suggested = 0;
    int matched = 0;
    int speakerRight = 0;   // over matched pairs
    double precision() const { return suggested ? double(matched) / suggested : 1.0; }
    double recall() const { return gold ? double(matched) / gold : 1.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    double speakerAccuracy() const { return matched ? double(speakerRight) / matched : 1.0; }
    void add(const GroupScore &other);
};

struct SetScore {
    GroupScore quoted;   // direct + partial
    GroupScore reported;
    QStringList misses;  // one line per missed gold quote / wrong speaker / unmatched suggestion
};

SetScore scoreArticle(const GoldArticle &article, const QList<QuoteSuggestion> &suggestions);
SetScore scoreSet(const QList<GoldArticle> &articles);  // runs findQuotes on each article
QString formatScore(const QString &title, const SetScore &score);

} // namespace gloss::quotes
