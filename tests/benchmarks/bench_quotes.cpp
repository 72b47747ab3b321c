// Quote finder benchmark: quality on every gold set (the sample article's from ../shared, the
// project's dev set, and the holdout set kept out of rule writing), then speed on one core over
// 5 KB articles. Prints figures; asserts nothing (tst_quotegold holds the floors).
#include "QuoteGold.h"

#include "quotes/QuoteFinder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gloss::quotes;

namespace {

void printSet(const QString &title, const QList<GoldArticle> &set, bool details)
{
    if (set.isEmpty()) {
        std::printf("%s: no gold files found\n", qPrintable(title));
        return;
    }
    for (const GoldArticle &a : set)
        for (const QString &problem : a.problems)
            std::printf("  problem: %s\n", qPrintable(problem));
    const SetScore score = scoreSet(set);
    std::printf("%s", qPrintable(formatScore(u"%1 (%2 articles)"_s.arg(title).arg(set.size()), score)));
    if (details)
        for (const QString &miss : score.misses)
            std::printf("    %s\n", qPrintable(miss));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool details = app.arguments().contains(u"--misses"_s);
    const QString data = QStringLiteral(GLOSS_TEST_DATA) + u"/quotes"_s;
    const QString shared = QStringLiteral(GLOSS_SHARED_DIR);

    std::printf("Quote finder quality (a match overlaps >= 80%% of the gold span and >= 50%% of the suggestion)\n");
    if (QFile::exists(shared + u"/gold"_s))
        printSet(u"sample article (../shared/gold)"_s, loadGoldSet(shared + u"/gold"_s, shared), details);
    else
        std::printf("sample article: ../shared is absent, skipped\n");
    const QList<GoldArticle> dev = loadGoldSet(data + u"/dev"_s);
    const QList<GoldArticle> holdout = loadGoldSet(data + u"/holdout"_s);
    printSet(u"own dev set"_s, dev, details);
    printSet(u"own holdout set (not read while writing the rules)"_s, holdout, false);
    std::printf("Targets: direct+partial precision, recall, speaker accuracy >= 95%%; reported precision >= 85%%, "
                "recall >= 75%%, speaker accuracy >= 85%%\n\n");

    // Speed: 5 KB articles made of the gold texts (each joined with the next ones until it is long
    // enough, then cut at a paragraph's end), on this one thread.
    QStringList texts;
    for (const QList<GoldArticle> *set : {&dev, &holdout})
        for (const GoldArticle &a : *set)
            texts << a.text;
    QList<QString> articles;
    for (int i = 0; i < texts.size(); ++i) {
        QString text;
        for (int j = i; text.size() < 5 * 1024; j = (j + 1) % texts.size())
            text += texts.at(j) + u'\n';
        articles << text.left(text.lastIndexOf(u'\n', 5 * 1024));
    }
    if (articles.isEmpty())
        return 1;
    qint64 bytes = 0;
    int found = 0;
    const int count = 3000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const QString &text = articles.at(i % articles.size());
        bytes += text.size();
        found += int(findQuotes(text).size());
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("Speed: %d articles (average %.1f KB, %d suggestions) in %.2f s on one thread: %.0f articles/s "
                "(target >= 1,000 articles of 5 KB per second)\n",
                count, bytes / 1024.0 / count, found, seconds, count / seconds);
    return 0;
}
