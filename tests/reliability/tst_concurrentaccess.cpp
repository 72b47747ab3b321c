// The window and the command line on one library at the same time: while the real main window
// refreshes feeds, imports files, marks articles read and highlights passages, `gloss refresh`,
// `gloss import` and `gloss annotate` run as child processes on the same file. Everything must
// succeed, and no "database is locked" (or "busy") may reach the user: not in a message box or the
// status bar of the window, not in the output of a command. Several command-line writers at once,
// on an existing and on a brand-new library, must all succeed too.
#include "GeneratedContent.h"
#include "GlossChild.h"
#include "GlossProcess.h"
#include "LibraryProbe.h"
#include "TestHttpServer.h"

#include "ui/AnnotationController.h"
#include "ui/MainWindow.h"
#include "ui/ReaderView.h"
#include "ui/RefreshController.h"

#include "models/ArticleListModel.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/Library.h"
#include "store/Migrations.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace gloss;
using gloss::test::LibraryProbe;
using gloss::test::TestHttpServer;

namespace {

constexpr int Feeds = 3;
constexpr int ItemsPerFeed = 40;
constexpr int BytesPerItem = 3000;
constexpr int FilesPerImport = 40;
constexpr int BytesPerFile = 8000;

bool mentionsLocking(const QString &text)
{
    return text.contains(u"locked"_s, Qt::CaseInsensitive) || text.contains(u"busy"_s, Qt::CaseInsensitive);
}

// A command started in the background and, once it ended, what it printed.
struct Child {
    QStringList args;
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray out;
    QString err;
};

} // namespace

class TestConcurrentAccess : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    TestHttpServer m_server;
    KSyntaxHighlighting::Repository m_repository;
    QString m_libraryPath;
    qint64 m_remarks = 0;        // an article to annotate
    int m_nextRemark = 1;
    int m_batch = 0;
    QHash<int, int> m_generation;
    QStringList m_shownToUser;   // every message box and status-bar message the window showed

    QStringList importArgs()
    {
        const QString batch = u"cli%1"_s.arg(++m_batch);
        return QStringList{u"import"_s, u"--json"_s}
               + gloss::test::writeArticleFiles(m_dir->filePath(batch), batch, FilesPerImport, BytesPerFile);
    }

    QStringList annotateArgs()
    {
        return {u"annotate"_s, QString::number(m_remarks), u"--quote"_s, gloss::test::remarkQuote(m_nextRemark++), u"--json"_s};
    }

    // A library with the remarks article and the feeds subscribed, made through the command line.
    void prepareLibrary()
    {
        const QString remarks = writeTestFile(*m_dir, u"remarks.md"_s, gloss::test::remarksArticle(400));
        const Run imported = runGloss(m_libraryPath, {u"import"_s, remarks, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        m_remarks = imported.json().array().first()[u"id"_s].toInteger();
        for (int n = 1; n <= Feeds; ++n)
            QCOMPARE(runGloss(m_libraryPath, {u"feeds"_s, u"add"_s, m_server.url("/feed" + QByteArray::number(n) + ".xml").toString()}).exitCode, 0);
    }

    static void start(std::vector<Child> &children, const QString &library, const QStringList &args)
    {
        Child child;
        child.args = args;
        children.push_back(std::move(child));
        gloss::test::startGloss(*children.back().process, library, args);
    }

    static bool anyRunning(const std::vector<Child> &children)
    {
        return std::any_of(children.cbegin(), children.cend(), [](const Child &c) { return c.process->state() != QProcess::NotRunning; });
    }

    // Every child ended with exit 0 and printed nothing about locks.
    static void expectAllSucceeded(std::vector<Child> &children)
    {
        for (Child &c : children) {
            QVERIFY2(gloss::test::waitForExit(*c.process, 120000), qPrintable(c.args.first() + u" did not finish"_s));
            c.out = c.process->readAllStandardOutput();
            c.err = QString::fromUtf8(c.process->readAllStandardError());
            const QString output = QString::fromUtf8(c.out) + c.err;
            QVERIFY2(!mentionsLocking(output), qPrintable(c.args.first() + u": "_s + output));
            QVERIFY2(c.process->exitStatus() == QProcess::NormalExit && c.process->exitCode() == 0,
                     qPrintable(c.args.first() + u" failed: "_s + output));
        }
    }

    // Message boxes are modal; answer each one (after noting what it said) so the test goes on and
    // the message can be checked.
    void closeMessageBoxes()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (box && box->isVisible()) {
                m_shownToUser << box->text() + u' ' + box->informativeText() + u' ' + box->detailedText();
                box->done(QMessageBox::Ok);
            }
        }
    }

    static QAction *readAction(ui::MainWindow &w)
    {
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::Key_M))
                return a;
        return nullptr;
    }

    // Highlights the next remark in the reader the way the Highlight action does; the new id.
    qint64 highlightInWindow(ui::MainWindow &w, const QString &text)
    {
        if (!w.openArticle(m_remarks))
            return 0;
        const QString quote = gloss::test::remarkQuote(m_nextRemark++);
        const int start = int(text.indexOf(quote));
        w.reader()->textView()->selectRange(start, start + int(quote.size()));
        return w.annotations()->highlightSelection(u"yellow"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.isListening());
        // Every request brings new items, so each refresh, the window's or a command's, writes.
        for (int n = 1; n <= Feeds; ++n) {
            m_server.route("/feed" + QByteArray::number(n) + ".xml", [this, n](const TestHttpServer::Request &) {
                const QByteArray rss = gloss::test::generatedRss(u"Feed%1"_s.arg(n), ++m_generation[n], ItemsPerFeed, BytesPerItem);
                return TestHttpServer::Response(200, rss, {{"Content-Type", "application/rss+xml"}});
            });
        }
        auto *boxes = new QTimer(this);
        connect(boxes, &QTimer::timeout, this, &TestConcurrentAccess::closeMessageBoxes);
        boxes->start(20);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_libraryPath = m_dir->filePath(u"library.sqlite"_s);
        m_shownToUser.clear();
    }

    void windowAndCommandLineWriteAtOnce()
    {
        prepareLibrary();
        auto opened = Library::open(m_libraryPath);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        std::unique_ptr<Library> library = std::move(*opened);
        const QString remarksText = ArticleStore(library->database()).article(m_remarks).value().value().text;

        ui::MainWindow w(*library, m_repository);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        connect(w.statusBar(), &QStatusBar::messageChanged, this, [this](const QString &m) { m_shownToUser << m; });
        QAction *markRead = readAction(w);
        QVERIFY(markRead);
        QList<FeedRefreshResult> windowRefresh;
        connect(w.refresher(), &ui::RefreshController::finished, this,
                [&windowRefresh](const QList<FeedRefreshResult> &r) { windowRefresh += r; });
        QSignalSpy imported(&w, &ui::MainWindow::importFinished);

        // The window's own long writes, on its worker threads...
        w.refresher()->refresh();
        w.importFiles(gloss::test::writeArticleFiles(m_dir->filePath(u"gui"_s), u"gui"_s, FilesPerImport, BytesPerFile));
        // ...the command line's, in other processes...
        std::vector<Child> children;
        start(children, m_libraryPath, {u"refresh"_s, u"--json"_s});
        const QStringList cliImport = importArgs();
        start(children, m_libraryPath, cliImport);
        start(children, m_libraryPath, annotateArgs());
        start(children, m_libraryPath, annotateArgs());
        // ...and the window's short ones on its own thread, until everyone is done.
        QList<qint64> windowAnnotations;
        int toggles = 0;
        do {
            const qint64 id = highlightInWindow(w, remarksText);
            QVERIFY2(id > 0, qPrintable(m_shownToUser.join(u" | "_s)));
            windowAnnotations << id;
            w.selectArticleRow(toggles % qMax(1, w.articleModel()->rowCount()));
            markRead->trigger();
            ++toggles;
            QTest::qWait(20);
        } while (anyRunning(children) || w.refresher()->isRefreshing() || w.isImporting());
        expectAllSucceeded(children);
        if (imported.isEmpty())
            QVERIFY(imported.wait(60000));
        qInfo("the window made %lld highlights and %d read toggles while the commands ran", qint64(windowAnnotations.size()), toggles);

        for (const FeedRefreshResult &r : std::as_const(windowRefresh))
            QVERIFY2(r.ok(), qPrintable(r.error));
        for (const QString &m : std::as_const(m_shownToUser))
            QVERIFY2(!mentionsLocking(m), qPrintable(u"the window showed: "_s + m));

        // Everything written by either side is in the file.
        LibraryProbe probe(m_libraryPath);
        QCOMPARE(probe.integrityCheck(), u"ok"_s);
        const auto stored = probe.annotations();
        for (qint64 id : std::as_const(windowAnnotations))
            QVERIFY(stored.contains(id));
        for (const Child &c : children) {
            if (c.args.first() == u"annotate"_s)
                QCOMPARE(stored.value(QJsonDocument::fromJson(c.out)[u"id"_s].toInteger()).exact,
                         c.args.at(c.args.indexOf(u"--quote"_s) + 1));
        }

        // The window does not watch the file for other writers: the command's articles appear once
        // it reloads its list, which its own refresh does when it ends.
        QSignalSpy refreshed(w.refresher(), &ui::RefreshController::finished);
        w.refresher()->refresh();
        QVERIFY(refreshed.wait(60000));
        ArticleListModel *list = w.articleModel();
        while (list->canFetchMore({}))
            list->fetchMore({});
        const Run listed = runGloss(m_libraryPath, {u"list"_s, u"--json"_s});
        QCOMPARE(list->rowCount(), int(listed.json().array().size()));
        int found = 0;
        for (const QJsonValue &v : listed.json().array())
            if (v[u"title"_s].toString().startsWith(u"cli1 article"_s)) {
                QVERIFY(list->rowForId(v[u"id"_s].toInteger()) >= 0);
                ++found;
            }
        QCOMPARE(found, FilesPerImport);
    }

    void commandLineWritersAtOnce_data()
    {
        QTest::addColumn<bool>("newLibrary");
        QTest::addColumn<int>("oldSchema");
        QTest::newRow("existing library") << false << 0;
        // Every process finds the file missing or unmigrated and sets it up at once.
        QTest::newRow("new library") << true << 0;
        // Every process finds a library from an older Gloss: each backs it up before upgrading, in the
        // same second, to the same name; one upgrades, the others find it done.
        QTest::newRow("old library") << true << 9;
    }

    // A library as Gloss at schema `version` left it.
    static void writeOldLibrary(const QString &path, int version)
    {
        auto opened = Database::open(path, Database::Access::ReadWriteCreate);
        QVERIFY(opened.ok());
        QList<Migration> old = bundledMigrations();
        while (!old.isEmpty() && old.last().version > version)
            old.removeLast();
        QVERIFY(applyMigrations(*opened, 0, old).ok());
        QVERIFY(opened->execute(u"PRAGMA application_id = %1; PRAGMA journal_mode = WAL"_s.arg(Library::ApplicationId)));
    }

    void commandLineWritersAtOnce()
    {
        QFETCH(bool, newLibrary);
        QFETCH(int, oldSchema);
        constexpr int Rounds = 4;
        if (!newLibrary)
            prepareLibrary();
        for (int round = 0; round < Rounds; ++round) {
            const QString library = newLibrary ? m_dir->filePath(u"new%1.sqlite"_s.arg(round)) : m_libraryPath;
            if (oldSchema > 0) {
                writeOldLibrary(library, oldSchema);
                if (QTest::currentTestFailed())
                    return;
            }
            const qint64 before = QFile::exists(library) ? LibraryProbe(library).count(u"articles"_s) : 0;
            std::vector<Child> children;
            start(children, library, importArgs());
            start(children, library, importArgs());
            start(children, library, {u"refresh"_s, u"--json"_s});
            if (!newLibrary)
                start(children, library, annotateArgs());
            expectAllSucceeded(children);
            if (QTest::currentTestFailed())
                return;
            qint64 refreshed = 0;
            for (const QJsonValue &feed : QJsonDocument::fromJson(children[2].out).array())
                refreshed += feed[u"new"_s].toInteger();
            LibraryProbe probe(library);
            QCOMPARE(probe.integrityCheck(), u"ok"_s);
            QCOMPARE(probe.count(u"articles"_s), before + 2 * FilesPerImport + refreshed);
            if (oldSchema > 0) {
                // Kept first, once or once a process; no copy left half-written.
                const QDir backups(m_dir->filePath(u"new%1-backups"_s.arg(round)));
                QVERIFY(!backups.entryList({u"new%1-schema%2-*.sqlite"_s.arg(round).arg(oldSchema)}, QDir::Files).isEmpty());
                QCOMPARE(backups.entryList({u"*.partial"_s}, QDir::Files), QStringList());
            }
        }
    }
};

QTEST_MAIN(TestConcurrentAccess)
#include "tst_concurrentaccess.moc"
