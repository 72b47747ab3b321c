// Annotating in the reader, driven like a user: select text, press H / C / Q / T, answer the dialog,
// and find the highlight drawn in the reader, listed in the panel and stored in the library; undo it.
#include "ui/AnnotationController.h"
#include "ui/AnnotationsPanel.h"
#include "ui/CommentEditor.h"
#include "ui/MainWindow.h"
#include "ui/QuoteDialog.h"
#include "ui/ReaderView.h"
#include "ui/TagsDialog.h"

#include "annotation/AnnotationStore.h"
#include "annotation/Palette.h"
#include "annotation/SpeakerStore.h"
#include "models/AnnotationListModel.h"
#include "store/ArticleStore.h"
#include "store/Library.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {
const QString Body = u"The council voted late on Tuesday. \"This is the most important decision in a decade,\" said deputy mayor "
                     "Helena Quist. Residents were divided."_s;
const QString Quote = u"This is the most important decision in a decade,"_s;

// Runs `act` on the next modal dialog of type T once it is shown.
template<typename T, typename F>
void whenDialogOpens(F act)
{
    QTimer::singleShot(0, qApp, [act] {
        for (int tries = 0; tries < 200; ++tries) {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                act(dialog);
                return;
            }
            QTest::qWait(10);
        }
    });
}
} // namespace

class TestAnnotating : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::ReaderTextView *reader() { return m_window->reader()->textView(); }
    AnnotationStore store() { return AnnotationStore(m_library->database()); }
    qint64 articleId() { return m_window->reader()->articleId(); }

    void selectQuote()
    {
        const int start = int(Body.indexOf(Quote));
        reader()->selectRange(start, start + int(Quote.size()));
        QVERIFY(reader()->textCursor().hasSelection());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_window.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto lib = Library::open(m_dir->filePath(u"lib.sqlite"_s));
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        m_library = std::move(*lib);
        ArticleInput in;
        in.sourceKey = u"test:council"_s;
        in.title = u"Council vote"_s;
        in.text = Body;
        in.html = u"<p>"_s + Body.toHtmlEscaped() + u"</p>"_s;
        QVERIFY(ArticleStore(m_library->database()).save(in).ok());
        m_window = std::make_unique<ui::MainWindow>(*m_library, m_repository);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->selectArticleRow(0);
        QCOMPARE(m_window->reader()->title(), u"Council vote"_s);
    }

    void highlightIsDrawnStoredAndUndoable()
    {
        selectQuote();
        reader()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_H);

        // Stored with both selectors.
        const auto stored = store().forArticle(articleId()).value();
        QCOMPARE(stored.size(), 1);
        const Annotation &a = stored.first();
        QCOMPARE(a.kind, AnnotationKind::Highlight);
        QCOMPARE(a.exact(), Quote);
        QCOMPARE(a.start(), int(Body.indexOf(Quote)));
        QVERIFY(a.selectors.quote.prefix.endsWith(u"\""_s));

        // Drawn in the reader over exactly that text, in the palette's yellow.
        const auto selections = reader()->extraSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections.first().cursor.selectionStart(), a.start());
        QCOMPARE(selections.first().cursor.selectionEnd(), a.end());
        QCOMPARE(selections.first().format.background().color().rgb(), QColor(highlightColor(u"yellow"_s).light).rgb());

        // Listed in the panel.
        QCOMPARE(m_window->annotations()->model()->rowCount(), 1);

        // Undo removes it everywhere; redo brings the same one back.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store().forArticle(articleId()).value().size(), 0);
        QCOMPARE(reader()->extraSelections().size(), 0);
        m_window->annotations()->undoStack()->redo();
        QCOMPARE(store().forArticle(articleId()).value().first().uuid, a.uuid);
    }

    void colourActionRecoloursTheSelectedAnnotation()
    {
        selectQuote();
        const qint64 id = m_window->annotations()->highlightSelection(u"yellow"_s);
        QVERIFY(id > 0);
        // Nothing selected now but the annotation: a colour from the toolbar recolours it.
        QAction *green = nullptr;
        for (QAction *a : m_window->annotations()->colorActions())
            if (a->data().toString() == u"green"_s)
                green = a;
        QVERIFY(green);
        green->trigger();
        QCOMPARE(store().annotation(id).value()->color, u"green"_s);
    }

    void quoteWithANewSpeaker()
    {
        selectQuote();
        whenDialogOpens<ui::QuoteDialog>([](ui::QuoteDialog *dialog) {
            QTest::keyClicks(dialog->speakerEdit(), u"Helena Quist"_s);
            dialog->setVerb(u"said"_s);
            dialog->accept();
        });
        QTest::keyClick(m_window.get(), Qt::Key_Q);
        const auto stored = store().forArticle(articleId()).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().kind, AnnotationKind::Quote);
        QCOMPARE(stored.first().speakerName, u"Helena Quist"_s);
        QCOMPARE(stored.first().quoteKind, QuoteKind::Direct);
        QCOMPARE(stored.first().verb, u"said"_s);
        // One undo step takes back both the quote and the speaker it created.
        m_window->annotations()->undoStack()->undo();
        QCOMPARE(store().forArticle(articleId()).value().size(), 0);
        QCOMPARE(SpeakerStore(m_library->database()).all().value().size(), 0);
    }

    void commentAndTags()
    {
        selectQuote();
        whenDialogOpens<ui::CommentEditor>([](ui::CommentEditor *editor) {
            QTest::keyClicks(editor->editor(), u"Check the *minutes*."_s);
            editor->accept();
        });
        QTest::keyClick(m_window.get(), Qt::Key_C);
        auto stored = store().forArticle(articleId()).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().kind, AnnotationKind::Comment);
        QCOMPARE(stored.first().comment, u"Check the *minutes*."_s);

        // With the new annotation selected, T edits its tags.
        // Window shortcuts need the window active again once the dialog has closed.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        whenDialogOpens<ui::TagsDialog>([](ui::TagsDialog *dialog) {
            dialog->edit()->setText(u"housing, follow up"_s);
            dialog->accept();
        });
        QVERIFY(m_window->annotations()->tagsAction()->isEnabled());
        QCOMPARE(m_window->annotations()->selectedAnnotation(), stored.first().id);
        QTest::keyClick(m_window.get(), Qt::Key_T);
        stored = store().forArticle(articleId()).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().tags, (QStringList{u"follow up"_s, u"housing"_s}));
    }

    void clickingAHighlightSelectsItInThePanel()
    {
        selectQuote();
        const qint64 id = m_window->annotations()->highlightSelection(u"blue"_s);
        m_window->annotations()->selectAnnotation(0, false);
        const int middle = int(Body.indexOf(u"important"_s));
        QTextCursor cursor(reader()->document());
        cursor.setPosition(middle);
        const QPoint point = reader()->cursorRect(cursor).center();
        QTest::mouseClick(reader()->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(m_window->annotations()->selectedAnnotation(), id);
        QCOMPARE(m_window->annotationsPanel()->currentAnnotation(), id);
        // Delete removes it.
        QTest::keyClick(m_window.get(), Qt::Key_Delete);
        QCOMPARE(store().forArticle(articleId()).value().size(), 0);
    }
};

QTEST_MAIN(TestAnnotating)
#include "tst_annotating.moc"
