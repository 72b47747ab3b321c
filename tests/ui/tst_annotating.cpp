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
#include <QSet>
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

    // The viewport point where the text's character at `position` begins, on the line's top.
    QPoint textPoint(int position)
    {
        QTextCursor cursor(reader()->document());
        cursor.setPosition(position);
        return reader()->cursorRect(cursor).topLeft();
    }

    // Where the reader draws annotation `id`: one rectangle per line (viewport coordinates), top down.
    QList<QRect> highlightPieces(qint64 id)
    {
        QList<QRect> pieces;
        for (const ui::HighlightRect &r : reader()->visibleHighlights())
            if (r.id == id)
                pieces << r.rect.toAlignedRect();
        std::sort(pieces.begin(), pieces.end(), [](const QRect &x, const QRect &y) { return x.top() < y.top(); });
        return pieces;
    }

    // The commonest colour of the reader's pixels in `area` (viewport coordinates): a highlight's
    // fill, whatever letters lie on it.
    QRgb dominantColour(const QRect &area)
    {
        const QImage image = reader()->viewport()->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        const QRect pixels((QPointF(area.topLeft()) * ratio).toPoint(), (QPointF(area.bottomRight()) * ratio).toPoint());
        QHash<QRgb, int> counts;
        for (int y = pixels.top(); y <= pixels.bottom(); ++y)
            for (int x = pixels.left(); x <= pixels.right(); ++x)
                ++counts[image.pixel(x, y) | 0xff000000];
        QRgb best = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (!counts.contains(best) || it.value() > counts.value(best))
                best = it.key();
        return best;
    }

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

        // Drawn in the reader over exactly that text, in the palette's yellow (opaque: it is the
        // selected annotation now), as the pixels on screen show.
        const QList<QRect> pieces = highlightPieces(a.id);
        QVERIFY(!pieces.isEmpty());
        QVERIFY(qAbs(pieces.first().left() - textPoint(a.start()).x()) <= 1);
        QVERIFY(qAbs(pieces.first().top() - textPoint(a.start()).y()) <= 1);
        QVERIFY(qAbs(pieces.last().right() + 1 - textPoint(a.end()).x()) <= 1);
        QVERIFY(qAbs(pieces.last().top() - textPoint(a.end()).y()) <= 1);
        const QRect drawn = pieces.first();
        const QColor yellow(highlightColor(u"yellow"_s).light);
        QCOMPARE(dominantColour(drawn), yellow.rgb());

        // Listed in the panel.
        QCOMPARE(m_window->annotations()->model()->rowCount(), 1);

        // Undo removes it everywhere; redo brings the same one back.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store().forArticle(articleId()).value().size(), 0);
        QVERIFY(reader()->visibleHighlights().isEmpty());
        QVERIFY(dominantColour(drawn) != yellow.rgb());
        m_window->annotations()->undoStack()->redo();
        QCOMPARE(store().forArticle(articleId()).value().first().uuid, a.uuid);
    }

    void overlappingHighlightsStayDistinct()
    {
        // "council voted" in yellow, "voted late" in green: three spans, three colours.
        const int a = int(Body.indexOf(u"council voted"_s));
        const int b = int(Body.indexOf(u"voted late"_s));
        const int aEnd = a + 13, bEnd = b + 10;
        reader()->selectRange(a, aEnd);
        const qint64 yellowId = m_window->annotations()->highlightSelection(u"yellow"_s);
        reader()->selectRange(b, bEnd);
        const qint64 greenId = m_window->annotations()->highlightSelection(u"green"_s);
        QVERIFY(yellowId && greenId);
        m_window->annotations()->selectAnnotation(0, false); // both translucent now
        QCOMPARE(textPoint(a).y(), textPoint(bEnd).y());     // one line, so x alone tells the spans apart
        const QList<QRect> pieces = highlightPieces(yellowId);
        QCOMPARE(pieces.size(), 1);
        const int top = pieces.first().top() + 1, bottom = pieces.first().bottom() - 1;
        auto span = [&](int from, int to) { return QRect(QPoint(textPoint(from).x() + 1, top), QPoint(textPoint(to).x() - 2, bottom)); };
        const QRgb yellowOnly = dominantColour(span(a, b));
        const QRgb both = dominantColour(span(b, aEnd));
        const QRgb greenOnly = dominantColour(span(aEnd, bEnd));
        const QRgb base = reader()->palette().color(QPalette::Base).rgb();
        QCOMPARE(QSet<QRgb>({yellowOnly, both, greenOnly, base}).size(), 4);
        // Pointing at the overlap means the innermost (shorter) one.
        QCOMPARE(reader()->annotationAt(a + 1), yellowId);
        QCOMPARE(reader()->annotationAt(b + 1), greenId);
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
