// gloss export: annotated notes as Markdown, HTML, JSON, CSV, W3C Web Annotation or PDF, for one
// article, a list of articles, a speaker, a tag, a phrase search, or the whole library.
#pragma once

#include <QStringList>

namespace gloss::cli {

class CliContext;

int exportCommand(CliContext &ctx, const QStringList &args);
// Whether these command-line arguments ask for a PDF export, which needs a QGuiApplication (fonts).
bool exportNeedsGui(const QStringList &args);

} // namespace gloss::cli
