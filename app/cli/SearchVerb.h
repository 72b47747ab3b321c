// `gloss search QUERY [--limit N] [--json]`: articles and annotations matching a query in the search
// box's language (see core/search/SearchQuery.h), best first.
#pragma once

#include <QStringList>

namespace gloss::cli {

class CliContext;

int searchCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
