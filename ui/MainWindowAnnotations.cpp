// MainWindow, the annotation part: the annotations dock, the reader's and the panel's context
// menus, and the Speakers dialog. (Split from MainWindow.cpp by responsibility.)
#include "MainWindow.h"

#include "AnnotationController.h"
#include "AnnotationsPanel.h"
#include "QuoteSuggestionController.h"
#include "ReaderView.h"
#include "SpeakersDialog.h"
#include "SuggestionsPanel.h"

#include "models/ArticleListModel.h"
#include "models/SourcesModel.h"
#include "store/Library.h"

#include <QDockWidget>
#include <QMenu>
#include <QSplitter>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gloss::ui {

void MainWindow::createAnnotationPanel()
{
    m_annotationsPanel = new AnnotationsPanel(m_annotations->model(), this);
    m_suggestionsPanel = new SuggestionsPanel(m_suggestions, this);
    // Suggestions to review above the article's own annotations; the panel hides until asked for.
    auto *stack = new QSplitter(Qt::Vertical, this);
    stack->setChildrenCollapsible(false);
    stack->addWidget(m_suggestionsPanel);
    stack->addWidget(m_annotationsPanel);
    auto *dock = new QDockWidget(tr("Annotations"), this);
    dock->setObjectName(u"annotationsDock"_s);
    dock->setWidget(stack);
    // A splitter gives a child shown after being hidden no height at all; share the dock instead.
    connect(m_suggestions, &QuoteSuggestionController::suggestionsChanged, stack, [stack, this] {
        const QList<int> sizes = stack->sizes();
        if (m_suggestions->isActive() && sizes.value(0) == 0) {
            const int total = std::max(sizes.value(0) + sizes.value(1), 200);
            stack->setSizes({total * 9 / 20, total - total * 9 / 20});
        }
    });
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {300}, Qt::Horizontal);

    connect(m_annotationsPanel, &AnnotationsPanel::annotationActivated, this, [this](qint64 id) {
        m_annotations->selectAnnotation(id, true);
    });
    connect(m_annotationsPanel, &AnnotationsPanel::annotationEditRequested, m_annotations, &AnnotationController::editComment);
    connect(m_annotationsPanel, &AnnotationsPanel::contextMenuRequested, this, &MainWindow::showAnnotationMenu);
    // A click on a highlight in the reader selects it in the panel too.
    connect(m_reader->textView(), &ReaderTextView::annotationClicked, m_annotationsPanel, &AnnotationsPanel::setCurrentAnnotation);
    m_reader->textView()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_reader->textView(), &QWidget::customContextMenuRequested, this, &MainWindow::showReaderMenu);
}

void MainWindow::showReaderMenu(const QPoint &pos)
{
    ReaderTextView *text = m_reader->textView();
    if (!text->textCursor().hasSelection()) {
        // Right-clicking a highlight acts on that annotation.
        const qint64 id = text->annotationAt(text->cursorForPosition(pos).position());
        if (id) {
            m_annotations->selectAnnotation(id, false);
            m_annotationsPanel->setCurrentAnnotation(id);
        }
    }
    QMenu menu(this);
    QAction *copy = menu.addAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy"), text, &QTextEdit::copy);
    copy->setEnabled(text->textCursor().hasSelection());
    menu.addSeparator();
    m_annotations->fillMenu(&menu);
    menu.exec(text->viewport()->mapToGlobal(pos));
}

void MainWindow::showAnnotationMenu(qint64 id, const QPoint &globalPos)
{
    m_annotations->selectAnnotation(id, true);
    QMenu menu(this);
    menu.addAction(tr("Edit &Comment…"), this, [this, id] { m_annotations->editComment(id); });
    menu.addAction(tr("Edit &Quote and Speaker…"), this, [this, id] { m_annotations->editQuote(id); });
    menu.addAction(tr("Edit &Tags…"), this, [this, id] { m_annotations->editTags(id); });
    QMenu *colours = menu.addMenu(tr("&Colour"));
    for (QAction *colour : m_annotations->colorActions())
        colours->addAction(colour->icon(), colour->text(), this, [this, id, name = colour->data().toString()] {
            m_annotations->recolor(id, name);
        });
    menu.addSeparator();
    menu.addAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete"), this, [this, id] { m_annotations->remove(id); });
    menu.exec(globalPos);
}

void MainWindow::showSpeakers()
{
    if (!m_speakers) {
        // Non-modal and kept: the registry is a place to come back to, and it shares the window's
        // undo stack, so a merge or rename is undone with Ctrl+Z like any annotation change.
        m_speakers = new SpeakersDialog(m_library.database(), *m_annotations->events(), m_annotations->undoStack(), this);
        connect(m_speakers, &SpeakersDialog::quoteActivated, this, &MainWindow::openAnnotation);
    }
    m_speakers->show();
    m_speakers->raise();
    m_speakers->activateWindow();
}

bool MainWindow::openArticle(qint64 articleId)
{
    // Show the article wherever it is: from "All articles", which lists every one.
    if (m_articleModel->rowForId(articleId) < 0)
        m_sourcesView->setCurrentIndex(m_sourcesModel->indexForFilter(ArticleFilter::All));
    int row = m_articleModel->rowForId(articleId);
    while (row < 0 && m_articleModel->canFetchMore({})) {
        m_articleModel->fetchMore({});
        row = m_articleModel->rowForId(articleId);
    }
    if (row < 0)
        return false;
    selectArticleRow(row);
    return true;
}

void MainWindow::openAnnotation(qint64 articleId, qint64 annotationId)
{
    if (!openArticle(articleId))
        return;
    m_annotations->selectAnnotation(annotationId, true);
    m_annotationsPanel->setCurrentAnnotation(annotationId);
    activateWindow();
}

} // namespace gloss::ui
