#include "Startup.h"

#include "MainWindow.h"
#include "SearchPane.h"
#include "UiResources.h"

#include "store/Library.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace gloss::ui {

int runMainWindow(const QString &libraryPath, const QStringList &filesToImport, qint64 articleToOpen, const QString &search)
{
    registerUiResources();
    QApplication::setWindowIcon(QIcon(u":/gloss/icons/org.gloss.Gloss.svg"_s));
    if (libraryPath == Library::defaultPath())
        QDir().mkpath(QFileInfo(libraryPath).absolutePath());
    auto library = Library::open(libraryPath);
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
    if (!filesToImport.isEmpty())
        window.importFiles(filesToImport);
    if (!search.isEmpty())
        window.searchPane()->setQuery(search);
    if (articleToOpen && !window.openArticle(articleToOpen))
        QMessageBox::warning(&window, QObject::tr("Gloss"), QObject::tr("There is no article %1 in this library.").arg(articleToOpen));
    return QApplication::exec();
}

} // namespace gloss::ui
