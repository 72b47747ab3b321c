// The annotation verbs of the `gloss` command line (annotate, annotations, unannotate, speakers,
// speaker-merge), run as a separate process against a library in a temporary folder: quote matching,
// speakers, tags, colours, kinds, JSON shapes, exit codes, and re-anchoring after a re-import.
#include "GlossProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A short story with one sentence said twice, so quotes can be ambiguous.
const QByteArray StoryHtml = "<html><head><title>Harbour plan</title></head><body><article>"
                             "<p>The harbour board met on Tuesday to discuss the plan.</p>"
                             "<p>\"We will rebuild the north pier before winter,\" said the chair.</p>"
                             "<p>Fishermen said the delay had cost them a season of work.</p>"
                             "<p>The council expects a final decision in the spring.</p>"
                             "<p>The pier is old. The pier is old, the chair repeated.</p>"
                             "</article></body></html>";

const QStringList AnnotationKeys{u"id"_s,      u"article"_s, u"kind"_s,  u"exact"_s,   u"prefix"_s,
                                 u"suffix"_s,  u"start"_s,   u"end"_s,   u"color"_s,   u"comment"_s,
                                 u"speaker"_s, u"quote_kind"_s, u"tags"_s, u"state"_s};

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &v : array.toArray())
        result << v.toString();
    return result;
}

} // namespace

class TestCliAnnotations : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;

    Run gloss(const QStringList &args)
    {
        return runGloss(m_library, args);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return writeTestFile(*m_dir, name, bytes);
    }

    // Imports `bytes` as file `name`; returns the article id (0 on failure, which the caller checks).
    qint64 importFile(const QString &name, const QByteArray &bytes)
    {
        const Run r = gloss({u"import"_s, writeFile(name, bytes), u"--json"_s});
        if (r.exitCode != 0)
            qWarning() << "import failed:" << r.err;
        return r.exitCode == 0 ? r.json().array().first()[u"id"_s].toInteger() : 0;
    }

    QString articleText(qint64 id)
    {
        return gloss({u"show"_s, QString::number(id), u"--json"_s}).json().object()[u"text"_s].toString();
    }

    // Annotates and returns the new annotation's JSON (empty when the verb failed).
    QJsonObject annotate(qint64 article, const QStringList &options)
    {
        const Run r = gloss(QStringList{u"annotate"_s, QString::number(article), u"--json"_s} + options);
        if (r.exitCode != 0)
            qWarning() << "annotate failed:" << r.exitCode << r.err;
        return r.exitCode == 0 ? r.json().object() : QJsonObject();
    }

    QJsonArray annotations(const QStringList &filters = {})
    {
        const Run r = gloss(QStringList{u"annotations"_s, u"--json"_s} + filters);
        return r.exitCode == 0 ? r.json().array() : QJsonArray();
    }

    QJsonObject annotationById(qint64 id)
    {
        for (const QJsonValue &v : annotations())
            if (v[u"id"_s].toInteger() == id)
                return v.toObject();
        return {};
    }

    QJsonObject speakerNamed(const QString &name)
    {
        for (const QJsonValue &v : gloss({u"speakers"_s, u"--json"_s}).json().array())
            if (v[u"name"_s].toString() == name)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_library = m_dir->filePath(u"library.sqlite"_s);
    }

    void annotatesAQuoteFoundOnce()
    {
        const qint64 id = importFile(u"story.html"_s, StoryHtml);
        QVERIFY(id > 0);
        const QString text = articleText(id);
        const QString quote = u"the delay had cost them"_s;
        QVERIFY(text.contains(quote));

        const Run r = gloss({u"annotate"_s, QString::number(id), u"--quote"_s, quote});
        QCOMPARE(r.exitCode, 0);
        bool ok = false;
        const qint64 annotationId = QString::fromUtf8(r.out).trimmed().toLongLong(&ok);
        QVERIFY2(ok && annotationId > 0, r.out.constData());

        const QJsonArray list = annotations();
        QCOMPARE(list.size(), 1);
        const QJsonObject a = list.first().toObject();
        QCOMPARE(sortedKeys(a), [] { QStringList k = AnnotationKeys; k.sort(); return k; }());
        QCOMPARE(a[u"id"_s].toInteger(), annotationId);
        QCOMPARE(a[u"article"_s].toInteger(), id);
        QCOMPARE(a[u"kind"_s].toString(), u"highlight"_s);
        QCOMPARE(a[u"exact"_s].toString(), quote);
        QCOMPARE(a[u"start"_s].toInt(), text.indexOf(quote));
        QCOMPARE(a[u"end"_s].toInt(), text.indexOf(quote) + quote.size());
        QVERIFY(text.left(text.indexOf(quote)).endsWith(a[u"prefix"_s].toString()));
        QVERIFY(!a[u"prefix"_s].toString().isEmpty());
        QVERIFY(text.mid(text.indexOf(quote) + quote.size()).startsWith(a[u"suffix"_s].toString()));
        QCOMPARE(a[u"color"_s].toString(), u"yellow"_s);
        QCOMPARE(a[u"comment"_s].toString(), QString());
        QVERIFY(a[u"speaker"_s].isNull());
        QVERIFY(a[u"quote_kind"_s].isNull());
        QCOMPARE(a[u"tags"_s].toArray().size(), 0);
        QCOMPARE(a[u"state"_s].toString(), u"anchored"_s);

        // The plain listing: one tab-separated line naming the passage.
        const Run plain = gloss({u"annotations"_s});
        QCOMPARE(plain.exitCode, 0);
        const QStringList lines = QString::fromUtf8(plain.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(QString::number(annotationId) + u'\t'));
        QVERIFY2(lines.first().contains(quote), qPrintable(lines.first()));
    }

    void quoteNotFound()
    {
        const qint64 id = importFile(u"story.html"_s, StoryHtml);
        QVERIFY(id > 0);
        const Run r = gloss({u"annotate"_s, QString::number(id), u"--quote"_s, u"rebuild the south pier"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"the quote \"rebuild the south pier\" was not found in article %1"_s.arg(id)), qPrintable(r.err));
        QCOMPARE(annotations().size(), 0);
    }

    void ambiguousQuoteNeedsAnOccurrence()
    {
        const qint64 id = importFile(u"story.html"_s, StoryHtml);
        QVERIFY(id > 0);
        const QString text = articleText(id);
        const QString quote = u"The pier is old"_s;
        QCOMPARE(text.count(quote), 2);

        const Run ambiguous = gloss({u"annotate"_s, QString::number(id), u"--quote"_s, quote});
        QCOMPARE(ambiguous.exitCode, 1);
        QVERIFY2(ambiguous.err.contains(u"occurs 2 times"_s), qPrintable(ambiguous.err));
        QVERIFY2(ambiguous.err.contains(u"--occurrence 1..2"_s), qPrintable(ambiguous.err));
        QCOMPARE(annotations().size(), 0);

        const QJsonObject second = annotate(id, {u"--quote"_s, quote, u"--occurrence"_s, u"2"_s});
        QCOMPARE(second[u"start"_s].toInt(), text.lastIndexOf(quote));
        QVERIFY(text.indexOf(quote) != text.lastIndexOf(quote));
        const QJsonObject first = annotate(id, {u"--quote"_s, quote, u"--occurrence"_s, u"1"_s});
        QCOMPARE(first[u"start"_s].toInt(), text.indexOf(quote));

        const Run outOfRange = gloss({u"annotate"_s, QString::number(id), u"--quote"_s, quote, u"--occurrence"_s, u"3"_s});
        QCOMPARE(outOfRange.exitCode, 1);
        QVERIFY2(outOfRange.err.contains(u"--occurrence 3 is out of range"_s) && outOfRange.err.contains(u"occurs 2 time(s)"_s),
                 qPrintable(outOfRange.err));
        QCOMPARE(gloss({u"annotate"_s, QString::number(id), u"--quote"_s, quote, u"--occurrence"_s, u"0"_s}).exitCode, 2);
        QCOMPARE(gloss({u"annotate"_s, QString::number(id), u"--quote"_s, quote, u"--occurrence"_s, u"two"_s}).exitCode, 2);
        QCOMPARE(annotations().size(), 2);
    }

    void whiteSpaceIsFoldedIncludingNoBreakSpaces()
    {
        const qint64 id = importFile(u"nbsp.html"_s,
                                     "<html><head><title>Budget</title></head><body><p>Officials said the budget was "
                                     "&pound;4.2&nbsp;million over, and rising.</p></body></html>");
        QVERIFY(id > 0);
        const QString text = articleText(id);
        QVERIFY2(text.contains(QChar(0x00A0)), "the fixture must keep its non-breaking space");
        // Typed with a plain space and a line break where the article has U+00A0 and one space.
        const QJsonObject a = annotate(id, {u"--quote"_s, u"  \u00A34.2 million\nover "_s});
        QVERIFY(!a.isEmpty());
        const QString expected = u"\u00A34.2\u00A0million over"_s;
        QCOMPARE(a[u"exact"_s].toString(), expected);
        QCOMPARE(a[u"start"_s].toInt(), text.indexOf(expected));
        QCOMPARE(a[u"end"_s].toInt(), text.indexOf(expected) + expected.size());
    }

    void speakersAreCreatedAndFoundByAlias()
    {
        const qint64 id = importFile(u"story.html"_s, StoryHtml);
        QVERIFY(id > 0);
        const Run created = gloss({u"annotate"_s, QString::number(id), u"--quote"_s, u"We will rebuild the north pier"_s,
                                   u"--speaker"_s, u"Ann Lee"_s, u"--json"_s});
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.err.contains(u"gloss: new speaker 'Ann Lee'"_s), qPrintable(created.err));
        const QJsonObject quote = created.json().object();
        QCOMPARE(quote[u"kind"_s].toString(), u"quote"_s);
        QCOMPARE(quote[u"quote_kind"_s].toString(), u"direct"_s);
        QCOMPARE(quote[u"speaker"_s].toString(), u"Ann Lee"_s);

        // The same name in another case is the same speaker, and not announced as new.
        const Run again = gloss({u"annotate"_s, QString::number(id), u"--quote"_s, u"before winter"_s, u"--speaker"_s, u"ann lee"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains(u"new speaker"_s), qPrintable(again.err));
        QCOMPARE(speakerNamed(u"Ann Lee"_s)[u"quotes"_s].toInt(), 2);

        // Merging "Chair Lee" into Ann Lee makes it an alias; the alias then finds Ann Lee.
        QVERIFY(!annotate(id, {u"--quote"_s, u"said the chair"_s, u"--speaker"_s, u"Chair Lee"_s}).isEmpty());
        QCOMPARE(gloss({u"speaker-merge"_s, u"Chair Lee"_s, u"Ann Lee"_s}).exitCode, 0);
        QCOMPARE(strings(speakerNamed(u"Ann Lee"_s)[u"aliases"_s]), QStringList{u"Chair Lee"_s});
        const Run byAlias = gloss({u"annotate"_s, QString::number(id), u"--quote"_s, u"the chair repeated"_s, u"--speaker"_s,
                                   u"CHAIR LEE"_s, u"--json"_s});
        QCOMPARE(byAlias.exitCode, 0);
        QVERIFY2(!byAlias.err.contains(u"new speaker"_s), qPrintable(byAlias.err));
        QCOMPARE(byAlias.json().object()[u"speaker"_s].toString(), u"Ann Lee"_s);
        QCOMPARE(gloss({u"speakers"_s, u"--json"_s}).json().array().size(), 1);
        QCOMPARE(annotations({u"--speaker"_s, u"chair lee"_s}).size(), 4);
    }

    void tags()
    {
        const qint64 id = importFile(u"story.html"_s, StoryHtml);
        QVERIFY(id > 0);
        const QJsonObject tagged = annotate(id, {u"--quote"_s, u"final decision"_s, u"--tag"_s, u"planning"_s, u"--tag"_s, u"Council"_s});
        QCOMPARE(strings(tagged[u"tags"_s]), (QStringList{u"Council"_s, u"planning"_s}));
        QVERIFY(!annotate(id, {u"--quote"_s, u"harbour board"_s, u"--tag"_s, u"council"_s}).isEmpty());
        QVERIFY(!annotate(id, {u"--quote"_s, u"Fishermen"_s}).isEmpty());

        QCOMPARE(annotations({u"--tag"_s, u"COUNCIL"_s}).size(), 2);
        const QJsonArray planning = annotations({u"--tag"_s, u"planning"_s});
        QCOMPARE(planning.size(), 1);
        QCOMPARE(planning.first()[u"exact"_s].toString(), u"final decision"_s);
        QCOMPARE(annotations({u"--tag"_s, u"sport"_s}).size(), 0);
        QCOMPARE(gloss({u"annotate"_s, QString::number(id), u"--quote"_s, u"Fishermen"_s, u"--tag"_s, u" "_s}).exitCode, 2);
    }

    void coloursAreValidated()
    {
        const qint64 id = importFile(u"story.html"_s, StoryHtml);
        QVERIFY(id > 0);
        const Run bad = gloss({u"annotate"_s, QString::number(id), u"--quote"_s, u"Fishermen"_s, u"--color"_s, u"red"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"unknown colour 'red'"_s), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(u"yellow, green, blue, pink, purple, orange"_s), qPrintable(bad.err));
        QCOMPARE(annotations().size(), 0);
        QCOMPARE(annotate(id, {u"--quote"_s, u"Fishermen"_s, u"--color"_s, u"green"_s})[u"color"_s].toString(), u"green"_s);
    }

    void kinds()
    {
        const qint64 id = importFile(u"story.html"_s, StoryHtml);
        QVERIFY(id > 0);
        const QJsonObject highlight = annotate(id, {u"--quote"_s, u"harbour board"_s});
        QCOMPARE(highlight[u"kind"_s].toString(), u"highlight"_s);

        const QJsonObject comment = annotate(id, {u"--quote"_s, u"a season of work"_s, u"--comment"_s, u"Which *season*?"_s});
        QCOMPARE(comment[u"kind"_s].toString(), u"comment"_s);
        QCOMPARE(comment[u"comment"_s].toString(), u"Which *season*?"_s);
        QVERIFY(comment[u"quote_kind"_s].isNull());

        const QJsonObject reported = annotate(id, {u"--quote"_s, u"the delay had cost them"_s, u"--kind"_s, u"reported"_s});
        QCOMPARE(reported[u"kind"_s].toString(), u"quote"_s);
        QCOMPARE(reported[u"quote_kind"_s].toString(), u"reported"_s);
        QVERIFY(reported[u"speaker"_s].isNull());

        const QJsonObject partial = annotate(id, {u"--quote"_s, u"north pier"_s, u"--kind"_s, u"partial"_s, u"--speaker"_s, u"Ann Lee"_s,
                                                  u"--comment"_s, u"check"_s});
        QCOMPARE(partial[u"kind"_s].toString(), u"quote"_s);
        QCOMPARE(partial[u"quote_kind"_s].toString(), u"partial"_s);
        QCOMPARE(partial[u"speaker"_s].toString(), u"Ann Lee"_s);
        QCOMPARE(partial[u"comment"_s].toString(), u"check"_s);

        const Run bad = gloss({u"annotate"_s, QString::number(id), u"--quote"_s, u"north pier"_s, u"--kind"_s, u"indirect"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"direct, partial or reported"_s), qPrintable(bad.err));
        QCOMPARE(annotations().size(), 4);
    }

    // Annotate, edit the file (insert a paragraph before, change a word in one quoted sentence,
    // delete another), import again: each annotation is anchored, changed or orphaned, in place.
    void reanchoringAfterReimport()
    {
        const QByteArray head = "<html><head><title>Harbour plan</title></head><body><article>";
        const QByteArray tail = "</article></body></html>";
        const QByteArray intro = "<p>The harbour board met on Tuesday to discuss the plan.</p>";
        const QByteArray pier = "<p>\"We will rebuild the north pier before winter,\" said the chair.</p>";
        const QByteArray season = "<p>Fishermen said the delay had cost them a season of work.</p>";
        const QByteArray ferry = "<p>The ferry will keep running from the south quay.</p>";
        const QByteArray council = "<p>The council expects a final decision in the spring.</p>";
        const QByteArray closing = "<p>Work on the quay starts next month.</p>";
        // The changed sentence keeps its neighbours: re-anchoring rightly refuses an edited quote
        // whose context is gone too (see Anchoring.h), so the deleted sentence is not beside it.
        const qint64 id = importFile(u"harbour.html"_s, head + intro + pier + season + ferry + council + closing + tail);
        QVERIFY(id > 0);

        const QString pierQuote = u"We will rebuild the north pier before winter"_s;
        const QString seasonQuote = u"Fishermen said the delay had cost them a season of work."_s;
        const QString councilQuote = u"The council expects a final decision in the spring."_s;
        const qint64 anchoredId = annotate(id, {u"--quote"_s, pierQuote, u"--speaker"_s, u"Ann Lee"_s})[u"id"_s].toInteger();
        const qint64 changedId = annotate(id, {u"--quote"_s, seasonQuote})[u"id"_s].toInteger();
        const qint64 orphanId = annotate(id, {u"--quote"_s, councilQuote, u"--comment"_s, u"When?"_s})[u"id"_s].toInteger();
        QVERIFY(anchoredId > 0 && changedId > 0 && orphanId > 0);

        const QByteArray inserted = "<p>Update: this story was revised after the meeting ran late.</p>";
        const QByteArray summer = "<p>Fishermen said the delay had cost them a summer of work.</p>";
        const Run reimport = gloss({u"import"_s, writeFile(u"harbour.html"_s, head + inserted + intro + pier + summer + ferry + closing + tail), u"--json"_s});
        QCOMPARE(reimport.exitCode, 0);
        QCOMPARE(reimport.json().array().first()[u"status"_s].toString(), u"updated"_s);
        QCOMPARE(reimport.json().array().first()[u"id"_s].toInteger(), id);

        const QString text = articleText(id);
        QVERIFY(text.startsWith(u"Update: this story was revised"_s));
        const QJsonArray list = annotations({u"--article"_s, QString::number(id)});
        QCOMPARE(list.size(), 3);

        const QJsonObject anchored = annotationById(anchoredId);
        QCOMPARE(anchored[u"state"_s].toString(), u"anchored"_s);
        QCOMPARE(anchored[u"exact"_s].toString(), pierQuote);
        QCOMPARE(anchored[u"start"_s].toInt(), text.indexOf(pierQuote));
        QCOMPARE(anchored[u"speaker"_s].toString(), u"Ann Lee"_s);
        QVERIFY(!anchored.contains(u"original_exact"_s));

        const QJsonObject changed = annotationById(changedId);
        QCOMPARE(changed[u"state"_s].toString(), u"changed"_s);
        QCOMPARE(changed[u"original_exact"_s].toString(), seasonQuote);
        const int start = changed[u"start"_s].toInt();
        const int end = changed[u"end"_s].toInt();
        QCOMPARE(text.mid(start, end - start), changed[u"exact"_s].toString());
        QVERIFY2(changed[u"exact"_s].toString().contains(u"summer"_s), qPrintable(changed[u"exact"_s].toString()));
        QCOMPARE(text.mid(anchored[u"start"_s].toInt(), anchored[u"end"_s].toInt() - anchored[u"start"_s].toInt()), pierQuote);

        const QJsonObject orphan = annotationById(orphanId);
        QCOMPARE(orphan[u"state"_s].toString(), u"orphan"_s);
        QVERIFY(orphan[u"start"_s].isNull());
        QVERIFY(orphan[u"end"_s].isNull());
        QCOMPARE(orphan[u"exact"_s].toString(), councilQuote);
        QCOMPARE(orphan[u"comment"_s].toString(), u"When?"_s);
        QCOMPARE(list.last()[u"id"_s].toInteger(), orphanId); // orphans are listed last
    }

    void speakersJsonCountsQuotes()
    {
        const qint64 id = importFile(u"story.html"_s, StoryHtml);
        QVERIFY(id > 0);
        QVERIFY(!annotate(id, {u"--quote"_s, u"north pier"_s, u"--speaker"_s, u"Ann Lee"_s}).isEmpty());
        QVERIFY(!annotate(id, {u"--quote"_s, u"before winter"_s, u"--speaker"_s, u"Ann Lee"_s}).isEmpty());
        QVERIFY(!annotate(id, {u"--quote"_s, u"a season of work"_s, u"--speaker"_s, u"Bo Grant"_s}).isEmpty());
        QVERIFY(!annotate(id, {u"--quote"_s, u"final decision"_s}).isEmpty());

        const Run r = gloss({u"speakers"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray speakers = r.json().array();
        QCOMPARE(speakers.size(), 2);
        const QJsonObject ann = speakers.at(0).toObject();
        QCOMPARE(sortedKeys(ann), (QStringList{u"aliases"_s, u"id"_s, u"name"_s, u"quotes"_s, u"role"_s}));
        QCOMPARE(ann[u"name"_s].toString(), u"Ann Lee"_s);
        QCOMPARE(ann[u"quotes"_s].toInt(), 2);
        QVERIFY(ann[u"id"_s].toInteger() > 0);
        QCOMPARE(speakers.at(1)[u"name"_s].toString(), u"Bo Grant"_s);
        QCOMPARE(speakers.at(1)[u"quotes"_s].toInt(), 1);

        const Run plain = gloss({u"speakers"_s});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains("Ann Lee\t2 quote(s)"), plain.out.constData());
    }

    void speakerMergeMovesQuotes()
    {
        const qint64 id = importFile(u"story.html"_s, StoryHtml);
        QVERIFY(id > 0);
        QVERIFY(!annotate(id, {u"--quote"_s, u"north pier"_s, u"--speaker"_s, u"A. Lee"_s}).isEmpty());
        QVERIFY(!annotate(id, {u"--quote"_s, u"before winter"_s, u"--speaker"_s, u"A. Lee"_s}).isEmpty());
        QVERIFY(!annotate(id, {u"--quote"_s, u"the chair repeated"_s, u"--speaker"_s, u"Ann Lee"_s}).isEmpty());

        const Run merge = gloss({u"speaker-merge"_s, u"a. lee"_s, u"Ann Lee"_s});
        QCOMPARE(merge.exitCode, 0);
        QVERIFY2(merge.out.contains("moved 2 quote(s) from 'A. Lee' to 'Ann Lee'"), merge.out.constData());

        const QJsonArray moved = annotations({u"--speaker"_s, u"Ann Lee"_s});
        QCOMPARE(moved.size(), 3);
        for (const QJsonValue &a : moved)
            QCOMPARE(a[u"speaker"_s].toString(), u"Ann Lee"_s);
        const QJsonArray speakers = gloss({u"speakers"_s, u"--json"_s}).json().array();
        QCOMPARE(speakers.size(), 1);
        QCOMPARE(speakers.first()[u"name"_s].toString(), u"Ann Lee"_s);
        QCOMPARE(speakers.first()[u"quotes"_s].toInt(), 3);

        const Run unknown = gloss({u"speaker-merge"_s, u"Nobody"_s, u"Ann Lee"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"there is no speaker named 'Nobody'"_s), qPrintable(unknown.err));
        const Run self = gloss({u"speaker-merge"_s, u"A. Lee"_s, u"Ann Lee"_s}); // now an alias of the same person
        QCOMPARE(self.exitCode, 1);
        QVERIFY2(self.err.contains(u"the same speaker"_s), qPrintable(self.err));
        QCOMPARE(gloss({u"speaker-merge"_s, u"Ann Lee"_s}).exitCode, 2);
    }

    void unannotate()
    {
        const qint64 id = importFile(u"story.html"_s, StoryHtml);
        QVERIFY(id > 0);
        const qint64 keep = annotate(id, {u"--quote"_s, u"north pier"_s})[u"id"_s].toInteger();
        const qint64 drop = annotate(id, {u"--quote"_s, u"final decision"_s})[u"id"_s].toInteger();
        QVERIFY(keep > 0 && drop > 0);
        QCOMPARE(gloss({u"unannotate"_s, QString::number(drop)}).exitCode, 0);
        const QJsonArray left = annotations();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first()[u"id"_s].toInteger(), keep);

        const Run missing = gloss({u"unannotate"_s, QString::number(drop)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"there is no annotation %1"_s.arg(drop)), qPrintable(missing.err));
        QCOMPARE(gloss({u"unannotate"_s, u"abc"_s}).exitCode, 2);
        QCOMPARE(gloss({u"unannotate"_s}).exitCode, 2);
    }

    void usageAndLookupErrors()
    {
        const qint64 id = importFile(u"story.html"_s, StoryHtml);
        QVERIFY(id > 0);
        const Run noQuote = gloss({u"annotate"_s, QString::number(id)});
        QCOMPARE(noQuote.exitCode, 2);
        QVERIFY2(noQuote.err.contains(u"--quote TEXT is required"_s), qPrintable(noQuote.err));
        const Run badId = gloss({u"annotate"_s, u"abc"_s, u"--quote"_s, u"pier"_s});
        QCOMPARE(badId.exitCode, 2);
        QVERIFY2(badId.err.contains(u"'abc' is not an article id"_s), qPrintable(badId.err));
        QCOMPARE(gloss({u"annotate"_s, u"--quote"_s, u"pier"_s}).exitCode, 2);
        QCOMPARE(gloss({u"annotate"_s, QString::number(id), u"--quote"_s, u"   "_s}).exitCode, 2);
        QCOMPARE(gloss({u"annotate"_s, QString::number(id), u"--quote"_s, u"pier"_s, u"--bogus"_s}).exitCode, 2);
        QCOMPARE(gloss({u"annotations"_s, u"--article"_s, u"x"_s}).exitCode, 2);

        const Run noArticle = gloss({u"annotate"_s, u"999"_s, u"--quote"_s, u"pier"_s});
        QCOMPARE(noArticle.exitCode, 1);
        QVERIFY2(noArticle.err.contains(u"there is no article 999"_s), qPrintable(noArticle.err));
        const Run noSpeaker = gloss({u"annotations"_s, u"--speaker"_s, u"Nobody"_s});
        QCOMPARE(noSpeaker.exitCode, 1);
        QVERIFY2(noSpeaker.err.contains(u"there is no speaker named 'Nobody'"_s), qPrintable(noSpeaker.err));
        QCOMPARE(gloss({u"annotations"_s, u"--article"_s, u"999"_s}).exitCode, 1);
        QCOMPARE(annotations().size(), 0);
        QCOMPARE(gloss({u"annotate"_s, u"--help"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAnnotations)
#include "tst_cli_annotations.moc"
