// The W3C Web Annotation export against the W3C test suite (../shared/conformance/web-annotation-tests):
// every exported annotation passes every MUST assertion of annotations/annotationMusts.test, the
// collection those of collections/collectionMusts.test and its embedded page those of
// collections/pages/pageMusts.test, checked with the schemas themselves (JsonSchemaCheck). The
// checker is first held against the suite's own samples: correct ones pass, incorrect ones fail.
// Every id anywhere in the export is checked to be a URI (the schemas leave "format": "uri" to us).
// The conformance parts skip with a message when ../shared is absent; the shape checks always run.
#include "ExportFixture.h"
#include "JsonSchemaCheck.h"

#include "export/ExportFormat.h"
#include "export/ExportReader.h"
#include "export/W3cWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace gloss;

namespace {

QString suiteDir()
{
    return QStringLiteral(GLOSS_SHARED_DIR "/conformance/web-annotation-tests");
}

// Every value of an "id" key, anywhere.
void collectIds(const QJsonValue &v, QStringList &ids)
{
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectIds(item, ids);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"id"_s || it.key() == u"source"_s)
                ids << it.value().toString(u"<not a string>"_s);
            collectIds(it.value(), ids);
        }
    }
}

} // namespace

class TestW3cExport : public QObject {
    Q_OBJECT

    std::unique_ptr<ExportFixture> m_fx;
    std::unique_ptr<SchemaSuite> m_suite;
    QJsonObject m_collection;
    QHash<QString, QString> m_texts; // article URI -> text

    void requireSuite()
    {
        if (!QDir(suiteDir()).exists())
            QSKIP(qPrintable(u"the W3C Web Annotation test suite is not at %1 (../shared beside the checkout); skipped"_s.arg(suiteDir())));
        if (!m_suite)
            m_suite = std::make_unique<SchemaSuite>(suiteDir());
        QVERIFY2(m_suite->isLoaded() && m_suite->loadError().isEmpty(), qPrintable(m_suite->loadError()));
    }

    // The MUST assertions `instance` fails, as "file: message" lines.
    QStringList failedMusts(const QString &testFile, const QJsonValue &instance)
    {
        QStringList failed;
        const QList<SchemaSuite::Assertion> list = m_suite->assertions(testFile);
        if (list.isEmpty())
            failed << u"no assertions in "_s + testFile;
        for (const SchemaSuite::Assertion &a : list) {
            if (!m_suite->check(a, instance))
                failed << a.path + u": "_s + a.errorMessage;
        }
        return failed;
    }

    static QJsonValue readSample(const QString &path, bool *parsed)
    {
        QFile f(path);
        QJsonParseError error;
        const QJsonDocument doc = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &error) : QJsonDocument();
        *parsed = !doc.isNull() && error.error == QJsonParseError::NoError;
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }

    QJsonArray items() const { return m_collection[u"first"_s][u"items"_s].toArray(); }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ExportFixture>();
        QVERIFY(m_fx->open());
        ExportScope scope;
        scope.includeUnannotated = true;
        scope.withContent = true;
        auto bundle = ExportReader(m_fx->library->database()).readAll(scope);
        QVERIFY(bundle.ok());
        m_texts.clear();
        for (const ExportedArticle &a : std::as_const(bundle->articles))
            m_texts.insert(articleUri(a), a.text);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(renderExport(ExportFormat::W3c, *bundle), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        m_collection = doc.object();
    }

    void checkerAgreesWithTheSuiteSamples()
    {
        requireSuite();
        // Samples the suite's own MUST schemas disagree with (checked against python-jsonschema's
        // Draft 4 validator too): anno11-13 use the "Composite", "List" and "Independents" targets
        // of an earlier draft of the model; example42/43 are pages whose partOf is a string where
        // the page schemas want a collection object. Everything else must come out as filed.
        const QStringList suiteInconsistencies{u"anno11.json"_s, u"anno12.json"_s, u"anno13.json"_s, u"example42.json"_s,
                                               u"example43.json"_s};
        const QString correct = suiteDir() + u"/tools/samples/correct/"_s;
        int checked = 0;
        QStringList correctButFailing;
        for (const QString &name : QDir(correct).entryList({u"*.json"_s}, QDir::Files)) {
            bool parsed = false;
            const QJsonValue sample = readSample(correct + name, &parsed);
            QVERIFY2(parsed, qPrintable(name));
            const QString type = sample[u"type"_s].toString();
            QStringList failed;
            if (type == u"Annotation"_s)
                failed = failedMusts(u"annotations/annotationMusts.test"_s, sample);
            else if (type == u"AnnotationCollection"_s)
                failed = failedMusts(u"collections/collectionMusts.test"_s, sample);
            else if (type == u"AnnotationPage"_s)
                failed = failedMusts(u"collections/pages/pageMusts.test"_s, sample);
            else
                continue;
            ++checked;
            if (!failed.isEmpty())
                correctButFailing << name;
            if (!suiteInconsistencies.contains(name))
                QVERIFY2(failed.isEmpty(), qPrintable(name + u" (correct) fails:\n"_s + failed.join(u'\n')));
        }
        QVERIFY(checked >= 40);
        QCOMPARE(correctButFailing, suiteInconsistencies);

        // Incorrect samples: not JSON at all, or JSON that breaks a MUST (anno6's "not a uri" id only
        // with the URI check the schemas leave to the validator). Either way an importer refuses it.
        const QString incorrect = suiteDir() + u"/tools/samples/incorrect/"_s;
        const QStringList names = QDir(incorrect).entryList({u"*.json"_s}, QDir::Files);
        QVERIFY(names.size() >= 30);
        for (const QString &name : names) {
            bool parsed = false;
            const QJsonValue sample = readSample(incorrect + name, &parsed);
            QVERIFY2(!parsed || !failedMusts(u"annotations/annotationMusts.test"_s, sample).isEmpty(),
                     qPrintable(name + u" (incorrect) passes every MUST: "_s + sample[u"label"_s].toString()));
        }
    }

    void everyExportedAnnotationPassesTheMusts()
    {
        requireSuite();
        QCOMPARE(items().size(), 6);
        for (const QJsonValue &item : items()) {
            const QStringList failed = failedMusts(u"annotations/annotationMusts.test"_s, item);
            QVERIFY2(failed.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(item.toObject()).toJson()) + failed.join(u'\n')));
        }
        // One annotation of each shape alone too: no body, one body, several bodies, orphan.
        ExportedArticle article;
        article.sourceKey = u"/tmp/file.txt"_s;
        ExportedAnnotation bare;
        bare.id = 1;
        bare.uuid = u"not a uuid"_s;
        bare.exact = u"x"_s;
        bare.state = u"orphan"_s;
        QVERIFY(failedMusts(u"annotations/annotationMusts.test"_s, W3cWriter::annotationJson(bare, article)).isEmpty());
    }

    void collectionAndPagePassTheMusts()
    {
        requireSuite();
        QStringList failed = failedMusts(u"collections/collectionMusts.test"_s, m_collection);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
        // pageMusts accepts "an Annotation Collection with an embedded Page".
        failed = failedMusts(u"collections/pages/pageMusts.test"_s, m_collection);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
        // An empty export is a collection of total 0 without a page; still valid.
        const QJsonObject empty = QJsonDocument::fromJson(renderExport(ExportFormat::W3c, ExportBundle())).object();
        QCOMPARE(empty[u"total"_s].toInt(), 0);
        QVERIFY(!empty.contains(u"first"_s));
        failed = failedMusts(u"collections/collectionMusts.test"_s, empty);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
    }

    void idsAreUris()
    {
        QStringList ids;
        collectIds(m_collection, ids);
        QVERIFY(ids.size() >= 2 + 6 * 2);
        for (const QString &id : std::as_const(ids))
            QVERIFY2(SchemaSuite::isUri(id), qPrintable(id));
        QVERIFY(!SchemaSuite::isUri(u"/home/someone/notes, draft.txt"_s));
        QVERIFY(!SchemaSuite::isUri(u"not a uri"_s));
        QSet<QString> annotationIds;
        for (const QJsonValue &item : items()) {
            const QString id = item[u"id"_s].toString();
            QVERIFY2(id.startsWith(u"urn:uuid:"_s), qPrintable(id));
            annotationIds.insert(id);
        }
        QCOMPARE(annotationIds.size(), 6); // distinct
    }

    void shape()
    {
        QCOMPARE(m_collection[u"@context"_s].toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(m_collection[u"type"_s].toString(), u"AnnotationCollection"_s);
        QCOMPARE(m_collection[u"total"_s].toInt(), 6);
        QCOMPARE(m_collection[u"first"_s][u"type"_s].toString(), u"AnnotationPage"_s);
        QCOMPARE(m_collection[u"first"_s][u"startIndex"_s].toInt(), 0);
        bool sawSpeaker = false, sawFile = false, sawOrphan = false;
        for (const QJsonValue &item : items()) {
            const QJsonObject target = item[u"target"_s].toObject();
            const QJsonArray selectors = target[u"selector"_s].toArray();
            QCOMPARE(selectors.first()[u"type"_s].toString(), u"TextQuoteSelector"_s);
            if (selectors.size() == 2) {
                QCOMPARE(selectors[1][u"type"_s].toString(), u"TextPositionSelector"_s);
                // Offsets count code points, as the model says: the emoji before some quotes is one.
                const QList<uint> codePoints = m_texts.value(target[u"source"_s].toString()).toUcs4();
                const int start = selectors[1][u"start"_s].toInt();
                const int end = selectors[1][u"end"_s].toInt();
                QVERIFY(end > start);
                QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start),
                         selectors.first()[u"exact"_s].toString());
            } else {
                sawOrphan = true;
            }
            const QString source = target[u"source"_s].toString();
            if (source.startsWith(u"urn:gloss:article:"_s))
                sawFile = true;
            else
                QCOMPARE(source, u"https://news.example/story?id=1&x=2"_s);
            if (!item.toObject().contains(u"body"_s))
                continue; // a plain highlight has no body
            const QJsonArray bodies = item[u"body"_s].isArray() ? item[u"body"_s].toArray() : QJsonArray{item[u"body"_s]};
            for (const QJsonValue &body : bodies) {
                QCOMPARE(body[u"type"_s].toString(), u"TextualBody"_s);
                const QString purpose = body[u"purpose"_s].toString();
                QVERIFY(purpose == u"commenting"_s || purpose == u"tagging"_s || purpose == u"identifying"_s);
                if (purpose == u"commenting"_s)
                    QCOMPARE(body[u"format"_s].toString(), u"text/markdown"_s);
                if (purpose == u"identifying"_s && body[u"value"_s].toString() == u"Jane Doe"_s)
                    sawSpeaker = true;
            }
        }
        QVERIFY(sawSpeaker && sawFile && sawOrphan);
    }
};

QTEST_GUILESS_MAIN(TestW3cExport)
#include "tst_w3cexport.moc"
