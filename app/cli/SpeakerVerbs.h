// The speaker verbs of the command line: speakers (the registry with quote counts) and
// speaker-merge (one person recorded under two names becomes one).
#pragma once

#include <QStringList>

namespace gloss::cli {

class CliContext;

int speakersCommand(CliContext &ctx, const QStringList &args);
int speakerMergeCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
