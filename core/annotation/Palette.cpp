#include "Palette.h"

using namespace Qt::StringLiterals;

namespace gloss {

const QList<HighlightColor> &highlightPalette()
{
    // Soft tones that keep black (or, in dark mode, white) text readable on top of them.
    static const QList<HighlightColor> palette = {
        {u"yellow"_s, u"Yellow"_s, u"#fde68a"_s, u"#7a6414"_s},
        {u"green"_s, u"Green"_s, u"#bbf7d0"_s, u"#2f6b45"_s},
        {u"blue"_s, u"Blue"_s, u"#bfdbfe"_s, u"#2c4f7c"_s},
        {u"pink"_s, u"Pink"_s, u"#fbcfe8"_s, u"#7a3560"_s},
        {u"purple"_s, u"Purple"_s, u"#ddd6fe"_s, u"#4f3f86"_s},
        {u"orange"_s, u"Orange"_s, u"#fed7aa"_s, u"#85501f"_s},
    };
    return palette;
}

const HighlightColor &highlightColor(const QString &name)
{
    for (const HighlightColor &c : highlightPalette())
        if (c.name == name)
            return c;
    return highlightPalette().first();
}

bool isPaletteColor(const QString &name)
{
    for (const HighlightColor &c : highlightPalette())
        if (c.name == name)
            return true;
    return false;
}

} // namespace gloss
