// `gloss quotes ID [--json]`: the quotations the quote finder suggests for one article, in text order,
// with their kinds, attribution verbs, speakers and confidences.
#pragma once

#include <QStringList>

namespace gloss::cli {

class CliContext;

int quotesCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
