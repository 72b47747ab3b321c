// Sanitising untrusted HTML (feed items, saved pages, Markdown's raw HTML) into the small, safe
// subset Gloss stores and shows.
//
// The input is parsed by a real HTML5 parser (gumbo), so the sanitiser sees the same tree a browser
// would, whatever the markup tricks; plain markup, whose tree is its tags, is read by a strict fast
// path that gives the same result (SimpleHtmlReader.h). What survives is an allow-list: p, h1-h6, blockquote, ul/ol/li,
// pre/code, em, strong, a (href only: http, https, mailto; relative ones resolved against baseUrl),
// img (http/https src, alt), figure/figcaption, table/caption/tr/th/td, br, hr. b/i become
// strong/em; kbd/samp/tt become code. Unknown inline elements (span, font, ...) are unwrapped; div,
// section and other block containers become block boundaries. Scripts, styles, templates,
// noscript, iframes, object/embed, forms' controls, audio/video, SVG/MathML and comments are dropped
// with their content; so are elements marked hidden. No other attribute survives (no style, no
// on*, no class except a code block's language-x).
//
// The output is deterministic and idempotent: sanitizeHtml(sanitizeHtml(x).html) == sanitizeHtml(x).
// blocks is exactly blocksFromSanitizedHtml(html) (see DocumentBlocks.h).
#pragma once

#include "Block.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace gloss {

struct SanitizedHtml {
    QString html;
    QList<Block> blocks;

    friend bool operator==(const SanitizedHtml &, const SanitizedHtml &) = default;
};

SanitizedHtml sanitizeHtml(const QString &html, const QUrl &baseUrl = {});

// sanitizeHtml(html, baseUrl).html alone: for callers that store the markup and derive the blocks
// later (feed parsing), deriving them here would parse the output a second time for nothing.
QString sanitizeHtmlMarkup(const QString &html, const QUrl &baseUrl = {});

// The two ways sanitizeHtmlMarkup() reads its input, public for the tests that prove they agree: the
// strict reader of plain markup (nullopt for anything it cannot predict, see SimpleHtmlReader.h)
// and gumbo, which parses any HTML.
namespace detail {
std::optional<QString> sanitizeSimpleHtml(const QString &html, const QUrl &baseUrl);
QString sanitizeParsedHtml(const QString &html, const QUrl &baseUrl);
} // namespace detail

} // namespace gloss
