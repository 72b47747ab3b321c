#include "QuoteGold.h"

#include "document/ArticleImporter.h"
#include "quotes/QuoteFinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss::quotes {

namespace {

// The text with runs of white space folded to one space, and where each folded character came from.
struct Folded {
    QString text;
    QList<int> origin;
};

Folded fold(const QString &text)
{
    Folded f;
    f.text.reserve(text.size());
    bool space = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (!space) {
                f.text.append(u' ');
                f.origin.append(i);
            }
            space = true;
            continue;
        }
        space = false;
        f.text.append(c);
        f.origin.append(i);
    }
    return f;
}

QString foldedKey(const QString &text)
{
    return fold(text).text.trimmed().toLower();
}

QuoteKind kindFromName(const QString &name)
{
    if (name == u"reported")
        return QuoteKind::Reported;
    if (name == u"partial")
        return QuoteKind::Partial;
    return QuoteKind::Direct;
}

bool isReported(QuoteKind kind)
{
    return kind == QuoteKind::Reported;
}

GoldArticle loadOne(const QString &goldPath, const QString &articlePath)
{
    GoldArticle article;
    article.name = QFileInfo(goldPath).fileName().chopped(QStringLiteral(".quotes.json").size());
    QFile file(goldPath);
    if (!file.open(QIODevice::ReadOnly)) {
        article.problems << u"%1: cannot read: %2"_s.arg(goldPath, file.errorString());
        return article;
    }
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        article.problems << u"%1: not JSON: %2"_s.arg(goldPath, error.errorString());
        return article;
    }
    const ImportOutcome imported = importArticleFile(articlePath);
    if (!imported.ok()) {
        article.problems << imported.error;
        return article;
    }
    article.text = imported.article->text;
    for (const QJsonValue &v : root.value(u"speakers"_s).toArray()) {
        QStringList names{v[u"name"_s].toString()};
        for (const QJsonValue &alias : v[u"aliases"_s].toArray())
            names << alias.toString();
        article.speakers << names;
    }
    const Folded folded = fold(article.text);
    int from = 0;
    for (const QJsonValue &v : root.value(u"quotes"_s).toArray()) {
        GoldQuote quote;
        quote.kind = kindFromName(v[u"kind"_s].toString());
        quote.speaker = v[u"speaker"_s].toString();
        quote.exact = v[u"exact"_s].toString();
        const QString needle = fold(quote.exact).text.trimmed();
        // Gold quotes are in text order, but a reported sentence may contain an earlier quote's words.
        qsizetype at = folded.text.indexOf(needle, from);
        if (at < 0)
            at = folded.text.indexOf(needle);
        if (at < 0 || needle.isEmpty()) {
            article.problems << u"%1: not in the article: \"%2\""_s.arg(article.name, quote.exact);
        } else {
            quote.start = folded.origin.at(at);
            quote.end = folded.origin.at(at + needle.size() - 1) + 1;
            from = int(at) + 1;
        }
        article.quotes << quote;
    }
    return article;
}

double overlap(int a0, int a1, int b0, int b1)
{
    return std::max(0, std::min(a1, b1) - std::max(a0, b0));
}

} // namespace

QList<GoldArticle> loadGoldSet(const QString &dir, const QString &articleRoot)
{
    QList<GoldArticle> set;
    const QDir folder(dir);
    const QStringList files = folder.entryList({u"*.quotes.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString goldPath = folder.filePath(name);
        QString articlePath = folder.filePath(name.chopped(QStringLiteral(".quotes.json").size()) + u".txt"_s);
        if (!QFile::exists(articlePath) && !articleRoot.isEmpty()) {
            QFile file(goldPath);
            if (file.open(QIODevice::ReadOnly)) {
                const QString named = QJsonDocument::fromJson(file.readAll()).object().value(u"article"_s).toString();
                articlePath = QDir(articleRoot).filePath(named);
            }
        }
        set << loadOne(goldPath, articlePath);
    }
    return set;
}

void GroupScore::add(const GroupScore &other)
{
    gold += other.gold;
    suggested += other.suggested;
    matched += other.matched;
    speakerRight += other.speakerRight;
}

SetScore scoreArticle(const GoldArticle &article, const QList<QuoteSuggestion> &suggestions)
{
    SetScore score;
    QList<bool> used(suggestions.size(), false);
    auto speakerMatches = [&](const GoldQuote &gold, const QuoteSuggestion &s) {
        if (gold.speaker.isEmpty())
            return s.speaker.isEmpty();
        const QString mine = foldedKey(s.speaker);
        for (const QStringList &names : article.speakers) {
            if (foldedKey(names.first()) != foldedKey(gold.speaker))
                continue;
            for (const QString &n : names)
                if (foldedKey(n) == mine)
                    return true;
        }
        return foldedKey(gold.speaker) == mine;
    };
    for (const GoldQuote &gold : article.quotes) {
        GroupScore &group = isReported(gold.kind) ? score.reported : score.quoted;
        ++group.gold;
        if (gold.start < 0)
            continue;
        int best = -1;
        double bestOverlap = 0;
        for (int i = 0; i < suggestions.size(); ++i) {
            const QuoteSuggestion &s = suggestions.at(i);
            if (used.at(i) || isReported(s.kind) != isReported(gold.kind))
                continue;
            const double o = overlap(gold.start, gold.end, s.start, s.end);
            if (o >= 0.8 * (gold.end - gold.start) && o >= 0.5 * (s.end - s.start) && o > bestOverlap) {
                best = i;
                bestOverlap = o;
            }
        }
        const QString kind = quoteKindName(gold.kind);
        if (best < 0) {
            score.misses << u"%1: missed %2 (%3): \"%4\""_s.arg(article.name, kind, gold.speaker, gold.exact.left(90));
            continue;
        }
        used[best] = true;
        ++group.matched;
        if (speakerMatches(gold, suggestions.at(best)))
            ++group.speakerRight;
        else
            score.misses << u"%1: speaker of \"%2\": gold %3, suggested %4"_s.arg(
                article.name, gold.exact.left(60), gold.speaker,
                suggestions.at(best).speaker.isEmpty() ? u"none"_s : suggestions.at(best).speaker);
    }
    for (int i = 0; i < suggestions.size(); ++i) {
        const QuoteSuggestion &s = suggestions.at(i);
        (isReported(s.kind) ? score.reported : score.quoted).suggested++;
        if (!used.at(i))
            score.misses << u"%1: extra %2 (%3, %4): \"%5\""_s.arg(article.name, quoteKindName(s.kind), s.speaker,
                                                                 s.reason, s.exact.left(90));
    }
    return score;
}

SetScore scoreSet(const QList<GoldArticle> &articles)
{
    SetScore total;
    for (const GoldArticle &article : articles) {
        const SetScore one = scoreArticle(article, findQuotes(article.text));
        total.quoted.add(one.quoted);
        total.reported.add(one.reported);
        total.misses << one.misses;
    }
    return total;
}

QString formatScore(const QString &title, const SetScore &score)
{
    auto line = [](const QString &name, const GroupScore &g) {
        return u"  %1 gold %2, suggested %3, matched %4: precision %5%, recall %6%, F1 %7, speaker accuracy %8%\n"_s
            .arg(name, -17)
            .arg(g.gold)
            .arg(g.suggested)
            .arg(g.matched)
            .arg(g.precision() * 100, 0, 'f', 1)
            .arg(g.recall() * 100, 0, 'f', 1)
            .arg(g.f1() * 100, 0, 'f', 1)
            .arg(g.speakerAccuracy() * 100, 0, 'f', 1);
    };
    return title + u'\n' + line(u"direct+partial"_s, score.quoted) + line(u"reported"_s, score.reported);
}

} // namespace gloss::quotes
