// The main window driven like a user would: real library, real widgets, keyboard and clicks.
#include "ui/MainWindow.h"
#include "ui/ReaderView.h"

#include "models/ArticleListModel.h"
#include "store/ArticleStore.h"
#include "store/Library.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimeZone>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestMainWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    KSyntaxHighlighting::Repository m_repository;

    void addArticle(int i, const QString &text)
    {
        ArticleStore store(m_library->database());
        ArticleInput in;
        in.sourceKey = u"test:%1"_s.arg(i);
        in.title = u"Story %1"_s.arg(i);
        in.text = text;
        in.html = u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
        in.source = u"Test Gazette"_s;
        in.format = u"html"_s;
        in.published = QDateTime(QDate(2024, 6, 1 + i), QTime(9, 0), QTimeZone::UTC);
        QVERIFY(store.save(in).ok());
    }

    QString currentTitle(ui::MainWindow &w)
    {
        return w.articleList()->currentIndex().siblingAtColumn(ArticleListModel::TitleColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // window state goes to a test settings file
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto lib = Library::open(m_dir->filePath(u"lib.sqlite"_s));
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        m_library = std::move(*lib);
    }

    void selectingAnArticleShowsItInTheReader()
    {
        addArticle(1, u"The first story's body."_s);
        addArticle(2, u"The second story's body, with a\u00A0non-breaking space."_s);
        addArticle(3, u"The third story's body."_s);
        ui::MainWindow w(*m_library, m_repository);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.isShowingWelcome());
        QCOMPARE(w.articleModel()->rowCount(), 3);

        // Click the second row (Story 2: the list is newest first).
        QTreeView *list = w.articleList();
        const QRect rect = list->visualRect(w.articleModel()->index(1, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(currentTitle(w), u"Story 2"_s);
        QCOMPARE(w.reader()->title(), u"Story 2"_s);
        QCOMPARE(w.reader()->textView()->document()->toRawText(), u"The second story's body, with a\u00A0non-breaking space."_s);
        // Opening it marked it read.
        QVERIFY(w.articleModel()->index(1, 0).data(ArticleListModel::ReadRole).toBool());
    }

    void keyboardMovesAndBookmarks()
    {
        for (int i = 1; i <= 3; ++i)
            addArticle(i, u"Body %1."_s.arg(i));
        ui::MainWindow w(*m_library, m_repository);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectArticleRow(0);
        w.articleList()->setFocus();
        QCOMPARE(currentTitle(w), u"Story 3"_s);
        QTest::keyClick(&w, Qt::Key_J);
        QCOMPARE(currentTitle(w), u"Story 2"_s);
        QTest::keyClick(&w, Qt::Key_J);
        QCOMPARE(currentTitle(w), u"Story 1"_s);
        QTest::keyClick(&w, Qt::Key_K);
        QCOMPARE(currentTitle(w), u"Story 2"_s);
        QCOMPARE(w.reader()->title(), u"Story 2"_s);

        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
        ArticleStore store(m_library->database());
        QCOMPARE(store.count(ArticleFilter::Bookmarked).value(), 1);
        const qint64 id = w.articleList()->currentIndex().data(ArticleListModel::IdRole).toLongLong();
        QVERIFY(store.article(id).value()->bookmarked);

        // The Bookmarked source shows just that article.
        QTreeView *sources = w.sourcesList();
        sources->setCurrentIndex(sources->model()->index(2, 0));
        QCOMPARE(w.articleModel()->rowCount(), 1);
        QCOMPARE(w.articleModel()->idAt(0), id);
    }

    void emptyLibraryWelcomesAndOpensTheSamples()
    {
        ui::MainWindow w(*m_library, m_repository);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isShowingWelcome());
        auto *sample = w.findChild<QPushButton *>(u"welcomeSample"_s);
        QVERIFY(sample);
        QSignalSpy done(&w, &ui::MainWindow::importFinished);
        QTest::mouseClick(sample, Qt::LeftButton);
        QVERIFY(done.wait(20000));
        QVERIFY(!w.isShowingWelcome());
        QVERIFY2(w.articleModel()->rowCount() >= 3, "the sample library has several stories");
        QVERIFY(!w.reader()->title().isEmpty());
    }

    void importingFilesOnAWorkerThread()
    {
        QStringList files;
        for (int i = 0; i < 5; ++i) {
            const QString path = m_dir->filePath(u"story%1.md"_s.arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("# Imported story %1\n\nA paragraph with *emphasis*.\n").arg(i).toUtf8());
            files << path;
        }
        ui::MainWindow w(*m_library, m_repository);
        w.show();
        QSignalSpy done(&w, &ui::MainWindow::importFinished);
        w.importFiles(files);
        QVERIFY(w.isImporting());
        QVERIFY(done.wait(20000));
        QVERIFY(!w.isImporting());
        QCOMPARE(w.articleModel()->rowCount(), 5);
        QCOMPARE(ArticleStore(m_library->database()).count(ArticleFilter::All).value(), 5);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
