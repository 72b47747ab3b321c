// Searching a real library: articles by words, phrases, prefixes, exclusions, OR and every filter;
// annotations by their quote, comment, speaker and tags, kept in step when a speaker is renamed or
// merged, a tag added or removed, an annotation edited or deleted; hostile input never errs.
#include "search/Searcher.h"

#include "annotation/AnnotationStore.h"
#include "annotation/LabelStore.h"
#include "annotation/Selectors.h"
#include "annotation/SpeakerStore.h"
#include "store/ArticleStore.h"
#include "store/FeedStore.h"
#include "store/Database.h"
#include "store/Library.h"
#include "store/Migrations.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gloss;
using namespace gloss::search;

class TestSearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_summit = 0, m_harbour = 0, m_budget = 0;
    qint64 m_quote = 0, m_comment = 0;
    qint64 m_putin = 0;

    Database &db() { return m_library->database(); }

    qint64 article(const QString &key, const QString &title, const QString &text, const QString &author, const QString &source,
                   const QDate &published, qint64 feedId = 0)
    {
        ArticleInput in;
        in.sourceKey = key;
        in.title = title;
        in.text = text;
        in.html = u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
        in.author = author;
        in.source = source;
        in.published = QDateTime(published, QTime(12, 0), QTimeZone::UTC);
        in.feedId = feedId;
        auto saved = ArticleStore(db()).save(in);
        return saved ? saved->id : 0;
    }

    qint64 annotate(qint64 articleId, const QString &text, const QString &exact, const QString &comment, qint64 speaker,
                    const QString &color = u"yellow"_s, const QStringList &tags = {})
    {
        Annotation a;
        a.articleId = articleId;
        a.kind = speaker ? AnnotationKind::Quote : AnnotationKind::Comment;
        a.color = color;
        const int at = int(text.indexOf(exact));
        a.selectors = captureSelectors(text, at, at + int(exact.size()));
        a.comment = comment;
        a.speakerId = speaker;
        a.tags = tags;
        auto id = AnnotationStore(db()).create(a);
        return id ? *id : 0;
    }

    // The hits as "a<id>" / "n<id>" in order.
    QStringList find(const QString &text, int limit = 50)
    {
        auto result = search::search(db(), parseSearchQuery(text), limit);
        if (!result) {
            qWarning() << result.error();
            return {u"error"_s};
        }
        QStringList hits;
        for (const SearchHit &h : result->hits)
            hits << (h.kind == SearchHit::Kind::Article ? u"a%1"_s.arg(h.articleId) : u"n%1"_s.arg(h.annotationId));
        return hits;
    }
    QString a(qint64 id) { return u"a%1"_s.arg(id); }
    QString n(qint64 id) { return u"n%1"_s.arg(id); }

private Q_SLOTS:
    void initTestCase()
    {
        auto lib = Library::open(m_dir.filePath(u"lib.sqlite"_s));
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        m_library = std::move(*lib);
        FeedStore feeds(db());
        const qint64 folder = *feeds.ensureFolder(u"World"_s);
        const qint64 wire = *feeds.addFeed(u"https://wire.example/feed"_s, u"Wire News"_s, folder);
        const QString summit = u"Presidents met in Moscow for a summit on the peace process. Negotiations were tense."_s;
        m_summit = article(u"k1"_s, u"Summit in Moscow"_s, summit, u"Ann Lee"_s, u"Wire News"_s, QDate(2024, 7, 2), wire);
        const QString harbour = u"The harbour reopened after the storm. Fishermen said the peace returned to the bay."_s;
        m_harbour = article(u"k2"_s, u"Harbour reopens"_s, harbour, u"Bo Chan"_s, u"Lakeside Courier"_s, QDate(2023, 3, 1));
        const QString budget = u"The council budget passed. Critics called it reckless."_s;
        m_budget = article(u"k3"_s, u"Budget vote"_s, budget, u"Ann Lee"_s, u"Lakeside Courier"_s, QDate(2025, 1, 15));
        QVERIFY(m_summit && m_harbour && m_budget);
        QVERIFY(ArticleStore(db()).setBookmarked(m_harbour, true).ok());
        QVERIFY(ArticleStore(db()).setRead(m_budget, true).ok());

        Speaker putin;
        putin.name = u"Vladimir Putin"_s;
        putin.aliases = {u"Putin"_s};
        m_putin = *SpeakerStore(db()).create(putin);
        m_quote = annotate(m_summit, summit, u"Negotiations were tense."_s, QString(), m_putin, u"green"_s);
        m_comment = annotate(m_budget, budget, u"Critics called it reckless."_s, u"Check who the critics are"_s, 0, u"yellow"_s,
                             {u"council"_s, u"follow-up"_s});
        QVERIFY(m_quote && m_comment);
    }

    void wordsPhrasesPrefixes()
    {
        QCOMPARE(find(u"peace"_s).size(), 2);
        QCOMPARE(find(u"\"peace process\""_s), QStringList{a(m_summit)});
        QCOMPARE(find(u"\"process peace\""_s), QStringList{});
        QCOMPARE(find(u"negotiat*"_s), (QStringList{a(m_summit), n(m_quote)}));
        QCOMPARE(find(u"peace -Moscow"_s), QStringList{a(m_harbour)});
        // Two articles, and the comment tagged "council".
        QCOMPARE(find(u"storm OR council"_s).size(), 3);
    }

    void columnsAndRanking()
    {
        // A title match outranks a match in the text.
        const qint64 moscowText = article(u"k4"_s, u"Weather report"_s, u"Rain in Moscow and Kyiv."_s, QString(), QString(), QDate(2024, 1, 1));
        const QStringList hits = find(u"Moscow"_s);
        QCOMPARE(hits.first(), a(m_summit));
        QVERIFY(hits.contains(a(moscowText)));
        QCOMPARE(find(u"title:Moscow"_s), QStringList{a(m_summit)});
        QCOMPARE(find(u"author:Lee"_s).size(), 2);
        QCOMPARE(find(u"Courier"_s).size(), 2); // the source is searched too
        Statement remove = db().prepare(u"DELETE FROM articles WHERE id = ?"_s);
        remove.bind(1, moscowText);
        QVERIFY(remove.exec());
        QVERIFY(!find(u"Kyiv"_s).contains(a(moscowText)));
    }

    void articleFilters()
    {
        QCOMPARE(find(u"peace is:bookmarked"_s), QStringList{a(m_harbour)});
        QCOMPARE(find(u"is:read"_s), QStringList{a(m_budget)});
        // With words: each match is looked up among the unread, in the article and annotation indexes.
        QCOMPARE(find(u"peace is:unread"_s).size(), 2);
        QCOMPARE(find(u"peace is:read"_s), QStringList());
        QCOMPARE(find(u"budget is:read"_s), QStringList{a(m_budget)});
        QCOMPARE(find(u"budget -is:read"_s), QStringList());
        QCOMPARE(find(u"critics is:read"_s), (QStringList{a(m_budget), n(m_comment)}));
        QCOMPARE(find(u"critics is:unread"_s), QStringList());
        QCOMPARE(find(u"tense is:unread"_s), (QStringList{a(m_summit), n(m_quote)}));
        QCOMPARE(find(u"peace feed:\"Wire News\""_s), QStringList{a(m_summit)});
        QCOMPARE(find(u"peace folder:world"_s), QStringList{a(m_summit)});
        QCOMPARE(find(u"peace -folder:world"_s), QStringList{a(m_harbour)});
        QCOMPARE(find(u"peace before:2024"_s), QStringList{a(m_harbour)});
        QCOMPARE(find(u"peace after:2023-04"_s), QStringList{a(m_summit)});
        QCOMPARE(find(u"peace after:2023-03"_s).size(), 2); // the day itself counts
        QCOMPARE(find(u"is:annotated after:2025"_s), QStringList{a(m_budget)});
    }

    void annotations()
    {
        // By quote, comment, speaker (name, as words) and tags; filters narrow to annotations.
        QVERIFY(find(u"tense"_s).contains(n(m_quote)));
        QCOMPARE(find(u"\"who the critics\""_s), QStringList{n(m_comment)});
        QVERIFY(find(u"Vladimir"_s).contains(n(m_quote)));
        QVERIFY(find(u"follow"_s).contains(n(m_comment)));
        QCOMPARE(find(u"speaker:Putin"_s), QStringList{n(m_quote)});
        QCOMPARE(find(u"speaker:\"vladimir putin\""_s), QStringList{n(m_quote)});
        QCOMPARE(find(u"tag:council"_s), QStringList{n(m_comment)});
        QCOMPARE(find(u"color:green"_s), QStringList{n(m_quote)});
        QCOMPARE(find(u"color:green title:budget"_s), QStringList{});
        QCOMPARE(find(u"reckless tag:council"_s), QStringList{n(m_comment)});
        QCOMPARE(find(u"is:orphan"_s), QStringList{});
    }

    void indexFollowsChanges()
    {
        SpeakerStore speakers(db());
        Speaker putin = **speakers.speaker(m_putin);
        putin.name = u"V. V. Putin"_s;
        QVERIFY(speakers.update(putin).ok());
        QVERIFY(!find(u"Vladimir"_s).contains(n(m_quote)));
        QVERIFY(find(u"V. V. Putin"_s).contains(n(m_quote)));

        Annotation retagged = **AnnotationStore(db()).annotation(m_comment);
        retagged.tags = {u"budget-watch"_s};
        QVERIFY(AnnotationStore(db()).update(retagged).ok());
        QCOMPARE(find(u"tag:council"_s), QStringList{});
        QVERIFY(find(u"watch"_s).contains(n(m_comment)));
        QVERIFY(!find(u"follow"_s).contains(n(m_comment)));

        Annotation comment = **AnnotationStore(db()).annotation(m_comment);
        comment.comment = u"Ask the treasurer"_s;
        QVERIFY(AnnotationStore(db()).update(comment).ok());
        QCOMPARE(find(u"treasurer"_s), QStringList{n(m_comment)});
        QCOMPARE(find(u"\"who the critics\""_s), QStringList{});

        // Merged into another speaker: found under the new name.
        Speaker other;
        other.name = u"Kremlin Office"_s;
        const qint64 office = *speakers.create(other);
        QVERIFY(speakers.merge(m_putin, office).ok());
        QVERIFY(find(u"Kremlin"_s).contains(n(m_quote)));

        QVERIFY(AnnotationStore(db()).remove(m_comment).ok());
        QCOMPARE(find(u"treasurer"_s), QStringList{});
        // The index is consistent with its content after all of that.
        QVERIFY(db().execute(u"INSERT INTO annotations_fts(annotations_fts, rank) VALUES ('integrity-check', 1)"_s));
        QVERIFY(db().execute(u"INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"_s));
    }

    void snippetsMarkTheMatches()
    {
        auto result = search::search(db(), parseSearchQuery(u"harbour"_s), 5);
        QVERIFY(result.ok());
        const SearchHit &hit = result->hits.first();
        QCOMPARE(hit.articleId, m_harbour);
        QCOMPARE(hit.title, u"Harbour reopens"_s);
        QCOMPARE(hit.published.date(), QDate(2023, 3, 1));
        QVERIFY(!hit.highlights.isEmpty());
        for (const auto &[start, end] : hit.highlights)
            QCOMPARE(hit.snippet.mid(start, end - start).toLower(), u"harbour"_s);
        QVERIFY(!hit.snippet.contains(MatchStart) && !hit.snippet.contains(MatchEnd));
        // An annotation's hit: its article's title, the snippet of its own words.
        auto notes = search::search(db(), parseSearchQuery(u"negotiat*"_s), 5);
        QVERIFY(notes.ok());
        const auto note = std::find_if(notes->hits.cbegin(), notes->hits.cend(), [](const SearchHit &h) { return h.kind == SearchHit::Kind::Annotation; });
        QVERIFY(note != notes->hits.cend());
        QCOMPARE(note->annotationId, m_quote);
        QCOMPARE(note->articleId, m_summit);
        QCOMPARE(note->title, u"Summit in Moscow"_s);
        QVERIFY(!note->highlights.isEmpty());
        QVERIFY(note->snippet.mid(note->highlights.first().first).startsWith(u"Negotiations"_s));
    }

    void upgradeIndexesWhatIsThere()
    {
        // A library written by schema 5 (before search had sources, speakers and tags): the upgrade
        // rebuilds both indexes from the rows already there.
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"old.sqlite"_s), Database::Access::ReadWriteCreate);
        QVERIFY(opened.ok());
        Database old = std::move(*opened);
        QVERIFY(old.execute(u"PRAGMA foreign_keys = ON"_s));
        QList<Migration> upTo5 = bundledMigrations();
        while (!upTo5.isEmpty() && upTo5.last().version > 5)
            upTo5.removeLast();
        QVERIFY(applyMigrations(old, 0, upTo5).ok());
        QVERIFY(old.execute(u"INSERT INTO articles (source_key, title, source, html, text, content_hash, added, updated, sort_time) "
                            "VALUES ('old', 'Old story', 'Harbour Gazette', '', 'Ferries resumed.', 'h', 1, 1, 1);"
                            "INSERT INTO speakers (name, created, updated) VALUES ('Mara Olsen', 1, 1);"
                            "INSERT INTO annotations (uuid, article_id, kind, exact, speaker_id, created, updated) "
                            "VALUES ('u1', 1, 'quote', 'Ferries resumed.', 1, 1, 1);"_s));
        QVERIFY(applyMigrations(old, 5, bundledMigrations()).ok());
        auto result = search::search(old, parseSearchQuery(u"Gazette"_s), 10);
        QVERIFY(result.ok() && result->hits.size() == 1);
        result = search::search(old, parseSearchQuery(u"Olsen"_s), 10);
        QVERIFY(result.ok() && result->hits.size() == 1);
        QCOMPARE(result->hits.first().kind, SearchHit::Kind::Annotation);
    }

    void hostileInputNeverErrs_data()
    {
        QTest::addColumn<QString>("input");
        for (const QString &s : {u"\""_s, u"*"_s, u"-"_s, u"OR"_s, u"NEAR(peace process)"_s, u"peace:process"_s, u"'; DROP TABLE articles; --"_s,
                                 u"^peace"_s, u"(peace"_s, u"peace)"_s, u"{title}: x"_s, u"title:"_s, u"\"a\" \"b"_s, u"AND NOT"_s,
                                 u"peace AND"_s, u"a*b*"_s, u"\u0000"_s, u"%_%"_s, u"speaker:%"_s, u"before:2024-13-45"_s, u"x\"y\"z"_s,
                                 QString(400, u'"'), u"\u201C\u201D"_s, u"-\"\""_s})
            QTest::newRow(qPrintable(s.left(24))) << s;
    }

    // A word in more articles than Searcher ranks at once (5,000): the newest of them are ranked, and
    // a filter that leaves too few of those still finds the older ones.
    void commonWordsRankTheNewestButMissNothing()
    {
        auto lib = Library::open(m_dir.filePath(u"common.sqlite"_s));
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        Database &common = (*lib)->database();
        ArticleStore store(common);
        auto save = [&store](const QString &key, const QString &title, const QString &text, int year) {
            ArticleInput in;
            in.sourceKey = key;
            in.title = title;
            in.text = text;
            in.html = u"<p>"_s + text + u"</p>"_s;
            in.published = QDateTime(QDate(year, 6, 1), QTime(12, 0), QTimeZone::UTC);
            auto saved = store.save(in);
            return saved ? saved->id : 0;
        };
        // First (oldest, lowest id) the best match there is: the word in its title and all through.
        const qint64 oldest = save(u"old"_s, u"Lighthouse, the lighthouse keeper's lighthouse"_s, u"Lighthouse lighthouse lighthouse."_s, 2001);
        QVERIFY(oldest);
        QVERIFY(store.setBookmarked(oldest, true).ok());
        {
            Transaction tx(common);
            for (int i = 0; i < 5050; ++i)
                QVERIFY(save(u"n%1"_s.arg(i), u"Day %1"_s.arg(i), u"A note about the lighthouse on day %1 of the season."_s.arg(i), 2024));
            QVERIFY(tx.commit());
        }
        auto ids = [&common](const QString &text, int limit) {
            QList<qint64> found;
            auto result = search::search(common, parseSearchQuery(text), limit);
            if (result)
                for (const SearchHit &hit : result->hits)
                    found << hit.articleId;
            return found;
        };
        const QList<qint64> newest = ids(u"lighthouse"_s, 10);
        QCOMPARE(newest.size(), 10);
        QVERIFY2(!newest.contains(oldest), "ranked beyond the newest 5,000 matches");
        QCOMPARE(ids(u"lighthouse is:bookmarked"_s, 10), QList<qint64>{oldest});
        QCOMPARE(ids(u"lighthouse before:2002-01-01"_s, 10), QList<qint64>{oldest});
        auto all = search::searchArticleIds(common, parseSearchQuery(u"lighthouse"_s), 6000);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 5051); // fewer than asked for in the window: every match, ranked
        QCOMPARE(all->first(), oldest);
        // More hits than one statement completes: each still gets its own title and snippet.
        for (const QString &text : {u"lighthouse"_s, u"lightho*"_s}) {
            auto many = search::search(common, parseSearchQuery(text), 1200);
            QVERIFY(many.ok());
            QCOMPARE(many->hits.size(), 1200);
            for (const SearchHit &hit : many->hits) {
                QVERIFY2(hit.title.startsWith(u"Day "_s) || hit.articleId == oldest, qPrintable(hit.title));
                const QString day = hit.title.mid(4);
                QVERIFY2(hit.articleId == oldest || hit.snippet.contains(u"on day "_s + day + u' '), qPrintable(hit.snippet));
                QVERIFY(!hit.highlights.isEmpty());
                QCOMPARE(hit.snippet.mid(hit.highlights.first().first, 10).toLower(), u"lighthouse"_s);
            }
        }
    }

    void hostileInputNeverErrs()
    {
        QFETCH(QString, input);
        auto result = search::search(db(), parseSearchQuery(input), 20);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        auto ids = searchArticleIds(db(), parseSearchQuery(input), 20);
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
