#include "QuoteSuggestionController.h"

#include "AnnotationController.h"
#include "ReaderView.h"

#include "annotation/AnnotationCommands.h"
#include "models/AnnotationListModel.h"
#include "quotereview/QuoteReview.h"
#include "quotereview/RejectedSuggestionStore.h"
#include "quotereview/ReviewCommands.h"
#include "quotes/QuoteFinder.h"

#include <QAction>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {
const QString AutomaticKey = u"quotes/suggestAutomatically"_s;
}

QuoteSuggestionController::QuoteSuggestionController(Database &db, AnnotationController *annotations,
                                                     ReaderTextView *reader, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_annotations(annotations)
    , m_reader(reader)
{
    m_suggest = new QAction(tr("Su&ggest Quotes"), this);
    m_suggest->setObjectName(u"suggestQuotesAction"_s);
    m_suggest->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Q);
    m_suggest->setToolTip(tr("Find the quotations in this article and propose who said each"));
    m_suggest->setEnabled(false);
    connect(m_suggest, &QAction::triggered, this, &QuoteSuggestionController::suggest);
    m_automatic = new QAction(tr("Suggest Quotes &Automatically"), this);
    m_automatic->setObjectName(u"suggestQuotesAutomaticallyAction"_s);
    m_automatic->setCheckable(true);
    m_automatic->setChecked(QSettings().value(AutomaticKey, false).toBool());
    connect(m_automatic, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(AutomaticKey, on);
        if (on && m_articleId && !m_active)
            suggest();
    });
    connect(m_annotations, &AnnotationController::articleChanged, this, &QuoteSuggestionController::setArticle);
    // Accepting, rejecting, undoing either, or quoting a passage by hand: what is still open changes.
    connect(m_annotations->events(), &AnnotationEvents::annotationsChanged, this, [this](qint64 articleId) {
        if (articleId == m_articleId && m_active)
            update();
    });
    connect(m_reader, &ReaderTextView::suggestionClicked, this, [this](int number) { select(number - 1, false); });
}

void QuoteSuggestionController::setArticle(qint64 articleId, const QString &text)
{
    m_articleId = articleId;
    m_text = text;
    m_active = false;
    m_found.clear();
    m_open.clear();
    m_suggest->setEnabled(articleId != 0);
    m_reader->setSuggestions({});
    Q_EMIT suggestionsChanged();
    // After the article's first paint, like the annotations' full load: opening stays fast.
    if (articleId && m_automatic->isChecked())
        QTimer::singleShot(0, this, [this, articleId] {
            if (m_articleId == articleId && !m_active)
                suggest();
        });
}

void QuoteSuggestionController::suggest()
{
    if (!m_articleId)
        return;
    m_found = quotes::findQuotes(m_text);
    m_active = true;
    update();
}

void QuoteSuggestionController::update()
{
    m_annotations->ensureLoaded();
    auto rejected = RejectedSuggestionStore(m_db).rejected(m_articleId);
    if (!rejected)
        Q_EMIT m_annotations->events()->errorOccurred(rejected.error());
    m_open = openSuggestions(m_found, m_annotations->model()->annotations(), rejected ? *rejected : QSet<QString>());
    QList<Annotation> ranges;
    for (int i = 0; i < m_open.size(); ++i) {
        Annotation a;
        a.id = i + 1;
        a.selectors.position = {m_open.at(i).start, m_open.at(i).end};
        ranges.append(a);
    }
    m_reader->setSuggestions(ranges);
    Q_EMIT suggestionsChanged();
}

qint64 QuoteSuggestionController::accept(int index)
{
    if (index < 0 || index >= m_open.size())
        return 0;
    const quotes::QuoteSuggestion s = m_open.at(index);
    return acceptSuggestion(*m_annotations->undoStack(), m_db, *m_annotations->events(), m_articleId, m_text, s,
                            m_annotations->currentColor());
}

void QuoteSuggestionController::reject(int index)
{
    if (index < 0 || index >= m_open.size())
        return;
    m_annotations->undoStack()->push(new RejectSuggestionCommand(m_db, *m_annotations->events(), m_articleId, m_open.at(index).exact));
}

int QuoteSuggestionController::acceptAbove(double confidence)
{
    const QList<quotes::QuoteSuggestion> open = m_open;
    QUndoStack *undo = m_annotations->undoStack();
    int accepted = 0;
    undo->beginMacro(tr("Accept suggested quotes"));
    for (const quotes::QuoteSuggestion &s : open)
        if (s.confidence + 1e-9 >= confidence
            && acceptSuggestion(*undo, m_db, *m_annotations->events(), m_articleId, m_text, s, m_annotations->currentColor()))
            ++accepted;
    undo->endMacro();
    return accepted;
}

void QuoteSuggestionController::rejectAll()
{
    const QList<quotes::QuoteSuggestion> open = m_open;
    if (open.isEmpty())
        return;
    QUndoStack *undo = m_annotations->undoStack();
    undo->beginMacro(tr("Reject suggested quotes"));
    for (const quotes::QuoteSuggestion &s : open)
        undo->push(new RejectSuggestionCommand(m_db, *m_annotations->events(), m_articleId, s.exact));
    undo->endMacro();
}

void QuoteSuggestionController::select(int index, bool scroll)
{
    const bool valid = index >= 0 && index < m_open.size();
    m_reader->setSelectedSuggestion(valid ? index + 1 : 0);
    if (valid && scroll) {
        // Scroll to it without selecting its text: a text selection would make H or Q act on it.
        QTextCursor cursor(m_reader->document());
        cursor.setPosition(m_open.at(index).start);
        m_reader->setTextCursor(cursor);
        m_reader->ensureCursorVisible();
    }
    Q_EMIT selected(valid ? index : -1);
}

} // namespace gloss::ui
