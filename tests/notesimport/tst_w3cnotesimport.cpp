// W3C Web Annotation import: a library exported as JSON-LD goes onto another library that has the
// same articles with edited text — annotations are found again by their selectors (re-anchored), one
// whose passage was deleted is kept as an orphan, one targeting an unknown source is reported (id
// and source), never dropped silently — and importing the same file again adds nothing. Also the
// other shapes a file may have (a page, a bare array, one annotation) and refusals that write nothing.
#include "ImportFixture.h"

#include "annotation/SpeakerStore.h"
#include "notesimport/W3cNotesImport.h"

#include <QJsonArray>

using namespace gloss;
using namespace importtest;

namespace {

const QString WebKey = u"https://news.example/story?id=1&x=2"_s;
const QString FileKey = u"/home/someone/notes, draft.txt"_s;
const QString Lead = u"Editor's note: this story was updated on Wednesday. 😀\n"_s;

QJsonObject annotation(const QString &id, const QString &source, const QString &exact, const QString &comment)
{
    return {{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
            {u"id"_s, id},
            {u"type"_s, u"Annotation"_s},
            {u"body"_s, QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, comment}}},
            {u"target"_s, QJsonObject{{u"source"_s, source},
                                      {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, exact}}}}}};
}

} // namespace

class TestW3cNotesImport : public QObject {
    Q_OBJECT

    std::unique_ptr<ExportFixture> m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_target;
    qint64 m_web = 0;
    qint64 m_file = 0;
    QByteArray m_w3c;

    Database &target() { return m_target->database(); }

    // The exported collection with more items added to its page.
    QByteArray withItems(const QJsonArray &extra)
    {
        QJsonObject root = QJsonDocument::fromJson(m_w3c).object();
        QJsonObject first = root[u"first"_s].toObject();
        QJsonArray items = first[u"items"_s].toArray();
        for (const QJsonValue &v : extra)
            items.append(v);
        first[u"items"_s] = items;
        root[u"first"_s] = first;
        root[u"total"_s] = items.size();
        return QJsonDocument(root).toJson();
    }

    QHash<QString, Annotation> annotationsByUuid(qint64 article)
    {
        QHash<QString, Annotation> map;
        const auto list = AnnotationStore(target()).forArticle(article);
        for (const Annotation &a : list.value())
            map.insert(a.uuid, a);
        return map;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ExportFixture>();
        QVERIFY(m_fx->open());
        m_w3c = exportLibrary(m_fx->library->database(), ExportFormat::W3c);
        QVERIFY(!m_w3c.isEmpty());
        // The same two annotated articles, edited since: a note (with an emoji, which makes code
        // points and UTF-16 differ) above the web story, and the quoted sentence gone from the file.
        m_target = openLibrary(m_dir, u"target-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(m_target);
        m_web = saveArticle(target(), WebKey, WebKey, u"Harbour"_s, Lead + ExportFixture::webText());
        m_file = saveArticle(target(), FileKey, QString(), u"Notes"_s, u"The meeting ran late.\nSecond line."_s);
        QVERIFY(m_web && m_file);
    }

    void reanchorsOrphansAndReportsUnmatched()
    {
        const QByteArray doc = withItems({annotation(u"https://annotations.example/anno/7"_s, u"https://elsewhere.example/x"_s,
                                                     u"anything"_s, u"lost?"_s),
                                          annotation(u"https://annotations.example/anno/8"_s, WebKey, u"1. Final line with %% and $math$ and ==mark=="_s,
                                                     u"A remark from another tool"_s)});
        auto imported = importNotes(target(), doc);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->format, NotesFormat::W3c);
        const NotesImportResult &r = imported->result;
        QCOMPARE(r.imported, 7);
        QCOMPARE(r.unchanged, 0);
        QCOMPARE(r.unmatched, 1);
        QCOMPARE(r.unmatchedList.size(), 1);
        QCOMPARE(r.unmatchedList[0].id, u"https://annotations.example/anno/7"_s);
        QCOMPARE(r.unmatchedList[0].source, u"https://elsewhere.example/x"_s);
        QCOMPARE(r.articlesMatched, 2);
        QCOMPARE(r.articlesCreated, 0);
        QCOMPARE(r.orphaned, 1);     // the file's quote was deleted
        QCOMPARE(r.reanchored, 6);   // the web story's five moved down; the other tool's had no position

        const QString text = Lead + ExportFixture::webText();
        const auto web = annotationsByUuid(m_web);
        QCOMPARE(web.size(), 6);
        for (const Annotation &a : web) {
            QCOMPARE(a.status, AnchorStatus::Anchored);
            QCOMPARE(text.mid(a.start(), a.end() - a.start()), a.exact());
        }
        // The attributed quote: speaker, tags, comment, colour and times survive.
        const auto quote = std::find_if(web.cbegin(), web.cend(), [](const Annotation &a) { return a.exact().startsWith(u"\"We will"_s); });
        QVERIFY(quote != web.cend());
        QCOMPARE(quote->kind, AnnotationKind::Quote);
        QCOMPARE(quote->speakerName, u"Jane Doe"_s);
        QCOMPARE(quote->tags, QStringList{u"climate"_s});
        QCOMPARE(quote->comment, u"=SUM(A1:A2), \"quoted\"\r\nline two"_s);
        QCOMPARE(quote->color, u"blue"_s);
        QCOMPARE(quote->created, QDateTime(QDate(2024, 5, 2), QTime(9, 30), QTimeZone::UTC));
        QCOMPARE(quote->updated, QDateTime(QDate(2024, 5, 3), QTime(11, 45), QTimeZone::UTC));
        QCOMPARE(quote->start(), int(text.indexOf(u"\"We will rebuild"_s)));
        // Another tool's id is not a uuid: a name-based one stands for it.
        W3cNote other;
        other.id = u"https://annotations.example/anno/8"_s;
        QVERIFY(web.contains(uuidForW3cNote(other)));
        QCOMPARE(web[uuidForW3cNote(other)].kind, AnnotationKind::Comment);
        // Speakers were created in the empty registry.
        QVERIFY(SpeakerStore(target()).findByNameOrAlias(u"أحمد"_s).value().has_value());

        const auto file = annotationsByUuid(m_file);
        QCOMPARE(file.size(), 1);
        const Annotation orphan = *file.cbegin();
        QCOMPARE(orphan.status, AnchorStatus::Orphan);
        QCOMPARE(orphan.exact(), u"the tide turns, always"_s);
        QCOMPARE(orphan.speakerName, u"Jane Doe"_s);
    }

    void reimportIsIdempotent()
    {
        const QByteArray doc = withItems({annotation(u"https://annotations.example/anno/7"_s, u"https://elsewhere.example/x"_s,
                                                     u"anything"_s, u"lost?"_s),
                                          annotation(u"https://annotations.example/anno/8"_s, WebKey,
                                                     u"1. Final line with %% and $math$ and ==mark=="_s, u"remark"_s)});
        QVERIFY(importNotes(target(), doc));
        const QString counts = rowCounts(target());
        auto again = importNotes(target(), doc);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->result.imported, 0);
        QCOMPARE(again->result.unchanged, 7);
        QCOMPARE(again->result.unmatched, 1); // still reported, every time
        QCOMPARE(rowCounts(target()), counts);
    }

    void urnTargetsFindImportedFiles()
    {
        // The file article has no URL: the export named it urn:gloss:article:<sha1 of its key>.
        QVERIFY(m_w3c.contains("urn:gloss:article:"));
        auto imported = importNotes(target(), m_w3c);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->result.unmatched, 0);
        QCOMPARE(AnnotationStore(target()).countForArticle(m_file).value(), 1);
    }

    void otherShapes()
    {
        const QJsonObject one = annotation(u"urn:uuid:8f7c2d4e-1a2b-4c3d-9e8f-0a1b2c3d4e5f"_s, WebKey, u"The harbour board met on Tuesday, to discuss the plan."_s, u"one"_s);
        auto single = importNotes(target(), QJsonDocument(one).toJson());
        QVERIFY2(single, qPrintable(single.error()));
        QCOMPARE(single->result.imported, 1);
        QVERIFY(annotationsByUuid(m_web).contains(u"8f7c2d4e-1a2b-4c3d-9e8f-0a1b2c3d4e5f"_s));

        const QJsonArray array{annotation(u"a1"_s, WebKey, u"`code` *stars* _under_ [link](javascript:alert(1))"_s, u"two"_s),
                               annotation(u"a2"_s, WebKey, u"<script>alert('x')</script> and <img src"_s, u"three"_s)};
        auto bare = importNotes(target(), QJsonDocument(array).toJson());
        QVERIFY2(bare, qPrintable(bare.error()));
        QCOMPARE(bare->result.imported, 2);

        const QJsonObject page{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
                               {u"type"_s, u"AnnotationPage"_s},
                               {u"items"_s, QJsonArray{annotation(u"p1"_s, WebKey, u"\"We will rebuild the pier,\" said the chair."_s, u"four"_s)}}};
        auto paged = importNotes(target(), QJsonDocument(page).toJson());
        QVERIFY2(paged, qPrintable(paged.error()));
        QCOMPARE(paged->result.imported, 1);
        QCOMPARE(AnnotationStore(target()).countForArticle(m_web).value(), 4);
    }

    void shortQuoteNeedsContextOrPosition()
    {
        // "Tuesday" occurs once, but seven characters with no context are too little to trust on
        // their own (a highlight must not jump to a look-alike); kept as an orphan, never dropped.
        auto bare = importNotes(target(), QJsonDocument(annotation(u"s1"_s, WebKey, u"Tuesday"_s, u"short"_s)).toJson());
        QVERIFY2(bare, qPrintable(bare.error()));
        QCOMPARE(bare->result.imported, 1);
        // The same words with the position they have in the current text (in code points) are found.
        const QString text = Lead + ExportFixture::webText();
        const int start16 = int(text.indexOf(u"Tuesday"_s));
        const int start = int(text.left(start16).toUcs4().size());
        QJsonObject placed = annotation(u"s2"_s, WebKey, u"Tuesday"_s, u"short, placed"_s);
        QJsonObject resource = placed[u"target"_s].toObject();
        resource[u"selector"_s] = QJsonArray{resource[u"selector"_s],
                                             QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, start}, {u"end"_s, start + 7}}};
        placed[u"target"_s] = resource;
        auto withPosition = importNotes(target(), QJsonDocument(placed).toJson());
        QVERIFY2(withPosition, qPrintable(withPosition.error()));
        QCOMPARE(withPosition->result.imported, 1);
        QCOMPARE(withPosition->result.orphaned, 0);
        QCOMPARE(withPosition->result.reanchored, 0); // at the place it names: not moved
        QCOMPARE(bare->result.orphaned, 1);
        W3cNote s2;
        s2.id = u"s2"_s;
        const Annotation placedHere = annotationsByUuid(m_web).value(uuidForW3cNote(s2));
        QCOMPARE(placedHere.start(), start16);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("message");
        QJsonObject noTarget = annotation(u"x"_s, WebKey, u"plan"_s, u"c"_s);
        noTarget.remove(u"target"_s);
        QJsonObject noSelector = annotation(u"y"_s, WebKey, u"plan"_s, u"c"_s);
        noSelector[u"target"_s] = WebKey;
        const QJsonObject linkedPage{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
                                     {u"type"_s, u"AnnotationCollection"_s},
                                     {u"total"_s, 3},
                                     {u"first"_s, u"https://annotations.example/page1"_s}};
        const QJsonArray middle{annotation(u"g1"_s, WebKey, u"plan"_s, u"fine"_s), noTarget,
                                annotation(u"g2"_s, WebKey, u"pier"_s, u"fine"_s)};
        QTest::newRow("bad annotation in the middle") << QJsonDocument(middle).toJson() << u"[1].target: missing"_s;
        QTest::newRow("no selector") << QJsonDocument(noSelector).toJson() << u"no TextQuoteSelector or TextPositionSelector"_s;
        QTest::newRow("pages elsewhere") << QJsonDocument(linkedPage).toJson() << u"pages are not in this file"_s;
        const QJsonObject person{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s}, {u"type"_s, u"Person"_s}};
        QTest::newRow("not an annotation") << QJsonDocument(person).toJson()
                                           << u"not an Annotation, AnnotationPage or AnnotationCollection"_s;
        QJsonObject badDate = annotation(u"z"_s, WebKey, u"plan"_s, u"c"_s);
        badDate[u"created"_s] = u"yesterday"_s;
        QTest::newRow("bad date") << QJsonDocument(badDate).toJson() << u"created: 'yesterday' is not an ISO 8601 date"_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, message);
        const QString counts = rowCounts(target());
        auto imported = importNotes(target(), document);
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(message), qPrintable(imported.error()));
        QCOMPARE(rowCounts(target()), counts);
    }
};

QTEST_GUILESS_MAIN(TestW3cNotesImport)
#include "tst_w3cnotesimport.moc"
