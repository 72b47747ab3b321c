// THE function that derives an article's blocks from its sanitised HTML.
//
// Everything that needs the canonical text (the store, exporters, the reader pane, the anchoring of
// annotations) gets it from these blocks, so this function must stay deterministic: same HTML, same
// blocks, on every machine and in every version that keeps the rules below. Changing a rule changes
// character offsets of stored annotations (they get re-anchored, but do it on purpose).
//
// Rules:
//  - p, div and other block elements end a block; h1-h6 -> Heading (level), blockquote -> Quote,
//    li -> ListItem (level = list nesting depth, ordered = inside <ol>), pre -> Preformatted,
//    figcaption/caption -> Caption, tr -> TableRow with its cells' texts joined by "\t".
//  - White space: ASCII white space collapses to one space and is trimmed at block ends; U+00A0 is
//    kept as U+00A0. Only Preformatted text keeps its newlines.
//  - <br> starts a new block of the same type (a paragraph's lines become separate blocks); in a
//    heading or a table cell it is a space, in preformatted text a newline.
//  - Blocks whose text is empty or only white space are dropped. Images contribute no text.
//  - Inline spans: strong/b -> Bold, em/i -> Italic, code -> Code (not inside pre), a with an allowed
//    absolute href -> Link; offsets are into the block's text.
#pragma once

#include "Block.h"

#include <QList>
#include <QString>

#include <optional>

namespace gloss {

QList<Block> blocksFromSanitizedHtml(const QString &sanitizedHtml);

// canonicalText(blocksFromSanitizedHtml(html)), without working out the inline spans and code
// languages that would be thrown away (a feed refresh stores the text of 100,000 items).
QString canonicalTextFromSanitizedHtml(const QString &sanitizedHtml);

// The two ways blocksFromSanitizedHtml() reads markup, public for the tests that prove they agree:
// the fast reader of the sanitiser's own output (nullopt for anything outside it, see
// CleanHtmlReader.h) and the gumbo tree walk, which reads any HTML.
namespace detail {
std::optional<QList<Block>> blocksFromCleanHtml(QStringView sanitizedHtml);
QList<Block> blocksFromHtmlTree(const QString &html);
} // namespace detail

} // namespace gloss
