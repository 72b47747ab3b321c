// gloss-notes JSON import: a whole library exported by the JSON writer comes back into an empty
// library field by field (articles, annotations in every state, speakers with aliases and roles,
// tags); importing again changes nothing; an article whose text differs gets its annotations
// re-anchored; and every refused document (not JSON, another format, a newer version, a bad
// annotation in the middle, a write that fails half-way) leaves the library exactly as it was.
#include "ImportFixture.h"

#include "importing/ArticleSaving.h"

#include <QJsonArray>

#include <functional>

using namespace gloss;
using namespace importtest;

namespace {

QHash<QString, ExportedArticle> bySourceKey(const ExportBundle &bundle)
{
    QHash<QString, ExportedArticle> map;
    for (const ExportedArticle &a : bundle.articles)
        map.insert(a.sourceKey, a);
    return map;
}

QHash<QString, ExportedAnnotation> byUuid(const ExportedArticle &article)
{
    QHash<QString, ExportedAnnotation> map;
    for (const ExportedAnnotation &n : article.annotations)
        map.insert(n.uuid, n);
    return map;
}

QStringList sorted(QStringList list)
{
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

class TestGlossNotesImport : public QObject {
    Q_OBJECT

    std::unique_ptr<ExportFixture> m_fx;
    QByteArray m_json;

    Database &source() { return m_fx->library->database(); }

    // The document with one member replaced, for the refusal cases.
    QByteArray edited(const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject root = QJsonDocument::fromJson(m_json).object();
        edit(root);
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ExportFixture>();
        QVERIFY(m_fx->open());
        // An article edited after its annotation was captured: saved again with other words, so the
        // library holds a truly re-anchored (changed) annotation next to the fixture's made-up states.
        ArticleInput edit;
        edit.sourceKey = u"/home/someone/notes, draft.txt"_s;
        edit.title = u"Notes: \"quoted\" — 2nd"_s;
        edit.source = u"notes, draft.txt"_s;
        edit.format = u"text"_s;
        edit.text = u"Jane said \"the tide turns, mostly always\" at the meeting.\nSecond line."_s;
        edit.html = u"<p>"_s + edit.text.toHtmlEscaped().replace(u"\n"_s, u"</p><p>"_s) + u"</p>"_s;
        auto saved = saveArticle(source(), edit);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved->reanchored.changed, 1);
        m_json = exportLibrary(source(), ExportFormat::Json);
        QVERIFY(!m_json.isEmpty());
    }

    void roundTripIntoEmptyLibrary()
    {
        QTemporaryDir dir;
        auto target = openLibrary(dir, u"empty.sqlite"_s);
        QVERIFY(target);
        auto imported = importNotes(target->database(), m_json);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->format, NotesFormat::GlossNotes);
        const NotesImportResult &r = imported->result;
        QCOMPARE(r.articlesCreated, 4);
        QCOMPARE(r.articlesMatched, 0);
        QCOMPARE(r.imported, 6);
        QCOMPARE(r.unchanged, 0);
        QCOMPARE(r.reanchored, 0);   // every article is new: its text is the text they were captured on
        QCOMPARE(r.orphaned, 1);     // the fixture's orphan stays one
        QCOMPARE(r.unmatched, 0);
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));

        auto before = ExportReader(source()).readAll(everything());
        auto after = ExportReader(target->database()).readAll(everything());
        QVERIFY(before && after);
        QCOMPARE(after->articles.size(), before->articles.size());
        const auto imported_ = bySourceKey(*after);
        for (const ExportedArticle &a : std::as_const(before->articles)) {
            QVERIFY2(imported_.contains(a.sourceKey), qPrintable(a.sourceKey));
            const ExportedArticle &b = imported_[a.sourceKey];
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.html, a.html);
            QCOMPARE(b.url, a.url);
            QCOMPARE(b.author, a.author);
            QCOMPARE(b.source, a.source);
            QCOMPARE(b.format, a.format);
            QCOMPARE(b.published, a.published);
            QCOMPARE(b.added.toSecsSinceEpoch(), a.added.toSecsSinceEpoch());
            QCOMPARE(sorted(b.tags), sorted(a.tags));
            QCOMPARE(b.annotations.size(), a.annotations.size());
            const auto notes = byUuid(b);
            for (const ExportedAnnotation &n : a.annotations) {
                QVERIFY2(notes.contains(n.uuid), qPrintable(n.uuid));
                const ExportedAnnotation &m = notes[n.uuid];
                QCOMPARE(m.kind, n.kind);
                QCOMPARE(m.color, n.color);
                QCOMPARE(m.state, n.state);
                QCOMPARE(m.start, n.start);
                QCOMPARE(m.end, n.end);
                QCOMPARE(m.exact, n.exact);
                QCOMPARE(m.prefix, n.prefix);
                QCOMPARE(m.suffix, n.suffix);
                QCOMPARE(m.originalExact, n.originalExact);
                QCOMPARE(m.comment, n.comment);
                QCOMPARE(sorted(m.tags), sorted(n.tags));
                QCOMPARE(m.hasSpeaker(), n.hasSpeaker());
                QCOMPARE(m.speaker.name, n.speaker.name);
                QCOMPARE(m.quoteKind, n.quoteKind);
                QCOMPARE(m.verb, n.verb);
                QCOMPARE(m.created, n.created);
                QCOMPARE(m.updated, n.updated);
            }
        }
        // Speakers with their aliases, roles and notes; every tag.
        QCOMPARE(after->header.speakers.size(), before->header.speakers.size());
        for (qsizetype i = 0; i < before->header.speakers.size(); ++i) {
            const ExportedSpeaker &s = before->header.speakers[i];
            const ExportedSpeaker &t = after->header.speakers[i];
            QCOMPARE(t.name, s.name);
            QCOMPARE(t.role, s.role);
            QCOMPARE(t.note, s.note);
            QCOMPARE(sorted(t.aliases), sorted(s.aliases));
        }
        QCOMPARE(after->header.tags, before->header.tags);
        // States the fixture set up are all there.
        QStringList states;
        for (const ExportedArticle &a : std::as_const(after->articles))
            for (const ExportedAnnotation &n : a.annotations)
                states << n.state;
        QCOMPARE(states.count(u"changed"_s), 2);
        QCOMPARE(states.count(u"orphan"_s), 1);
    }

    void reimportChangesNothing()
    {
        QTemporaryDir dir;
        auto target = openLibrary(dir, u"target.sqlite"_s);
        QVERIFY(target);
        QVERIFY(importNotes(target->database(), m_json));
        const QString counts = rowCounts(target->database());
        auto again = importNotes(target->database(), m_json);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->result.imported, 0);
        QCOMPARE(again->result.unchanged, 6);
        QCOMPARE(again->result.articlesCreated, 0);
        QCOMPARE(again->result.articlesMatched, 4);
        QCOMPARE(rowCounts(target->database()), counts);
        // Into the library it came from: everything is already there.
        const QString sourceCounts = rowCounts(source());
        auto home = importNotes(source(), m_json);
        QVERIFY2(home, qPrintable(home.error()));
        QCOMPARE(home->result.unchanged, 6);
        QCOMPARE(home->result.imported, 0);
        QCOMPARE(rowCounts(source()), sourceCounts);
    }

    void editedArticleIsReanchored()
    {
        // The target has the web story already, with a correction added above the text.
        QTemporaryDir dir;
        auto target = openLibrary(dir, u"edited.sqlite"_s);
        QVERIFY(target);
        const QString lead = u"Correction: an earlier version misnamed the board.\n"_s;
        const qint64 web = importtest::saveArticle(target->database(), u"https://news.example/story?id=1&x=2"_s,
                                                   u"https://news.example/story?id=1&x=2"_s, u"Harbour"_s,
                                                   lead + ExportFixture::webText());
        QVERIFY(web);
        auto imported = importNotes(target->database(), m_json);
        QVERIFY2(imported, qPrintable(imported.error()));
        const NotesImportResult &r = imported->result;
        QCOMPARE(r.articlesMatched, 1);
        QCOMPARE(r.articlesCreated, 3);
        QCOMPARE(r.imported, 6);
        // The web story's four placed annotations moved down by the correction; its orphan was
        // searched for again (its words are still there, so it may be found). The file article is new.
        QCOMPARE(r.reanchored + r.orphaned, 5);
        QVERIFY(r.reanchored >= 4);
        auto annotations = AnnotationStore(target->database()).forArticle(web);
        QVERIFY(annotations);
        QCOMPARE(annotations->size(), 5);
        const QString text = lead + ExportFixture::webText();
        for (const Annotation &a : *annotations) {
            if (a.status == AnchorStatus::Orphan)
                continue;
            QCOMPARE(text.mid(a.start(), a.end() - a.start()), a.exact());
            QVERIFY(a.start() >= lead.size());
        }
        // The title in the library stays the library's: a matched article is not overwritten.
        auto article = ArticleStore(target->database()).article(web);
        QVERIFY(article && article->has_value());
        QCOMPARE((*article)->title, u"Harbour"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"gloss-notes\",\n  oops\n}") << u"line 3"_s;
        QTest::newRow("empty file") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("other JSON") << QByteArray(R"(["just", "strings"])") << u"neither a gloss-notes file"_s;
        QTest::newRow("another format") << QByteArray(R"({"format":"other-notes","version":1,"articles":[]})")
                                        << u"the format is 'other-notes', not gloss-notes"_s;
        QTest::newRow("newer version") << QByteArray(R"({"format":"gloss-notes","version":2,"articles":[]})")
                                       << u"version 2 is newer than this Gloss reads"_s;
        QTest::newRow("version not a number") << QByteArray(R"({"format":"gloss-notes","version":"1","articles":[]})")
                                              << u"version: an integer expected"_s;
        QTest::newRow("no articles") << QByteArray(R"({"format":"gloss-notes","version":1})") << u"articles: missing"_s;
        // Found by fuzz_notes_gloss: a number beyond qint64 was cast before its range was checked.
        QTest::newRow("version too large") << QByteArray(R"({"format":"gloss-notes","version":1e300,"articles":[]})")
                                           << u"version: an integer expected"_s;
        QTest::newRow("version negative and huge") << QByteArray(R"({"format":"gloss-notes","version":-9e18,"articles":[]})")
                                                   << u"version: an integer expected"_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, message);
        const QString counts = rowCounts(source());
        auto imported = importNotes(source(), document);
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(message), qPrintable(imported.error()));
        QCOMPARE(rowCounts(source()), counts);
    }

    void badAnnotationInTheMiddleImportsNothing()
    {
        // The web story's second annotation has a kind Gloss does not know; the article before it
        // in the file (the newest) is fine.
        qsizetype index = -1;
        const QByteArray bad = edited([&index](QJsonObject &root) {
            QJsonArray articles = root[u"articles"_s].toArray();
            for (qsizetype i = 0; i < articles.size() && index < 0; ++i)
                if (articles[i][u"annotations"_s].toArray().size() > 2)
                    index = i;
            QJsonObject article = articles[index].toObject();
            QJsonArray notes = article[u"annotations"_s].toArray();
            QJsonObject note = notes[1].toObject();
            note[u"kind"_s] = u"scribble"_s;
            notes[1] = note;
            article[u"annotations"_s] = notes;
            articles[index] = article;
            root[u"articles"_s] = articles;
        });
        QVERIFY(index > 0);
        QTemporaryDir dir;
        auto target = openLibrary(dir, u"target.sqlite"_s);
        QVERIFY(target);
        const QString counts = rowCounts(target->database());
        auto imported = importNotes(target->database(), bad);
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(u"articles[%1].annotations[1].kind: 'scribble' is not highlight, comment or quote"_s.arg(index)),
                 qPrintable(imported.error()));
        QCOMPARE(rowCounts(target->database()), counts);
    }

    void failureWhileWritingRollsBackEverything()
    {
        // A blank tag is only refused by the label store, after earlier articles, speakers and
        // annotations were written: the transaction must take all of them back.
        const QByteArray bad = edited([](QJsonObject &root) {
            QJsonArray articles = root[u"articles"_s].toArray();
            const qsizetype last = articles.size() - 1;
            for (qsizetype i = last; i >= 0; --i) {
                QJsonObject article = articles[i].toObject();
                QJsonArray notes = article[u"annotations"_s].toArray();
                if (notes.isEmpty() || i == 0)
                    continue;
                QJsonObject note = notes.last().toObject();
                note[u"tags"_s] = QJsonArray{u"   "_s};
                notes[notes.size() - 1] = note;
                article[u"annotations"_s] = notes;
                articles[i] = article;
                break;
            }
            root[u"articles"_s] = articles;
        });
        QTemporaryDir dir;
        auto target = openLibrary(dir, u"target.sqlite"_s);
        QVERIFY(target);
        const QString counts = rowCounts(target->database());
        QVERIFY(counts.startsWith(u"articles=0 "_s));
        auto imported = importNotes(target->database(), bad);
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(u"a tag needs a name"_s), qPrintable(imported.error()));
        QCOMPARE(rowCounts(target->database()), counts);
        // And the library still works: the good document imports afterwards.
        auto good = importNotes(target->database(), m_json);
        QVERIFY2(good, qPrintable(good.error()));
        QCOMPARE(good->result.imported, 6);
    }

    void positionOutsideTheTextIsRefused()
    {
        const QByteArray bad = edited([](QJsonObject &root) {
            QJsonArray articles = root[u"articles"_s].toArray();
            QJsonObject article = articles[0].toObject();
            QJsonArray notes = article[u"annotations"_s].toArray();
            QJsonObject note = notes[0].toObject();
            note[u"state"_s] = u"anchored"_s;
            note[u"position"_s] = QJsonObject{{u"start"_s, 5}, {u"end"_s, 100000}};
            notes[0] = note;
            article[u"annotations"_s] = notes;
            articles[0] = article;
            root[u"articles"_s] = articles;
        });
        QTemporaryDir dir;
        auto target = openLibrary(dir, u"target.sqlite"_s);
        QVERIFY(target);
        auto imported = importNotes(target->database(), bad);
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(u"articles[0].annotations[0].position.end: 5..100000 is not a range"_s),
                 qPrintable(imported.error()));
        QVERIFY(rowCounts(target->database()).startsWith(u"articles=0 "_s));
    }
};

QTEST_GUILESS_MAIN(TestGlossNotesImport)
#include "tst_glossnotesimport.moc"
