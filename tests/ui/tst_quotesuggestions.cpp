// Reviewing quote suggestions in the window, driven like a user: Annotate > Suggest Quotes, the
// dashed underlines in the reader, Enter to accept (a quote annotation with the registry's speaker or
// a new one), Delete to reject (not suggested again, even after reopening), undo, Accept All above a
// confidence, and suggestions appearing by themselves when that is turned on.
#include "ui/AnnotationController.h"
#include "ui/MainWindow.h"
#include "ui/QuoteSuggestionController.h"
#include "ui/ReaderView.h"
#include "ui/SuggestionsPanel.h"

#include "annotation/AnnotationStore.h"
#include "annotation/SpeakerStore.h"
#include "quotereview/RejectedSuggestionStore.h"
#include "store/ArticleStore.h"
#include "store/Library.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {
// Three quotations: a direct one by a person the registry knows by an alias, a reported one by a
// new person, and a direct one by the same new person (a pronoun).
const QString Body = u"Mayor Tom Keane opened the new bridge on Monday.\n"
                     "\u201CThis bridge took ten years and it will last a hundred,\u201D Keane said.\n"
                     "Councillor Ana Ruiz said that the cost had doubled since 2019.\n"
                     "\u201CSomeone has to pay for that,\u201D she added."_s;
} // namespace

class TestQuoteSuggestions : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_keaneId = 0;

    ui::QuoteSuggestionController *suggestions() { return m_window->quoteSuggestions(); }
    ui::SuggestionsPanel *panel() { return m_window->suggestionsPanel(); }
    QList<Annotation> stored() { return AnnotationStore(m_library->database()).forArticle(m_window->reader()->articleId()).value(); }

    // The reader's dashed pieces now in view.
    int dashedPieces()
    {
        int count = 0;
        for (const ui::HighlightRect &r : m_window->reader()->textView()->visibleHighlights())
            count += r.underline == ui::HighlightRect::Underline::Dashed;
        return count;
    }

    void openWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(*m_library, m_repository);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->selectArticleRow(0);
        QCOMPARE(m_window->reader()->title(), u"Bridge opens"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().clear();
        m_window.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto lib = Library::open(m_dir->filePath(u"lib.sqlite"_s));
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        m_library = std::move(*lib);
        ArticleInput in;
        in.sourceKey = u"test:bridge"_s;
        in.title = u"Bridge opens"_s;
        in.text = Body;
        for (const QString &p : Body.split(u'\n'))
            in.html += u"<p>"_s + p.toHtmlEscaped() + u"</p>"_s;
        QVERIFY(ArticleStore(m_library->database()).save(in).ok());
        // The registry already knows the mayor, under another name.
        Speaker keane;
        keane.name = u"Thomas Keane"_s;
        keane.aliases = {u"Tom Keane"_s};
        auto created = SpeakerStore(m_library->database()).create(keane);
        QVERIFY(created.ok());
        m_keaneId = *created;
        openWindow();
    }

    void suggestAcceptRejectUndo()
    {
        QVERIFY(panel()->isHidden()); // nothing asked for yet
        suggestions()->suggestAction()->trigger();
        QVERIFY(panel()->isVisible());
        // It takes real room in the dock: the list and its buttons can be seen and clicked.
        QVERIFY(panel()->list()->height() > 40);
        QVERIFY(panel()->acceptButton()->height() > 10);
        QListWidget *list = panel()->list();
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().startsWith(u"Tom Keane · direct"_s));
        QVERIFY(list->item(1)->text().startsWith(u"Ana Ruiz · reported"_s));
        QVERIFY(list->item(2)->text().startsWith(u"Ana Ruiz · direct"_s));
        QVERIFY(dashedPieces() >= 3);

        // Enter accepts the current one: a direct quote by the registry's Thomas Keane.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QList<Annotation> annotations = stored();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().kind, AnnotationKind::Quote);
        QCOMPARE(annotations.first().quoteKind, QuoteKind::Direct);
        QCOMPARE(annotations.first().exact(), u"This bridge took ten years and it will last a hundred,"_s);
        QCOMPARE(annotations.first().speakerId, m_keaneId);
        QCOMPARE(annotations.first().verb, u"said"_s);
        QCOMPARE(list->count(), 2); // accepted ones leave the list

        // Delete rejects: remembered by its words, gone from the list and the reader.
        list->setCurrentRow(0);
        const QString rejected = suggestions()->suggestions().at(0).exact;
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->count(), 1);
        QVERIFY(RejectedSuggestionStore(m_library->database()).rejected(m_window->reader()->articleId())->contains(rejected));

        // Undo brings the rejected one back, and undo again removes the accepted quote.
        QUndoStack *undo = m_window->annotations()->undoStack();
        undo->undo();
        QCOMPARE(list->count(), 2);
        QVERIFY(RejectedSuggestionStore(m_library->database()).rejected(m_window->reader()->articleId())->isEmpty());
        undo->undo();
        QCOMPARE(list->count(), 3);
        QVERIFY(stored().isEmpty());
    }

    void acceptAllAboveAConfidenceMakesNewSpeakers()
    {
        suggestions()->suggestAction()->trigger();
        QCOMPARE(panel()->list()->count(), 3);
        panel()->thresholdBox()->setValue(0);
        QTest::mouseClick(panel()->acceptAllButton(), Qt::LeftButton);
        const QList<Annotation> annotations = stored();
        QCOMPARE(annotations.size(), 3);
        QCOMPARE(panel()->list()->count(), 0);
        // Ana Ruiz is new to the registry: created once, with the article's way of naming her.
        auto ruiz = SpeakerStore(m_library->database()).findByNameOrAlias(u"Ana Ruiz"_s);
        QVERIFY(ruiz.ok() && ruiz->has_value());
        QCOMPARE((*ruiz)->role, u"Councillor"_s);
        int byRuiz = 0;
        for (const Annotation &a : annotations)
            byRuiz += a.speakerId == (*ruiz)->id;
        QCOMPARE(byRuiz, 2);
        QCOMPARE(SpeakerStore(m_library->database()).all()->size(), 2);
        // One undo step takes all three back.
        m_window->annotations()->undoStack()->undo();
        QVERIFY(stored().isEmpty());
    }

    void rejectedStaysRejectedAfterReopening()
    {
        suggestions()->suggestAction()->trigger();
        panel()->list()->setCurrentRow(1);
        QTest::mouseClick(panel()->rejectButton(), Qt::LeftButton);
        QCOMPARE(panel()->list()->count(), 2);
        // Reopen the window on the same library, with suggestions turned on for every article.
        QSettings().setValue(u"quotes/suggestAutomatically"_s, true);
        openWindow();
        QVERIFY(suggestions()->automaticAction()->isChecked());
        QTRY_VERIFY(suggestions()->isActive());
        QCOMPARE(panel()->list()->count(), 2);
        for (const auto &s : suggestions()->suggestions())
            QVERIFY(!s.exact.startsWith(u"Councillor Ana Ruiz said"_s));
    }

    void clickingADashedPassageSelectsItsSuggestion()
    {
        suggestions()->suggestAction()->trigger();
        ui::ReaderTextView *reader = m_window->reader()->textView();
        const int position = int(Body.indexOf(u"Someone has to pay"_s)) + 3;
        QTextCursor cursor(reader->document());
        cursor.setPosition(position);
        QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, reader->cursorRect(cursor).center());
        QCOMPARE(panel()->list()->currentRow(), 2);
    }
};

QTEST_MAIN(TestQuoteSuggestions)
#include "tst_quotesuggestions.moc"
