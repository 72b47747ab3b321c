// The highlight palette: a few named colours, so exports and the store speak names, not pixels.
// Each has a light and a dark rendering; the reader picks by the palette's lightness.
#pragma once

#include <QList>
#include <QString>

namespace gloss {

struct HighlightColor {
    QString name;      // stored and exported: "yellow"
    QString label;     // shown: "Yellow"
    QString light;     // #rrggbb on light backgrounds
    QString dark;      // #rrggbb on dark backgrounds
};

const QList<HighlightColor> &highlightPalette();
// The entry for `name`, or the first (yellow) for an unknown name.
const HighlightColor &highlightColor(const QString &name);
bool isPaletteColor(const QString &name);

} // namespace gloss
