// The fonts of the PDF export: each face the laid-out text uses, embedded once as a Type 0 font
// over a subset of its TrueType program (Identity-H: a character code is a glyph index), with the
// widths the text was set with and a ToUnicode map so that the text can be searched and copied.
// The threads that lay out register faces and record the glyphs they use (PdfGlyphUse); the thread
// that writes the file writes the fonts at the end.
#pragma once

#include "TrueTypeSubset.h"

#include <QHash>
#include <QRawFont>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace gloss {

class PdfFile;

// One face, as the content streams need it. Immutable once registered, so any thread may read it.
struct PdfFace {
    int index = 0;          // the resource name is /F<index + 1>
    QByteArray name;        // the PostScript-like base name, subset tag excluded
    TrueTypeTables tables;  // empty glyf for a face that is not TrueType (drawn as outlines)
    std::vector<int> widths; // by glyph index, in thousandths of an em: the widths the PDF declares
    int unitsPerEm = 1000;
    bool italic = false;
    qreal ascent = 0;       // in thousandths of an em
    qreal descent = 0;
    bool embeddable() const { return tables.isTrueType(); }
};

// The glyphs one thread has used, and the text each stands for (the first seen wins).
class PdfGlyphUse {
public:
    // Whether `glyph` of `face` is known already; when not, record() must follow.
    bool seen(const PdfFace &face, quint32 glyph) const
    {
        return face.index < int(m_used.size()) && glyph < m_used[face.index].size() && m_used[face.index][glyph];
    }
    void record(const PdfFace &face, quint32 glyph, QStringView text);

private:
    friend class PdfFontSet;
    std::vector<std::vector<char>> m_used;     // by face index, by glyph
    std::vector<std::vector<QString>> m_text;  // the same
};

class PdfFontSet {
public:
    PdfFontSet();
    ~PdfFontSet();
    // The face of `font`, registered the first time; from any thread (the font must belong to it).
    const PdfFace *face(const QRawFont &font);
    // Adds one thread's glyphs to what is written.
    void merge(const PdfGlyphUse &use);
    // Writes every face that has glyphs; returns the entries of the /Font resource dictionary.
    QByteArray write(PdfFile &file);

private:
    std::mutex m_mutex;
    std::vector<std::unique_ptr<PdfFace>> m_faces;
    QHash<QByteArray, const PdfFace *> m_byKey;
    PdfGlyphUse m_use;
};

// A thread's quick way to its faces: QRawFont compares by font engine, which is cheap, where the set
// would look a face up by its names and tables.
class PdfFaceCache {
public:
    explicit PdfFaceCache(PdfFontSet &fonts) : m_fonts(fonts) {}
    const PdfFace *face(const QRawFont &font)
    {
        for (const auto &[known, face] : m_known) {
            if (known == font)
                return face;
        }
        const PdfFace *face = m_fonts.face(font);
        m_known.emplace_back(font, face);
        return face;
    }

private:
    PdfFontSet &m_fonts;
    std::vector<std::pair<QRawFont, const PdfFace *>> m_known;
};

} // namespace gloss
