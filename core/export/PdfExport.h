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

// A streaming sink: each article is laid out as a document of its own and drawn onto the pages as it
// arrives, so memory stays flat and a long export never lays out (or, in print(), clones) one
// document of thousands of pages. An article that does not fit in what is left of a page starts a
// new one; one longer than a page is paginated on its own. Pages are numbered at the foot.
class PdfPages;
class PdfWriter final : public ExportSink {
public:
    explicit PdfWriter(QIODevice *device);
    ~PdfWriter() override;
    Status begin(const ExportHeader &header) override;
    Status article(const ExportedArticle &article) override;
    Status finish() override;

private:
    QIODevice *m_device;
    std::unique_ptr<PdfPages> m_pages;
};

} // namespace gloss
