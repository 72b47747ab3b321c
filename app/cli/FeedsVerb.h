// `gloss feeds SUBVERB [ARGS]`: the feed verbs, dispatched by their first argument. Each sub-verb
// is one function in the table in FeedsVerb.cpp, so new ones (subscribe, refresh, ...) are a line.
#pragma once

#include "CliContext.h"

#include <QStringList>

namespace gloss::cli {

int feedsCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
