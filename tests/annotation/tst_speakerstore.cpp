// SpeakerStore: registry, aliases, lookup, merge (and its undo), guarded deletion.
#include "AnnotationFixture.h"

#include "annotation/AnnotationStore.h"
#include "annotation/SpeakerStore.h"

using namespace Qt::StringLiterals;
using namespace gloss;

class TestSpeakerStore : public QObject {
    Q_OBJECT

    std::unique_ptr<AnnotationFixture> m_fx;

    qint64 quoteBy(qint64 speaker, int start)
    {
        Annotation a;
        a.articleId = m_fx->articleId;
        a.kind = AnnotationKind::Quote;
        a.speakerId = speaker;
        a.selectors = captureSelectors(u"0123456789 abcdefghij"_s, start, start + 3);
        return AnnotationStore(m_fx->library->database()).create(a).value();
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<AnnotationFixture>();
        QVERIFY(m_fx->open(u"0123456789 abcdefghij"_s));
    }

    void createFindAndDuplicates()
    {
        SpeakerStore store(m_fx->library->database());
        const auto id = store.create({0, u"Vladimir  Putin"_s, u"President of Russia"_s, {}, {u"Putin"_s, u"putin"_s, u"Vladimir Putin"_s}, 0});
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const Speaker s = store.speaker(*id).value().value();
        QCOMPARE(s.name, u"Vladimir Putin"_s);            // white space simplified
        QCOMPARE(s.aliases, QStringList{u"Putin"_s});     // duplicates and the name itself dropped
        QCOMPARE(store.findByNameOrAlias(u"PUTIN"_s).value()->id, *id);
        QCOMPARE(store.findByNameOrAlias(u"vladimir putin"_s).value()->id, *id);
        QVERIFY(!store.findByNameOrAlias(u"Xi"_s).value().has_value());
        const auto duplicate = store.create({0, u"vladimir putin"_s, {}, {}, {}, 0});
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error().contains(u"already exists"_s), qPrintable(duplicate.error()));
        QVERIFY(!store.create({0, u"  "_s, {}, {}, {}, 0}).ok());
    }

    void mergeMovesQuotesAndAliasesAndUndoes()
    {
        SpeakerStore store(m_fx->library->database());
        const qint64 xi = store.create({0, u"Xi Jinping"_s, {}, {}, {u"Xi"_s}, 0}).value();
        const qint64 dup = store.create({0, u"President Xi"_s, {}, u"entered twice"_s, {u"Chinese leader"_s}, 0}).value();
        const qint64 q1 = quoteBy(dup, 0);
        const qint64 q2 = quoteBy(dup, 4);
        quoteBy(xi, 8);

        const auto merged = store.merge(dup, xi);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QCOMPARE(merged->movedAnnotations, (QList<qint64>{q1, q2}));
        QVERIFY(!store.speaker(dup).value().has_value());
        const Speaker after = store.speaker(xi).value().value();
        QCOMPARE(after.quoteCount, 3);
        QVERIFY(after.aliases.contains(u"President Xi"_s));
        QVERIFY(after.aliases.contains(u"Chinese leader"_s));
        QCOMPARE(store.findByNameOrAlias(u"President Xi"_s).value()->id, xi);

        QVERIFY(store.undoMerge(*merged).ok());
        const Speaker restored = store.speaker(dup).value().value();
        QCOMPARE(restored.name, u"President Xi"_s);
        QCOMPARE(restored.note, u"entered twice"_s);
        QCOMPARE(restored.quoteCount, 2);
        QCOMPARE(store.speaker(xi).value()->aliases, QStringList{u"Xi"_s});
        QCOMPARE(AnnotationStore(m_fx->library->database()).annotation(q1).value()->speakerId, dup);

        QVERIFY(!store.merge(xi, xi).ok());
        QVERIFY(!store.merge(xi, 9999).ok());
    }

    void deletingAUsedSpeakerNeedsForce()
    {
        SpeakerStore store(m_fx->library->database());
        const qint64 id = store.create({0, u"Dmitry Peskov"_s, {}, {}, {}, 0}).value();
        const qint64 quote = quoteBy(id, 0);
        const Status refused = store.remove(id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"1 quote"_s), qPrintable(refused.error()));
        QVERIFY(store.speaker(id).value().has_value());
        QVERIFY(store.remove(id, true).ok());
        QVERIFY(!store.speaker(id).value().has_value());
        // The quote stays, without a speaker.
        const auto kept = AnnotationStore(m_fx->library->database()).annotation(quote).value();
        QVERIFY(kept.has_value());
        QCOMPARE(kept->speakerId, 0);
    }

    void renameAndRole()
    {
        SpeakerStore store(m_fx->library->database());
        const qint64 a = store.create({0, u"A. Blinken"_s, {}, {}, {}, 0}).value();
        store.create({0, u"Boris Pistorius"_s, {}, {}, {}, 0}).value();
        Speaker s = store.speaker(a).value().value();
        s.name = u"Antony Blinken"_s;
        s.role = u"US Secretary of State"_s;
        s.aliases = {u"Blinken"_s};
        QVERIFY(store.update(s).ok());
        QCOMPARE(store.speaker(a).value()->role, u"US Secretary of State"_s);
        s.name = u"boris pistorius"_s;
        const Status clash = store.update(s);
        QVERIFY(!clash.ok());
        QVERIFY2(clash.error().contains(u"already exists"_s), qPrintable(clash.error()));
        QCOMPARE(store.all().value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerStore)
#include "tst_speakerstore.moc"
