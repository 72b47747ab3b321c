#include "RefreshVerb.h"

#include "VerbArgs.h"
#include "CliContext.h"
#include "FeedJson.h"

#include "feeds/Refresher.h"
#include "store/FeedStore.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss::cli {

int refreshCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fetch the subscribed feeds and store their new and changed articles."_s);
    const QCommandLineOption feedOption(u"feed"_s, u"Refresh only this feed (repeatable; see 'gloss feeds list')."_s, u"ID"_s);
    const QCommandLineOption json(u"json"_s, u"Print the results as JSON."_s);
    parser.addOptions({feedOption, json});
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"refresh"_s, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(u"refresh: unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    QList<qint64> ids;
    for (const QString &value : parser.values(feedOption)) {
        const auto id = parsePositiveId(value);
        if (!id)
            return ctx.usage(u"refresh: '%1' is not a feed id"_s.arg(value));
        ids.append(*id);
    }
    // Opening the library here checks (and upgrades) it before the refresher opens its own connection.
    Library *library = ctx.library();
    if (!library)
        return Failure;
    FeedStore store(library->database());
    for (qint64 id : std::as_const(ids)) {
        auto feed = store.feed(id);
        if (!feed)
            return ctx.fail(feed.error());
        if (!feed->has_value())
            return ctx.fail(u"there is no feed %1"_s.arg(id));
    }

    Refresher refresher(ctx.libraryPath());
    QEventLoop loop;
    QList<FeedRefreshResult> results;
    bool done = false;
    QObject::connect(&refresher, &Refresher::finished, &loop,
                     [&](const QList<FeedRefreshResult> &r, bool) {
                         results = r;
                         done = true;
                         loop.quit();
                     });
    refresher.refresh(ids);
    if (!done)   // with nothing to fetch, `finished` came before the loop could run
        loop.exec();

    // Results arrive as fetches finish; print them in the order of `gloss feeds list`.
    if (auto feeds = store.feeds()) {
        QHash<qint64, qsizetype> position;
        for (qsizetype i = 0; i < feeds->size(); ++i)
            position.insert(feeds->at(i).id, i);
        std::stable_sort(results.begin(), results.end(), [&](const FeedRefreshResult &a, const FeedRefreshResult &b) {
            return position.value(a.feedId, -1) < position.value(b.feedId, -1);
        });
    }

    bool anyError = false;
    QJsonArray array;
    for (const FeedRefreshResult &r : std::as_const(results)) {
        if (r.feedId == 0)   // the refresher could not read the library at all
            return ctx.fail(r.error);
        anyError |= !r.ok();
        if (!r.ok())
            ctx.err() << "gloss: "
                      << (r.title.isEmpty() || r.title == r.url ? r.url : u"%1 (%2)"_s.arg(r.title, r.url)) << ": "
                      << r.error << Qt::endl;
        for (const QString &warning : r.warnings)
            ctx.err() << "gloss: " << (r.title.isEmpty() ? r.url : r.title) << ": " << warning << Qt::endl;
        if (parser.isSet(json))
            array.append(refreshJson(r));
        else
            ctx.out() << refreshLine(r) << '\n';
    }
    if (parser.isSet(json))
        printJsonDocument(ctx, QJsonDocument(array));
    ctx.out().flush();
    return anyError ? Failure : Success;
}

} // namespace gloss::cli
