// AnnotationController: turns the reader's selection and the reader's requests into undoable
// annotation commands. It owns the annotation actions (highlight, comment, quote, tags, colours,
// delete), the undo stack they share, and the model of the open article's annotations, and keeps
// the reader's drawn highlights in step with the store.
#pragma once

#include "annotation/Annotation.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QUndoStack;
class QWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace gloss {
class AnnotationEvents;
class AnnotationListModel;
class AnnotationStore;
class Database;
}

namespace gloss::ui {

class ReaderTextView;

class AnnotationController : public QObject {
    Q_OBJECT
public:
    AnnotationController(Database &db, KSyntaxHighlighting::Repository &repository, ReaderTextView *reader,
                         QWidget *dialogParent, QObject *parent = nullptr);
    ~AnnotationController() override;

    // The article now in the reader (0: none) and its canonical text, which selections index into.
    void setArticle(qint64 articleId, const QString &text);

    QUndoStack *undoStack() const { return m_undo; }
    AnnotationEvents *events() const { return m_events; }
    // The open article's annotations. Right after setArticle() it may still be unloaded (see
    // AnnotationListModel::isLoaded()); it fills itself once the reader has painted the article.
    AnnotationListModel *model() const { return m_model; }
    // Loads the open article's annotations in full now if that is still to come.
    void ensureLoaded();
    // Reads the open article's annotations again (another process may have changed them).
    void reload();

    QAction *highlightAction() const { return m_highlight; }
    QAction *commentAction() const { return m_comment; }
    QAction *quoteAction() const { return m_quote; }
    QAction *tagsAction() const { return m_tags; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> colorActions() const;
    QString currentColor() const { return m_color; }

    // Adds the annotation actions to a menu (the Annotate menu and the reader's context menu).
    void fillMenu(QMenu *menu) const;

    qint64 selectedAnnotation() const { return m_selected; }
    void selectAnnotation(qint64 id, bool scrollReader);

    // The operations behind the actions; also what tests call.
    qint64 highlightSelection(const QString &color);
    void editComment(qint64 annotationId);
    void editQuote(qint64 annotationId);
    void editTags(qint64 annotationId);
    void recolor(qint64 annotationId, const QString &color);
    void remove(qint64 annotationId);

Q_SIGNALS:
    // Annotation counts changed (the sources pane's "Annotated" entry).
    void annotationsChanged();
    // Another article (0: none) is now the one annotations apply to.
    void articleChanged(qint64 articleId, const QString &text);

private:
    void createActions();
    void updateActions();
    void refresh(qint64 articleId);
    bool event(QEvent *event) override;
    std::optional<Annotation> annotation(qint64 id);
    // A new annotation of the current selection, or nullopt when nothing is selected.
    std::optional<Annotation> draftFromSelection(AnnotationKind kind) const;
    qint64 push(Annotation draft);
    void commentOnSelection();
    void quoteSelection();
    void tagSelection();

    Database &m_db;
    KSyntaxHighlighting::Repository &m_repository;
    ReaderTextView *m_reader;
    QWidget *m_dialogParent;
    std::unique_ptr<AnnotationStore> m_store;
    AnnotationEvents *m_events;
    AnnotationListModel *m_model;
    QUndoStack *m_undo;

    qint64 m_articleId = 0;
    QString m_text;
    qint64 m_selected = 0;
    QString m_color = QStringLiteral("yellow");

    QAction *m_highlight = nullptr;
    QAction *m_comment = nullptr;
    QAction *m_quote = nullptr;
    QAction *m_tags = nullptr;
    QAction *m_delete = nullptr;
    QActionGroup *m_colors = nullptr;
};

} // namespace gloss::ui
