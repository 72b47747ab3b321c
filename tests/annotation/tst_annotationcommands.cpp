// Every annotation change is undoable: create, edit (recolour, retag, comment, speaker), delete,
// speaker edit and merge, each undone and redone on a real library through a QUndoStack.
#include "AnnotationFixture.h"

#include "annotation/AnnotationCommands.h"
#include "annotation/AnnotationStore.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {
const QString Text = u"\"Nobody asked us,\" said the farmer. The ministry disagreed."_s;
}

class TestAnnotationCommands : public QObject {
    Q_OBJECT

    std::unique_ptr<AnnotationFixture> m_fx;
    std::unique_ptr<AnnotationEvents> m_events;
    std::unique_ptr<QUndoStack> m_stack;

    Database &db() { return m_fx->library->database(); }
    Annotation draft()
    {
        Annotation a;
        a.articleId = m_fx->articleId;
        a.selectors = captureSelectors(Text, 1, 16);
        a.tags = {u"farming"_s};
        return a;
    }
    qint64 count() { return AnnotationStore(db()).countForArticle(m_fx->articleId).value(); }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<AnnotationFixture>();
        QVERIFY(m_fx->open(Text));
        m_events = std::make_unique<AnnotationEvents>();
        m_stack = std::make_unique<QUndoStack>();
    }

    void createUndoRedo()
    {
        QSignalSpy changed(m_events.get(), &AnnotationEvents::annotationsChanged);
        auto *cmd = new CreateAnnotationCommand(db(), *m_events, draft());
        m_stack->push(cmd);
        QCOMPARE(count(), 1);
        const qint64 id = cmd->annotationId();
        const QString uuid = AnnotationStore(db()).annotation(id).value()->uuid;
        m_stack->undo();
        QCOMPARE(count(), 0);
        m_stack->redo();
        QCOMPARE(count(), 1);
        const Annotation back = AnnotationStore(db()).annotation(id).value().value();
        QCOMPARE(back.uuid, uuid);
        QCOMPARE(back.tags, QStringList{u"farming"_s});
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.first().first().toLongLong(), m_fx->articleId);
    }

    void editRecolourRetagComment()
    {
        auto *create = new CreateAnnotationCommand(db(), *m_events, draft());
        m_stack->push(create);
        const Annotation before = AnnotationStore(db()).annotation(create->annotationId()).value().value();
        Annotation after = before;
        after.color = u"pink"_s;
        after.tags = {u"policy"_s};
        after.comment = u"Check with the *ministry*."_s;
        m_stack->push(new EditAnnotationCommand(db(), *m_events, before, after, u"Edit"_s));
        Annotation now = AnnotationStore(db()).annotation(before.id).value().value();
        QCOMPARE(now.color, u"pink"_s);
        QCOMPARE(now.tags, QStringList{u"policy"_s});
        QCOMPARE(now.comment, after.comment);
        m_stack->undo();
        now = AnnotationStore(db()).annotation(before.id).value().value();
        QCOMPARE(now.color, u"yellow"_s);
        QCOMPARE(now.tags, QStringList{u"farming"_s});
        QVERIFY(now.comment.isEmpty());
        m_stack->redo();
        QCOMPARE(AnnotationStore(db()).annotation(before.id).value()->color, u"pink"_s);
    }

    void deleteUndoRestoresTheSameAnnotation()
    {
        auto *create = new CreateAnnotationCommand(db(), *m_events, draft());
        m_stack->push(create);
        const Annotation stored = AnnotationStore(db()).annotation(create->annotationId()).value().value();
        m_stack->push(new DeleteAnnotationCommand(db(), *m_events, stored));
        QCOMPARE(count(), 0);
        m_stack->undo();
        const Annotation back = AnnotationStore(db()).annotation(stored.id).value().value();
        QCOMPARE(back.uuid, stored.uuid);
        QCOMPARE(back.created, stored.created);
        QCOMPARE(back.tags, stored.tags);
        m_stack->redo();
        QCOMPARE(count(), 0);
    }

    void speakerEditAndMerge()
    {
        SpeakerStore speakers(db());
        const qint64 farmer = speakers.create({0, u"Ana Ruiz"_s, u"Farmer"_s, {}, {}, 0}).value();
        const qint64 dup = speakers.create({0, u"A. Ruiz"_s, {}, {}, {}, 0}).value();
        Annotation quote = draft();
        quote.kind = AnnotationKind::Quote;
        quote.speakerId = dup;
        m_stack->push(new CreateAnnotationCommand(db(), *m_events, quote));

        const Speaker before = speakers.speaker(farmer).value().value();
        Speaker after = before;
        after.role = u"Cooperative chair"_s;
        m_stack->push(new EditSpeakerCommand(db(), *m_events, before, after));
        QCOMPARE(speakers.speaker(farmer).value()->role, u"Cooperative chair"_s);

        QSignalSpy speakersChanged(m_events.get(), &AnnotationEvents::speakersChanged);
        m_stack->push(new MergeSpeakersCommand(db(), *m_events, dup, farmer, u"Merge"_s));
        QCOMPARE(speakers.speaker(farmer).value()->quoteCount, 1);
        QVERIFY(!speakers.speaker(dup).value().has_value());
        m_stack->undo();
        QCOMPARE(speakers.speaker(dup).value()->quoteCount, 1);
        QCOMPARE(speakers.speaker(farmer).value()->quoteCount, 0);
        m_stack->undo();
        QCOMPARE(speakers.speaker(farmer).value()->role, u"Farmer"_s);
        m_stack->redo();
        m_stack->redo();
        QCOMPARE(speakers.speaker(farmer).value()->quoteCount, 1);
        QCOMPARE(speakersChanged.size(), 5);
    }

    void speakerCreateAndDeleteUndo()
    {
        SpeakerStore speakers(db());
        auto *create = new CreateSpeakerCommand(db(), *m_events, {0, u"Lena Ortiz"_s, u"Agronomist"_s, {}, {u"Ortiz"_s}, 0});
        m_stack->push(create);
        const qint64 id = create->speakerId();
        QVERIFY(id > 0);
        Annotation quote = draft();
        quote.kind = AnnotationKind::Quote;
        quote.speakerId = id;
        auto *createQuote = new CreateAnnotationCommand(db(), *m_events, quote);
        m_stack->push(createQuote);

        const Speaker stored = speakers.speaker(id).value().value();
        m_stack->push(new DeleteSpeakerCommand(db(), *m_events, stored));
        QVERIFY(!speakers.speaker(id).value().has_value());
        QCOMPARE(AnnotationStore(db()).annotation(createQuote->annotationId()).value()->speakerId, 0);
        m_stack->undo();
        QCOMPARE(speakers.speaker(id).value()->aliases, QStringList{u"Ortiz"_s});
        QCOMPARE(AnnotationStore(db()).annotation(createQuote->annotationId()).value()->speakerId, id);
        m_stack->undo(); // the quote
        m_stack->undo(); // the speaker
        QVERIFY(!speakers.speaker(id).value().has_value());
        m_stack->redo();
        QCOMPARE(speakers.speaker(id).value()->name, u"Lena Ortiz"_s);
    }

    void refusedRenameLeavesNoUndoEntry()
    {
        SpeakerStore speakers(db());
        speakers.create({0, u"Ana Ruiz"_s, {}, {}, {}, 0}).value();
        const qint64 other = speakers.create({0, u"Ben Cole"_s, {}, {}, {}, 0}).value();
        const Speaker before = speakers.speaker(other).value().value();
        Speaker after = before;
        after.name = u"ana ruiz"_s;
        QSignalSpy errors(m_events.get(), &AnnotationEvents::errorOccurred);
        m_stack->push(new EditSpeakerCommand(db(), *m_events, before, after));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(speakers.speaker(other).value()->name, u"Ben Cole"_s);
    }

    void failedCreateReportsAndLeavesNoCommand()
    {
        QSignalSpy errors(m_events.get(), &AnnotationEvents::errorOccurred);
        Annotation bad = draft();
        bad.articleId = 999999; // no such article: the foreign key refuses it
        m_stack->push(new CreateAnnotationCommand(db(), *m_events, bad));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
