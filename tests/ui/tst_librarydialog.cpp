// File > Library…: the numbers shown, Optimize run from the dialog on a worker thread, the backup
// controls; and the offer to restore a backup when the library at start-up is damaged.
#include "ui/BackupScheduler.h"
#include "ui/LibraryDialog.h"
#include "ui/Startup.h"

#include "store/ArticleStore.h"
#include "store/FeedStore.h"
#include "store/Library.h"
#include "store/LibraryBackups.h"

#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestLibraryDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The backup settings go to a test folder, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"gloss-tests"_s);
    }

    void showsAndOptimizes()
    {
        QTemporaryDir dir;
        auto lib = Library::open(dir.filePath(u"lib.sqlite"_s));
        QVERIFY(lib.ok());
        Library &library = **lib;
        const qint64 feed = *FeedStore(library.database()).addFeed(u"https://wire.example/feed"_s, u"Wire"_s);
        for (int i = 0; i < 30; ++i) {
            ArticleInput in;
            in.sourceKey = u"k%1"_s.arg(i);
            in.title = u"Story %1"_s.arg(i);
            in.text = u"Text of story %1."_s.arg(i);
            in.html = u"<p>"_s + in.text + u"</p>"_s;
            in.feedId = i < 20 ? feed : 0;
            QVERIFY(ArticleStore(library.database()).save(in).ok());
        }
        ui::LibraryDialog dialog(library, nullptr);
        dialog.show();
        QVERIFY(dialog.summary()->text().contains(u"30 articles (30 unread, 10 imported from files)"_s));
        QCOMPARE(dialog.feedTable()->topLevelItemCount(), 1);
        QCOMPARE(dialog.feedTable()->topLevelItem(0)->text(0), u"Wire"_s);
        QCOMPARE(dialog.feedTable()->topLevelItem(0)->text(1), u"20"_s);

        QSignalSpy finished(&dialog, &ui::LibraryDialog::finished);
        QTest::mouseClick(dialog.optimizeButton(), Qt::LeftButton);
        QVERIFY(!dialog.optimizeButton()->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(dialog.optimizeButton()->isEnabled());
        QCOMPARE(library.database().queryInt(u"PRAGMA auto_vacuum"_s), 2);
    }

    void backUpNowFromTheDialog()
    {
        QTemporaryDir dir;
        auto lib = Library::open(dir.filePath(u"desk.sqlite"_s));
        QVERIFY(lib.ok());
        ui::BackupScheduler scheduler((*lib)->path());
        ui::LibraryDialog dialog(**lib, &scheduler);
        dialog.show();
        QVERIFY(dialog.backupSummary()->text().contains(u"No backups yet"_s));
        // The settings the scheduler and `gloss library backup` read.
        dialog.dailyBackups()->setChecked(false);
        QVERIFY(!ui::BackupScheduler::dailyEnabled());
        QVERIFY(!dialog.keptBackups()->isEnabled());
        dialog.dailyBackups()->setChecked(true);
        dialog.keptBackups()->setValue(3);
        QCOMPARE(ui::BackupScheduler::keptDaily(), 3);

        QSignalSpy finished(&scheduler, &ui::BackupScheduler::finished);
        QTest::mouseClick(dialog.backUpButton(), Qt::LeftButton);
        QVERIFY(!dialog.backUpButton()->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(dialog.backUpButton()->isEnabled());
        QVERIFY2(dialog.backupSummary()->text().contains(u"1 backup"_s), qPrintable(dialog.backupSummary()->text()));
        QCOMPARE(LibraryBackups((*lib)->path()).list().size(), 1);
    }

    void schedulerBacksUpWhenADayHasPassed()
    {
        QTemporaryDir dir;
        auto lib = Library::open(dir.filePath(u"daily.sqlite"_s));
        QVERIFY(lib.ok());
        ui::BackupScheduler::setDailyEnabled(true);
        ui::BackupScheduler scheduler((*lib)->path());
        QSignalSpy finished(&scheduler, &ui::BackupScheduler::finished);
        scheduler.start(std::chrono::milliseconds(50));
        QVERIFY(finished.wait(30000));
        QCOMPARE(LibraryBackups((*lib)->path()).list().size(), 1);
        // A day has not passed: further checks make no more copies.
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(LibraryBackups((*lib)->path()).list().size(), 1);
    }

    void offersTheNewestBackupForADamagedLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ruined.sqlite"_s);
        {
            auto lib = Library::open(path);
            QVERIFY(lib.ok());
            ArticleInput in;
            in.sourceKey = u"kept"_s;
            in.title = u"Kept story"_s;
            in.text = u"Kept."_s;
            QVERIFY(ArticleStore((*lib)->database()).save(in).ok());
            QVERIFY(LibraryBackups(path).backUpNow(3).ok());
        }
        // Without backups nothing is offered (no dialog to answer: this returns at once).
        QVERIFY(!ui::offerRestore(dir.filePath(u"other.sqlite"_s), u"damaged"_s));

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("garbage over the library");
        file.close();
        auto refused = Library::open(path);
        QCOMPARE(refused.errorKind(), Error::Kind::DamagedLibrary);

        QString offered;
        QTimer::singleShot(0, this, [&] { answerRestoreOffer(&offered); });
        QVERIFY(ui::offerRestore(path, refused.error()));
        QVERIFY2(offered.contains(u"Restoring it puts the current file aside"_s), qPrintable(offered));
        auto lib = Library::open(path);
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        QCOMPARE((*lib)->database().queryInt(u"SELECT count(*) FROM articles WHERE title = 'Kept story'"_s), 1);
    }

private:
    // Clicks "Restore the Newest Backup" in the offer once it is shown; keeps its text.
    void answerRestoreOffer(QString *text)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(20, this, [this, text] { answerRestoreOffer(text); });
            return;
        }
        *text = box->informativeText();
        for (QAbstractButton *button : box->buttons())
            if (button->text().contains(u"Restore"_s))
                button->click();
    }
};

QTEST_MAIN(TestLibraryDialog)
#include "tst_librarydialog.moc"
