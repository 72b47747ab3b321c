#include "Cli.h"

#include "AnnotationVerbs.h"
#include "ArticleCommands.h"
#include "CliContext.h"
#include "ExportVerb.h"
#include "FeedsVerb.h"
#include "ImportNotesVerb.h"
#include "QuotesVerb.h"
#include "SearchVerb.h"
#include "LibraryVerb.h"
#include "RefreshVerb.h"
#include "SpeakerVerbs.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

using Command = std::function<int(CliContext &, const QStringList &)>;

struct Verb {
    Command run;
    QString summary;
};

const std::map<QString, Verb> &verbs()
{
    static const std::map<QString, Verb> table{
        {u"import"_s, {importCommand, u"import FILE... [--json]            import article files (text, HTML, Markdown)"_s}},
        {u"list"_s, {listCommand, u"list [--bookmarked] [--unread] [--json]  list articles, newest first"_s}},
        {u"show"_s, {showCommand, u"show ID [--json]                   show an article and its text"_s}},
        {u"bookmark"_s, {bookmarkCommand, u"bookmark ID [--off]                bookmark an article (or remove it)"_s}},
        {u"mark-read"_s, {markReadCommand, u"mark-read ID [--unread]            mark an article read (or unread)"_s}},
        {u"annotate"_s, {annotateCommand, u"annotate ID --quote TEXT [--occurrence N] [--color NAME] [--comment TEXT]\n"
                                          "           [--speaker NAME] [--kind direct|partial|reported] [--tag T]... [--json]\n"
                                          "                                     highlight, comment on or attribute a passage"_s}},
        {u"annotations"_s, {annotationsCommand, u"annotations [--article ID] [--speaker NAME] [--tag T] [--json]\n"
                                                "                                     list annotations"_s}},
        {u"unannotate"_s, {unannotateCommand, u"unannotate ANNOTATION_ID           delete an annotation"_s}},
        {u"speakers"_s, {speakersCommand, u"speakers [--json]                  list speakers with their quote counts"_s}},
        {u"feeds"_s, {feedsCommand, u"feeds add|list|remove|retention|import-opml|export-opml|parse\n                                      manage subscriptions; parse a feed file or URL"_s}},
        {u"refresh"_s, {refreshCommand, u"refresh [--feed ID] [--json]       fetch feeds and store new articles"_s}},
        {u"speaker-merge"_s, {speakerMergeCommand, u"speaker-merge FROM INTO            move FROM's quotes and names to INTO"_s}},
        {u"export"_s, {exportCommand, u"export --format md|html|json|csv|w3c|pdf [--article ID]... [--speaker NAME]\n"
                                      "           [--tag T] [--query Q] [-o FILE|-]  export annotated notes"_s}},
        {u"library"_s, {libraryCommand, u"library [optimize|backups|backup|restore BACKUP|newest] [--json]\n"
                                                "                                     the library's size and contents; compact it; its backups"_s}},
        {u"search"_s, {searchCommand, u"search QUERY [--limit N] [--json]  search articles and annotations"_s}},
        {u"quotes"_s, {quotesCommand, u"quotes ID [--json]                 suggest an article's quotations and their speakers"_s}},
        {u"import-notes"_s, {importNotesCommand, u"import-notes FILE [--json]         import notes (gloss-notes JSON or W3C Web Annotation)"_s}},
    };
    return table;
}

QString generalHelp()
{
    QString help = u"Usage: gloss [--library PATH] [--open ID] [--search QUERY] [FILE...]\n"
                   "                                             start the reader (importing FILEs, showing\n"
                   "                                             article ID, the results of QUERY)\n"
                   "       gloss [--library PATH] VERB [ARGS]     work on the library without a window\n\n"
                   "Verbs:\n"_s;
    for (const auto &[name, verb] : verbs())
        help += u"  "_s + verb.summary + u'\n';
    help += u"\nOptions:\n"
            "  --library PATH   the library file (default: $GLOSS_LIBRARY, else %1)\n"
            "  -h, --help       show this help; 'gloss VERB --help' shows a verb's options\n"
            "  -v, --version    show the version\n\n"
            "Exit status: 0 success, 1 an error, 2 a usage error.\n"_s.arg(Library::defaultPath());
    return help;
}

} // namespace

bool isCliInvocation(const QStringList &arguments)
{
    QStringList args = arguments;
    QString ignored;
    takeLibraryPath(args, &ignored);
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    if (verbs().contains(first) || first == u"--help"_s || first == u"-h"_s || first == u"help"_s || first == u"--version"_s
        || first == u"-v"_s)
        return true;
    // `gloss FILE...` opens the window and imports the files; a word that is neither a verb nor an
    // existing file is a mistyped verb, answered on the command line rather than with a window.
    return !first.startsWith(u'-') && !QFileInfo::exists(first);
}

bool cliNeedsGui(const QStringList &arguments)
{
    QStringList args = arguments;
    QString ignored;
    takeLibraryPath(args, &ignored);
    return exportNeedsGui(args);
}

QString takeLibraryPath(QStringList &arguments, QString *error)
{
    QString path;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--library"_s) {
            if (i + 1 >= arguments.size()) {
                *error = u"--library needs a path"_s;
                return {};
            }
            path = arguments[i + 1];
            arguments.remove(i, 2);
            --i;
        } else if (arg.startsWith(u"--library="_s)) {
            path = arg.mid(10);
            arguments.remove(i);
            --i;
        }
    }
    if (path.isEmpty())
        path = qEnvironmentVariable("GLOSS_LIBRARY");
    if (path.isEmpty())
        path = Library::defaultPath();
    return path;
}

int runCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = arguments;
    QString usageError;
    const QString libraryPath = takeLibraryPath(args, &usageError);
    CliContext ctx(libraryPath, out, err);
    if (!usageError.isEmpty())
        return ctx.usage(usageError);
    if (args.isEmpty())
        return ctx.usage(u"no verb given"_s);

    const QString verb = args.takeFirst();
    if (verb == u"--help"_s || verb == u"-h"_s || verb == u"help"_s) {
        out << generalHelp();
        return Success;
    }
    if (verb == u"--version"_s || verb == u"-v"_s) {
        out << "gloss " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const auto it = verbs().find(verb);
    if (it == verbs().end())
        return ctx.usage(u"'%1' is neither a verb nor an existing file"_s.arg(verb));
    const int code = it->second.run(ctx, args);
    out.flush();
    return code;
}

} // namespace gloss::cli
