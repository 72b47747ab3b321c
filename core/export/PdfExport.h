// PDF export: the HTML export laid out by QTextDocument and printed with QPdfWriter (A4, text kept
// as text). Needs QtGui and a QGuiApplication (fonts), which is why it is its own small library,
// gloss_export_pdf; everything else in core/export is QtCore only.
#pragma once

#include "ExportSink.h"

#include <QBuffer>
#include <QIODevice>

#include <memory>

namespace gloss {

// Lays out `html` and writes the PDF to `device`.
Status writePdf(const QString &html, const QString &title, QIODevice *device);
QByteArray renderPdf(const ExportBundle &bundle);

// A streaming-shaped sink: collects the HTML export, renders the PDF at finish() (a PDF is laid out
// as a whole, so it is built in memory; the reader still pages through the library).
class PdfWriter final : public ExportSink {
public:
    explicit PdfWriter(QIODevice *device);
    ~PdfWriter() override;
    Status begin(const ExportHeader &header) override;
    Status article(const ExportedArticle &article) override;
    Status finish() override;

private:
    QIODevice *m_device;
    QByteArray m_html;
    QBuffer m_buffer;
    std::unique_ptr<ExportSink> m_htmlWriter;
    QString m_title;
};

} // namespace gloss
