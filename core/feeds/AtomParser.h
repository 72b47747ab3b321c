// Atom 1.0 (RFC 4287) and the older Atom 0.3 element trees into a ParsedFeed. Text constructs
// honour their type (and 0.3's mode); links, ids and content honour xml:base.
#pragma once

#include "ParsedFeed.h"
#include "XmlTree.h"

namespace gloss {

// The root must be <feed> (checked by the caller).
ParsedFeed parseAtomTree(const XmlElement &root);

} // namespace gloss
