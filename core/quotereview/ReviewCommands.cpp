#include "ReviewCommands.h"

#include "QuoteReview.h"
#include "RejectedSuggestionStore.h"

#include "annotation/AnnotationCommands.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace gloss {

RejectSuggestionCommand::RejectSuggestionCommand(Database &db, AnnotationEvents &events, qint64 articleId, QString exact,
                                                 QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("gloss", "Reject suggested quote"), parent)
    , m_db(db)
    , m_events(events)
    , m_articleId(articleId)
    , m_exact(std::move(exact))
{
}

void RejectSuggestionCommand::redo()
{
    if (const Status done = RejectedSuggestionStore(m_db).reject(m_articleId, m_exact); !done) {
        setObsolete(true);
        Q_EMIT m_events.errorOccurred(done.error());
        return;
    }
    Q_EMIT m_events.annotationsChanged(m_articleId);
}

void RejectSuggestionCommand::undo()
{
    if (const Status done = RejectedSuggestionStore(m_db).unreject(m_articleId, m_exact); !done)
        Q_EMIT m_events.errorOccurred(done.error());
    Q_EMIT m_events.annotationsChanged(m_articleId);
}

qint64 acceptSuggestion(QUndoStack &undo, Database &db, AnnotationEvents &events, qint64 articleId,
                        const QString &text, const quotes::QuoteSuggestion &suggestion, const QString &color)
{
    Annotation draft = annotationFromSuggestion(articleId, text, suggestion, color);
    SpeakerStore speakers(db);
    const Result<qint64> known = knownSpeaker(speakers, suggestion);
    if (!known) {
        Q_EMIT events.errorOccurred(known.error());
        return 0;
    }
    undo.beginMacro(QCoreApplication::translate("gloss", "Accept suggested quote"));
    draft.speakerId = *known;
    if (!draft.speakerId && !suggestion.speaker.isEmpty()) {
        auto created = std::make_shared<qint64>(0);
        undo.push(new CreateSpeakerCommand(db, events, speakerFromSuggestion(suggestion), created));
        draft.speakerId = *created;
    }
    auto created = std::make_shared<qint64>(0);
    undo.push(new CreateAnnotationCommand(db, events, std::move(draft), created));
    undo.endMacro();
    return *created;
}

} // namespace gloss
