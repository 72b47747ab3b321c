// QuoteSuggestionController: the quote finder's suggestions for the open article, on request
// (Annotate > Suggest Quotes) or for every article opened when the reader turns that on. Shows the
// open ones as dashed underlines in the reader and lists them for the SuggestionsPanel; accepting
// makes a quote annotation with its speaker (the registry's, or a new one), rejecting remembers the
// words so they are not suggested again. Both are undoable on the annotations' undo stack.
#pragma once

#include "quotes/QuoteSuggestion.h"

#include <QObject>

class QAction;

namespace gloss {
class Database;
}

namespace gloss::ui {

class AnnotationController;
class ReaderTextView;

class QuoteSuggestionController : public QObject {
    Q_OBJECT
public:
    QuoteSuggestionController(Database &db, AnnotationController *annotations, ReaderTextView *reader,
                              QObject *parent = nullptr);

    QAction *suggestAction() const { return m_suggest; }
    QAction *automaticAction() const { return m_automatic; }   // checkable; remembered in QSettings

    // The open suggestions for the article in the reader, in text order.
    const QList<quotes::QuoteSuggestion> &suggestions() const { return m_open; }
    bool isActive() const { return m_active; }

    void suggest();                       // finds the open article's quotes and shows them
    qint64 accept(int index);             // the new annotation's id, 0 if none was made
    void reject(int index);
    int acceptAbove(double confidence);   // accepts every open suggestion at or above; returns how many
    void rejectAll();
    // Marks it in the reader (-1: none) and, when `scroll`, brings it into view.
    void select(int index, bool scroll = true);

Q_SIGNALS:
    void suggestionsChanged();
    void selected(int index);

private:
    void setArticle(qint64 articleId, const QString &text);
    void update();

    Database &m_db;
    AnnotationController *m_annotations;
    ReaderTextView *m_reader;
    QAction *m_suggest = nullptr;
    QAction *m_automatic = nullptr;
    qint64 m_articleId = 0;
    QString m_text;
    bool m_active = false;
    QList<quotes::QuoteSuggestion> m_found;
    QList<quotes::QuoteSuggestion> m_open;
};

} // namespace gloss::ui
