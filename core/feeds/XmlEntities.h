// HTML's named character references, which feeds use in XML without declaring them (&nbsp;,
// &eacute;). The feed reader replaces them before the XML parser sees them, so no DTD is needed.
#pragma once

#include <QStringView>

namespace gloss {

// The code point HTML 4 gives the entity `name` (without & and ;), or 0 when there is none.
char32_t htmlEntityCodePoint(QStringView name);

} // namespace gloss
