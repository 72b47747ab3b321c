// Feed refresh at scale, against newsboat: 200 feeds x 500 news-like items (about 250 MB of RSS),
// served from 127.0.0.1 by a second process (this binary with --serve), refreshed into an empty
// library (fetch, parse, sanitise, store, full-text index) and then again with nothing changed
// (conditional GET, 304s). newsboat's `-x reload` runs on the same feeds from the same server. Then
// the same first and second refresh from the main window (RefreshController on its worker thread),
// with a 5 ms timer on the GUI thread recording the longest stall of the event loop.
//
//   bench_refresh [FEEDS [ITEMS [PHASES]]]   default 200 500 cli,stages,newsboat,gui;
//                                            e.g. `bench_refresh 20 100` for a quick run
//   bench_refresh --serve DIR         the server process (started by the benchmark itself)
//   BENCH_KEEP=1 bench_refresh ...    keeps the corpus and the libraries (in $TMPDIR/bench_refresh-*)
//
// Targets (from the issue): first refresh under 20 s on 2 cores and at least 2x faster than
// newsboat; second refresh under 2 s; peak memory at most 300 MiB; no GUI stall over 50 ms, with
// a reader marking articles read (the window's own writes) during the first refresh.
// Prints figures; asserts nothing. Exit status 1 only when something could not run at all.
#include "BenchSupport.h"
#include "bench_refresh_corpus.h"
#include "bench_refresh_probe.h"
#include "bench_refresh_stages.h"

#include "feeds/Refresher.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Library.h"
#include "ui/MainWindow.h"
#include "ui/RefreshController.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace gloss;
using namespace gloss::bench;

namespace {

struct RefreshRun {
    double ms = 0;
    double cpuMs = 0;            // this process's user + system time: all threads, the server excluded
    double writtenMB = 0;        // handed to write(): the log, checkpoints into the library file
    double peakMiB = 0;
    int added = 0, updated = 0, unchanged = 0, notModified = 0, errors = 0;
    QString firstError;
    double longestStallMs = 0;   // GUI runs only
    int stallsOver50 = 0;
    int windowWrites = 0;        // the window's own writes during the refresh (marking read)
    double longestWindowWriteMs = 0;
};

void tally(RefreshRun &run, const QList<FeedRefreshResult> &results)
{
    for (const FeedRefreshResult &r : results) {
        run.added += r.added;
        run.updated += r.updated;
        run.unchanged += r.unchanged;
        run.notModified += r.status == u"not-modified"_s ? 1 : 0;
        if (!r.ok()) {
            if (!run.errors)
                run.firstError = r.url + u": "_s + r.error;
            ++run.errors;
        }
    }
}

void describe(const char *what, const RefreshRun &run)
{
    std::printf("  %s: %d new, %d updated, %d unchanged, %d feeds not modified, %d feeds failed%s%s\n", what,
                run.added, run.updated, run.unchanged, run.notModified, run.errors, run.errors ? " — first: " : "",
                qPrintable(run.firstError));
}

QString createLibrary(const QString &path, const QList<QUrl> &urls)
{
    auto library = Library::open(path);
    if (!library)
        return library.error();
    Database &db = (*library)->database();
    Transaction tx(db);
    FeedStore feeds(db);
    for (const QUrl &url : urls) {
        if (auto id = feeds.addFeed(url.toString()); !id)
            return id.error();
    }
    return tx.commit() ? QString() : db.lastError();
}

double librarySizeMB(const QString &path)
{
    return double(QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / 1e6;
}

// The command-line path: a Refresher on this thread, as `gloss refresh` runs it.
RefreshRun refreshHeadless(const QString &libraryPath)
{
    RefreshRun run;
    settleDisk();
    resetPeakMemory();
    Refresher refresher(libraryPath);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&refresher, &Refresher::finished, &loop, [&](const QList<FeedRefreshResult> &results, bool) {
        tally(run, results);
        done = true;
        loop.quit();
    });
    QElapsedTimer clock;
    const double cpuBefore = processCpuMs();
    const double writtenBefore = processWrittenMB();
    clock.start();
    refresher.refresh();
    if (!done)
        loop.exec();
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    run.cpuMs = processCpuMs() - cpuBefore;
    run.writtenMB = processWrittenMB() - writtenBefore;
    run.peakMiB = phasePeakMiB();
    return run;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The window's path: RefreshController::refresh() with the GUI thread's stalls measured, including
// what the window does for half a second after `finished` (reloading its models). With `reader`, the
// window's connection, a reader marks the newest article read and unread again four times a second
// meanwhile, as the window does when an article is opened: each write waits for the refresh's
// transaction under way, which ends early for it (RefreshBatch).
RefreshRun refreshInWindow(ui::MainWindow &window, Database *reader = nullptr)
{
    RefreshRun run;
    QTimer reading;
    bool read = false;
    if (reader) {
        reading.setInterval(250);
        QObject::connect(&reading, &QTimer::timeout, [&] {
            const qint64 newest = reader->queryInt(u"SELECT max(id) FROM articles"_s).value_or(0);
            if (!newest)
                return;
            QElapsedTimer waited;
            waited.start();
            read = !read;
            if (!ArticleStore(*reader).setRead(newest, read))
                return;
            ++run.windowWrites;
            run.longestWindowWriteMs = std::max(run.longestWindowWriteMs, double(waited.nsecsElapsed()) / 1e6);
        });
    }
    StallMeter meter;
    QEventLoop loop;
    QElapsedTimer clock;
    auto connection = QObject::connect(window.refresher(), &ui::RefreshController::finished, &loop,
                                       [&](const QList<FeedRefreshResult> &results, bool) {
                                           run.ms = double(clock.nsecsElapsed()) / 1e6;
                                           tally(run, results);
                                           loop.quit();
                                       });
    settleDisk();
    resetPeakMemory();
    meter.start();
    clock.start();
    window.refresher()->refresh();
    if (reader)
        reading.start();
    loop.exec();
    reading.stop();
    spin(500);
    meter.stop();
    QObject::disconnect(connection);
    run.peakMiB = phasePeakMiB();
    run.longestStallMs = meter.longestGapMs();
    run.stallsOver50 = meter.gapsOver50ms();
    return run;
}

struct NewsboatRuns {
    bool available = false;
    ChildRun first, second;
    qint64 items = -1;
    double cacheMB = 0;
};

NewsboatRuns runNewsboat(const QString &dir, const QList<QUrl> &urls)
{
    NewsboatRuns runs;
    const QString program = QStandardPaths::findExecutable(u"newsboat"_s);
    if (program.isEmpty())
        return runs;
    runs.available = true;
    QDir().mkpath(dir + u"/home"_s);
    QFile urlFile(dir + u"/urls"_s);
    QFile config(dir + u"/config"_s);
    if (!urlFile.open(QIODevice::WriteOnly) || !config.open(QIODevice::WriteOnly)) {
        runs.first.error = u"cannot write newsboat's files in %1"_s.arg(dir);
        return runs;
    }
    for (const QUrl &url : urls)
        urlFile.write(url.toEncoded() + '\n');
    urlFile.close();
    config.close();   // newsboat's defaults (reload-threads 1), as a user who never touched them
    const QString cache = dir + u"/cache.db"_s;
    const QStringList args = {u"-u"_s, urlFile.fileName(), u"-c"_s, cache, u"-C"_s, config.fileName(), u"-x"_s, u"reload"_s};
    const QStringList env = {u"HOME="_s + dir + u"/home"_s, u"XDG_CONFIG_HOME="_s + dir + u"/home/.config"_s,
                             u"XDG_DATA_HOME="_s + dir + u"/home/.local/share"_s};
    settleDisk();
    runs.first = runChild(program, args, env, dir + u"/first.log"_s, 30 * 60 * 1000);
    runs.cacheMB = double(QFileInfo(cache).size()) / 1e6;
    settleDisk();
    if (runs.first.started && runs.first.exitCode == 0)
        runs.second = runChild(program, args, env, dir + u"/second.log"_s, 10 * 60 * 1000);
    if (auto db = Database::open(cache, Database::Access::ReadOnly))
        runs.items = db->queryInt(u"SELECT count(*) FROM rss_item"_s).value_or(-1);
    return runs;
}

QString startServer(QProcess &server, const QString &corpusDir, quint16 *port)
{
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationFilePath(), {u"--serve"_s, corpusDir});
    if (!server.waitForStarted(10000))
        return u"cannot start the server process: %1"_s.arg(server.errorString());
    while (!server.canReadLine()) {
        if (!server.waitForReadyRead(20000))
            return u"the server process did not report its port"_s;
    }
    *port = quint16(server.readLine().trimmed().toUInt());
    return *port ? QString() : u"the server process reported no port"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && std::strcmp(argv[1], "--serve") == 0) {
        QCoreApplication app(argc, argv);
        return serveRefreshCorpus(QString::fromLocal8Bit(argv[2]));
    }
    const int feedCount = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const int itemCount = argc > 2 ? std::max(1, std::atoi(argv[2])) : 500;
    const QStringList phases = QString::fromLocal8Bit(argc > 3 ? argv[3] : "cli,stages,newsboat,gui").split(u',');
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);   // the window's settings stay out of the user's

    QTemporaryDir dir(QDir::tempPath() + u"/bench_refresh-XXXXXX"_s);
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("BENCH_KEEP"));
    const QString corpusDir = dir.filePath(u"corpus"_s);
    if (!dir.isValid() || !QDir().mkpath(corpusDir)) {
        std::fprintf(stderr, "bench_refresh: cannot create a temporary folder\n");
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    const RefreshCorpus corpus = writeRefreshCorpus(corpusDir, feedCount, itemCount);
    if (!corpus.error.isEmpty()) {
        std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(corpus.error));
        return 1;
    }
    const double generateMs = double(clock.nsecsElapsed()) / 1e6;

    QProcess server;
    quint16 port = 0;
    if (const QString error = startServer(server, corpusDir, &port); !error.isEmpty()) {
        std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(error));
        return 1;
    }
    QList<QUrl> urls;
    QStringList files;
    for (int f = 0; f < feedCount; ++f) {
        urls << QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(QString::fromLatin1(refreshFeedPath(f))));
        files << corpusDir + QString::fromLatin1(refreshFeedPath(f));
    }
    const int items = feedCount * itemCount;
    std::printf("bench_refresh: %d feeds x %d items (%d items, %.0f MB of RSS 2.0), served by a separate process "
                "on 127.0.0.1; %d cores\n",
                feedCount, itemCount, items, double(corpus.bytes) / 1e6, QThread::idealThreadCount());
    printFigure("corpus size", double(corpus.bytes) / 1e6, "MB");
    printFigure("corpus generation", generateMs, "ms");

    // 1. Gloss, the command-line path (Refresher on the main thread, as `gloss refresh`).
    RefreshRun first, second;
    if (phases.contains(u"cli"_s)) {
        const QString cliLibrary = dir.filePath(u"cli.sqlite"_s);
        if (const QString error = createLibrary(cliLibrary, urls); !error.isEmpty()) {
            std::fprintf(stderr, "bench_refresh: cannot create the library: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("Gloss (Refresher, %s peak memory per phase):\n", resetPeakMemory() ? "VmHWM" : "process-wide");
        first = refreshHeadless(cliLibrary);
        describe("first refresh", first);
        printFigure("gloss first refresh", first.ms, "ms (target < 20000 and <= newsboat / 2)");
        printFigure("gloss first refresh rate", items / (first.ms / 1000.0), "items/s");
        // CPU time does not grow when other programs share the cores: the figure to compare across runs.
        printFigure("gloss first refresh CPU time", first.cpuMs, "ms (all threads; wall time x cores if nothing else ran)");
        printFigure("gloss first refresh peak memory", first.peakMiB, "MiB (target <= 300)");
        printFigure("gloss first refresh bytes written", first.writtenMB, "MB (log and checkpoints; the same whatever the machine's load)");
        printFigure("gloss library size", librarySizeMB(cliLibrary), "MB");
        second = refreshHeadless(cliLibrary);
        describe("second refresh", second);
        printFigure("gloss second refresh (nothing changed)", second.ms, "ms (target < 2000)");
        printFigure("gloss second refresh peak memory", second.peakMiB, "MiB (target <= 300)");
    }

    // 2. Where the time goes: each stage alone.
    if (phases.contains(u"stages"_s)) {
        const StageFigures stages = measureStages(urls, files, dir.path(), std::min(feedCount, 3));
        std::printf("Stages alone (where the time goes)%s%s:\n", stages.error.isEmpty() ? "" : " — ", qPrintable(stages.error));
        printFigure("stage: download all (FeedFetcher)", stages.fetchMs, "ms");
        printFigure("stage: download peak memory", stages.fetchPeakMiB, "MiB");
        printFigure("stage: parse+sanitise, 1 feed", stages.parseMsPerFeed,
                    qPrintable(u"ms (mean of %1 feeds, one thread)"_s.arg(stages.parseFeeds)));
        printFigure("stage: parse+sanitise, all feeds", stages.parseMsPerFeed * feedCount, "ms (extrapolated, one thread)");
        printFigure("stage: text+store+index, 1 feed", stages.storeMsPerFeed,
                    qPrintable(u"ms (mean of %1 feeds, one thread)"_s.arg(stages.storeFeeds)));
        printFigure("stage: text+store+index, all feeds", stages.storeMsPerFeed * feedCount, "ms (extrapolated)");
        printFigure("stage: of which canonical text, 1 feed", stages.convertMsPerFeed, "ms (feedItemArticle)");
    }

    // 3. newsboat on the same feeds from the same server.
    NewsboatRuns newsboat;
    if (phases.contains(u"newsboat"_s)) {
        newsboat = runNewsboat(dir.filePath(u"newsboat"_s), urls);
        if (!newsboat.available) {
            std::printf("newsboat: not installed here; its figures are skipped\n");
        } else {
            std::printf("newsboat (-x reload, default config; %lld items in its cache)%s%s:\n", newsboat.items,
                        newsboat.first.error.isEmpty() ? "" : " — ", qPrintable(newsboat.first.error));
            if (newsboat.first.exitCode != 0)
                std::printf("  newsboat exited with %d (log in %s)\n", newsboat.first.exitCode,
                            qPrintable(dir.filePath(u"newsboat/first.log"_s)));
            printFigure("newsboat first reload", newsboat.first.wallMs, "ms");
            printFigure("newsboat first reload peak memory", newsboat.first.peakMiB, "MiB");
            printFigure("newsboat second reload (nothing changed)", newsboat.second.wallMs, "ms");
            printFigure("newsboat second reload peak memory", newsboat.second.peakMiB, "MiB");
            printFigure("newsboat cache size", newsboat.cacheMB, "MB");
        }
    }
    if (newsboat.available && first.ms > 0 && second.ms > 0) {
        printFigure("first refresh: newsboat / gloss", newsboat.first.wallMs / first.ms,
                    qPrintable(u"x (target >= 2; gloss %1 ms, newsboat %2 ms)"_s.arg(qRound(first.ms)).arg(qRound(newsboat.first.wallMs))));
        printFigure("second refresh: newsboat / gloss", newsboat.second.wallMs / second.ms,
                    qPrintable(u"x (gloss %1 ms, newsboat %2 ms)"_s.arg(qRound(second.ms)).arg(qRound(newsboat.second.wallMs))));
        printFigure("peak memory: gloss / newsboat", first.peakMiB / std::max(0.1, newsboat.first.peakMiB),
                    qPrintable(u"x (first refresh: gloss %1 MiB, newsboat %2 MiB)"_s.arg(qRound(first.peakMiB))
                                   .arg(qRound(newsboat.first.peakMiB))));
    }

    // 4. Gloss, the window's path, with the event loop watched.
    if (phases.contains(u"gui"_s)) {
        const QString guiLibraryPath = dir.filePath(u"gui.sqlite"_s);
        if (const QString error = createLibrary(guiLibraryPath, urls); !error.isEmpty()) {
            std::fprintf(stderr, "bench_refresh: cannot create the GUI library: %s\n", qPrintable(error));
            return 1;
        }
        auto guiLibrary = Library::open(guiLibraryPath);
        if (!guiLibrary) {
            std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(guiLibrary.error()));
            return 1;
        }
        {
            KSyntaxHighlighting::Repository repository;
            ui::MainWindow window(**guiLibrary, repository);
            window.resize(1280, 800);
            window.show();
            spin(500);
            StallMeter idle;
            idle.start();
            spin(300);
            idle.stop();
            std::printf("Gloss main window (%s platform, RefreshController on its worker thread, 5 ms timer on the GUI thread):\n",
                        qPrintable(QGuiApplication::platformName()));
            printFigure("gui idle longest timer gap", idle.longestGapMs(), "ms (baseline)");
            const RefreshRun guiFirst = refreshInWindow(window, &(*guiLibrary)->database());
            describe("first refresh", guiFirst);
            printFigure("gui first refresh", guiFirst.ms, "ms (target < 20000)");
            printFigure("gui first refresh longest stall", guiFirst.longestStallMs,
                        "ms (target <= 50; the reader's writes below included)");
            printFigure("gui first refresh stalls over 50 ms", guiFirst.stallsOver50, "count");
            printFigure("gui first refresh, reader's writes", guiFirst.windowWrites, "count (mark read/unread, 4 a second)");
            printFigure("gui first refresh, longest reader's write", guiFirst.longestWindowWriteMs,
                        "ms (waiting for the refresh's transaction included)");
            printFigure("gui first refresh peak memory", guiFirst.peakMiB, "MiB (target <= 300)");
            const RefreshRun guiSecond = refreshInWindow(window);
            describe("second refresh", guiSecond);
            printFigure("gui second refresh", guiSecond.ms, "ms (target < 2000)");
            printFigure("gui second refresh longest stall", guiSecond.longestStallMs, "ms (target <= 50)");
            printFigure("gui second refresh stalls over 50 ms", guiSecond.stallsOver50, "count");
        }
    }

    server.closeWriteChannel();   // the server quits when its standard input closes
    if (!server.waitForFinished(5000)) {
        server.kill();
        server.waitForFinished(2000);
    }
    return 0;
}
