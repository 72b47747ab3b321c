// Search and scale (issue 7), on a generated library of 100,000 articles and 1,000,000 annotations
// that is built once and kept in the build folder (bench_search_library.h):
//  - the real main window: cold start to the first painted article list (target < 300 ms), switching
//    the sources pane to a folder or a feed until the list has painted its rows (< 100 ms), opening
//    the article with 200 annotations (< 50 ms), peak memory (< 200 MB);
//  - search: 20 fixed queries through gloss::search::search, each next to the same FTS5 query run
//    directly through sqlite3 on the same file (p95 < 50 ms, each at most 1.5x the direct query).
// Prints figures side by side with their targets; asserts nothing.
//
//   bench_search                 measure (generating the library first when needed)
//   bench_search --generate PATH only generate (the benchmark runs this as a child process, so the
//                                generator's memory does not count in the peak measured here)
#include "BenchSupport.h"
#include "bench_search_direct.h"
#include "bench_search_library.h"

#include "models/AnnotationListModel.h"
#include "models/ArticleListModel.h"
#include "models/SourcesModel.h"
#include "search/Searcher.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Library.h"
#include "ui/AnnotationController.h"
#include "ui/MainWindow.h"
#include "ui/ReaderView.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTreeView>
#include <QWindow>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {

constexpr int Runs = 15;
constexpr int Limit = 50;
constexpr double SearchP95Target = 50;
constexpr double RatioTarget = 1.5;

// The queries a reader of a big news library types: common and rare words, a phrase, a prefix, an
// exclusion, OR, fields, feeds and folders, flags, dates, and the annotation filters.
const QStringList Queries = {
    u"election"_s,
    u"\"press office\" wildfire"_s,
    u"\"ceasefire talks\""_s,
    u"pipel*"_s,
    u"tariff -steel"_s,
    u"vaccine OR pandemic"_s,
    u"title:inquiry"_s,
    u"author:Okafor"_s,
    u"housing feed:\"Valley Gazette\""_s,
    u"inflation folder:Business"_s,
    u"ceasefire is:unread"_s,
    u"election after:2024-01-01 before:2024-07"_s,
    u"mortgage is:bookmarked"_s,
    u"narwhal"_s,
    u"Kowalczyk"_s,
    u"minister"_s,
    u"speaker:\"Amara Okafor\""_s,
    u"tariff speaker:Lindqvist"_s,
    u"tag:follow-up color:green"_s,
    u"is:orphan"_s,
};

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Nearest rank: the smallest value with at least `p` of them at or below it.
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

// ---------------------------------------------------------------------------------------------
// The window: how long until a change is on screen.

// Times a change until the frame that shows it. `shows` is asked at each paint of the watched
// viewport; the figure is taken when the window has finished the frame that included such a paint
// (an expose or update request paints every dirty widget and flushes), not when the event loop next
// returns, which would add whatever work is queued behind the frame.
class FrameProbe : public QObject {
public:
    explicit FrameProbe(QWidget *window)
        : m_window(window)
    {
        m_window->installEventFilter(this);
    }

    void arm(QWidget *viewport, std::function<bool()> shows, const QElapsedTimer *clock)
    {
        if (m_viewport)
            m_viewport->removeEventFilter(this);
        m_viewport = viewport;
        m_viewport->installEventFilter(this);
        m_shows = std::move(shows);
        m_clock = clock;
        paintMs = frameMs = -1;
    }

    // Runs the event loop until the frame is done; false after `timeoutMs`.
    bool wait(int timeoutMs = 20000)
    {
        // The native window exists once the window is shown; its expose event paints the first frame.
        if (m_window->windowHandle() && !m_handleWatched) {
            m_window->windowHandle()->installEventFilter(this);
            m_handleWatched = true;
        }
        QElapsedTimer limit;
        limit.start();
        while (frameMs < 0 && limit.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        m_clock = nullptr;
        return frameMs >= 0;
    }

    double paintMs = -1;   // the wanted paint began
    double frameMs = -1;   // the frame with it was done

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_clock)
            return QObject::eventFilter(watched, event);
        if (watched == m_viewport && event->type() == QEvent::Paint && paintMs < 0 && m_shows()) {
            paintMs = msSince(*m_clock);
            return QObject::eventFilter(watched, event);
        }
        const bool frame = event->type() == QEvent::UpdateRequest || event->type() == QEvent::Expose;
        if (watched == m_viewport || !frame || frameMs >= 0)
            return QObject::eventFilter(watched, event);
        const bool handled = watched->event(event); // the frame itself, then the time
        if (paintMs >= 0)
            frameMs = msSince(*m_clock);
        return handled;
    }

private:
    QWidget *m_window = nullptr;
    QWidget *m_viewport = nullptr;
    bool m_handleWatched = false;
    std::function<bool()> m_shows;
    const QElapsedTimer *m_clock = nullptr;
};

// Prints the reader's own step timings (gloss.ui.timing) with the time since the open began.
const QElapsedTimer *g_openClock = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void timelineHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_openClock && context.category && qstrcmp(context.category, "gloss.ui.timing") == 0)
        std::printf("    at %6.1f ms  %s\n", msSince(*g_openClock), qPrintable(message));
    else
        g_previousHandler(type, context, message);
}

struct WindowFigures {
    double openedMs = 0, coldPaintMs = -1, coldFrameMs = -1;
    double folderMs = -1, feedMs = -1, switchMedianMs = -1, switchMaxMs = -1;
    int switches = 0;
    double readerMs = -1, readerPanelMs = -1;
    qsizetype readerAnnotations = 0;
    double peakMiB = 0;
};

std::function<bool()> listShows(ArticleListModel *model, std::optional<ArticleQuery> query)
{
    return [model, query] { return model->rowCount() > 0 && (!query || model->query() == *query); };
}

// Selects `source` in the sources pane; the time until the article list has painted its rows.
double switchSource(ui::MainWindow &window, FrameProbe &probe, const QModelIndex &source)
{
    auto *sources = static_cast<SourcesModel *>(window.sourcesList()->model());
    QElapsedTimer clock;
    clock.start();
    probe.arm(window.articleList()->viewport(), listShows(window.articleModel(), sources->queryAt(source)), &clock);
    window.sourcesList()->setCurrentIndex(source);
    return probe.wait() ? probe.frameMs : -1;
}

// Folders and feeds to switch between, with the smart entries in between as a reader does.
QList<QModelIndex> switchTargets(SourcesModel *sources, FeedStore &feeds)
{
    QList<QModelIndex> targets;
    const auto folders = feeds.folders();
    const auto list = feeds.feeds();
    if (!folders || !list)
        return targets;
    for (int i = 0; i < 6; ++i) {
        targets << sources->indexForFolder(folders->at((i * 3) % folders->size()).id);
        targets << sources->indexForFeed(list->at((i * 7) % list->size()).id);
        targets << sources->indexForFilter(i % 2 ? ArticleFilter::Unread : ArticleFilter::All);
    }
    targets.removeIf([](const QModelIndex &index) { return !index.isValid(); });
    return targets;
}

void measureSwitching(ui::MainWindow &window, FrameProbe &probe, FeedStore &feeds, WindowFigures &figures)
{
    auto *sources = static_cast<SourcesModel *>(window.sourcesList()->model());
    const auto folders = feeds.folders();
    const auto list = feeds.feeds();
    if (!folders || folders->isEmpty() || !list || list->isEmpty())
        return;
    // The first switch to each kind (nothing of that list has been read yet), then a round of many.
    figures.folderMs = switchSource(window, probe, sources->indexForFolder(folders->first().id));
    figures.feedMs = switchSource(window, probe, sources->indexForFeed(list->first().id));
    QList<double> times;
    for (const QModelIndex &target : switchTargets(sources, feeds))
        times << switchSource(window, probe, target);
    figures.switches = int(times.size());
    figures.switchMedianMs = median(times);
    figures.switchMaxMs = times.isEmpty() ? -1 : *std::max_element(times.begin(), times.end());
}

// Opens the article with 200 annotations from the All list, until the reader has painted it.
void measureReader(ui::MainWindow &window, FrameProbe &probe, WindowFigures &figures)
{
    auto *sources = static_cast<SourcesModel *>(window.sourcesList()->model());
    switchSource(window, probe, sources->indexForFilter(ArticleFilter::All));
    QCoreApplication::processEvents();
    const qint64 id = bench::richArticleId();
    QElapsedTimer clock;
    clock.start();
    ui::ReaderView *reader = window.reader();
    probe.arm(reader->textView()->viewport(), [reader, id] { return reader->articleId() == id; }, &clock);
    QLoggingCategory::setFilterRules(u"gloss.ui.timing.debug=true"_s);
    g_previousHandler = qInstallMessageHandler(timelineHandler);
    g_openClock = &clock;
    std::printf("  timeline of opening article %lld:\n", qlonglong(id));
    window.openArticle(id);
    if (probe.wait())
        figures.readerMs = probe.frameMs;
    while (!window.annotations()->model()->isLoaded() && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    figures.readerPanelMs = msSince(clock);
    g_openClock = nullptr;
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(u"gloss.ui.timing.debug=false"_s);
    figures.readerAnnotations = reader->textView()->annotations().size();
}

WindowFigures measureWindow(const QString &path)
{
    WindowFigures figures;
    KSyntaxHighlighting::Repository repository; // loaded before the clock starts, as the app does before the window
    QElapsedTimer clock;
    clock.start();
    auto library = Library::open(path);
    if (!library) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(library.error()));
        return figures;
    }
    figures.openedMs = msSince(clock);
    ui::MainWindow window(**library, repository);
    window.resize(1280, 800);
    FrameProbe probe(&window);
    probe.arm(window.articleList()->viewport(), listShows(window.articleModel(), std::nullopt), &clock);
    window.show();
    if (probe.wait()) {
        figures.coldPaintMs = probe.paintMs;
        figures.coldFrameMs = probe.frameMs;
    }
    FeedStore feeds((*library)->database());
    measureSwitching(window, probe, feeds, figures);
    measureReader(window, probe, figures);
    figures.peakMiB = bench::peakMemoryMiB();
    // Opening marked the article read; the cached library stays as generated for the next run.
    (void)ArticleStore((*library)->database()).setRead(bench::richArticleId(), false);
    return figures;
}

void printTarget(const char *name, double value, const char *unit, double target)
{
    char line[160];
    std::snprintf(line, sizeof line, "%s (target < %g)%s", unit, target, value < 0 ? "  NOT MEASURED" : value < target ? "" : "  MISSED");
    bench::printFigure(name, value, line);
}

void printWindow(const WindowFigures &f)
{
    std::printf("\nThe main window (%s platform)\n", qPrintable(QGuiApplication::platformName()));
    bench::printFigure("library opened (Library::open)", f.openedMs, "ms");
    bench::printFigure("cold start: article list begins to paint", f.coldPaintMs, "ms");
    printTarget("cold start: first painted article list", f.coldFrameMs, "ms", 300);
    printTarget("switch to a folder (first time)", f.folderMs, "ms", 100);
    printTarget("switch to a feed (first time)", f.feedMs, "ms", 100);
    char what[80];
    std::snprintf(what, sizeof what, "switching, median of %d", f.switches);
    printTarget(what, f.switchMedianMs, "ms", 100);
    std::snprintf(what, sizeof what, "switching, slowest of %d", f.switches);
    printTarget(what, f.switchMaxMs, "ms", 100);
    printTarget("open the article with 200 annotations", f.readerMs, "ms", 50);
    bench::printFigure("  until the panel lists them all", f.readerPanelMs, "ms");
    bench::printFigure("  annotations in the reader", double(f.readerAnnotations), "annotations");
    printTarget("peak memory after the window's figures", f.peakMiB, "MiB", 200);
}

// ---------------------------------------------------------------------------------------------
// Search, through Gloss and directly through sqlite3.

struct QueryFigures {
    QString text;
    int hits = 0;
    QList<double> gloss, rank, bm25, shown, newest, same;
    bool hasDirect = false;
    QString indexes;  // which FTS5 indexes the direct queries ask
    QList<QByteArray> statements; // what Gloss ran, replayed as `same`
    double glossMs() const { return median(gloss); }
    // The target's: against the same statements run directly.
    double ratio() const { return median(same) > 0 ? glossMs() / median(same) : 0; }
    double bm25Ratio() const { return hasDirect && median(bm25) > 0 ? glossMs() / median(bm25) : 0; }
    double shownRatio() const { return hasDirect && median(shown) > 0 ? glossMs() / median(shown) : 0; }
    double newestRatio() const { return hasDirect && median(newest) > 0 ? glossMs() / median(newest) : 0; }
};

double timedMs(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return msSince(clock);
}

// One warm-up, then Runs runs of each, Gloss and the direct forms taking turns so that none of
// them gets a warmer cache than the others.
QueryFigures measureQuery(Database &db, bench::DirectSqlite &direct, const QString &text)
{
    QueryFigures f;
    f.text = text;
    const bench::FtsPlan plan = bench::ftsPlan(search::parseSearchQuery(text));
    f.hasDirect = !plan.isEmpty();
    f.indexes = !plan.articles.isEmpty() && !plan.annotations.isEmpty() ? u"both"_s
        : !plan.articles.isEmpty()                                       ? u"articles"_s
        : !plan.annotations.isEmpty()                                    ? u"annotations"_s
                                                                         : u"-"_s;
    {
        // The warm-up, recording what Gloss asks of SQLite.
        bench::StatementTrace trace(db.handle());
        if (!search::search(db, search::parseSearchQuery(text), Limit))
            return f;
        f.statements = trace.statements();
    }
    for (int run = 0; run <= Runs; ++run) {
        Result<search::SearchResult> result = search::SearchResult();
        const double glossMs = timedMs([&] { result = search::search(db, search::parseSearchQuery(text), Limit); });
        if (!result) {
            std::fprintf(stderr, "bench_search: %s: %s\n", qPrintable(text), qPrintable(result.error()));
            return f;
        }
        f.hits = int(result->hits.size());
        const double sameMs = timedMs([&] { direct.replay(f.statements); });
        if (run > 0) { // the first is the warm-up
            f.gloss << glossMs;
            f.same << sameMs;
        }
        if (!f.hasDirect)
            continue;
        const double rankMs = timedMs([&] { direct.run(plan, bench::DirectSqlite::Form::Rank); });
        const double bm25Ms = timedMs([&] { direct.run(plan, bench::DirectSqlite::Form::Bm25); });
        const double shownMs = timedMs([&] { direct.run(plan, bench::DirectSqlite::Form::Shown); });
        const double newestMs = timedMs([&] { direct.run(plan, bench::DirectSqlite::Form::Newest); });
        if (run > 0) {
            f.rank << rankMs;
            f.bm25 << bm25Ms;
            f.shown << shownMs;
            f.newest << newestMs;
        }
    }
    return f;
}

void printSearchRow(const QueryFigures &f)
{
    std::printf("  %-42s %4d %8.2f %8.2f %3d %5.2fx", qPrintable(f.text), f.hits, f.glossMs(), median(f.same), int(f.statements.size()), f.ratio());
    if (!f.hasDirect) {
        std::printf(" %8s %8s %6s %9s %6s %9s %6s  no FTS5 query: filters only", "-", "-", "-", "-", "-", "-", "-");
    } else {
        std::printf(" %8.2f %8.2f %5.2fx %9.2f %5.2fx %9.2f %5.2fx  %s", median(f.rank), median(f.bm25), f.bm25Ratio(), median(f.shown),
                    f.shownRatio(), median(f.newest), f.newestRatio(), qPrintable(f.indexes));
    }
    std::printf("%s\n", f.ratio() > RatioTarget ? "  over 1.5x" : "");
}

void printSearch(const QList<QueryFigures> &figures)
{
    std::printf("\nSearch: %d queries, median of %d runs each (after one warm-up), at most %d hits, in ms.\n"
                "  same: the statements Gloss ran for the query (FTS5 matches, filters, snippets), recorded with\n"
                "  sqlite3_trace_v2 and run directly through sqlite3 on a connection of their own, every row read;\n"
                "  the target's ratio is gloss / same. For comparison, hand-written direct forms: rank: ORDER BY\n"
                "  rank; bm25: ORDER BY bm25() (no snippets, no filters); +snip: bm25 and a snippet for each hit\n"
                "  shown; newest: +snip ranking the newest 5,000 matches of a common word, the way Gloss asks\n",
                int(figures.size()), Runs, Limit);
    std::printf("  %-42s %4s %8s %8s %3s %6s %8s %8s %6s %9s %6s %9s %6s  %s\n", "query", "hits", "gloss", "same", "st", "ratio", "rank",
                "bm25", "ratio", "+snip", "ratio", "newest", "ratio", "FTS5 indexes");
    QList<double> all, medians;
    const QueryFigures *worst = nullptr;
    const QueryFigures *worstBm25 = nullptr;
    const QueryFigures *worstNewest = nullptr;
    for (const QueryFigures &f : figures) {
        printSearchRow(f);
        all << f.gloss;
        medians << f.glossMs();
        if (!worst || f.ratio() > worst->ratio())
            worst = &f;
        if (f.hasDirect && (!worstBm25 || f.bm25Ratio() > worstBm25->bm25Ratio()))
            worstBm25 = &f;
        if (f.hasDirect && (!worstNewest || f.newestRatio() > worstNewest->newestRatio()))
            worstNewest = &f;
    }
    std::printf("\n");
    bench::printFigure("search median (per-query medians)", median(medians), "ms");
    printTarget("search p95 (per-query medians)", percentile(medians, 0.95), "ms", SearchP95Target);
    bench::printFigure("search median (all timed runs)", median(all), "ms");
    printTarget("search p95 (all timed runs)", percentile(all, 0.95), "ms", SearchP95Target);
    bench::printFigure("slowest query (median)", *std::max_element(medians.begin(), medians.end()), "ms");
    if (worst) {
        char unit[120];
        std::snprintf(unit, sizeof unit, "x (target <= %.1f; %s)%s", RatioTarget, qPrintable(worst->text),
                      worst->ratio() <= RatioTarget ? "" : "  MISSED");
        bench::printFigure("worst ratio gloss / the same statements in sqlite3", worst->ratio(), unit);
    }
    if (worstBm25) {
        char unit[120];
        std::snprintf(unit, sizeof unit, "x (%s)", qPrintable(worstBm25->text));
        bench::printFigure("worst ratio gloss / bare bm25 (no snippets, no filters)", worstBm25->bm25Ratio(), unit);
    }
    if (worstNewest) {
        char unit[120];
        std::snprintf(unit, sizeof unit, "x (%s)", qPrintable(worstNewest->text));
        bench::printFigure("worst ratio gloss / direct sqlite3 (newest, snippets)", worstNewest->newestRatio(), unit);
    }
}

QList<QueryFigures> measureSearch(const QString &path)
{
    QList<QueryFigures> figures;
    auto library = Library::open(path);
    if (!library) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(library.error()));
        return figures;
    }
    bench::DirectSqlite direct(path, Limit);
    for (const QString &query : Queries)
        figures << measureQuery((*library)->database(), direct, query);
    return figures;
}

// ---------------------------------------------------------------------------------------------

int generateOnly(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QElapsedTimer clock;
    clock.start();
    const QString path = QString::fromLocal8Bit(argv[2]);
    std::printf("bench_search: generating %d articles and %d annotations in %s\n", bench::SearchLibraryShape::Articles,
                bench::SearchLibraryShape::Annotations, qPrintable(path));
    const QString error = bench::generateSearchLibrary(path);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_search: could not generate the library: %s\n", qPrintable(error));
        return 1;
    }
    bench::printFigure("  generation, in all", msSince(clock) / 1000.0, "s");
    bench::printFigure("  library file", double(QFile(path).size()) / (1024.0 * 1024.0), "MiB");
    bench::printFigure("  generator's peak memory", bench::peakMemoryMiB(), "MiB");
    return 0;
}

// Builds the library in a child process when the cached one is missing or out of date.
bool ensureLibrary(const QString &path)
{
    if (bench::isCurrentSearchLibrary(path)) {
        std::printf("bench_search: using the cached library %s\n", qPrintable(path));
        return true;
    }
    return QProcess::execute(QCoreApplication::applicationFilePath(), {u"--generate"_s, path}) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && std::strcmp(argv[1], "--generate") == 0)
        return generateOnly(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    const QString path = QString::fromUtf8(GLOSS_BENCH_SEARCH_LIBRARY);
    if (!ensureLibrary(path))
        return 1;
    const WindowFigures window = measureWindow(path);
    printWindow(window);
    const QList<QueryFigures> search = measureSearch(path);
    printSearch(search);
    std::printf("\n");
    printTarget("peak memory, all of the above", bench::peakMemoryMiB(), "MiB", 200);
    return 0;
}
