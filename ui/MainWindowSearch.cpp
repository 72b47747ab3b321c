// MainWindow, the search part: the search pane's results opening articles (and annotations), the
// words marked in the reader, saved searches in the sources pane. (Split from MainWindow.cpp by
// responsibility.)
#include "MainWindow.h"

#include "AnnotationController.h"
#include "AnnotationsPanel.h"
#include "ReaderView.h"
#include "SearchPane.h"

#include "models/SourcesModel.h"
#include "search/SavedSearches.h"
#include "store/Library.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gloss::ui {

void MainWindow::createSearch()
{
    connect(m_search, &SearchPane::hitActivated, this, &MainWindow::showSearchHit);
    connect(m_search, &SearchPane::errorOccurred, this, &MainWindow::showError);
    connect(m_search, &SearchPane::searchingChanged, this, [this](bool searching) {
        if (!searching)
            m_reader->textView()->setSearchMatches({});
    });
    connect(m_search->saveButton(), &QAbstractButton::clicked, this, &MainWindow::saveCurrentSearch);
    loadSavedSearches();
}

void MainWindow::focusSearch()
{
    m_search->field()->setFocus(Qt::ShortcutFocusReason);
    m_search->field()->selectAll();
}

void MainWindow::showSearchHit(qint64 articleId, qint64 annotationId)
{
    if (!showArticleById(articleId))
        return;
    if (annotationId) {
        m_annotations->selectAnnotation(annotationId, true);
        m_annotationsPanel->setCurrentAnnotation(annotationId);
    }
}

void MainWindow::loadSavedSearches()
{
    auto saved = search::SavedSearches(m_library.database()).all();
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_sourcesModel->setSavedSearches(*saved);
}

void MainWindow::saveCurrentSearch()
{
    const QString query = m_search->field()->text().trimmed();
    if (query.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name of the saved search:"), QLineEdit::Normal, query, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (const Status saved = search::SavedSearches(m_library.database()).save({name, query}); !saved) {
        showError(saved.error());
        return;
    }
    loadSavedSearches();
    // Selected in the sources pane, where it will be found next time (selecting runs it again).
    m_sourcesView->setCurrentIndex(m_sourcesModel->indexForSavedSearch(name.simplified()));
}

void MainWindow::deleteSavedSearch(const QString &name)
{
    if (const Status removed = search::SavedSearches(m_library.database()).remove(name); !removed) {
        showError(removed.error());
        return;
    }
    loadSavedSearches();
}

} // namespace gloss::ui
