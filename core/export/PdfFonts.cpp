#include "PdfFonts.h"

#include "PdfFile.h"
#include "PdfSyntax.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace gloss {

namespace {

QByteArray baseName(const QRawFont &font)
{
    QByteArray out;
    const QString full = font.familyName() + u'-' + font.styleName();
    for (QChar c : full) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-')
            out.append(char(c.unicode()));
    }
    return out.isEmpty() ? QByteArray("Font") : out;
}

// Six capital letters before a subset's name (9.6.4), different for each face.
QByteArray subsetTag(int index)
{
    QByteArray tag(6, 'A');
    for (int i = 5; i >= 0 && index > 0; --i, index /= 26)
        tag[i] = char('A' + index % 26);
    return tag + '+';
}

void appendUtf16Hex(QByteArray &out, const QString &text)
{
    out.append('<');
    for (QChar c : text)
        pdf::appendHex4(out, c.unicode());
    out.append('>');
}

QByteArray toUnicode(const std::vector<char> &used, const std::vector<QString> &texts)
{
    QByteArray out("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                   "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                   "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                   "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    std::vector<int> mapped;
    for (int g = 0; g < int(used.size()); ++g) {
        if (used[g] && !texts[g].isEmpty())
            mapped.push_back(g);
    }
    for (std::size_t i = 0; i < mapped.size(); i += 100) { // at most 100 to a section (9.10.3)
        const std::size_t n = std::min<std::size_t>(100, mapped.size() - i);
        pdf::appendInt(out, qint64(n));
        out.append(" beginbfchar\n");
        for (std::size_t k = i; k < i + n; ++k) {
            out.append('<');
            pdf::appendHex4(out, quint16(mapped[k]));
            out.append("> ");
            appendUtf16Hex(out, texts[mapped[k]]);
            out.append('\n');
        }
        out.append("endbfchar\n");
    }
    out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return out;
}

// /W: the used glyphs' widths, consecutive glyphs in one array (9.7.4.3).
QByteArray widthArray(const PdfFace &face, const std::vector<char> &used)
{
    QByteArray out("[");
    int g = 0;
    const int count = int(std::min(used.size(), face.widths.size()));
    while (g < count) {
        if (!used[g]) {
            ++g;
            continue;
        }
        pdf::appendInt(out, g);
        out.append(" [");
        for (; g < count && used[g]; ++g) {
            pdf::appendInt(out, face.widths[g]);
            out.append(' ');
        }
        out.append("] ");
    }
    out.append(']');
    return out;
}

qint16 s16(const QByteArray &table, qsizetype at)
{
    return at + 2 <= table.size() ? qFromBigEndian<qint16>(table.constData() + at) : 0;
}

} // namespace

void PdfGlyphUse::record(const PdfFace &face, quint32 glyph, QStringView text)
{
    if (face.index >= int(m_used.size())) {
        m_used.resize(face.index + 1);
        m_text.resize(face.index + 1);
    }
    auto &used = m_used[face.index];
    if (glyph >= used.size()) {
        const std::size_t size = std::max<std::size_t>(glyph + 1, face.widths.size());
        used.resize(size, 0);
        m_text[face.index].resize(size);
    }
    used[glyph] = 1;
    m_text[face.index][glyph] = text.toString();
}

PdfFontSet::PdfFontSet() = default;
PdfFontSet::~PdfFontSet() = default;

const PdfFace *PdfFontSet::face(const QRawFont &font)
{
    // Faces of the same name at different sizes are one face; the head table tells different files
    // of the same name apart (its checksum adjustment and dates).
    const QByteArray head = font.fontTable("head");
    const QByteArray key = font.familyName().toUtf8() + '\n' + font.styleName().toUtf8() + '\n' + QByteArray::number(font.weight()) + '\n'
        + QByteArray::number(int(font.style())) + '\n' + head.left(32).toHex();
    {
        std::lock_guard lock(m_mutex);
        if (const PdfFace *known = m_byKey.value(key))
            return known;
    }
    // Read outside the lock: the tables come from this thread's font engine.
    auto face = std::make_unique<PdfFace>();
    face->tables = TrueTypeTables::of(font); // not TrueType: drawn as outlines
    face->name = baseName(font);
    face->italic = font.style() != QFont::StyleNormal;
    face->unitsPerEm = face->tables.isTrueType() ? face->tables.unitsPerEm() : int(font.unitsPerEm());
    if (face->tables.isTrueType()) {
        const std::vector<int> advances = face->tables.advances();
        face->widths.resize(advances.size());
        for (std::size_t g = 0; g < advances.size(); ++g)
            face->widths[g] = int(std::lround(advances[g] * 1000.0 / face->unitsPerEm));
        face->ascent = s16(face->tables.hhea, 4) * 1000.0 / face->unitsPerEm;
        face->descent = s16(face->tables.hhea, 6) * 1000.0 / face->unitsPerEm;
    }
    std::lock_guard lock(m_mutex);
    if (const PdfFace *known = m_byKey.value(key))
        return known; // another thread was first
    face->index = int(m_faces.size());
    m_faces.push_back(std::move(face));
    m_byKey.insert(key, m_faces.back().get());
    return m_faces.back().get();
}

void PdfFontSet::merge(const PdfGlyphUse &use)
{
    std::lock_guard lock(m_mutex);
    for (std::size_t f = 0; f < use.m_used.size(); ++f) {
        const auto &used = use.m_used[f];
        for (std::size_t g = 0; g < used.size(); ++g) {
            if (used[g] && !m_use.seen(*m_faces[f], quint32(g)))
                m_use.record(*m_faces[f], quint32(g), use.m_text[f][g]);
        }
    }
}

QByteArray PdfFontSet::write(PdfFile &file)
{
    std::lock_guard lock(m_mutex);
    QByteArray resources;
    for (std::size_t f = 0; f < m_use.m_used.size(); ++f) {
        const PdfFace &face = *m_faces[f];
        const std::vector<char> &used = m_use.m_used[f];
        if (!face.embeddable() || std::find(used.begin(), used.end(), 1) == used.end())
            continue;
        const QByteArray name = pdf::name(QByteArray(subsetTag(face.index) + face.name));
        const int type0 = file.reserve();
        const int cidFont = file.reserve();
        const int descriptor = file.reserve();
        const int program = file.reserve();
        const int cmap = file.reserve();
        const QByteArray subset = subsetTrueType(face.tables, used);
        QByteArray length1(" /Length1 ");
        pdf::appendInt(length1, subset.size());
        file.stream(program, length1, subset, 6);
        file.stream(cmap, {}, toUnicode(used, m_use.m_text[f]), 6);

        const QByteArray &head = face.tables.head;
        const qreal unit = 1000.0 / face.unitsPerEm;
        QByteArray d("<< /Type /FontDescriptor /FontName ");
        d.append(name).append(" /Flags ").append(face.italic ? "68" : "4").append(" /FontBBox [");
        for (int at : {36, 38, 40, 42}) {
            pdf::appendInt(d, std::lround(s16(head, at) * unit));
            d.append(' ');
        }
        d.append("] /ItalicAngle ").append(face.italic ? "-12" : "0").append(" /Ascent ");
        pdf::appendInt(d, std::lround(face.ascent));
        d.append(" /Descent ");
        pdf::appendInt(d, std::lround(face.descent));
        d.append(" /CapHeight ");
        pdf::appendInt(d, std::lround(face.ascent));
        d.append(" /StemV 80 /FontFile2 ");
        pdf::appendInt(d, program);
        d.append(" 0 R >>");
        file.object(descriptor, d);

        QByteArray c("<< /Type /Font /Subtype /CIDFontType2 /BaseFont ");
        c.append(name).append(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ");
        pdf::appendInt(c, descriptor);
        c.append(" 0 R /CIDToGIDMap /Identity /DW 0 /W ").append(widthArray(face, used)).append(" >>");
        file.object(cidFont, c);

        QByteArray t("<< /Type /Font /Subtype /Type0 /BaseFont ");
        t.append(name).append(" /Encoding /Identity-H /DescendantFonts [");
        pdf::appendInt(t, cidFont);
        t.append(" 0 R] /ToUnicode ");
        pdf::appendInt(t, cmap);
        t.append(" 0 R >>");
        file.object(type0, t);

        resources.append(" /F");
        pdf::appendInt(resources, face.index + 1);
        resources.append(' ');
        pdf::appendInt(resources, type0);
        resources.append(" 0 R");
    }
    return resources;
}

} // namespace gloss
