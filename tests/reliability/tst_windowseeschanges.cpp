// The window shows what the command line writes while it is open: `gloss import` adds rows to the
// article list and `gloss annotate` highlights the open article, without the reader being closed,
// scrolled or reloaded. A real window and the real `gloss` executable on one library file.
#include "GlossChild.h"

#include "ui/LibraryWatcher.h"
#include "ui/MainWindow.h"
#include "ui/ReaderView.h"
#include "ui/AnnotationController.h"

#include "models/AnnotationListModel.h"
#include "models/ArticleListModel.h"
#include "store/ArticleStore.h"
#include "store/Library.h"

#include <KSyntaxHighlighting/Repository>

#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestWindowSeesChanges : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_longArticle = 0;

    QString libraryPath() const { return m_dir.filePath(u"shared.sqlite"_s); }

    // Runs `gloss ARGS` on the window's library to the end; its output on failure.
    QString runGloss(const QStringList &args)
    {
        QProcess process;
        gloss::test::startGloss(process, libraryPath(), args);
        if (!gloss::test::waitForExit(process, 60000))
            return u"did not finish"_s;
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError());
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto library = Library::open(libraryPath());
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(*library);
        // One article long enough to scroll, so a reload would show as a lost position.
        ArticleInput in;
        in.sourceKey = u"urn:test:harbour"_s;
        in.title = u"The harbour report"_s;
        QStringList paragraphs;
        for (int i = 1; i <= 80; ++i)
            paragraphs << u"Paragraph %1 of the harbour report, about boats, tides and the pilots who guide them in."_s.arg(i);
        paragraphs << u"The harbour master said the season was the busiest in a decade."_s;
        in.text = paragraphs.join(u"\n\n"_s);
        in.html = u"<p>"_s + paragraphs.join(u"</p><p>"_s) + u"</p>"_s;
        auto saved = ArticleStore(m_library->database()).save(in);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        m_longArticle = saved->id;

        m_window = std::make_unique<ui::MainWindow>(*m_library, m_repository);
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->libraryWatcher()->start(std::chrono::milliseconds(50));
        QVERIFY(m_window->openArticle(m_longArticle));
    }

    void importedElsewhereAppearsInTheList()
    {
        const int before = m_window->articleModel()->rowCount();
        QScrollBar *scroll = m_window->reader()->textView()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum() / 2);
        const int position = scroll->value();

        const QString file = m_dir.filePath(u"council.txt"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Council votes on the harbour\n\nThe council voted on Tuesday to widen the harbour mouth.\n");
        out.close();
        const QString failed = runGloss({u"import"_s, file});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        QTRY_COMPARE(m_window->articleModel()->rowCount(), before + 1);
        QCOMPARE(m_window->reader()->articleId(), m_longArticle);
        QCOMPARE(scroll->value(), position);
    }

    void annotatedElsewhereIsHighlightedInTheOpenArticle()
    {
        m_window->annotations()->ensureLoaded();
        QCOMPARE(m_window->annotations()->model()->rowCount(), 0);
        const QString failed = runGloss({u"annotate"_s, QString::number(m_longArticle), u"--quote"_s,
                                         u"the season was the busiest in a decade"_s, u"--comment"_s, u"check the port's figures"_s});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        QTRY_COMPARE(m_window->annotations()->model()->rowCount(), 1);
        QCOMPARE(m_window->reader()->articleId(), m_longArticle);
    }

    void revisedElsewhereIsShownAgain()
    {
        const QString file = m_dir.filePath(u"council.txt"_s);
        qint64 council = 0;
        for (int row = 0; row < m_window->articleModel()->rowCount(); ++row)
            if (m_window->articleModel()->idAt(row) != m_longArticle)
                council = m_window->articleModel()->idAt(row);
        QVERIFY(council);
        QVERIFY(m_window->openArticle(council));
        QVERIFY(!m_window->reader()->textView()->toPlainText().contains(u"postponed"_s));

        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write("Council votes on the harbour\n\nThe council postponed its vote on widening the harbour mouth.\n");
        out.close();
        const QString failed = runGloss({u"import"_s, file});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        QTRY_VERIFY(m_window->reader()->textView()->toPlainText().contains(u"postponed"_s));
        QCOMPARE(m_window->reader()->articleId(), council);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_library.reset();
    }
};

QTEST_MAIN(TestWindowSeesChanges)
#include "tst_windowseeschanges.moc"
