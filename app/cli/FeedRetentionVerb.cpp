#include "FeedRetentionVerb.h"

#include "CliContext.h"
#include "VerbArgs.h"

#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Library.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

// A count from the command line: 0 means "no limit"; anything else that is not a whole number
// from 0 to 100000 is refused by name.
std::optional<int> parseLimit(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > 100000)
        return std::nullopt;
    return value;
}

QString describe(const Feed &feed)
{
    const QString days = feed.retentionDays > 0 ? u"%1 days"_s.arg(feed.retentionDays) : u"forever"_s;
    const QString items = feed.retentionItems > 0 ? u"at most %1 articles"_s.arg(feed.retentionItems) : u"no limit on the number"_s;
    return u"keep %1, %2"_s.arg(days, items);
}

} // namespace

int feedsRetentionCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show or set how long a feed's articles are kept. Bookmarked and annotated "
                                     "articles are always kept. A new rule applies at once."_s);
    const QCommandLineOption days(u"days"_s, u"Keep articles this many days (0: forever)."_s, u"N"_s);
    const QCommandLineOption items(u"items"_s, u"Keep at most this many articles (0: no limit)."_s, u"N"_s);
    const QCommandLineOption json(u"json"_s, u"Print the rule (and what was removed) as JSON."_s);
    parser.addOptions({days, items, json});
    parser.addPositionalArgument(u"ID"_s, u"The feed's id (see 'gloss feeds list')."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"feeds retention"_s, args, &code))
        return code;
    const auto id = singleIdArgument(ctx, parser, u"feeds retention"_s, u"feed id"_s, &code);
    if (!id)
        return code;
    std::optional<int> newDays, newItems;
    if (parser.isSet(days) && !(newDays = parseLimit(parser.value(days))))
        return ctx.usage(u"feeds retention: --days '%1' is not a number of days from 0 to 100000"_s.arg(parser.value(days)));
    if (parser.isSet(items) && !(newItems = parseLimit(parser.value(items))))
        return ctx.usage(u"feeds retention: --items '%1' is not a number of articles from 0 to 100000"_s.arg(parser.value(items)));

    Library *library = ctx.library();
    if (!library)
        return Failure;
    FeedStore store(library->database());
    auto feed = store.existingFeed(*id);
    if (!feed)
        return ctx.fail(feed.error());
    Feed f = *feed;
    qint64 removed = 0;
    if (newDays || newItems) {
        f.retentionDays = newDays.value_or(f.retentionDays);
        f.retentionItems = newItems.value_or(f.retentionItems);
        // The rule and its first application together: never a rule recorded but not applied.
        Transaction tx(library->database());
        if (Status set = store.setRetention(f.id, f.retentionDays, f.retentionItems); !set)
            return ctx.fail(set.error());
        auto applied = store.applyRetention(f.id);
        if (!applied)
            return ctx.fail(applied.error());
        if (!tx.commit())
            return ctx.fail(u"cannot save the rule: %1"_s.arg(library->database().lastError()));
        removed = *applied;
    }
    if (parser.isSet(json)) {
        printJsonDocument(ctx, QJsonDocument(QJsonObject{{u"id"_s, f.id},
                                                         {u"days"_s, f.retentionDays},
                                                         {u"items"_s, f.retentionItems},
                                                         {u"removed"_s, removed}}));
        return Success;
    }
    ctx.out() << "feed " << f.id << " (" << (f.title.isEmpty() ? f.url : f.title) << "): " << describe(f);
    if (newDays || newItems)
        ctx.out() << "; " << removed << " articles removed";
    ctx.out() << Qt::endl;
    return Success;
}

} // namespace gloss::cli
