#include "Startup.h"

#include "MainWindow.h"
#include "SearchPane.h"
#include "UiResources.h"

#include "store/Library.h"
#include "store/LibraryBackups.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace gloss::ui {

bool offerRestore(const QString &libraryPath, const QString &problem)
{
    const LibraryBackups backups(libraryPath);
    const QList<LibraryBackup> all = backups.list();
    if (all.isEmpty())
        return false;
    const LibraryBackup &newest = all.first();
    QMessageBox box(QMessageBox::Critical, QObject::tr("Gloss cannot open its library"), problem, QMessageBox::Close);
    box.setObjectName(u"restoreOffer"_s);
    box.setInformativeText(QObject::tr("Gloss keeps backups of this library. The newest is from %1 (%2). Restoring it puts the "
                                       "current file aside in %3; nothing is deleted.")
                               .arg(QLocale().toString(newest.made, QLocale::LongFormat), QLocale().formattedDataSize(newest.bytes),
                                    QDir::toNativeSeparators(backups.folder())));
    QPushButton *restore = box.addButton(QObject::tr("&Restore the Newest Backup"), QMessageBox::AcceptRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    const Result<QString> aside = backups.restore(newest.path);
    if (!aside) {
        QMessageBox::critical(nullptr, QObject::tr("Gloss"), QObject::tr("The backup could not be restored: %1").arg(aside.error()));
        return false;
    }
    return true;
}

int runMainWindow(const QString &libraryPath, const QStringList &filesToImport, qint64 articleToOpen, const QString &search)
{
    registerUiResources();
    QApplication::setWindowIcon(QIcon(u":/gloss/icons/org.gloss.Gloss.svg"_s));
    if (libraryPath == Library::defaultPath())
        QDir().mkpath(QFileInfo(libraryPath).absolutePath());
    auto library = Library::open(libraryPath);
    if (!library && library.errorKind() == Error::Kind::DamagedLibrary && offerRestore(libraryPath, library.error()))
        library = Library::open(libraryPath);
    if (!library) {
        // Nothing was written to the file; say what is wrong and where, and stop.
        QMessageBox box(QMessageBox::Critical, QObject::tr("Gloss cannot open its library"), library.error(), QMessageBox::Close);
        box.setInformativeText(QObject::tr("Choose another library with --library PATH or the GLOSS_LIBRARY variable."));
        box.exec();
        return 1;
    }
    // One syntax-definition repository for the whole app (loading it reads every definition once).
    KSyntaxHighlighting::Repository repository;
    MainWindow window(**library, repository);
    window.show();
    window.startAutomaticRefresh();
    window.startAutomaticBackups();
    window.startWatchingLibrary();
    if (!filesToImport.isEmpty())
        window.importFiles(filesToImport);
    if (!search.isEmpty())
        window.searchPane()->setQuery(search);
    if (articleToOpen && !window.openArticle(articleToOpen))
        QMessageBox::warning(&window, QObject::tr("Gloss"), QObject::tr("There is no article %1 in this library.").arg(articleToOpen));
    return QApplication::exec();
}

} // namespace gloss::ui
