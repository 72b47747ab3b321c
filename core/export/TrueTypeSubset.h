// A TrueType font (the tables QRawFont hands out) cut down to the glyphs a PDF uses, for embedding
// as FontFile2 (ISO 32000-1, 9.9). Glyph indexes stay as they are, because the PDF's character codes
// are glyph indexes (Identity-H): unused glyphs are left empty, not removed. Composite glyphs keep
// the glyphs they are made of.
#pragma once

#include <QByteArray>
#include <QRawFont>

#include <vector>

namespace gloss {

struct TrueTypeTables {
    QByteArray head, hhea, maxp, hmtx, loca, glyf, cvt, fpgm, prep, os2;

    // The tables of `font` that a subset keeps; none but glyf for a font that is not TrueType.
    static TrueTypeTables of(const QRawFont &font);

    bool isTrueType() const { return !glyf.isEmpty() && !loca.isEmpty() && head.size() >= 54 && maxp.size() >= 6; }
    int glyphCount() const;
    int unitsPerEm() const;
    // Advance widths in font units, from hmtx (the last entry repeats for the glyphs after it).
    std::vector<int> advances() const;
};

// The font file holding only `used` glyphs (and glyph 0, .notdef); `used` is by glyph index.
QByteArray subsetTrueType(const TrueTypeTables &tables, const std::vector<char> &used);

} // namespace gloss
