// SpeakerQuotesModel over a real library: keyset pages until complete, no duplicates, stable order,
// roles, and a page query that walks the annotations_by_speaker index without sorting.
#include "LibraryFixture.h"

#include "annotation/AnnotationStore.h"
#include "annotation/SpeakerStore.h"
#include "models/SpeakerQuotesModel.h"

#include <QAbstractItemModelTester>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestSpeakerQuotesModel : public QObject {
    Q_OBJECT

    std::unique_ptr<LibraryFixture> m_fx;
    QList<qint64> m_articles;

    Database &db() { return m_fx->library->database(); }

    qint64 addSpeaker(const QString &name)
    {
        Speaker speaker;
        speaker.name = name;
        auto id = SpeakerStore(db()).create(speaker);
        return id ? *id : 0;
    }

    // `count` quotes of `speakerId` (0: unattributed), spread over the fixture's articles.
    QList<qint64> addQuotes(qint64 speakerId, int count)
    {
        QList<qint64> ids;
        Transaction tx(db());
        AnnotationStore store(db());
        for (int i = 0; i < count; ++i) {
            Annotation a;
            a.articleId = m_articles[i % m_articles.size()];
            a.kind = AnnotationKind::Quote;
            a.selectors.position = {0, 4};
            a.selectors.quote.exact = u"Quote %1"_s.arg(i);
            a.speakerId = speakerId;
            a.quoteKind = speakerId ? QuoteKind::Direct : QuoteKind::None;
            auto id = store.create(a);
            if (!id)
                return {};
            ids << *id;
        }
        return tx.commit() ? ids : QList<qint64>();
    }

    static QList<qint64> ids(const SpeakerQuotesModel &model)
    {
        QList<qint64> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row).data(SpeakerQuotesModel::IdRole).toLongLong();
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<LibraryFixture>();
        QVERIFY(m_fx->open());
        m_articles.clear();
        for (int i = 0; i < 7; ++i)
            m_articles << m_fx->add(i);
    }

    void fetchesPagesUntilCompleteWithoutDuplicates()
    {
        const qint64 quist = addSpeaker(u"Helena Quist"_s);
        const qint64 other = addSpeaker(u"Someone Else"_s);
        // Interleave other speakers' and unattributed quotes so the speaker's ids are not contiguous.
        QList<qint64> expected;
        for (int round = 0; round < 5; ++round) {
            expected += addQuotes(quist, 500);
            QCOMPARE(addQuotes(other, 100).size(), 100);
            QCOMPARE(addQuotes(0, 60).size(), 60);
        }
        QCOMPARE(expected.size(), 2500);

        SpeakerQuotesModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(1000);
        model.setSpeaker(quist);
        QCOMPARE(model.rowCount(), 1000);
        int fetches = 0;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(++fetches < 10);
        }
        QCOMPARE(fetches, 2);
        QCOMPARE(model.rowCount(), 2500);

        const QList<qint64> shown = ids(model);
        QCOMPARE(QSet<qint64>(shown.begin(), shown.end()).size(), 2500);
        QCOMPARE(QSet<qint64>(shown.begin(), shown.end()), QSet<qint64>(expected.begin(), expected.end()));
        // Newest capture first: strictly descending ids.
        for (int row = 1; row < shown.size(); ++row)
            QVERIFY(shown[row - 1] > shown[row]);

        // Stable: reading again gives the same order.
        model.reload();
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(ids(model), shown);
    }

    void quoteAddedMidScrollDoesNotShiftLaterPages()
    {
        const qint64 quist = addSpeaker(u"Helena Quist"_s);
        const QList<qint64> first = addQuotes(quist, 30);
        SpeakerQuotesModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.setSpeaker(quist);
        QCOMPARE(model.rowCount(), 10);
        // A newer quote sorts before every fetched row, so the next pages continue where the last
        // one stopped: no row is repeated and none skipped (an OFFSET pager would repeat one).
        const QList<qint64> later = addQuotes(quist, 1);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.rowForId(later.first()), -1);
        QList<qint64> expected = first;
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(ids(model), expected);
        model.reload();
        QCOMPARE(model.index(0).data(SpeakerQuotesModel::IdRole).toLongLong(), later.first());
    }

    void exactPageMultipleEndsCleanly()
    {
        const qint64 quist = addSpeaker(u"Helena Quist"_s);
        QCOMPARE(addQuotes(quist, 20).size(), 20);
        SpeakerQuotesModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.setSpeaker(quist);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        // A full last page cannot know it was the last; the next fetch finds nothing and stops.
        if (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 20);
    }

    void rolesDescribeTheQuote()
    {
        const qint64 quist = addSpeaker(u"Helena Quist"_s);
        Annotation a;
        a.articleId = m_articles[3];
        a.kind = AnnotationKind::Quote;
        a.selectors.position = {0, 4};
        a.selectors.quote.exact = u"Body"_s;
        a.speakerId = quist;
        a.quoteKind = QuoteKind::Reported;
        a.verb = u"warned"_s;
        a.status = AnchorStatus::Orphan;
        auto id = AnnotationStore(db()).create(a);
        QVERIFY(id.ok());

        SpeakerQuotesModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpeaker(quist);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(SpeakerQuotesModel::IdRole).toLongLong(), *id);
        QCOMPARE(row.data(SpeakerQuotesModel::ArticleIdRole).toLongLong(), m_articles[3]);
        QCOMPARE(row.data(SpeakerQuotesModel::ArticleTitleRole).toString(), u"Article 3"_s);
        QCOMPARE(row.data(SpeakerQuotesModel::ExactRole).toString(), u"Body"_s);
        QCOMPARE(row.data(Qt::DisplayRole).toString(), u"Body"_s);
        QCOMPARE(row.data(SpeakerQuotesModel::QuoteKindRole).toString(), u"reported"_s);
        QCOMPARE(row.data(SpeakerQuotesModel::VerbRole).toString(), u"warned"_s);
        QCOMPARE(row.data(SpeakerQuotesModel::StateRole).toString(), u"orphan"_s);
        QVERIFY(model.roleNames().contains(SpeakerQuotesModel::ArticleTitleRole));
    }

    void noSpeakerShowsNothing()
    {
        QCOMPARE(addQuotes(0, 5).size(), 5);
        SpeakerQuotesModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpeaker(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setSpeaker(12345);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void pageQueryWalksTheSpeakerIndexWithoutSorting()
    {
        auto plan = SpeakerQuotesModel::pageQueryPlan(db());
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        const QString text = plan->join(u'\n');
        QVERIFY2(text.contains(u"USING INDEX annotations_by_speaker (speaker_id=? AND rowid<?)"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestSpeakerQuotesModel)
#include "tst_speakerquotesmodel.moc"
