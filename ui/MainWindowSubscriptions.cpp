// MainWindow, notes and subscriptions in and out: the export dialog, OPML import and export, a feed's
// retention rule, renaming and deleting folders. (Split from MainWindowFeeds.cpp, which subscribes,
// refreshes and unsubscribes.)
#include "MainWindow.h"

#include "ExportDialog.h"
#include "RefreshController.h"
#include "RetentionDialog.h"

#include "feeds/OpmlSubscriptions.h"
#include "models/ArticleListModel.h"
#include "models/SourcesModel.h"
#include "store/Database.h"
#include "store/Library.h"

#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gloss::ui {

QList<qint64> MainWindow::selectedArticleIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_articleView->selectionModel()->selectedRows())
        if (const qint64 id = m_articleModel->idAt(index.row()))
            ids.append(id);
    return ids;
}

void MainWindow::showExportDialog()
{
    ExportDialog::Context context;
    context.currentArticle = m_articleModel->idAt(m_articleView->currentIndex().row());
    context.selectedArticles = selectedArticleIds();
    ExportDialog dialog(m_library, m_repository, context, this);
    dialog.exec();
}

void MainWindow::chooseSubscriptionsToImport()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Subscriptions"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("OPML subscription lists (*.opml *.xml);;All files (*)"));
    if (!file.isEmpty())
        importSubscriptions(file);
}

bool MainWindow::importSubscriptions(const QString &opmlFile)
{
    QFile in(opmlFile);
    if (!in.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(opmlFile, in.errorString()));
        return false;
    }
    auto imported = importOpmlSubscriptions(m_library.database(), in.readAll());
    if (!imported) {
        showError(tr("%1 was not imported: %2").arg(QFileInfo(opmlFile).fileName(), imported.error()));
        return false;
    }
    m_sourcesModel->reload();
    refreshAfterChange();
    statusBar()->showMessage(tr("%n feed(s) added, %1 already subscribed, %2 ignored", nullptr, imported->added)
                                 .arg(imported->existing)
                                 .arg(imported->ignored),
                             10000);
    if (imported->added > 0)
        m_refresh->refresh();
    return true;
}

void MainWindow::chooseSubscriptionsExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/gloss-subscriptions.opml"_s;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Subscriptions"), suggested,
                                                      tr("OPML subscription lists (*.opml)"));
    if (!file.isEmpty())
        exportSubscriptions(file);
}

bool MainWindow::exportSubscriptions(const QString &opmlFile)
{
    auto exported = exportOpmlSubscriptions(m_library.database());
    if (!exported) {
        showError(exported.error());
        return false;
    }
    // QSaveFile writes beside the target and renames on commit: never a half-written file in place
    // of a good one.
    QSaveFile out(opmlFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(exported->opml) != exported->opml.size() || !out.commit()) {
        showError(tr("Cannot write %1: %2").arg(opmlFile, out.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %n feed(s) to %1", nullptr, exported->feeds).arg(opmlFile), 10000);
    return true;
}

void MainWindow::editRetention(qint64 feedId)
{
    auto feed = m_feedStore.feed(feedId);
    if (!feed || !feed->has_value())
        return;
    const Feed &f = **feed;
    RetentionDialog dialog(f.title.isEmpty() ? f.url : f.title, f.retentionDays, f.retentionItems, this);
    if (dialog.exec() == QDialog::Accepted)
        setRetention(feedId, dialog.days(), dialog.items());
}

bool MainWindow::setRetention(qint64 feedId, int days, int items)
{
    // The rule and its first application together: never a rule saved but not applied.
    Transaction tx(m_library.database());
    if (Status set = m_feedStore.setRetention(feedId, days, items); !set) {
        showError(set.error());
        return false;
    }
    auto removed = m_feedStore.applyRetention(feedId);
    if (!removed || !tx.commit()) {
        showError(removed ? m_library.database().lastError() : removed.error());
        return false;
    }
    refreshAfterChange();
    statusBar()->showMessage(tr("%n older article(s) removed", nullptr, int(*removed)), 10000);
    return true;
}

void MainWindow::askRenameFolder(qint64 folderId)
{
    const QString current = m_sourcesModel->indexForFolder(folderId).data(SourcesModel::NameRole).toString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Folder"), tr("Name:"), QLineEdit::Normal, current, &ok);
    if (ok && !name.simplified().isEmpty() && name.simplified() != current)
        renameFolder(folderId, name);
}

bool MainWindow::renameFolder(qint64 folderId, const QString &name)
{
    if (const Status renamed = m_feedStore.renameFolder(folderId, name); !renamed) {
        showError(renamed.error());
        return false;
    }
    m_sourcesModel->reload();
    m_sourcesView->setCurrentIndex(m_sourcesModel->indexForFolder(folderId));
    return true;
}

void MainWindow::askDeleteFolder(qint64 folderId)
{
    const QModelIndex folder = m_sourcesModel->indexForFolder(folderId);
    const int feeds = m_sourcesModel->rowCount(folder);
    const auto answer = QMessageBox::question(
        this, tr("Delete Folder"),
        tr("Delete the folder “%1”?").arg(folder.data(SourcesModel::NameRole).toString()) + u'\n'
            + tr("Its %n feed(s) move to the top level; no feed or article is deleted.", nullptr, feeds),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deleteFolder(folderId);
}

bool MainWindow::deleteFolder(qint64 folderId)
{
    if (const Status removed = m_feedStore.removeFolder(folderId); !removed) {
        showError(removed.error());
        return false;
    }
    m_sourcesModel->reload();
    return true;
}

} // namespace gloss::ui
