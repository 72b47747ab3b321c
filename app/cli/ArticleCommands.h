// The article verbs of the command line: import, list, show, bookmark, mark-read.
// Each takes its own arguments (after the verb) and returns the process exit code.
#pragma once

#include <QStringList>

namespace gloss::cli {

class CliContext;

int importCommand(CliContext &ctx, const QStringList &args);
int listCommand(CliContext &ctx, const QStringList &args);
int showCommand(CliContext &ctx, const QStringList &args);
int bookmarkCommand(CliContext &ctx, const QStringList &args);
int markReadCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
