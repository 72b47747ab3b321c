// `gloss feeds parse FILE [--json]`: parse a feed file (RSS, RDF, Atom, JSON Feed) and print what
// Gloss reads from it. Never opens the library. Fetching a URL is not supported yet.
#pragma once

#include "CliContext.h"

#include <QStringList>

namespace gloss::cli {

int feedsParseCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
