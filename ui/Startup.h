// Starting the window: open the library (or explain why not), build the main window, import any
// files named on the command line, show the article asked for (0: none) and the search (empty: none). Called from main() once QApplication exists.
#pragma once

#include <QStringList>

namespace gloss::ui {

// For a library that cannot be opened because it is damaged: shows `problem` and, when there are
// backups, offers to restore the newest (the damaged file is kept aside). True if one was restored.
bool offerRestore(const QString &libraryPath, const QString &problem);

int runMainWindow(const QString &libraryPath, const QStringList &filesToImport, qint64 articleToOpen = 0,
                  const QString &search = {});

} // namespace gloss::ui
