// `gloss import-notes` end to end: the real executable exports a library built through the command
// line (import, annotate) and imports it into an empty library (gloss-notes JSON) and into a library
// with the same articles (W3C), with the counts in --json and as a line of text, unmatched annotations
// listed on standard error with exit 0, an idempotent second run, and the failures: exit 1 with the
// file and the problem named (not JSON, another format, a newer version, a missing file), 2 for usage.
#include "GlossProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray StoryHtml = "<html><head><title>Harbour plan</title></head><body><article>"
                             "<p>The harbour board met on Tuesday to discuss the plan.</p>"
                             "<p>\"We will rebuild the north pier before winter,\" said the chair.</p>"
                             "<p>Fishermen said the delay had cost them a season of work. \xF0\x9F\x98\x80</p>"
                             "</article></body></html>";
const QByteArray NotesText = "Council notes\n\nThe mayor said the budget, \"as always\", was tight.\n\nThe clerk agreed.\n";

} // namespace

class TestCliImportNotes : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
    QString m_story;
    QString m_notes;

    bool ok(const Run &r)
    {
        if (r.exitCode != 0)
            qWarning() << r.exitCode << r.err;
        return r.exitCode == 0;
    }

    QString exportTo(const QString &format)
    {
        const QString path = m_dir->filePath(u"notes-"_s + format + u".json"_s);
        return ok(runGloss(m_library, {u"export"_s, u"--format"_s, format, u"-o"_s, path})) ? path : QString();
    }

    QJsonArray annotations(const QString &library)
    {
        return runGloss(library, {u"annotations"_s, u"--json"_s}).json().array();
    }

    // What an annotation is, without the ids a library gives it.
    static QStringList describe(const QJsonArray &list)
    {
        QStringList out;
        for (const QJsonValue &v : list) {
            QJsonObject o = v.toObject();
            o.remove(u"id"_s);
            o.remove(u"article"_s);
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        out.sort();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_library = m_dir->filePath(u"library.sqlite"_s);
        m_story = writeTestFile(*m_dir, u"story.html"_s, StoryHtml);
        m_notes = writeTestFile(*m_dir, u"notes.txt"_s, NotesText);
        QVERIFY(ok(runGloss(m_library, {u"import"_s, m_story, m_notes})));
        const auto annotate = [this](const QStringList &args) { return ok(runGloss(m_library, QStringList{u"annotate"_s} + args)); };
        QVERIFY(annotate({u"1"_s, u"--quote"_s, u"We will rebuild the north pier before winter,"_s, u"--speaker"_s, u"Jane Doe"_s,
                          u"--tag"_s, u"harbour works"_s, u"--comment"_s, u"Check **this**"_s, u"--kind"_s, u"direct"_s}));
        QVERIFY(annotate({u"1"_s, u"--quote"_s, u"The harbour board met on Tuesday"_s, u"--color"_s, u"green"_s}));
        QVERIFY(annotate({u"2"_s, u"--quote"_s, u"the budget, \"as always\", was tight"_s, u"--speaker"_s, u"Mayor Smith"_s,
                          u"--kind"_s, u"reported"_s}));
    }

    void glossJsonIntoEmptyLibrary()
    {
        const QString file = exportTo(u"json"_s);
        QVERIFY(!file.isEmpty());
        const QString empty = m_dir->filePath(u"empty.sqlite"_s);
        const Run r = runGloss(empty, {u"import-notes"_s, file, u"--json"_s});
        QVERIFY(ok(r));
        const QJsonObject counts = r.json().object();
        QCOMPARE(counts[u"format"_s].toString(), u"gloss-notes"_s);
        QCOMPARE(counts[u"imported"_s].toInt(), 3);
        QCOMPARE(counts[u"articles_created"_s].toInt(), 2);
        QCOMPARE(counts[u"articles_matched"_s].toInt(), 0);
        QCOMPARE(counts[u"unchanged"_s].toInt(), 0);
        QCOMPARE(counts[u"reanchored"_s].toInt(), 0);
        QCOMPARE(counts[u"orphaned"_s].toInt(), 0);
        QCOMPARE(counts[u"unmatched"_s].toInt(), 0);
        QCOMPARE(counts[u"unmatched_items"_s].toArray().size(), 0);
        QCOMPARE(describe(annotations(empty)), describe(annotations(m_library)));
        QCOMPARE(runGloss(empty, {u"speakers"_s, u"--json"_s}).json(), runGloss(m_library, {u"speakers"_s, u"--json"_s}).json());

        // Again: nothing new, said as a line of text.
        const Run again = runGloss(empty, {u"import-notes"_s, file});
        QVERIFY(ok(again));
        QCOMPARE(QString::fromUtf8(again.out).trimmed(),
                 u"imported 0 annotation(s) (0 re-anchored, 0 orphaned), 3 already present, 0 unmatched; articles: 0 created, 2 matched"_s);
        QCOMPARE(annotations(empty).size(), 3);
    }

    void w3cOntoTheSameArticles()
    {
        const QString file = exportTo(u"w3c"_s);
        QVERIFY(!file.isEmpty());
        // One more annotation, on a story this library never had.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject first = root[u"first"_s].toObject();
        QJsonArray items = first[u"items"_s].toArray();
        items.append(QJsonObject{{u"id"_s, u"https://annotations.example/42"_s},
                                 {u"type"_s, u"Annotation"_s},
                                 {u"target"_s, QJsonObject{{u"source"_s, u"https://elsewhere.example/story"_s},
                                                           {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                                                       {u"exact"_s, u"somewhere else"_s}}}}}});
        first[u"items"_s] = items;
        root[u"first"_s] = first;
        const QString withUnknown = writeTestFile(*m_dir, u"with-unknown.jsonld"_s, QJsonDocument(root).toJson());

        // The other library imported the same files: same source keys, so the same urn:gloss:article: URNs.
        const QString other = m_dir->filePath(u"other.sqlite"_s);
        QVERIFY(ok(runGloss(other, {u"import"_s, m_story, m_notes})));
        const Run r = runGloss(other, {u"import-notes"_s, withUnknown, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject counts = r.json().object();
        QCOMPARE(counts[u"format"_s].toString(), u"w3c"_s);
        QCOMPARE(counts[u"imported"_s].toInt(), 3);
        QCOMPARE(counts[u"articles_matched"_s].toInt(), 2);
        QCOMPARE(counts[u"unmatched"_s].toInt(), 1);
        const QJsonArray unmatched = counts[u"unmatched_items"_s].toArray();
        QCOMPARE(unmatched.size(), 1);
        QCOMPARE(unmatched[0][u"id"_s].toString(), u"https://annotations.example/42"_s);
        QCOMPARE(unmatched[0][u"source"_s].toString(), u"https://elsewhere.example/story"_s);
        QVERIFY2(r.err.contains(u"unmatched: https://annotations.example/42"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"https://elsewhere.example/story"_s));
        // W3C carries no quote kind or verb; the rest is the same annotation.
        const QJsonArray imported = annotations(other);
        QCOMPARE(imported.size(), 3);
        for (const QJsonValue &v : imported)
            QCOMPARE(v[u"state"_s].toString(), u"anchored"_s);

        const Run again = runGloss(other, {u"import-notes"_s, withUnknown, u"--json"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json()[u"imported"_s].toInt(), 0);
        QCOMPARE(again.json()[u"unchanged"_s].toInt(), 3);
        QCOMPARE(again.json()[u"unmatched"_s].toInt(), 1);
        QCOMPARE(annotations(other).size(), 3);
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"format\": \"gloss-notes\",\n\"version\": 1,\n]") << u"not valid JSON"_s;
        QTest::newRow("another format") << QByteArray(R"({"format":"feed","version":1,"articles":[]})")
                                        << u"the format is 'feed', not gloss-notes"_s;
        QTest::newRow("newer version") << QByteArray(R"({"format":"gloss-notes","version":7,"articles":[]})")
                                       << u"gloss-notes version 7 is newer than this Gloss reads"_s;
    }

    void failures()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file = writeTestFile(*m_dir, u"bad notes.json"_s, content);
        const int before = annotations(m_library).size();
        const Run r = runGloss(m_library, {u"import-notes"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(u"nothing was imported"_s));
        QCOMPARE(annotations(m_library).size(), before);
    }

    void missingFileAndUsage()
    {
        const QString missing = m_dir->filePath(u"no-such.json"_s);
        const Run r = runGloss(m_library, {u"import-notes"_s, missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        const Run none = runGloss(m_library, {u"import-notes"_s});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(u"no file given"_s));
        const Run two = runGloss(m_library, {u"import-notes"_s, u"a.json"_s, u"b.json"_s});
        QCOMPARE(two.exitCode, 2);
        const Run unknown = runGloss(m_library, {u"import-notes"_s, u"--frobnicate"_s, u"a.json"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(runGloss(m_library, {u"--help"_s}).out.contains("import-notes FILE [--json]"));
    }
};

QTEST_GUILESS_MAIN(TestCliImportNotes)
#include "tst_cli_import_notes.moc"
