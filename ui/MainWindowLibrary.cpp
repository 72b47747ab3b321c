// MainWindow, keeping in step with the library: reloading the list and counts after a change, the
// article in the reader kept, shown again or closed as the change requires; what other processes
// write (LibraryWatcher); daily backups. (Split from MainWindow.cpp by responsibility.)
#include "MainWindow.h"

#include "AnnotationController.h"
#include "BackupScheduler.h"
#include "LibraryWatcher.h"
#include "ReaderView.h"
#include "RefreshController.h"
#include "SourceCountsLoader.h"
#include "WelcomeView.h"

#include "models/ArticleListModel.h"
#include "models/SourcesModel.h"

#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>

namespace gloss::ui {

void MainWindow::startAutomaticBackups()
{
    m_backups->start();
}

void MainWindow::startWatchingLibrary()
{
    m_watcher->start();
}

MainWindow::ShownArticle MainWindow::refreshAfterChange(CountIn countIn)
{
    const qint64 current = m_articleModel->idAt(currentRow());
    // The list is read again, the reader stays as it is: same article, same scroll position (an
    // article that left the list, read in "Unread", stays open too).
    const QScopedValueRollback keepReader(m_keepReader, true);
    m_articleModel->reload();
    if (countIn == CountIn::Background)
        m_counts->requestNow();
    else
        m_sourcesModel->refreshCounts();
    // Empty means nothing to read and nothing followed: a new subscription shows the panes at once,
    // before its first refresh has brought anything.
    const auto total = m_store.count(ArticleFilter::All);
    const auto feeds = m_feedStore.count();
    const bool empty = total && *total == 0 && feeds && *feeds == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_splitter);
    const int row = m_articleModel->rowForId(current);
    if (row >= 0)
        selectArticleRow(row);
    // Whatever was written until now has been read: the watcher need not report it again (a refresh
    // of the window's own has just ended, say).
    if (m_watcher)
        m_watcher->resync();
    return recheckShownArticle();
}

MainWindow::ShownArticle MainWindow::recheckShownArticle()
{
    const qint64 shown = m_reader->articleId();
    if (!shown)
        return ShownArticle::Unchanged;
    const auto revision = m_store.revision(shown);
    if (!revision)
        return ShownArticle::Unchanged; // unreadable for a moment: leave it as it is
    if (!revision->has_value()) {
        m_reader->clear();
        m_annotations->setArticle(0, {});
        return ShownArticle::Closed;
    }
    if (**revision != m_shownRevision) {
        showArticleById(shown); // a new version of its text, on which its highlights now sit
        return ShownArticle::Reloaded;
    }
    return ShownArticle::Unchanged;
}

void MainWindow::showChangesFromElsewhere()
{
    // The window's own refresh and import show their results when they end, so that nothing moves
    // under the reader's eyes; an empty list has nothing to move, and shows what has arrived so far
    // (the first refresh of a new library takes a while).
    if ((m_refresh->isRefreshing() || isImporting()) && m_articleModel->rowCount() > 0)
        return;
    if (refreshAfterChange(CountIn::Background) == ShownArticle::Unchanged)
        m_annotations->reload(); // perhaps annotated elsewhere (`gloss annotate`)
}

} // namespace gloss::ui
