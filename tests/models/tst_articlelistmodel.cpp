// ArticleListModel over a real library: windowed fetching, order, flags, filters, model contract.
#include "LibraryFixture.h"

#include "models/ArticleListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestArticleListModel : public QObject {
    Q_OBJECT

    std::unique_ptr<LibraryFixture> m_fx;

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<LibraryFixture>();
        QVERIFY(m_fx->open());
    }

    void fetchesInPagesNotAllAtOnce()
    {
        m_fx->addMany(1000);
        ArticleListModel model(*m_fx->store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.reload();
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        // Newest first: article 999 was published last.
        QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), u"Article 999"_s);
        QCOMPARE(model.index(999, ArticleListModel::TitleColumn).data().toString(), u"Article 0"_s);
    }

    void columnsAndRoles()
    {
        const qint64 id = m_fx->add(5);
        ArticleListModel model(*m_fx->store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
        const QModelIndex title = model.index(0, ArticleListModel::TitleColumn);
        QCOMPARE(title.data(ArticleListModel::IdRole).toLongLong(), id);
        QCOMPARE(model.index(0, ArticleListModel::SourceColumn).data().toString(), u"Fixture"_s);
        QVERIFY(!model.index(0, ArticleListModel::DateColumn).data().toString().isEmpty());
        QCOMPARE(title.data(ArticleListModel::ReadRole).toBool(), false);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Title"_s);
    }

    void flagsWriteThroughAndSignal()
    {
        const qint64 id = m_fx->add(1);
        ArticleListModel model(*m_fx->store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setBookmarked(0, true));
        QVERIFY(model.setRead(0, true));
        QCOMPARE(changed.size(), 2);
        auto stored = m_fx->store->article(id);
        QVERIFY(stored.ok() && stored->has_value());
        QVERIFY((*stored)->bookmarked);
        QVERIFY((*stored)->read);
        QVERIFY(model.index(0, 0).data(ArticleListModel::BookmarkedRole).toBool());
    }

    void filterShowsOnlyMatchingRows()
    {
        m_fx->addMany(10);
        ArticleListModel model(*m_fx->store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.setBookmarked(3, true));
        QVERIFY(model.setBookmarked(7, true));
        model.setFilter(ArticleFilter::Bookmarked);
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QVERIFY(model.index(row, 0).data(ArticleListModel::BookmarkedRole).toBool());
        model.setFilter(ArticleFilter::Unread);
        QCOMPARE(model.rowCount(), 10);
    }

    void rowForIdFindsLoadedRows()
    {
        m_fx->addMany(5);
        ArticleListModel model(*m_fx->store);
        model.reload();
        const qint64 id = model.idAt(2);
        QCOMPARE(model.rowForId(id), 2);
        QCOMPARE(model.rowForId(-1), -1);
        QCOMPARE(model.idAt(99), 0);
    }
};

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
