#include "FeedsVerb.h"

#include "FeedParseVerb.h"
#include "FeedRetentionVerb.h"
#include "FeedVerbs.h"

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

struct SubVerb {
    std::function<int(CliContext &, const QStringList &)> run;
    QString summary;
};

const std::map<QString, SubVerb> &subVerbs()
{
    static const std::map<QString, SubVerb> table{
        {u"parse"_s, {feedsParseCommand, u"parse FILE|URL [--json]\n                        parse a feed and print it (no library needed)"_s}},
        {u"add"_s, {feedsAddCommand, u"add URL [--folder NAME] [--json]\n                        subscribe to a feed; prints its id"_s}},
        {u"list"_s, {feedsListCommand, u"list [--json]         list subscriptions with unread counts and last errors"_s}},
        {u"remove"_s, {feedsRemoveCommand, u"remove ID             unsubscribe (bookmarked and annotated articles are kept)"_s}},
        {u"import-opml"_s, {feedsImportOpmlCommand, u"import-opml FILE [--json]\n                        subscribe to an OPML file's feeds and folders"_s}},
        {u"retention"_s, {feedsRetentionCommand, u"retention ID [--days N] [--items N] [--json]\n                        show or set how long a feed's articles are kept"_s}},
        {u"export-opml"_s, {feedsExportOpmlCommand, u"export-opml FILE      write the subscriptions as OPML 2.0 (- for stdout)"_s}},
    };
    return table;
}

QString subVerbNames()
{
    QStringList names;
    for (const auto &[name, verb] : subVerbs())
        names.append(name);
    return names.join(u", "_s);
}

QString feedsHelp()
{
    QString help = u"Usage: gloss feeds SUBVERB [ARGS]\n\nSub-verbs:\n"_s;
    for (const auto &[name, verb] : subVerbs())
        help += u"  "_s + verb.summary + u'\n';
    help += u"\n'gloss feeds SUBVERB --help' shows a sub-verb's options.\n"_s;
    return help;
}

} // namespace

int feedsCommand(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(u"feeds: no sub-verb given (one of: %1)"_s.arg(subVerbNames()));
    const QString &first = args.first();
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        ctx.out() << feedsHelp();
        return Success;
    }
    const auto it = subVerbs().find(first);
    if (it == subVerbs().end())
        return ctx.usage(u"feeds: unknown sub-verb '%1' (one of: %2)"_s.arg(first, subVerbNames()));
    return it->second.run(ctx, args.mid(1));
}

} // namespace gloss::cli
