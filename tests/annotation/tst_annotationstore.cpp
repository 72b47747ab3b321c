// AnnotationStore on a real library: round trip of every field, tags, queries, deletion, and
// re-anchoring when the article's text changes.
#include "AnnotationFixture.h"

#include "annotation/AnnotationStore.h"
#include "annotation/LabelStore.h"
#include "annotation/SpeakerStore.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {
const QString Text = u"The council met on Tuesday.\n\"We will build the tram,\" the mayor said.\nResidents were divided."_s;

Annotation annotationOn(qint64 articleId, const QString &text, const QString &passage)
{
    const int start = int(text.indexOf(passage));
    Annotation a;
    a.articleId = articleId;
    a.selectors = captureSelectors(text, start, start + int(passage.size()));
    return a;
}
} // namespace

class TestAnnotationStore : public QObject {
    Q_OBJECT

    std::unique_ptr<AnnotationFixture> m_fx;

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<AnnotationFixture>();
        QVERIFY(m_fx->open(Text));
    }

    void roundTripsEveryField()
    {
        Database &db = m_fx->library->database();
        const qint64 speaker = SpeakerStore(db).create({0, u"Mara Lind"_s, u"Mayor"_s, {}, {u"Lind"_s}, 0}).value();
        Annotation a = annotationOn(m_fx->articleId, Text, u"We will build the tram,"_s);
        a.kind = AnnotationKind::Quote;
        a.color = u"green"_s;
        a.comment = u"Promise made **before** the budget vote; see [minutes](https://example.org)."_s;
        a.speakerId = speaker;
        a.quoteKind = QuoteKind::Direct;
        a.verb = u"said"_s;
        a.tags = {u"transport"_s, u"Promises"_s};
        AnnotationStore store(db);
        const auto id = store.create(a);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        const auto read = store.annotation(*id);
        QVERIFY(read.ok() && read->has_value());
        const Annotation &b = **read;
        QCOMPARE(b.articleId, m_fx->articleId);
        QCOMPARE(b.kind, AnnotationKind::Quote);
        QCOMPARE(b.color, u"green"_s);
        QCOMPARE(b.exact(), u"We will build the tram,"_s);
        QCOMPARE(b.start(), a.start());
        QCOMPARE(b.end(), a.end());
        QCOMPARE(b.selectors.quote.prefix, a.selectors.quote.prefix);
        QCOMPARE(b.selectors.quote.suffix, a.selectors.quote.suffix);
        QCOMPARE(b.comment, a.comment);
        QCOMPARE(b.speakerId, speaker);
        QCOMPARE(b.speakerName, u"Mara Lind"_s);
        QCOMPARE(b.quoteKind, QuoteKind::Direct);
        QCOMPARE(b.verb, u"said"_s);
        QCOMPARE(b.tags, (QStringList{u"Promises"_s, u"transport"_s}));
        QCOMPARE(b.status, AnchorStatus::Anchored);
        QVERIFY(!b.uuid.isEmpty());
        QVERIFY(b.created.isValid());
    }

    void updateRetagsAndDeleteRemoves()
    {
        Database &db = m_fx->library->database();
        AnnotationStore store(db);
        Annotation a = annotationOn(m_fx->articleId, Text, u"Residents were divided."_s);
        a.tags = {u"reaction"_s};
        a.id = store.create(a).value();
        a.tags = {u"Reaction"_s, u"opinion"_s};
        a.color = u"blue"_s;
        QVERIFY(store.update(a).ok());
        const Annotation b = store.annotation(a.id).value().value();
        QCOMPARE(b.tags, (QStringList{u"opinion"_s, u"reaction"_s})); // one shared, case-insensitive label
        QCOMPARE(b.color, u"blue"_s);
        QCOMPARE(LabelStore(db).all().value().size(), 2);

        QVERIFY(store.remove(a.id).ok());
        QVERIFY(!store.annotation(a.id).value().has_value());
        QVERIFY(!store.remove(a.id).ok());
        QCOMPARE(db.queryInt(u"SELECT count(*) FROM annotation_tags"_s), 0);
    }

    void createWithIdRestoresExactly()
    {
        AnnotationStore store(m_fx->library->database());
        Annotation a = annotationOn(m_fx->articleId, Text, u"council"_s);
        a.id = store.create(a).value();
        const Annotation before = store.annotation(a.id).value().value();
        QVERIFY(store.remove(a.id).ok());
        QCOMPARE(store.create(before).value(), a.id);
        const Annotation after = store.annotation(a.id).value().value();
        QCOMPARE(after.uuid, before.uuid);
        QCOMPARE(after.created, before.created);
    }

    void findsBySpeakerTagAndArticle()
    {
        Database &db = m_fx->library->database();
        AnnotationStore store(db);
        const qint64 mayor = SpeakerStore(db).create({0, u"Mara Lind"_s, {}, {}, {}, 0}).value();
        Annotation quote = annotationOn(m_fx->articleId, Text, u"We will build the tram,"_s);
        quote.speakerId = mayor;
        quote.kind = AnnotationKind::Quote;
        QVERIFY(store.create(quote).ok());
        Annotation tagged = annotationOn(m_fx->articleId, Text, u"Residents"_s);
        tagged.tags = {u"people"_s};
        QVERIFY(store.create(tagged).ok());

        QCOMPARE(store.find({m_fx->articleId, 0, {}, -1}).value().size(), 2);
        const auto bySpeaker = store.find({0, mayor, {}, -1}).value();
        QCOMPARE(bySpeaker.size(), 1);
        QCOMPARE(bySpeaker.first().exact(), u"We will build the tram,"_s);
        const auto byTag = store.find({0, 0, u"PEOPLE"_s, -1}).value();
        QCOMPARE(byTag.size(), 1);
        QCOMPARE(byTag.first().exact(), u"Residents"_s);
        // Text order within the article.
        const auto ordered = store.forArticle(m_fx->articleId).value();
        QVERIFY(ordered.first().start() < ordered.last().start());
        // Placements: the same rows in the same order, with what drawing them takes.
        const auto placements = store.placementsForArticle(m_fx->articleId).value();
        QCOMPARE(placements.size(), ordered.size());
        for (int i = 0; i < ordered.size(); ++i) {
            QCOMPARE(placements[i].id, ordered[i].id);
            QCOMPARE(placements[i].articleId, ordered[i].articleId);
            QCOMPARE(placements[i].kind, ordered[i].kind);
            QCOMPARE(placements[i].color, ordered[i].color);
            QCOMPARE(placements[i].start(), ordered[i].start());
            QCOMPARE(placements[i].end(), ordered[i].end());
            QCOMPARE(placements[i].status, ordered[i].status);
        }
    }

    void reanchorsWhenTheTextChanges()
    {
        AnnotationStore store(m_fx->library->database());
        const qint64 kept = store.create(annotationOn(m_fx->articleId, Text, u"We will build the tram,"_s)).value();
        const qint64 edited = store.create(annotationOn(m_fx->articleId, Text, u"Residents were divided."_s)).value();
        const qint64 dropped = store.create(annotationOn(m_fx->articleId, Text, u"The council met on Tuesday."_s)).value();

        const QString newText = u"Update: corrected.\n\"We will build the tram,\" the mayor said.\nResidents were sharply divided."_s;
        QVERIFY(m_fx->saveText(newText) == m_fx->articleId);
        const auto summary = store.reanchorArticle(m_fx->articleId, Text, newText);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->anchored + summary->changed + summary->orphaned, 3);

        const Annotation k = store.annotation(kept).value().value();
        QCOMPARE(k.status, AnchorStatus::Anchored);
        QCOMPARE(newText.mid(k.start(), k.end() - k.start()), u"We will build the tram,"_s);

        const Annotation e = store.annotation(edited).value().value();
        QCOMPARE(e.status, AnchorStatus::Changed);
        QCOMPARE(e.originalExact, u"Residents were divided."_s);
        QCOMPARE(newText.mid(e.start(), e.end() - e.start()), e.exact());

        const Annotation d = store.annotation(dropped).value().value();
        QCOMPARE(d.status, AnchorStatus::Orphan);
        QCOMPARE(d.exact(), u"The council met on Tuesday."_s); // kept, never deleted
        QCOMPARE(store.countForArticle(m_fx->articleId).value(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
