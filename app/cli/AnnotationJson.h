// JSON shapes and plain lines the CLI prints for annotations and speakers (documented in the
// README's "Command line" section; tests/cli/tst_cli_annotations.cpp holds them to it).
#pragma once

#include "annotation/Annotation.h"
#include "annotation/SpeakerStore.h"

#include <QJsonObject>

namespace gloss::cli {

// {id, article, kind, exact, prefix, suffix, start, end, color, comment, speaker, quote_kind, tags,
//  state} plus original_exact when the state is "changed".
QJsonObject annotationJson(const Annotation &annotation);
// {id, name, aliases, role, quotes}
QJsonObject speakerJson(const Speaker &speaker);

// One tab-separated line (no newline) for `gloss annotations`.
QString annotationLine(const Annotation &annotation);
// One tab-separated line (no newline) for `gloss speakers`.
QString speakerLine(const Speaker &speaker);

} // namespace gloss::cli
