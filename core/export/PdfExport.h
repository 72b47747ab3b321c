// PDF export: the HTML export's content and look on A4 pages, text kept as text, written by Gloss
// (PdfPages.h, PdfFile.h).
// Needs QtGui and a QGuiApplication (fonts), which is why it is its own small library,
// gloss_export_pdf; everything else in core/export is QtCore only.
#pragma once

#include "ExportSink.h"

#include <QBuffer>
#include <QIODevice>

#include <memory>

namespace gloss {

QByteArray renderPdf(const ExportBundle &bundle);

// A streaming sink: the HTML export's content laid out article by article (PdfContent.h, PdfArticle.h)
// and placed on numbered pages (PdfPages.h) as it arrives, so memory stays flat. Two threads lay out
// while the articles are read; a third writes the pages (PdfExport.cpp).
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
