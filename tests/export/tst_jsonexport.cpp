// The gloss-notes JSON format: it parses, says what it is, and holds everything a backup needs —
// article text and HTML, every annotation field with its selectors, speakers with aliases, role and
// note, tags — with awkward text coming back exactly.
#include "ExportFixture.h"

#include "export/ExportFormat.h"
#include "export/ExportReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace gloss;

class TestJsonExport : public QObject {
    Q_OBJECT

    std::unique_ptr<ExportFixture> m_fx;

    QJsonObject exportJson(const ExportScope &scope)
    {
        auto bundle = ExportReader(m_fx->library->database()).readAll(scope);
        if (!bundle)
            return {};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(renderExport(ExportFormat::Json, *bundle), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << error.offset;
        return doc.object();
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ExportFixture>();
        QVERIFY(m_fx->open());
    }

    void backupHoldsEverything()
    {
        ExportScope scope;
        scope.includeUnannotated = true;
        scope.withContent = true;
        const QJsonObject root = exportJson(scope);
        QCOMPARE(root[u"format"_s].toString(), u"gloss-notes"_s);
        QCOMPARE(root[u"version"_s].toInt(), 1);
        QVERIFY(root[u"whole_library"_s].toBool());
        QVERIFY(QDateTime::fromString(root[u"exported"_s].toString(), Qt::ISODate).isValid());
        const QJsonArray articles = root[u"articles"_s].toArray();
        QCOMPARE(articles.size(), 4);
        QCOMPARE(root[u"article_count"_s].toInt(), 4);
        QCOMPARE(root[u"annotation_count"_s].toInt(), 6);

        QJsonObject web;
        for (const QJsonValue &v : articles) {
            if (v[u"id"_s].toInteger() == m_fx->web)
                web = v.toObject();
        }
        QCOMPARE(web[u"title"_s].toString(), ExportFixture::webTitle());
        QCOMPARE(web[u"text"_s].toString(), ExportFixture::webText());
        QVERIFY(web[u"html"_s].toString().contains(u"&lt;script&gt;"_s));
        QCOMPARE(web[u"url"_s].toString(), u"https://news.example/story?id=1&x=2"_s);
        QCOMPARE(web[u"uri"_s].toString(), u"https://news.example/story?id=1&x=2"_s);
        QCOMPARE(web[u"source"_s].toString(), u"Example News, Inc."_s);
        QCOMPARE(web[u"author"_s].toString(), u"Jane O'Brien"_s);
        QCOMPARE(web[u"published"_s].toString(), u"2024-05-01T10:00:00Z"_s);
        const QJsonArray annotations = web[u"annotations"_s].toArray();
        QCOMPARE(annotations.size(), 5);

        const QString text = ExportFixture::webText();
        int withSpeaker = 0;
        for (const QJsonValue &v : annotations) {
            const QJsonObject n = v.toObject();
            QVERIFY(n[u"uri"_s].toString().startsWith(u"urn:uuid:"_s));
            QVERIFY(n[u"uri"_s].toString().endsWith(n[u"uuid"_s].toString()));
            const QJsonObject quote = n[u"quote"_s].toObject();
            if (n[u"state"_s].toString() == u"orphan"_s) {
                QVERIFY(n[u"position"_s].isNull());
            } else {
                // The selectors point into the exported text.
                const int start = n[u"position"_s][u"start"_s].toInt();
                const int end = n[u"position"_s][u"end"_s].toInt();
                QCOMPARE(text.mid(start, end - start), quote[u"exact"_s].toString());
                QVERIFY(text.left(start).endsWith(quote[u"prefix"_s].toString()));
                QVERIFY(text.mid(end).startsWith(quote[u"suffix"_s].toString()));
            }
            if (n[u"speaker"_s].isObject())
                ++withSpeaker;
            if (quote[u"exact"_s].toString().startsWith(u"---"_s)) {
                QCOMPARE(n[u"comment"_s].toString(), ExportFixture::hostileComment());
                QCOMPARE(n[u"tags"_s].toArray().toVariantList(),
                         (QVariantList{u"#hash, tag"_s, u"1984"_s, u"needs check"_s}));
                QCOMPARE(n[u"kind"_s].toString(), u"highlight"_s);
            }
            if (n[u"state"_s].toString() == u"changed"_s)
                QCOMPARE(n[u"original_exact"_s].toString(), u"<script>alert('y')</script>"_s);
            if (n[u"verb"_s].toString() == u"said"_s) {
                QCOMPARE(n[u"speaker"_s][u"name"_s].toString(), u"Jane Doe"_s);
                QCOMPARE(n[u"quote_kind"_s].toString(), u"direct"_s);
                QCOMPARE(n[u"color"_s].toString(), u"blue"_s);
                QCOMPARE(n[u"created"_s].toString(), u"2024-05-02T09:30:00Z"_s);
                QCOMPARE(n[u"updated"_s].toString(), u"2024-05-03T11:45:00Z"_s);
            }
        }
        QCOMPARE(withSpeaker, 2);

        const QJsonArray speakers = root[u"speakers"_s].toArray();
        QCOMPARE(speakers.size(), 2);
        for (const QJsonValue &s : speakers) {
            if (s[u"name"_s].toString() == u"Jane Doe"_s) {
                QCOMPARE(s[u"role"_s].toString(), u"Chair, \"Harbour\" Board"_s);
                QCOMPARE(s[u"note"_s].toString(), u"Note: <b>not bold</b>"_s);
                QCOMPARE(s[u"aliases"_s].toArray().toVariantList(), (QVariantList{u"Chair Jane"_s, u"J. Doe"_s}));
            } else {
                QCOMPARE(s[u"name"_s].toString(), u"أحمد"_s);
            }
        }
        QStringList tags;
        for (const QJsonValue &t : root[u"tags"_s].toArray())
            tags << t.toString();
        QCOMPARE(tags, (QStringList{u"#hash, tag"_s, u"1984"_s, u"climate"_s, u"needs check"_s}));
    }

    void scopedExportListsOnlyWhatItUses()
    {
        const QJsonObject root = exportJson(ExportScope::bySpeaker(u"Ahmed"_s));
        QVERIFY(!root[u"whole_library"_s].toBool());
        QCOMPARE(root[u"articles"_s].toArray().size(), 1);
        QCOMPARE(root[u"speakers"_s].toArray().size(), 1);
        QCOMPARE(root[u"speakers"_s][0][u"name"_s].toString(), u"أحمد"_s);
        QCOMPARE(root[u"tags"_s].toArray().size(), 0);
        // Content was not asked for: empty strings, not missing keys.
        QCOMPARE(root[u"articles"_s][0][u"text"_s].toString(), QString());
    }

    void emptyExportIsValidJson()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(renderExport(ExportFormat::Json, ExportBundle()));
        QVERIFY(doc.isObject());
        QCOMPARE(doc[u"articles"_s].toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
