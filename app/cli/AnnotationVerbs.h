// The annotation verbs of the command line: annotate, annotations, unannotate. Like the article
// verbs, each takes its own arguments (after the verb) and returns the process exit code.
#pragma once

#include <QStringList>

namespace gloss::cli {

class CliContext;

int annotateCommand(CliContext &ctx, const QStringList &args);
int annotationsCommand(CliContext &ctx, const QStringList &args);
int unannotateCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
