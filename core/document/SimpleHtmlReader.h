// A fast path in front of gumbo for sanitising the HTML most feeds carry.
//
// Parsing with gumbo was the largest single cost of refreshing feeds. Most item HTML is plain
// markup — paragraphs, links, emphasis, lists, quotes, a few entities — for which an HTML5 parser
// builds exactly the tree its tags spell out. This reader accepts only such markup, tracks the
// tree-construction rules that could still reshape it (a block that would close an open <p>, an <li>
// that would close the previous one, a heading inside a heading, a link inside a link), and drives
// the sanitiser (Sanitizer.h) exactly as the walk over gumbo's tree would.
//
// It is strict on purpose, like CleanHtmlReader: anything else — tables, forms, raw-text elements
// (script, style, textarea, title), foreign content, a misnested or stray end tag, an entity outside
// a short list, a bare "&name" without its semicolon, a doctype, a self-closing non-void tag, NUL,
// stray controls, nesting deeper than a few hundred — makes it give up, and the caller parses with
// gumbo. A wrong "yes" would store different HTML; a "no" only costs time. tst_simplehtmlreader
// checks that both paths give the same output on every corpus we have and on random tag soup.
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace gloss::html {

// The sanitised markup of html (as sanitizeHtmlMarkup() would return it), or nullopt when the input
// is outside what this reader can predict.
std::optional<QString> sanitizeSimpleHtml(QStringView html, const QUrl &baseUrl);

} // namespace gloss::html
