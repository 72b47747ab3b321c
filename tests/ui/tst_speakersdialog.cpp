// SpeakersDialog driven like a user (offscreen, real widgets): rename through the form, a name clash,
// merge with confirmation, delete with and without quotes, the quote list, search; every change
// undoable on the shared stack.
#include "ui/SpeakerForm.h"
#include "ui/SpeakersDialog.h"

#include "annotation/AnnotationCommands.h"
#include "annotation/AnnotationStore.h"
#include "annotation/SpeakerStore.h"
#include "models/SpeakerListModel.h"
#include "models/SpeakerQuotesModel.h"
#include "store/ArticleStore.h"
#include "store/Library.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {
// Runs `act` on the next modal dialog of type T once it is shown (a static QInputDialog/QMessageBox
// call blocks the test until it is answered).
template<typename T, typename F>
void whenDialogOpens(F act)
{
    QTimer::singleShot(0, qApp, [act] {
        for (int tries = 0; tries < 300; ++tries) {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                act(dialog);
                return;
            }
            QTest::qWait(10);
        }
        qWarning("no modal dialog of the expected type opened");
    });
}

Speaker named(const QString &name, const QString &role = {})
{
    Speaker s;
    s.name = name;
    s.role = role;
    return s;
}
} // namespace

class TestSpeakersDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<AnnotationEvents> m_events;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::SpeakersDialog> m_dialog;
    qint64 m_article = 0, m_quist = 0, m_putin = 0, m_council = 0;
    QList<qint64> m_quistQuotes, m_putinQuotes;

    Database &db() { return m_library->database(); }
    SpeakerStore speakers() { return SpeakerStore(db()); }
    template<typename T>
    T *child(const QString &name) { return m_dialog->findChild<T *>(name); }
    ui::SpeakerForm *form() { return m_dialog->findChild<ui::SpeakerForm *>(); }
    QListView *speakerList() { return child<QListView>(u"speakerList"_s); }
    QListView *quoteList() { return child<QListView>(u"quoteList"_s); }
    QPushButton *button(const QString &name) { return child<QPushButton>(name); }

    qint64 addQuote(qint64 speakerId, const QString &exact)
    {
        Annotation a;
        a.articleId = m_article;
        a.kind = AnnotationKind::Quote;
        a.selectors.position = {0, int(exact.size())};
        a.selectors.quote.exact = exact;
        a.speakerId = speakerId;
        a.quoteKind = QuoteKind::Direct;
        return AnnotationStore(db()).create(a).value();
    }

    qint64 speakerOf(qint64 annotationId)
    {
        return AnnotationStore(db()).annotation(annotationId).value()->speakerId;
    }

    QStringList listedNames()
    {
        QStringList names;
        for (int row = 0; row < speakerList()->model()->rowCount(); ++row)
            names << speakerList()->model()->index(row, 0).data().toString();
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_dialog.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto lib = Library::open(m_dir->filePath(u"lib.sqlite"_s));
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        m_library = std::move(*lib);
        ArticleInput in;
        in.sourceKey = u"test:council"_s;
        in.title = u"Council vote"_s;
        in.text = u"Quotes by several people."_s;
        in.html = u"<p>Quotes by several people.</p>"_s;
        m_article = ArticleStore(db()).save(in).value().id;
        m_quist = speakers().create(named(u"Helena Quist"_s, u"deputy mayor"_s)).value();
        m_putin = speakers().create(named(u"Vladimir Putin"_s)).value();
        m_council = speakers().create(named(u"city council"_s)).value();
        m_quistQuotes = {addQuote(m_quist, u"Quotes"_s), addQuote(m_quist, u"several"_s)};
        m_putinQuotes = {addQuote(m_putin, u"people"_s)};

        m_events = std::make_unique<AnnotationEvents>();
        m_undo = std::make_unique<QUndoStack>();
        m_dialog = std::make_unique<ui::SpeakersDialog>(db(), *m_events, m_undo.get(), nullptr);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();   // before the stack and events it refers to
    }

    void renameThroughTheFormIsStoredAndUndoable()
    {
        m_dialog->selectSpeaker(m_quist);
        QCOMPARE(form()->nameEdit()->text(), u"Helena Quist"_s);
        form()->nameEdit()->setText(u"Helena Quist-Berg"_s);
        child<QLineEdit>(u"speakerAliases"_s)->setText(u"H. Quist, Quist"_s);
        QTest::mouseClick(button(u"applyButton"_s), Qt::LeftButton);

        auto stored = speakers().speaker(m_quist).value();
        QCOMPARE(stored->name, u"Helena Quist-Berg"_s);
        QCOMPARE(stored->aliases, (QStringList{u"H. Quist"_s, u"Quist"_s}));
        QCOMPARE(stored->role, u"deputy mayor"_s);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->undoText(), u"Rename Helena Quist to Helena Quist-Berg"_s);
        QVERIFY(listedNames().contains(u"Helena Quist-Berg"_s));

        // Ctrl+Z in the dialog (not in a text field) undoes through the shared stack.
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        speakerList()->setFocus();
        QTest::keyClick(speakerList(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(speakers().speaker(m_quist).value()->name, u"Helena Quist"_s);
        QVERIFY(speakers().speaker(m_quist).value()->aliases.isEmpty());
        // The form follows the registry once the events are handled.
        QTRY_COMPARE(form()->nameEdit()->text(), u"Helena Quist"_s);
        QVERIFY(listedNames().contains(u"Helena Quist"_s));
    }

    void nameClashShowsTheStoresErrorAndAddsNoUndoStep()
    {
        m_dialog->selectSpeaker(m_quist);
        form()->nameEdit()->setText(u"vladimir PUTIN"_s);
        QTest::mouseClick(button(u"applyButton"_s), Qt::LeftButton);
        auto *error = child<QLabel>(u"speakerError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"already exists"_s), qPrintable(error->text()));
        QCOMPARE(speakers().speaker(m_quist).value()->name, u"Helena Quist"_s);
        QCOMPARE(m_undo->count(), 0);
        // The user's text stays, to correct.
        QTest::qWait(20);
        QCOMPARE(form()->nameEdit()->text(), u"vladimir PUTIN"_s);
    }

    void mergeAsksWithTheQuoteCountMovesQuotesAndUndoRestores()
    {
        m_dialog->selectSpeaker(m_quist);
        QString question;
        whenDialogOpens<QInputDialog>([&question](QInputDialog *picker) {
            QVERIFY(!picker->comboBoxItems().contains(u"Helena Quist"_s));
            picker->setTextValue(u"Vladimir Putin"_s);
            whenDialogOpens<QMessageBox>([&question](QMessageBox *box) {
                question = box->text();
                box->button(QMessageBox::Yes)->click();
            });
            picker->accept();
        });
        QTest::mouseClick(button(u"mergeButton"_s), Qt::LeftButton);
        QVERIFY2(question.contains(u"2 quote"_s), qPrintable(question));
        QVERIFY(question.contains(u"Helena Quist"_s) && question.contains(u"Vladimir Putin"_s));

        for (qint64 quote : std::as_const(m_quistQuotes))
            QCOMPARE(speakerOf(quote), m_putin);
        QVERIFY(!speakers().speaker(m_quist).value().has_value());
        QVERIFY(speakers().speaker(m_putin).value()->aliases.contains(u"Helena Quist"_s));
        // The dialog now shows the speaker merged into, with all three quotes.
        QCOMPARE(m_dialog->currentSpeakerId(), m_putin);
        QCOMPARE(quoteList()->model()->rowCount(), 3);
        QVERIFY(!listedNames().contains(u"Helena Quist"_s));

        m_undo->undo();
        for (qint64 quote : std::as_const(m_quistQuotes))
            QCOMPARE(speakerOf(quote), m_quist);
        QCOMPARE(speakers().speaker(m_quist).value()->name, u"Helena Quist"_s);
        QTRY_VERIFY(listedNames().contains(u"Helena Quist"_s));
    }

    void mergeCancelledChangesNothing()
    {
        m_dialog->selectSpeaker(m_quist);
        whenDialogOpens<QInputDialog>([](QInputDialog *picker) {
            picker->setTextValue(u"Vladimir Putin"_s);
            whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
            picker->accept();
        });
        QTest::mouseClick(button(u"mergeButton"_s), Qt::LeftButton);
        QCOMPARE(speakerOf(m_quistQuotes.first()), m_quist);
        QCOMPARE(m_undo->count(), 0);
    }

    void deletingAnUnusedSpeakerNeedsNoConfirmation()
    {
        m_dialog->selectSpeaker(m_council);
        QCOMPARE(form()->nameEdit()->text(), u"city council"_s);
        // No dialog may open: were one to, the click would block and this test time out.
        QTest::mouseClick(button(u"deleteButton"_s), Qt::LeftButton);
        QVERIFY(!speakers().speaker(m_council).value().has_value());
        QVERIFY(!listedNames().contains(u"city council"_s));
        QCOMPARE(m_dialog->currentSpeakerId(), 0);
        m_undo->undo();
        QVERIFY(speakers().speaker(m_council).value().has_value());
        QTRY_VERIFY(listedNames().contains(u"city council"_s));
    }

    void deletingAQuotedSpeakerAsksAndClearsAttribution()
    {
        m_dialog->selectSpeaker(m_quist);
        QString question;
        whenDialogOpens<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::No)->click();
        });
        QTest::mouseClick(button(u"deleteButton"_s), Qt::LeftButton);
        QVERIFY2(question.contains(u"2 quote(s) will lose their speaker"_s), qPrintable(question));
        QVERIFY(speakers().speaker(m_quist).value().has_value());
        QCOMPARE(m_undo->count(), 0);

        whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(button(u"deleteButton"_s), Qt::LeftButton);
        QVERIFY(!speakers().speaker(m_quist).value().has_value());
        for (qint64 quote : std::as_const(m_quistQuotes)) {
            QCOMPARE(speakerOf(quote), 0);
            QVERIFY(AnnotationStore(db()).annotation(quote).value().has_value());   // the quote itself stays
        }
        m_undo->undo();
        for (qint64 quote : std::as_const(m_quistQuotes))
            QCOMPARE(speakerOf(quote), m_quist);
    }

    void quoteListShowsTheSelectedSpeakersQuotes()
    {
        m_dialog->selectSpeaker(m_quist);
        QAbstractItemModel *quotes = quoteList()->model();
        QCOMPARE(quotes->rowCount(), 2);
        // Newest capture first.
        QCOMPARE(quotes->index(0, 0).data(SpeakerQuotesModel::IdRole).toLongLong(), m_quistQuotes[1]);
        QCOMPARE(quotes->index(1, 0).data(SpeakerQuotesModel::ExactRole).toString(), u"Quotes"_s);
        QCOMPARE(quotes->index(0, 0).data(SpeakerQuotesModel::ArticleTitleRole).toString(), u"Council vote"_s);

        // Picking another speaker in the list switches the quotes.
        const int putinRow = int(listedNames().indexOf(u"Vladimir Putin"_s));
        const QRect rowRect = speakerList()->visualRect(speakerList()->model()->index(putinRow, 0));
        QTest::mouseClick(speakerList()->viewport(), Qt::LeftButton, {}, rowRect.center());
        QCOMPARE(m_dialog->currentSpeakerId(), m_putin);
        QCOMPARE(form()->nameEdit()->text(), u"Vladimir Putin"_s);
        QCOMPARE(quotes->rowCount(), 1);

        // Double-clicking a quote asks to open it.
        QSignalSpy activated(m_dialog.get(), &ui::SpeakersDialog::quoteActivated);
        quoteList()->doItemsLayout();   // the view lays out the new rows lazily
        const QRect quoteRect = quoteList()->visualRect(quotes->index(0, 0));
        QVERIFY(!quoteRect.isEmpty());
        // QTest's widget double-click is the second click alone; a real one starts with a click.
        QTest::mouseClick(quoteList()->viewport(), Qt::LeftButton, {}, quoteRect.center());
        QTest::mouseDClick(quoteList()->viewport(), Qt::LeftButton, {}, quoteRect.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toLongLong(), m_article);
        QCOMPARE(activated.first().at(1).toLongLong(), m_putinQuotes.first());
    }

    void searchMatchesNamesAndAliases()
    {
        QVERIFY(speakers().update([this] {
            Speaker s = *speakers().speaker(m_putin).value();
            s.aliases = {u"Russian President"_s};
            return s;
        }()));
        Q_EMIT m_events->speakersChanged();   // as a command from elsewhere would
        // The dialog re-reads on the next turn of the event loop (events come in bursts).
        QTRY_VERIFY(speakerList()->model()->index(int(listedNames().indexOf(u"Vladimir Putin"_s)), 0)
                        .data(SpeakerListModel::AliasesRole).toStringList().contains(u"Russian President"_s));
        QTest::keyClicks(child<QLineEdit>(u"speakerSearch"_s), u"russian"_s);
        QCOMPARE(listedNames(), QStringList{u"Vladimir Putin"_s});
        child<QLineEdit>(u"speakerSearch"_s)->clear();
        QCOMPARE(listedNames().size(), 3);
    }
};

QTEST_MAIN(TestSpeakersDialog)
#include "tst_speakersdialog.moc"
