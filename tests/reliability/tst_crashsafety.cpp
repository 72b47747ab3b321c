// Crash safety: the real `gloss import`, `gloss refresh` and `gloss annotate` are killed with SIGKILL
// at random moments, over and over, on one library. After every kill a separate SQLite connection
// finds the file sound (integrity_check, foreign_key_check), every annotation whose command had
// returned is there with its quote, and the next `gloss list --json` (a normal start) works.
//
// Kill delays are drawn from a seeded generator, spread over each command's duration as measured
// once at the start, so kills land while the process starts, fetches, parses, writes and commits.
// The seed is printed; GLOSS_CRASH_SEED=N repeats a run, GLOSS_CRASH_KILLS=N changes its length.
#include "GeneratedContent.h"
#include "GlossChild.h"
#include "GlossProcess.h"
#include "LibraryProbe.h"
#include "TestHttpServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using gloss::test::LibraryProbe;
using gloss::test::TestHttpServer;

namespace {

constexpr int DefaultKills = 54;   // 18 per command
constexpr int Feeds = 4;
constexpr int ItemsPerFeed = 25;
constexpr int BytesPerItem = 3000;
constexpr int FilesPerImport = 25;
constexpr int BytesPerFile = 8000;
constexpr int Remarks = 600;       // quotes to annotate, each used once

enum class Command { Import, Refresh, Annotate };
constexpr int CommandCount = 3;
const char *const CommandNames[CommandCount] = {"import", "refresh", "annotate"};

// How far the killed process had got, as the files and the rows show afterwards.
enum class Stage { BeforeWriting, Uncommitted, PartlyCommitted, AllCommitted, ExitedFirst };
constexpr int StageCount = 5;
const char *const StageNames[StageCount] = {"before writing anything", "writing, nothing committed",
                                            "part committed", "all committed, not yet exited", "exited before the kill"};

// The library file and its write-ahead log as stat() sees them: a changed size or modification time
// means the process wrote to disk, committed or not.
struct FilesOnDisk {
    qint64 dbSize = 0, dbTime = 0, walSize = 0, walTime = 0;
};

qint64 nanoseconds(const struct timespec &t) { return qint64(t.tv_sec) * 1000000000 + t.tv_nsec; }

FilesOnDisk filesOnDisk(const QString &library)
{
    FilesOnDisk files;
    struct stat st {};
    if (::stat(library.toUtf8().constData(), &st) == 0) {
        files.dbSize = st.st_size;
        files.dbTime = nanoseconds(st.st_mtim);
    }
    if (::stat((library + u"-wal"_s).toUtf8().constData(), &st) == 0) {
        files.walSize = st.st_size;
        files.walTime = nanoseconds(st.st_mtim);
    }
    return files;
}

// A reader creates an empty log without writing anything, so only a log with content counts.
bool wroteSince(const FilesOnDisk &before, const FilesOnDisk &after)
{
    return before.dbSize != after.dbSize || before.dbTime != after.dbTime || before.walSize != after.walSize
           || (after.walSize > 0 && before.walTime != after.walTime);
}

struct Counts {
    qint64 articles = -1;
    qint64 annotations = -1;
};

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    QString m_library;
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    int m_kills = DefaultKills;
    qint64 m_article = 0;                  // the article annotations go to
    int m_nextRemark = 1;
    int m_batch = 0;
    QHash<int, int> m_generation;          // feed number -> times served
    qint64 m_duration[CommandCount] = {};  // ms, measured once
    struct Returned {
        QString quote;
        QString comment;
    };
    QHash<qint64, Returned> m_returned;    // annotations whose command had returned
    int m_stages[CommandCount][StageCount] = {};

    // What a run of `command` adds when it completes (articles, or one annotation).
    static qint64 fullWork(Command command)
    {
        switch (command) {
        case Command::Import: return FilesPerImport;
        case Command::Refresh: return qint64(Feeds) * ItemsPerFeed;
        case Command::Annotate: return 1;
        }
        return 0;
    }

    QStringList argumentsFor(Command command, const QString &comment)
    {
        switch (command) {
        case Command::Import: {
            const QString batch = u"batch%1"_s.arg(++m_batch);
            return QStringList{u"import"_s, u"--json"_s} + gloss::test::writeArticleFiles(m_dir.filePath(batch), batch, FilesPerImport, BytesPerFile);
        }
        case Command::Refresh: return {u"refresh"_s, u"--json"_s};
        case Command::Annotate:
            return {u"annotate"_s, QString::number(m_article), u"--quote"_s, gloss::test::remarkQuote(m_nextRemark++),
                    u"--comment"_s, comment, u"--json"_s};
        }
        return {};
    }

    Counts counts()
    {
        LibraryProbe probe(m_library);
        return {probe.count(u"articles"_s), probe.count(u"annotations"_s)};
    }

    // Records the annotation a finished `gloss annotate --json` printed.
    void recordAnnotation(const QByteArray &json, const QStringList &args)
    {
        const QJsonObject printed = QJsonDocument::fromJson(json).object();
        const qint64 id = printed[u"id"_s].toInteger();
        QVERIFY2(id > 0, json.constData());
        const QString quote = args.at(args.indexOf(u"--quote"_s) + 1);
        QCOMPARE(printed[u"exact"_s].toString(), quote);
        m_returned.insert(id, {quote, args.at(args.indexOf(u"--comment"_s) + 1)});
    }

    // An annotation written to completion between kills.
    void annotate(const QString &comment)
    {
        const QStringList args = argumentsFor(Command::Annotate, comment);
        const Run r = runGloss(m_library, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        recordAnnotation(r.out, args);
    }

    // What must hold after any kill: a sound file, every returned annotation, a normal next start.
    void checkLibrary(const QString &killedComment, const QString &killedQuote, Counts *after)
    {
        {
            LibraryProbe probe(m_library);
            QVERIFY2(probe.isOpen(), qPrintable(probe.error()));
            QCOMPARE(probe.integrityCheck(), u"ok"_s);
            QCOMPARE(probe.foreignKeyProblems(), QStringList());
            const QHash<qint64, LibraryProbe::StoredAnnotation> stored = probe.annotations();
            for (auto it = m_returned.cbegin(); it != m_returned.cend(); ++it) {
                QVERIFY2(stored.contains(it.key()), qPrintable(u"annotation %1 (%2) is gone"_s.arg(it.key()).arg(it->comment)));
                QCOMPARE(stored.value(it.key()).exact, it->quote);
                QCOMPARE(stored.value(it.key()).comment, it->comment);
            }
            // A killed annotate leaves its annotation whole or not at all.
            for (const LibraryProbe::StoredAnnotation &a : stored)
                if (!killedComment.isEmpty() && a.comment == killedComment)
                    QCOMPARE(a.exact, killedQuote);
            *after = {probe.count(u"articles"_s), probe.count(u"annotations"_s)};
        }
        const Run list = runGloss(m_library, {u"list"_s, u"--json"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(list.json().array().size(), after->articles);
    }

    static Stage stageOf(Command command, bool ranToEnd, qint64 added, const FilesOnDisk &before, const FilesOnDisk &after)
    {
        if (ranToEnd)
            return Stage::ExitedFirst;
        if (added == fullWork(command))
            return Stage::AllCommitted;
        if (added > 0)
            return Stage::PartlyCommitted;
        return wroteSince(before, after) ? Stage::Uncommitted : Stage::BeforeWriting;
    }

    void printFigures(int kills, qint64 ms)
    {
        qInfo("%d kills in %lld ms (seed %u):", kills, ms, m_seed);
        for (int c = 0; c < CommandCount; ++c) {
            int total = 0;
            QStringList parts;
            for (int s = 0; s < StageCount; ++s) {
                total += m_stages[c][s];
                parts << u"%1 %2"_s.arg(m_stages[c][s]).arg(QLatin1StringView(StageNames[s]));
            }
            qInfo("  %-8s %2d kills (runs take ~%lld ms): %s", CommandNames[c], total, m_duration[c], qPrintable(parts.join(u", "_s)));
        }
        qInfo("  %lld annotations returned and all present after every kill", qint64(m_returned.size()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.isListening());
        bool given = false;
        m_seed = qEnvironmentVariable("GLOSS_CRASH_SEED").toUInt(&given);
        if (!given)
            m_seed = QRandomGenerator::system()->generate();
        m_random.seed(m_seed);
        qInfo("seed %u (GLOSS_CRASH_SEED=%u repeats this run)", m_seed, m_seed);
        if (const int kills = qEnvironmentVariableIntValue("GLOSS_CRASH_KILLS"); kills > 0)
            m_kills = kills;

        m_library = m_dir.filePath(u"library.sqlite"_s);
        const QString remarks = writeTestFile(m_dir, u"remarks.md"_s, gloss::test::remarksArticle(Remarks));
        const Run imported = runGloss(m_library, {u"import"_s, remarks, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        m_article = imported.json().array().first()[u"id"_s].toInteger();
        QVERIFY(m_article > 0);

        // Every request brings all-new items, so every refresh has writing to do.
        for (int n = 1; n <= Feeds; ++n) {
            const QByteArray path = "/feed" + QByteArray::number(n) + ".xml";
            m_server.route(path, [this, n](const TestHttpServer::Request &) {
                const QByteArray rss = gloss::test::generatedRss(u"Feed%1"_s.arg(n), ++m_generation[n], ItemsPerFeed, BytesPerItem);
                return TestHttpServer::Response(200, rss, {{"Content-Type", "application/rss+xml"}});
            });
            QCOMPARE(runGloss(m_library, {u"feeds"_s, u"add"_s, m_server.url(path).toString()}).exitCode, 0);
        }

        // One undisturbed run of each command: it must work, and its duration spreads the kills.
        for (int c = 0; c < CommandCount; ++c) {
            const QStringList args = argumentsFor(Command(c), u"measured"_s);
            QElapsedTimer timer;
            timer.start();
            const Run r = runGloss(m_library, args);
            m_duration[c] = qMax<qint64>(timer.elapsed(), 1);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            if (Command(c) == Command::Annotate)
                recordAnnotation(r.out, args);
        }
    }

    void killsLeaveASoundLibrary()
    {
        QElapsedTimer total;
        total.start();
        int killedRunning = 0;
        for (int k = 0; k < m_kills; ++k) {
            const auto command = Command(k % CommandCount);
            const QString comment = u"killed-%1"_s.arg(k);
            const QStringList args = argumentsFor(command, comment);
            const QString quote = command == Command::Annotate ? args.at(args.indexOf(u"--quote"_s) + 1) : QString();
            const Counts before = counts();
            const FilesOnDisk filesBefore = filesOnDisk(m_library);
            // Every other run of a command: anywhere up to a fifth past its measured duration (some
            // finish first, and count too); the others in its second half, where the writes are,
            // since starting up takes most of a short run.
            const qint64 duration = m_duration[int(command)];
            const int delay = (k / CommandCount) % 2 == 0 ? int(m_random.bounded(duration * 6 / 5 + 1))
                                                          : int(duration / 2 + m_random.bounded(duration * 7 / 10 + 1));

            QProcess process;
            gloss::test::startGloss(process, m_library, args);
            QVERIFY(process.waitForStarted(10000));
            QTest::qWait(delay);   // spins the event loop: the HTTP server keeps serving a refresh
            const bool exitedFirst = process.state() == QProcess::NotRunning;
            if (!exitedFirst)
                ::kill(pid_t(process.processId()), SIGKILL);   // no chance to clean up, as in a power cut
            QVERIFY(gloss::test::waitForExit(process, 30000));
            const FilesOnDisk filesAfter = filesOnDisk(m_library);   // before any check opens the file
            const bool ranToEnd = exitedFirst || process.exitStatus() == QProcess::NormalExit;
            if (ranToEnd) {
                QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
                if (command == Command::Annotate)
                    recordAnnotation(process.readAllStandardOutput(), args);
            } else {
                // Qt reports the terminating signal as the exit code of a crashed child.
                QCOMPARE(process.exitCode(), SIGKILL);
                ++killedRunning;
            }

            Counts after;
            checkLibrary(command == Command::Annotate && !ranToEnd ? comment : QString(), quote, &after);
            if (QTest::currentTestFailed()) {
                qWarning("kill %d (%s after %d ms) broke the library; seed %u", k, CommandNames[int(command)], delay, m_seed);
                return;
            }
            const qint64 added = command == Command::Annotate ? after.annotations - before.annotations
                                                              : after.articles - before.articles;
            QVERIFY2(added >= 0 && added <= fullWork(command), qPrintable(u"kill %1 added %2 rows"_s.arg(k).arg(added)));
            ++m_stages[int(command)][int(stageOf(command, ranToEnd, added, filesBefore, filesAfter))];

            annotate(u"note-%1"_s.arg(k));   // a write that completes between kills
            if (QTest::currentTestFailed())
                return;
        }
        printFigures(m_kills, total.elapsed());
        // Not a timing assertion: with delays inside the measured durations, none of the kills
        // landing in a running process would mean this test tested nothing.
        QVERIFY2(killedRunning > 0, "every command had exited before its kill");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
