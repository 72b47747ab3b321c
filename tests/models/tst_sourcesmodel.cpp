// SourcesModel: the fixed entries and their counts follow the library.
#include "LibraryFixture.h"

#include "models/SourcesModel.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestSourcesModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsFollowTheLibrary()
    {
        LibraryFixture fx;
        QVERIFY(fx.open());
        fx.addMany(4);
        SourcesModel model(*fx.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = model.rowForFilter(ArticleFilter::All);
        const int unread = model.rowForFilter(ArticleFilter::Unread);
        const int bookmarked = model.rowForFilter(ArticleFilter::Bookmarked);
        QVERIFY(all >= 0 && unread >= 0 && bookmarked >= 0);
        QCOMPARE(model.index(all).data(SourcesModel::CountRole).toLongLong(), 4);
        QCOMPARE(model.index(unread).data(SourcesModel::CountRole).toLongLong(), 4);
        QCOMPARE(model.index(bookmarked).data(SourcesModel::CountRole).toLongLong(), 0);

        const qint64 first = fx.store->page(ArticleFilter::All, std::nullopt, 1).value().first().id;
        QVERIFY(fx.store->setRead(first, true).ok());
        QVERIFY(fx.store->setBookmarked(first, true).ok());
        model.refreshCounts();
        QCOMPARE(model.index(unread).data(SourcesModel::CountRole).toLongLong(), 3);
        QCOMPARE(model.index(bookmarked).data(SourcesModel::CountRole).toLongLong(), 1);
        QCOMPARE(model.index(unread).data().toString(), u"Unread (3)"_s);
        QCOMPARE(model.filterAt(bookmarked), ArticleFilter::Bookmarked);
    }
};

QTEST_GUILESS_MAIN(TestSourcesModel)
#include "tst_sourcesmodel.moc"
