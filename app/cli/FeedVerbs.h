// The `gloss feeds` sub-verbs that manage subscriptions: add, list, remove, import-opml and
// export-opml. Each takes the arguments after its name and returns the process exit code; the
// `feeds` verb (FeedsVerb.cpp) dispatches to them.
#pragma once

#include <QStringList>

namespace gloss::cli {

class CliContext;

int feedsAddCommand(CliContext &ctx, const QStringList &args);
int feedsListCommand(CliContext &ctx, const QStringList &args);
int feedsRemoveCommand(CliContext &ctx, const QStringList &args);
int feedsImportOpmlCommand(CliContext &ctx, const QStringList &args);
int feedsExportOpmlCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
