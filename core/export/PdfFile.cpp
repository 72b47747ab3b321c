#include "PdfFile.h"

#include "PdfSyntax.h"


namespace gloss {

PdfFile::PdfFile(QIODevice *device) : m_device(device)
{
    // The second line's bytes above 127 tell transfer tools the file is binary (7.5.2).
    write("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
}

int PdfFile::reserve()
{
    m_offsets.append(-1);
    return int(m_offsets.size());
}

void PdfFile::begin(int number)
{
    m_offsets[number - 1] = m_offset;
    QByteArray head;
    pdf::appendInt(head, number);
    head.append(" 0 obj\n");
    write(head);
}

void PdfFile::object(int number, QByteArrayView body)
{
    begin(number);
    write(body);
    write("\nendobj\n");
}

void PdfFile::stream(int number, QByteArrayView dictionary, QByteArrayView data, int level)
{
    const QByteArray deflated = level > 0 ? deflate(data, level) : QByteArray();
    const QByteArrayView bytes = level > 0 ? QByteArrayView(deflated) : data;
    begin(number);
    QByteArray head("<<");
    head.append(dictionary).append(level > 0 ? " /Filter /FlateDecode /Length " : " /Length ");
    pdf::appendInt(head, bytes.size());
    head.append(" >>\nstream\n");
    write(head);
    write(bytes);
    write("\nendstream\nendobj\n");
}

QByteArray PdfFile::deflate(QByteArrayView data, int level)
{
    // qCompress() writes the zlib format FlateDecode reads, after four bytes of its own (the length).
    QByteArray out = qCompress(reinterpret_cast<const uchar *>(data.data()), data.size(), level);
    out.remove(0, 4);
    return out;
}

bool PdfFile::finish(int catalog, int info)
{
    const qint64 xref = m_offset;
    QByteArray table("xref\n0 ");
    pdf::appendInt(table, m_offsets.size() + 1);
    table.append("\n0000000000 65535 f \n");
    for (qint64 offset : std::as_const(m_offsets)) {
        if (offset < 0) { // reserved and never written: a free entry keeps the table valid
            table.append("0000000000 65535 f \n");
            continue;
        }
        const QByteArray digits = QByteArray::number(offset).rightJustified(10, '0');
        table.append(digits).append(" 00000 n \n");
    }
    table.append("trailer\n<< /Size ");
    pdf::appendInt(table, m_offsets.size() + 1);
    table.append(" /Root ");
    pdf::appendInt(table, catalog);
    table.append(" 0 R /Info ");
    pdf::appendInt(table, info);
    table.append(" 0 R >>\nstartxref\n");
    pdf::appendInt(table, xref);
    table.append("\n%%EOF\n");
    write(table);
    return !m_failed;
}

void PdfFile::write(QByteArrayView bytes)
{
    if (m_failed)
        return;
    if (m_device->write(bytes.data(), bytes.size()) != bytes.size())
        m_failed = true;
    m_offset += bytes.size();
}

} // namespace gloss
