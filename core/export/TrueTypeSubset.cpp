#include "TrueTypeSubset.h"

#include <QtEndian>

#include <algorithm>
#include <array>

namespace gloss {

namespace {

quint16 u16(const QByteArray &table, qsizetype at)
{
    return at + 2 <= table.size() ? qFromBigEndian<quint16>(table.constData() + at) : 0;
}

quint32 u32(const QByteArray &table, qsizetype at)
{
    return at + 4 <= table.size() ? qFromBigEndian<quint32>(table.constData() + at) : 0;
}

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

// Where glyph `g`'s outline is in glyf: [first, second). Empty for a glyph without one.
std::pair<quint32, quint32> glyphRange(const TrueTypeTables &t, int g)
{
    const bool longOffsets = u16(t.head, 50) == 1;
    quint32 from = longOffsets ? u32(t.loca, 4 * g) : 2u * u16(t.loca, 2 * g);
    quint32 to = longOffsets ? u32(t.loca, 4 * (g + 1)) : 2u * u16(t.loca, 2 * (g + 1));
    to = std::min<quint32>(to, quint32(t.glyf.size()));
    from = std::min(from, to);
    return {from, to};
}

// The glyphs a composite glyph is made of (the TrueType glyf table's component records).
void addComponents(const TrueTypeTables &t, int g, std::vector<char> &keep, std::vector<int> &pending)
{
    const auto [from, to] = glyphRange(t, g);
    if (to - from < 10 || qint16(u16(t.glyf, from)) >= 0)
        return; // simple (or empty)
    enum : quint16 { ArgsAreWords = 0x1, HaveScale = 0x8, MoreComponents = 0x20, HaveXYScale = 0x40, HaveTwoByTwo = 0x80 };
    qsizetype at = from + 10;
    for (;;) {
        if (at + 4 > qsizetype(to))
            return;
        const quint16 flags = u16(t.glyf, at);
        const int component = u16(t.glyf, at + 2);
        if (component < int(keep.size()) && !keep[component]) {
            keep[component] = 1;
            pending.push_back(component);
        }
        at += 4 + ((flags & ArgsAreWords) ? 4 : 2);
        if (flags & HaveScale)
            at += 2;
        else if (flags & HaveXYScale)
            at += 4;
        else if (flags & HaveTwoByTwo)
            at += 8;
        if (!(flags & MoreComponents))
            return;
    }
}

quint32 checksum(const QByteArray &table)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < table.size(); i += 4) {
        quint32 word = 0;
        for (int k = 0; k < 4; ++k)
            word = (word << 8) | (i + k < table.size() ? uchar(table[i + k]) : 0);
        sum += word;
    }
    return sum;
}

} // namespace

TrueTypeTables TrueTypeTables::of(const QRawFont &font)
{
    TrueTypeTables t;
    t.glyf = font.fontTable("glyf");
    if (t.glyf.isEmpty())
        return t; // CFF or bitmaps
    t.head = font.fontTable("head");
    t.hhea = font.fontTable("hhea");
    t.maxp = font.fontTable("maxp");
    t.hmtx = font.fontTable("hmtx");
    t.loca = font.fontTable("loca");
    t.cvt = font.fontTable("cvt ");
    t.fpgm = font.fontTable("fpgm");
    t.prep = font.fontTable("prep");
    t.os2 = font.fontTable("OS/2");
    return t;
}

int TrueTypeTables::glyphCount() const
{
    return u16(maxp, 4);
}

int TrueTypeTables::unitsPerEm() const
{
    const int units = u16(head, 18);
    return units > 0 ? units : 1000;
}

std::vector<int> TrueTypeTables::advances() const
{
    const int count = glyphCount();
    const int metrics = std::min<int>(u16(hhea, 34), int(hmtx.size() / 4));
    std::vector<int> out(count, 0);
    int last = 0;
    for (int g = 0; g < count; ++g) {
        if (g < metrics)
            last = u16(hmtx, 4 * g);
        out[g] = last;
    }
    return out;
}

QByteArray subsetTrueType(const TrueTypeTables &t, const std::vector<char> &used)
{
    const int count = t.glyphCount();
    std::vector<char> keep(count, 0);
    std::vector<int> pending;
    for (int g = 0; g < count; ++g) {
        if (g == 0 || (g < int(used.size()) && used[g])) {
            keep[g] = 1;
            pending.push_back(g);
        }
    }
    while (!pending.empty()) {
        const int g = pending.back();
        pending.pop_back();
        addComponents(t, g, keep, pending);
    }

    QByteArray glyf;
    QByteArray loca;
    loca.reserve(4 * (count + 1));
    for (int g = 0; g < count; ++g) {
        put32(loca, quint32(glyf.size()));
        if (!keep[g])
            continue;
        const auto [from, to] = glyphRange(t, g);
        glyf.append(t.glyf.constData() + from, to - from);
        while (glyf.size() % 4)
            glyf.append('\0');
    }
    put32(loca, quint32(glyf.size()));
    QByteArray head = t.head;
    qToBigEndian<quint32>(0, head.data() + 8);  // checkSumAdjustment: not checked by PDF readers
    qToBigEndian<quint16>(1, head.data() + 50); // indexToLocFormat: long offsets

    struct Table {
        const char *tag;
        QByteArray data;
    };
    std::vector<Table> tables;
    // In tag order, as the table directory wants them (binary search by readers).
    for (Table table : {Table{"OS/2", t.os2}, Table{"cvt ", t.cvt}, Table{"fpgm", t.fpgm}, Table{"glyf", glyf}, Table{"head", head},
                        Table{"hhea", t.hhea}, Table{"hmtx", t.hmtx}, Table{"loca", loca}, Table{"maxp", t.maxp}, Table{"prep", t.prep}}) {
        if (!table.data.isEmpty())
            tables.push_back(table);
    }
    const int n = int(tables.size());
    int power = 1;
    int log = 0;
    while (power * 2 <= n) {
        power *= 2;
        ++log;
    }
    QByteArray out;
    put32(out, 0x00010000);
    put16(out, quint16(n));
    put16(out, quint16(power * 16));
    put16(out, quint16(log));
    put16(out, quint16(n * 16 - power * 16));
    quint32 offset = 12 + 16 * n;
    for (const Table &table : tables) {
        out.append(table.tag, 4);
        put32(out, checksum(table.data));
        put32(out, offset);
        put32(out, quint32(table.data.size()));
        offset += (table.data.size() + 3) & ~3;
    }
    for (const Table &table : tables) {
        out.append(table.data);
        while (out.size() % 4)
            out.append('\0');
    }
    return out;
}

} // namespace gloss
