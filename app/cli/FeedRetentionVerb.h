// `gloss feeds retention ID [--days N] [--items N] [--json]`: show or set how long a feed's articles
// are kept. Setting a rule applies it at once; bookmarked and annotated articles are always kept.
#pragma once

#include <QStringList>

namespace gloss::cli {

class CliContext;

int feedsRetentionCommand(CliContext &ctx, const QStringList &args);

} // namespace gloss::cli
