// RSS 0.9x/2.0 (<rss>) and RSS 0.90/1.0 (<rdf:RDF>) element trees into a ParsedFeed. Common
// extensions are read too: content:encoded and xhtml:body for full content, Dublin Core for
// authors, dates and subjects, atom:link for links.
#pragma once

#include "ParsedFeed.h"
#include "XmlTree.h"

namespace gloss {

// The root must be <rss> or <rdf:RDF> (checked by the caller).
ParsedFeed parseRssTree(const XmlElement &root);

} // namespace gloss
