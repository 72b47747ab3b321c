// MainWindow, the feeds part: the sources tree's menu, subscribing, renaming, moving and
// unsubscribing, and automatic refresh. (Split from MainWindow.cpp by responsibility.)
#include "MainWindow.h"

#include "AddFeedDialog.h"
#include "RefreshController.h"

#include "models/ArticleListModel.h"
#include "models/SourcesModel.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gloss::ui {

void MainWindow::showSourcesMenu(const QPoint &pos)
{
    const QModelIndex index = m_sourcesView->indexAt(pos);
    const qint64 feedId = index.data(SourcesModel::FeedIdRole).toLongLong();
    const qint64 folderId = index.data(SourcesModel::FolderIdRole).toLongLong();
    QMenu menu(this);
    if (index.data(SourcesModel::KindRole).toInt() == int(SourcesModel::Kind::SavedSearch)) {
        const QString name = index.data(SourcesModel::NameRole).toString();
        menu.addAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete Saved Search"), this, [this, name] { deleteSavedSearch(name); });
        menu.exec(m_sourcesView->viewport()->mapToGlobal(pos));
        return;
    }
    if (feedId) {
        menu.addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this, [this, feedId] { m_refresh->refresh({feedId}); });
        menu.addAction(tr("Re&name…"), this, [this, feedId] { renameFeed(feedId); });
        menu.addAction(tr("&Move to Folder…"), this, [this, feedId] { moveFeed(feedId); });
        menu.addAction(tr("&Keep Articles…"), this, [this, feedId] { editRetention(feedId); });
        QAction *pictures = menu.addAction(tr("Load &Pictures from the Web"));
        pictures->setObjectName(u"loadPicturesAction"_s);
        pictures->setCheckable(true);
        pictures->setChecked(m_feedStore.loadsImages(feedId).value_or(false));
        connect(pictures, &QAction::toggled, this, [this, feedId](bool on) { allowPictures(feedId, on); });
        menu.addSeparator();
        menu.addAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Unsubscribe…"), this, [this, feedId] { deleteFeed(feedId); });
    } else if (folderId) {
        QList<qint64> ids;
        for (int row = 0; row < m_sourcesModel->rowCount(index); ++row)
            ids << m_sourcesModel->index(row, 0, index).data(SourcesModel::FeedIdRole).toLongLong();
        menu.addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh Folder"), this, [this, ids] { m_refresh->refresh(ids); });
        menu.addAction(tr("Re&name Folder…"), this, [this, folderId] { askRenameFolder(folderId); });
        menu.addSeparator();
        menu.addAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete Folder…"), this, [this, folderId] { askDeleteFolder(folderId); });
        menu.addSeparator();
    }
    menu.addAction(QIcon::fromTheme(u"list-add"_s), tr("&Add Feed…"), this, &MainWindow::chooseFeedToAdd);
    menu.exec(m_sourcesView->viewport()->mapToGlobal(pos));
}

void MainWindow::chooseFeedToAdd()
{
    QStringList folderNames;
    if (auto folders = m_feedStore.folders())
        for (const Folder &f : *folders)
            folderNames << f.name;
    AddFeedDialog dialog(folderNames, this);
    if (dialog.exec() == QDialog::Accepted)
        addFeed(dialog.url(), dialog.folder());
}

bool MainWindow::addFeed(const QString &url, const QString &folder)
{
    qint64 folderId = 0;
    if (!folder.isEmpty()) {
        auto id = m_feedStore.ensureFolder(folder);
        if (!id) {
            showError(id.error());
            return false;
        }
        folderId = *id;
    }
    auto id = m_feedStore.addFeed(url, {}, folderId);
    if (!id) {
        showError(id.error());
        return false;
    }
    m_sourcesModel->reload();
    m_stack->setCurrentWidget(m_splitter); // leave the welcome view: there is a feed to show now
    m_sourcesView->setCurrentIndex(m_sourcesModel->indexForFeed(*id));
    m_refresh->refresh({*id});
    return true;
}

void MainWindow::renameFeed(qint64 feedId)
{
    auto feed = m_feedStore.feed(feedId);
    if (!feed || !feed->has_value())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Feed"), tr("Name:"), QLineEdit::Normal, (*feed)->title, &ok);
    if (!ok || name.simplified().isEmpty())
        return;
    if (const Status st = m_feedStore.renameFeed(feedId, name); !st)
        showError(st.error());
    m_sourcesModel->reload();
}

void MainWindow::moveFeed(qint64 feedId)
{
    auto feed = m_feedStore.feed(feedId);
    auto folders = m_feedStore.folders();
    if (!feed || !feed->has_value() || !folders)
        return;
    const QString none = tr("(no folder)");
    QStringList names{none};
    QString current = none;
    for (const Folder &f : *folders) {
        names << f.name;
        if (f.id == (*feed)->folderId)
            current = f.name;
    }
    bool ok = false;
    // Editable: typing a new name creates that folder.
    const QString chosen = QInputDialog::getItem(this, tr("Move Feed"), tr("Folder:"), names, int(names.indexOf(current)), true, &ok)
                               .simplified();
    if (!ok)
        return;
    qint64 folderId = 0;
    if (!chosen.isEmpty() && chosen != none) {
        auto id = m_feedStore.ensureFolder(chosen);
        if (!id) {
            showError(id.error());
            return;
        }
        folderId = *id;
    }
    if (const Status st = m_feedStore.moveFeed(feedId, folderId); !st)
        showError(st.error());
    m_sourcesModel->reload();
    m_sourcesView->setCurrentIndex(m_sourcesModel->indexForFeed(feedId));
}

void MainWindow::deleteFeed(qint64 feedId)
{
    auto feed = m_feedStore.feed(feedId);
    if (!feed || !feed->has_value())
        return;
    const QString name = (*feed)->title.isEmpty() ? (*feed)->url : (*feed)->title;
    const auto answer = QMessageBox::question(
        this, tr("Unsubscribe"),
        tr("Unsubscribe from “%1” and delete its %n article(s)?\nBookmarked and annotated articles are kept.", nullptr,
           int((*feed)->total))
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto removed = m_feedStore.removeFeed(feedId);
    if (!removed) {
        showError(removed.error());
        return;
    }
    m_sourcesModel->reload();
    m_sourcesView->setCurrentIndex(m_sourcesModel->indexForFilter(ArticleFilter::All));
    refreshAfterChange();
    statusBar()->showMessage(tr("Unsubscribed from %1").arg(name), 5000);
}

void MainWindow::startAutomaticRefresh()
{
    QSettings settings;
    m_refresh->setInterval(settings.value(u"feeds/intervalMinutes"_s, 30).toInt());
    auto feeds = m_feedStore.feeds();
    if (settings.value(u"feeds/refreshOnStartup"_s, true).toBool() && feeds && !feeds->isEmpty()) {
        // Let the window paint first; the refresh itself runs on its worker thread.
        QTimer::singleShot(1500, m_refresh, [this] { m_refresh->refresh(); });
    }
}

} // namespace gloss::ui
