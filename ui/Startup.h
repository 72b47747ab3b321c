// Starting the window: open the library (or explain why not), build the main window, import any
// files named on the command line, show the article asked for (0: none) and the search (empty: none). Called from main() once QApplication exists.
#pragma once

#include <QStringList>

namespace gloss::ui {

int runMainWindow(const QString &libraryPath, const QStringList &filesToImport, qint64 articleToOpen = 0,
                  const QString &search = {});

} // namespace gloss::ui
