// `gloss library [--json]` (what the library holds) and `gloss library optimize [--json]` (compact it
// and refresh its indexes and statistics).
#pragma once

#include <QStringList>

namespace gloss::cli {

class CliContext;

int libraryCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
