// The command line: `gloss VERB [ARGS]` runs one headless verb against the library, no window.
#pragma once

#include <QStringList>

namespace gloss::cli {

// True when the arguments ask for a command-line verb (or --help/--version) rather than the GUI.
bool isCliInvocation(const QStringList &arguments);
// Whether the verb needs a QGuiApplication (a PDF export lays out text with fonts); never a window.
bool cliNeedsGui(const QStringList &arguments);

// Runs the verb named in `arguments` (argv without the program name) and returns the exit code:
// 0 success, 1 an error (message on stderr naming the file and the cause), 2 a usage error.
int runCli(const QStringList &arguments);

// The library path the arguments, GLOSS_LIBRARY or the platform data folder choose; strips
// --library from `arguments`. Returns an empty string (and sets *error) on a usage error.
QString takeLibraryPath(QStringList &arguments, QString *error);

} // namespace gloss::cli
