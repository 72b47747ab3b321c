// Accepting and rejecting quote suggestions as undoable steps on the window's undo stack.
#pragma once

#include "quotes/QuoteSuggestion.h"

#include <QUndoCommand>

class QUndoStack;

namespace gloss {

class AnnotationEvents;
class Database;

class RejectSuggestionCommand : public QUndoCommand {
public:
    RejectSuggestionCommand(Database &db, AnnotationEvents &events, qint64 articleId, QString exact,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Database &m_db;
    AnnotationEvents &m_events;
    qint64 m_articleId;
    QString m_exact;
};

// Accepts one suggestion: the registry's speaker (by name or alias) or a new one, and a quote
// annotation, as one undo step. Returns the new annotation's id, or 0 when it could not be written
// (the error goes to AnnotationEvents::errorOccurred).
qint64 acceptSuggestion(QUndoStack &undo, Database &db, AnnotationEvents &events, qint64 articleId,
                        const QString &text, const quotes::QuoteSuggestion &suggestion, const QString &color);

} // namespace gloss
