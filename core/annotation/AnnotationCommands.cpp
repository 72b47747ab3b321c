#include "AnnotationCommands.h"

#include "AnnotationStore.h"

#include "store/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AnnotationCommands", text);
}

QString describe(const Annotation &a)
{
    switch (a.kind) {
    case AnnotationKind::Highlight: return tr("Highlight");
    case AnnotationKind::Comment: return tr("Comment");
    case AnnotationKind::Quote: return tr("Quote");
    }
    return {};
}
} // namespace

CreateAnnotationCommand::CreateAnnotationCommand(Database &db, AnnotationEvents &events, Annotation annotation, CreatedId created)
    : m_db(db)
    , m_events(events)
    , m_annotation(std::move(annotation))
    , m_created(std::move(created))
{
    setText(tr("Add %1").arg(describe(m_annotation).toLower()));
}

void CreateAnnotationCommand::redo()
{
    AnnotationStore store(m_db);
    auto id = store.create(m_annotation);
    if (!id) {
        setObsolete(true);
        Q_EMIT m_events.errorOccurred(id.error());
        return;
    }
    // Keep the stored form (id, uuid, times): a redo after undo brings back the same annotation.
    if (auto stored = store.annotation(*id); stored && stored->has_value())
        m_annotation = **stored;
    if (m_created)
        *m_created = *id;
    Q_EMIT m_events.annotationsChanged(m_annotation.articleId);
}

void CreateAnnotationCommand::undo()
{
    if (const Status st = AnnotationStore(m_db).remove(m_annotation.id); !st)
        Q_EMIT m_events.errorOccurred(st.error());
    Q_EMIT m_events.annotationsChanged(m_annotation.articleId);
}

EditAnnotationCommand::EditAnnotationCommand(Database &db, AnnotationEvents &events, Annotation before, Annotation after,
                                             const QString &text)
    : m_db(db)
    , m_events(events)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

bool EditAnnotationCommand::write(const Annotation &a)
{
    const Status st = AnnotationStore(m_db).update(a);
    if (!st)
        Q_EMIT m_events.errorOccurred(st.error());
    Q_EMIT m_events.annotationsChanged(a.articleId);
    return st.ok();
}

void EditAnnotationCommand::redo()
{
    // An edit refused the first time leaves no Undo entry behind (QUndoStack drops obsolete commands).
    if (!write(m_after) && !m_done)
        setObsolete(true);
    m_done = true;
}

void EditAnnotationCommand::undo()
{
    write(m_before);
}

DeleteAnnotationCommand::DeleteAnnotationCommand(Database &db, AnnotationEvents &events, Annotation annotation)
    : m_db(db)
    , m_events(events)
    , m_annotation(std::move(annotation))
{
    setText(tr("Delete %1").arg(describe(m_annotation).toLower()));
}

void DeleteAnnotationCommand::redo()
{
    if (const Status st = AnnotationStore(m_db).remove(m_annotation.id); !st)
        Q_EMIT m_events.errorOccurred(st.error());
    Q_EMIT m_events.annotationsChanged(m_annotation.articleId);
}

void DeleteAnnotationCommand::undo()
{
    // Same id, uuid and times: exports and links made before the deletion still match.
    if (auto id = AnnotationStore(m_db).create(m_annotation); !id)
        Q_EMIT m_events.errorOccurred(id.error());
    Q_EMIT m_events.annotationsChanged(m_annotation.articleId);
}

CreateSpeakerCommand::CreateSpeakerCommand(Database &db, AnnotationEvents &events, Speaker speaker, CreatedId created)
    : m_db(db)
    , m_events(events)
    , m_speaker(std::move(speaker))
    , m_created(std::move(created))
{
    setText(tr("Add speaker %1").arg(m_speaker.name));
}

void CreateSpeakerCommand::redo()
{
    auto id = SpeakerStore(m_db).create(m_speaker);
    if (!id) {
        setObsolete(true);
        Q_EMIT m_events.errorOccurred(id.error());
        return;
    }
    m_speaker.id = *id; // redo after undo recreates the same id
    if (m_created)
        *m_created = *id;
    Q_EMIT m_events.speakersChanged();
}

void CreateSpeakerCommand::undo()
{
    if (const Status st = SpeakerStore(m_db).remove(m_speaker.id, true); !st)
        Q_EMIT m_events.errorOccurred(st.error());
    Q_EMIT m_events.speakersChanged();
}

DeleteSpeakerCommand::DeleteSpeakerCommand(Database &db, AnnotationEvents &events, Speaker speaker)
    : m_db(db)
    , m_events(events)
    , m_speaker(std::move(speaker))
{
    setText(tr("Delete speaker %1").arg(m_speaker.name));
}

void DeleteSpeakerCommand::redo()
{
    // Only the ids are needed to give the quotes back on undo; a speaker may have 100,000 of them.
    m_quotes.clear();
    Statement ids = m_db.prepare(u"SELECT id FROM annotations WHERE speaker_id = ?"_s);
    ids.bind(1, m_speaker.id);
    while (ids.next())
        m_quotes << ids.int64(0);
    if (const Status st = SpeakerStore(m_db).remove(m_speaker.id, true); !st)
        Q_EMIT m_events.errorOccurred(st.error());
    Q_EMIT m_events.speakersChanged();
    Q_EMIT m_events.annotationsChanged(0);
}

void DeleteSpeakerCommand::undo()
{
    Transaction tx(m_db);
    if (auto id = SpeakerStore(m_db).create(m_speaker); !id) {
        Q_EMIT m_events.errorOccurred(id.error());
        return;
    }
    Statement give = m_db.prepare(u"UPDATE annotations SET speaker_id = ? WHERE id = ?"_s);
    for (qint64 quote : std::as_const(m_quotes)) {
        give.reset();
        give.bind(1, m_speaker.id).bind(2, quote);
        if (!give.exec()) {
            Q_EMIT m_events.errorOccurred(m_db.lastError());
            return;
        }
    }
    if (!tx.commit())
        Q_EMIT m_events.errorOccurred(m_db.lastError());
    Q_EMIT m_events.speakersChanged();
    Q_EMIT m_events.annotationsChanged(0);
}

EditSpeakerCommand::EditSpeakerCommand(Database &db, AnnotationEvents &events, Speaker before, Speaker after)
    : m_db(db)
    , m_events(events)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(m_before.name == m_after.name ? tr("Edit speaker %1").arg(m_after.name)
                                          : tr("Rename %1 to %2").arg(m_before.name, m_after.name));
}

bool EditSpeakerCommand::write(const Speaker &s)
{
    const Status st = SpeakerStore(m_db).update(s);
    if (!st)
        Q_EMIT m_events.errorOccurred(st.error());
    Q_EMIT m_events.speakersChanged();
    return st.ok();
}

void EditSpeakerCommand::redo()
{
    // A rename refused the first time (a name clash) leaves no Undo entry behind.
    if (!write(m_after) && !m_done)
        setObsolete(true);
    m_done = true;
}

void EditSpeakerCommand::undo()
{
    write(m_before);
}

MergeSpeakersCommand::MergeSpeakersCommand(Database &db, AnnotationEvents &events, qint64 fromId, qint64 intoId, const QString &text)
    : m_db(db)
    , m_events(events)
    , m_fromId(fromId)
    , m_intoId(intoId)
{
    setText(text);
}

void MergeSpeakersCommand::redo()
{
    auto merged = SpeakerStore(m_db).merge(m_fromId, m_intoId);
    if (!merged) {
        setObsolete(true);
        Q_EMIT m_events.errorOccurred(merged.error());
        return;
    }
    m_record = *merged;
    Q_EMIT m_events.speakersChanged();
    Q_EMIT m_events.annotationsChanged(0);
}

void MergeSpeakersCommand::undo()
{
    if (!m_record)
        return;
    if (const Status st = SpeakerStore(m_db).undoMerge(*m_record); !st)
        Q_EMIT m_events.errorOccurred(st.error());
    m_record.reset();
    Q_EMIT m_events.speakersChanged();
    Q_EMIT m_events.annotationsChanged(0);
}

} // namespace gloss
