// Undoable annotation changes. Every change a reader makes (create, edit, recolour, retag, delete,
// speaker edit or merge) is one QUndoCommand on the window's QUndoStack, so Edit > Undo/Redo work
// across all of them. Commands write through the stores and report the article they touched via
// AnnotationEvents, which views listen to; they hold no widgets.
#pragma once

#include "Annotation.h"
#include "SpeakerStore.h"

#include <QObject>
#include <QUndoCommand>

#include <memory>

namespace gloss {

class Database;

// The commands' way to tell views what changed and to report errors (a failed write cannot throw
// out of QUndoStack::push).
class AnnotationEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void annotationsChanged(qint64 articleId);
    void speakersChanged();
    void errorOccurred(const QString &message);
};

// A command that fails in its first redo() marks itself obsolete, and QUndoStack then deletes it
// inside push(). Callers that need the new id after push() therefore read it from a shared slot
// that outlives the command (0 when the creation failed).
using CreatedId = std::shared_ptr<qint64>;

class CreateAnnotationCommand : public QUndoCommand {
public:
    CreateAnnotationCommand(Database &db, AnnotationEvents &events, Annotation annotation, CreatedId created = {});
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return m_annotation.id; }

private:
    Database &m_db;
    AnnotationEvents &m_events;
    Annotation m_annotation; // after the first redo: with its id and uuid, so redo restores it exactly
    CreatedId m_created;
};

class EditAnnotationCommand : public QUndoCommand {
public:
    EditAnnotationCommand(Database &db, AnnotationEvents &events, Annotation before, Annotation after, const QString &text);
    void redo() override;
    void undo() override;

private:
    bool write(const Annotation &a);
    Database &m_db;
    AnnotationEvents &m_events;
    Annotation m_before;
    Annotation m_after;
    bool m_done = false; // redone at least once
};

class DeleteAnnotationCommand : public QUndoCommand {
public:
    DeleteAnnotationCommand(Database &db, AnnotationEvents &events, Annotation annotation);
    void redo() override;
    void undo() override;

private:
    Database &m_db;
    AnnotationEvents &m_events;
    Annotation m_annotation;
};

class CreateSpeakerCommand : public QUndoCommand {
public:
    CreateSpeakerCommand(Database &db, AnnotationEvents &events, Speaker speaker, CreatedId created = {});
    void redo() override;
    void undo() override;
    qint64 speakerId() const { return m_speaker.id; }

private:
    Database &m_db;
    AnnotationEvents &m_events;
    Speaker m_speaker;
    CreatedId m_created;
};

// Deletes a speaker; their quotes stay and lose the attribution (undo gives it back).
class DeleteSpeakerCommand : public QUndoCommand {
public:
    DeleteSpeakerCommand(Database &db, AnnotationEvents &events, Speaker speaker);
    void redo() override;
    void undo() override;

private:
    Database &m_db;
    AnnotationEvents &m_events;
    Speaker m_speaker;
    QList<qint64> m_quotes;
};

class EditSpeakerCommand : public QUndoCommand {
public:
    EditSpeakerCommand(Database &db, AnnotationEvents &events, Speaker before, Speaker after);
    void redo() override;
    void undo() override;

private:
    bool write(const Speaker &s);
    Database &m_db;
    AnnotationEvents &m_events;
    Speaker m_before;
    Speaker m_after;
    bool m_done = false; // redone at least once
};

class MergeSpeakersCommand : public QUndoCommand {
public:
    MergeSpeakersCommand(Database &db, AnnotationEvents &events, qint64 fromId, qint64 intoId, const QString &text);
    void redo() override;
    void undo() override;

private:
    Database &m_db;
    AnnotationEvents &m_events;
    qint64 m_fromId;
    qint64 m_intoId;
    std::optional<SpeakerMerge> m_record;
};

} // namespace gloss
