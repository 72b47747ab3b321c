// Which URLs may appear in sanitised HTML, and in what form.
//
// Links may point to http, https and mailto; images only to http and https (no data:, so no smuggled
// markup and no tracking-free-looking pixels from elsewhere). Relative references are resolved
// against an http(s) base; without one they are dropped, because a relative link in a stored article
// would later resolve against nothing meaningful. Obfuscated schemes ("java\tscript:", " JaVaScRiPt:",
// "&#106;avascript:" once the parser has decoded it) are normalised the way browsers do and refused.
#pragma once

#include <QString>
#include <QUrl>

namespace gloss {

enum class UrlUse { Link, Image };

// The absolute, fully encoded URL to write into an href/src, or an empty string if it is not allowed.
QString safeUrl(const QString &raw, const QUrl &base, UrlUse use);

} // namespace gloss
