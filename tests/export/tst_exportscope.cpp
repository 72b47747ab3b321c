// ExportReader on a real library: which articles and annotations each scope selects (article list,
// speaker by name or alias, tag on annotations or articles, whole library, with or without bare
// articles), counts, paging, content on demand, and the refusals for unknown names and ids.
#include "ExportFixture.h"

#include "export/ExportReader.h"
#include "export/ExportSink.h"

using namespace gloss;

namespace {

QList<qint64> articleIds(const ExportBundle &b)
{
    QList<qint64> ids;
    for (const ExportedArticle &a : b.articles)
        ids << a.id;
    return ids;
}

int annotationCount(const ExportBundle &b)
{
    int n = 0;
    for (const ExportedArticle &a : b.articles)
        n += int(a.annotations.size());
    return n;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestExportScope : public QObject {
    Q_OBJECT

    std::unique_ptr<ExportFixture> m_fx;

    ExportBundle read(const ExportScope &scope)
    {
        auto bundle = ExportReader(m_fx->library->database()).readAll(scope);
        if (!bundle)
            qWarning() << bundle.error();
        return bundle ? *bundle : ExportBundle();
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ExportFixture>();
        QVERIFY(m_fx->open());
    }

    void wholeLibraryHoldsAnnotatedArticles()
    {
        const ExportBundle b = read(ExportScope::wholeLibrary());
        QCOMPARE(sorted(articleIds(b)), sorted({m_fx->web, m_fx->file}));
        QCOMPARE(annotationCount(b), 6);
        QVERIFY(b.header.wholeLibrary);
        QCOMPARE(b.header.articleCount, 2);
        QCOMPARE(b.header.annotationCount, 6);
        QCOMPARE(b.header.speakers.size(), 2);
        QVERIFY(b.header.tags.contains(u"climate"_s, Qt::CaseInsensitive));
    }

    void includeUnannotatedAddsBareArticles()
    {
        ExportScope scope;
        scope.includeUnannotated = true;
        const ExportBundle b = read(scope);
        QCOMPARE(sorted(articleIds(b)), sorted({m_fx->web, m_fx->file, m_fx->bare, m_fx->labelled}));
        QCOMPARE(b.header.articleCount, 4);
    }

    void namedArticlesAreExportedEvenWhenBare()
    {
        const ExportBundle one = read(ExportScope::article(m_fx->bare));
        QCOMPARE(articleIds(one), QList<qint64>{m_fx->bare});
        QCOMPARE(annotationCount(one), 0);
        const ExportBundle two = read(ExportScope::forArticles({m_fx->file, m_fx->web}));
        QCOMPARE(sorted(articleIds(two)), sorted({m_fx->web, m_fx->file}));
        QCOMPARE(annotationCount(two), 6);
        QVERIFY(!two.header.wholeLibrary);
    }

    void speakerByAliasAnyCase()
    {
        const ExportBundle b = read(ExportScope::bySpeaker(u"j. DOE"_s));
        QCOMPARE(sorted(articleIds(b)), sorted({m_fx->web, m_fx->file}));
        QCOMPARE(annotationCount(b), 2);
        for (const ExportedArticle &a : b.articles) {
            for (const ExportedAnnotation &n : a.annotations) {
                QCOMPARE(n.speaker.name, u"Jane Doe"_s);
                QCOMPARE(n.speaker.role, u"Chair, \"Harbour\" Board"_s);
                QCOMPARE(n.speaker.aliases, (QStringList{u"Chair Jane"_s, u"J. Doe"_s}));
            }
        }
        QCOMPARE(b.header.title, u"Quotes by Jane Doe"_s);
        // The RTL speaker by the Latin alias.
        const ExportBundle ahmed = read(ExportScope::bySpeaker(u"ahmed"_s));
        QCOMPARE(annotationCount(ahmed), 1);
        QCOMPARE(ahmed.articles.first().annotations.first().speaker.name, u"أحمد"_s);
    }

    void tagOnAnnotationsAndArticleLabels()
    {
        const ExportBundle b = read(ExportScope::byTag(u"CLIMATE"_s));
        QCOMPARE(sorted(articleIds(b)), sorted({m_fx->web, m_fx->file, m_fx->labelled}));
        QCOMPARE(annotationCount(b), 2);
        for (const ExportedArticle &a : b.articles) {
            if (a.id == m_fx->labelled)
                QCOMPARE(a.tags, QStringList{u"climate"_s});
            for (const ExportedAnnotation &n : a.annotations)
                QVERIFY(n.tags.contains(u"climate"_s, Qt::CaseInsensitive));
        }
    }

    void filtersCombine()
    {
        ExportScope scope = ExportScope::bySpeaker(u"Jane Doe"_s);
        scope.tag = u"climate"_s;
        scope.articleIds = {m_fx->web};
        const ExportBundle b = read(scope);
        QCOMPARE(articleIds(b), QList<qint64>{m_fx->web});
        QCOMPARE(annotationCount(b), 1);
        QCOMPARE(b.articles.first().annotations.first().verb, u"said"_s);
    }

    void refusesUnknownNames_data()
    {
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<qint64>("article");
        QTest::addColumn<QString>("message");
        QTest::newRow("speaker") << u"Nobody"_s << QString() << qint64(0) << u"there is no speaker named 'Nobody'"_s;
        QTest::newRow("tag") << QString() << u"nope"_s << qint64(0) << u"there is no tag 'nope'"_s;
        QTest::newRow("article") << QString() << QString() << qint64(9999) << u"there is no article 9999"_s;
    }

    void refusesUnknownNames()
    {
        QFETCH(QString, speaker);
        QFETCH(QString, tag);
        QFETCH(qint64, article);
        QFETCH(QString, message);
        ExportScope scope;
        scope.speaker = speaker;
        scope.tag = tag;
        if (article)
            scope.articleIds = {m_fx->web, article};
        BundleCollector sink;
        const Status s = ExportReader(m_fx->library->database()).read(scope, sink);
        QVERIFY(!s.ok());
        QCOMPARE(s.error(), message);
        QVERIFY(sink.bundle().articles.isEmpty());
    }

    void pagesGiveTheSameExport()
    {
        ExportScope scope;
        scope.includeUnannotated = true;
        BundleCollector small;
        QVERIFY(ExportReader(m_fx->library->database()).read(scope, small, 1).ok());
        const ExportBundle whole = read(scope);
        QCOMPARE(articleIds(small.bundle()), articleIds(whole));
        QCOMPARE(annotationCount(small.bundle()), annotationCount(whole));
        // Newest first, like the article list: the web story (May) before the bare one (April).
        const QList<qint64> ids = articleIds(whole);
        QVERIFY(ids.indexOf(m_fx->web) < ids.indexOf(m_fx->bare));
        QVERIFY(ids.indexOf(m_fx->bare) < ids.indexOf(m_fx->labelled));
    }

    void annotationsInTextOrderWithStates()
    {
        const ExportBundle b = read(ExportScope::article(m_fx->web));
        const QList<ExportedAnnotation> &list = b.articles.first().annotations;
        QCOMPARE(list.size(), 5);
        for (int i = 1; i < list.size() - 1; ++i)
            QVERIFY(list[i - 1].start <= list[i].start);
        QCOMPARE(list.last().state, u"orphan"_s); // orphans last, without a position
        QVERIFY(!list.last().hasPosition());
        bool changed = false;
        for (const ExportedAnnotation &n : list) {
            if (n.state == u"changed"_s) {
                changed = true;
                QCOMPARE(n.originalExact, u"<script>alert('y')</script>"_s);
            }
            QVERIFY(!n.uuid.isEmpty());
            QCOMPARE(n.created, QDateTime(QDate(2024, 5, 2), QTime(9, 30), QTimeZone::UTC));
        }
        QVERIFY(changed);
    }

    void contentOnlyWhenAsked()
    {
        QVERIFY(read(ExportScope::article(m_fx->web)).articles.first().text.isEmpty());
        ExportScope scope = ExportScope::article(m_fx->web);
        scope.withContent = true;
        const ExportedArticle a = read(scope).articles.first();
        QCOMPARE(a.text, ExportFixture::webText());
        QVERIFY(a.html.startsWith(u"<p>"_s));
        QCOMPARE(a.url, u"https://news.example/story?id=1&x=2"_s);
        QCOMPARE(a.published, QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::UTC));
    }

    void uris()
    {
        const ExportBundle b = read(ExportScope::forArticles({m_fx->web, m_fx->file}));
        for (const ExportedArticle &a : b.articles) {
            const QString uri = articleUri(a);
            if (a.id == m_fx->web)
                QCOMPARE(uri, u"https://news.example/story?id=1&x=2"_s);
            else
                QVERIFY2(uri.startsWith(u"urn:gloss:article:"_s) && !uri.contains(u"home"_s), qPrintable(uri));
            for (const ExportedAnnotation &n : a.annotations)
                QVERIFY(QRegularExpression(u"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                            .match(annotationUri(n, a))
                            .hasMatch());
        }
        // A stored uuid that is not one still gives a stable URI.
        ExportedAnnotation odd;
        odd.id = 7;
        odd.uuid = u"not-a-uuid"_s;
        QCOMPARE(annotationUri(odd, b.articles.first()), annotationUri(odd, b.articles.first()));
        QVERIFY(annotationUri(odd, b.articles.first()).startsWith(u"urn:gloss:annotation:"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportScope)
#include "tst_exportscope.moc"
