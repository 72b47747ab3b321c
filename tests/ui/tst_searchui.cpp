// Searching in the window, driven like a user: Ctrl+F, type, the results replace the list after a
// short pause, Down and arrows open results (an annotation's result selects it), the words are marked
// in the reader, a search is saved to the sources pane and run again from there, Escape goes back.
// Searches run on a thread of their own: only the last one asked for is shown.
#include "ui/AnnotationController.h"
#include "ui/MainWindow.h"
#include "ui/ReaderView.h"
#include "ui/SearchPane.h"

#include "annotation/AnnotationStore.h"
#include "annotation/Selectors.h"
#include "models/SearchResultsModel.h"
#include "models/SourcesModel.h"
#include "search/SavedSearches.h"
#include "store/ArticleStore.h"
#include "store/Library.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestSearchUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_harbour = 0, m_ferry = 0, m_note = 0;

    ui::SearchPane *pane() { return m_window->searchPane(); }

    // Sets the field and waits for that search's results.
    bool searchFor(const QString &text)
    {
        pane()->setQuery(text);
        return QTest::qWaitFor([this] { return !pane()->isBusy(); });
    }

    qint64 save(const QString &key, const QString &title, const QString &text)
    {
        ArticleInput in;
        in.sourceKey = key;
        in.title = title;
        in.text = text;
        in.html = u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
        return ArticleStore(m_library->database()).save(in)->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto lib = Library::open(m_dir.filePath(u"lib.sqlite"_s));
        QVERIFY(lib.ok());
        m_library = std::move(*lib);
        const QString harbour = u"The harbour reopened after the storm. Boats returned to the harbour by noon."_s;
        m_harbour = save(u"a"_s, u"Harbour reopens"_s, harbour);
        save(u"b"_s, u"Council budget"_s, u"The council passed its budget after a long debate."_s);
        const QString ferry = u"Ferries will run again on Monday, the operator said."_s;
        m_ferry = save(u"c"_s, u"Ferry news"_s, ferry);
        Annotation note;
        note.articleId = m_ferry;
        note.kind = AnnotationKind::Comment;
        note.selectors = captureSelectors(ferry, 0, 30);
        note.comment = u"Check the timetable with the harbour master"_s;
        m_note = *AnnotationStore(m_library->database()).create(note);
        m_window = std::make_unique<ui::MainWindow>(*m_library, m_repository);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void typeSearchOpen()
    {
        // Ctrl+F puts the cursor in the field.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(pane()->field()->hasFocus());
        QTest::keyClicks(pane()->field(), u"harbour"_s);
        QVERIFY(!pane()->isSearching()); // not on every keystroke
        QTRY_VERIFY(pane()->isSearching());
        QTRY_VERIFY(pane()->results()->isVisible());
        QCOMPARE(pane()->model()->rowCount(), 2); // the article and the note that mentions it
        QCOMPARE(pane()->model()->index(0).data(SearchResultsModel::ArticleIdRole).toLongLong(), m_harbour);

        // Down goes into the results and opens the first; its words are marked in the reader.
        QTest::keyClick(pane()->field(), Qt::Key_Down);
        QCOMPARE(m_window->reader()->articleId(), m_harbour);
        QCOMPARE(m_window->reader()->textView()->searchMatchCount(), 2); // "harbour" twice in the text
    }

    void annotationResultSelectsTheNote()
    {
        pane()->results()->setCurrentIndex(pane()->model()->index(1));
        QCOMPARE(m_window->annotations()->selectedAnnotation(), m_note);
    }

    void saveAndRunAgain()
    {
        QTimer::singleShot(0, this, [] {
            for (int tries = 0; tries < 200; ++tries) {
                if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                    dialog->setTextValue(u"Harbour watch"_s);
                    dialog->accept();
                    return;
                }
                QTest::qWait(10);
            }
        });
        QTest::mouseClick(pane()->saveButton(), Qt::LeftButton);
        QCOMPARE(m_window->sourcesList()->currentIndex().data(SourcesModel::NameRole).toString(), u"Harbour watch"_s);
        auto saved = search::SavedSearches(m_library->database()).all();
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->first().query, u"harbour"_s);
        // Escape clears the search and brings the list back.
        m_window->sourcesList()->setCurrentIndex(static_cast<SourcesModel *>(m_window->sourcesList()->model())->indexForFilter(ArticleFilter::All));
        QVERIFY(searchFor(u"harbour"_s));
        QVERIFY(pane()->isSearching());
        pane()->field()->setFocus();
        QTest::keyClick(pane()->field(), Qt::Key_Escape);
        QVERIFY(!pane()->isSearching());
        QCOMPARE(m_window->reader()->textView()->searchMatchCount(), 0);
        // The saved search, picked in the sources pane, fills the field and shows its results.
        auto *sources = m_window->sourcesList();
        const auto *model = static_cast<SourcesModel *>(sources->model());
        const QModelIndex entry = model->indexForSavedSearch(u"Harbour watch"_s);
        QVERIFY(entry.isValid());
        sources->setCurrentIndex(entry);
        QCOMPARE(pane()->field()->text(), u"harbour"_s);
        QTRY_VERIFY(pane()->isSearching());
        QCOMPARE(pane()->model()->rowCount(), 2);
        // Picking a list again leaves the search.
        sources->setCurrentIndex(model->indexForFilter(ArticleFilter::All));
        QVERIFY(!pane()->isSearching());
    }

    void oddInputIsExplainedNotFailed()
    {
        QVERIFY(searchFor(u"\"harbour"_s));
        QVERIFY(pane()->isSearching());
        QCOMPARE(pane()->model()->rowCount(), 2);
        QVERIFY(searchFor(u"zebra"_s));
        QCOMPARE(pane()->model()->rowCount(), 0);
        pane()->setQuery(QString());
        QVERIFY(!pane()->isSearching());
    }

    void onlyTheLastSearchIsShown()
    {
        // Asked for one after another faster than they run: the earlier ones' results never show.
        QSignalSpy shown(pane(), &ui::SearchPane::resultsShown);
        pane()->setQuery(u"harbour"_s);
        pane()->setQuery(u"council"_s);
        pane()->setQuery(u"ferries"_s);
        QVERIFY(pane()->isBusy());
        QTRY_VERIFY(!pane()->isBusy());
        QCOMPARE(shown.size(), 1);
        QCOMPARE(pane()->model()->rowCount(), 2); // the ferry article and the note on it
        for (int row = 0; row < 2; ++row)
            QCOMPARE(pane()->model()->index(row).data(SearchResultsModel::ArticleIdRole).toLongLong(), m_ferry);
        // Cleared before a search came back: the list returns and nothing comes back after.
        pane()->setQuery(u"council"_s);
        pane()->setQuery(QString());
        QVERIFY(!pane()->isBusy());
        QTest::qWait(200);
        QVERIFY(!pane()->isSearching());
        QCOMPARE(shown.size(), 1);
    }
};

QTEST_MAIN(TestSearchUi)
#include "tst_searchui.moc"
