// PDF export: the HTML export's content and look, printed with QPdfWriter (A4, text kept as text).
// Needs QtGui and a QGuiApplication (fonts), which is why it is its own small library,
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

// A streaming sink: the HTML export's content laid out article by article (PdfContent.h) and drawn
// onto numbered pages (PdfPages.h) as it arrives, so memory stays flat. The drawing, and the PDF's
// compression with it, runs on a thread of its own while the next articles are read and laid out.
class PdfPrinter;
class PdfWriter final : public ExportSink {
public:
    explicit PdfWriter(QIODevice *device);
    ~PdfWriter() override;
    Status begin(const ExportHeader &header) override;
    Status article(const ExportedArticle &article) override;
    Status finish() override;

private:
    QIODevice *m_device;
    std::unique_ptr<PdfPrinter> m_printer;
};

} // namespace gloss
