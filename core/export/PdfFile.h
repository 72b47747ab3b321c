// The bytes of a PDF file, written front to back as they are made: numbered objects, streams
// compressed with Flate, and at the end the cross-reference table and trailer (ISO 32000-1, 7.5).
// Knows nothing of pages or fonts; the export's memory stays flat because nothing is kept but each
// object's offset.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace gloss {

class PdfFile {
public:
    explicit PdfFile(QIODevice *device);

    // A new object number, for an object written later (it may be referred to before).
    int reserve();
    // Object `number`: `body` is its whole value (a dictionary, an array...).
    void object(int number, QByteArrayView body);
    // A stream object: `dictionary` holds its entries but /Length (and /Filter), `data` the bytes,
    // compressed here at zlib's `level` (0: stored as they are).
    void stream(int number, QByteArrayView dictionary, QByteArrayView data, int level);
    // `data` in the zlib format FlateDecode reads.
    static QByteArray deflate(QByteArrayView data, int level);

    // The cross-reference table and the trailer; whether everything was written.
    bool finish(int catalog, int info);
    bool failed() const { return m_failed; }

private:
    void begin(int number);
    void write(QByteArrayView bytes);

    QIODevice *m_device;
    qint64 m_offset = 0;
    QList<qint64> m_offsets; // by object number - 1; -1 until written
    bool m_failed = false;
};

} // namespace gloss
