// A comment's Markdown as HTML that is safe to put in an export: md4c parses it (GitHub dialect, raw
// HTML off, so tags the user typed stay visible text) and this renderer writes only elements it
// knows, with every text escaped. Links keep only http, https and mailto targets; images become their
// alt text, so an exported file never fetches anything. Headings start at h4, below the article's.
#pragma once

#include <QString>

namespace gloss {

QString commentHtml(const QString &markdown);

} // namespace gloss
