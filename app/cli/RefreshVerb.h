// `gloss refresh [--feed ID]... [--json]`: fetches the subscriptions (all, or the given ones) and
// stores what is new, reporting per feed what happened. Exit 0 when every feed refreshed, 1 when any
// had an error (all results are still printed).
#pragma once

#include <QStringList>

namespace gloss::cli {

class CliContext;

int refreshCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
