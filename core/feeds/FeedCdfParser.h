// Microsoft's Channel Definition Format (CDF, 1997): <CHANNEL HREF=...><TITLE/><ABSTRACT/><ITEM
// HREF=... LASTMOD=...>. Long dead, but still found in old archives and in feedparser's suite; read
// so such a file gives its items instead of an error.
#pragma once

#include "ParsedFeed.h"
#include "XmlTree.h"

namespace gloss {

// The root must be <CHANNEL> (checked by the caller).
ParsedFeed parseCdfTree(const XmlElement &root);

} // namespace gloss
