// gloss import-notes: annotated notes from a gloss-notes JSON file or W3C Web Annotation JSON-LD
// into the library, all or nothing, with counts of what was imported, re-anchored, orphaned,
// already present and unmatched (those listed on standard error).
#pragma once

#include <QStringList>

namespace gloss::cli {

class CliContext;

int importNotesCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
