// A fast reader for the sanitiser's own output, for blocksFromSanitizedHtml().
//
// Deriving an article's blocks used to parse its sanitised HTML with gumbo a second time; that was
// half the cost of refreshing a feed. The sanitiser writes a small, fixed content model
// (CleanHtmlWriter.h), and for markup inside that model an HTML5 parser builds exactly the tree the
// tags spell out: no implied end tags, no foster parenting, no reconstructed formatting. This reader
// accepts only such markup and reports the same events as a walk over gumbo's tree would.
//
// It is strict on purpose: anything outside the model (an unknown tag or entity, a block inside a
// paragraph, a misnested end tag, a carriage return, a stray control character, ...) makes it give
// up, and the caller falls back to gumbo. A wrong "yes" would change canonical text; a "no" only costs
// time. tests/document/tst_cleanhtmlreader.cpp checks that both paths agree on every corpus we have.
#pragma once

#include <QStringView>

namespace gloss {

class BlockWalker;

// Feeds the walker as the gumbo walk from <body> would; false when the markup is outside the
// sanitiser's model (the walker has then seen part of it and must be thrown away).
bool readCleanHtml(QStringView html, BlockWalker &walker);

} // namespace gloss
