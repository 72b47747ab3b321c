// File > Library…: the numbers shown, and Optimize run from the dialog on a worker thread.
#include "ui/LibraryDialog.h"

#include "store/ArticleStore.h"
#include "store/FeedStore.h"
#include "store/Library.h"

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
        ui::LibraryDialog dialog(library);
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
};

QTEST_MAIN(TestLibraryDialog)
#include "tst_librarydialog.moc"
