#include "PdfExport.h"

#include "HtmlWriter.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace gloss {

Status writePdf(const QString &html, const QString &title, QIODevice *device)
{
    // Without a QGuiApplication there is no font database and QTextDocument would abort the process.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{u"the PDF export needs the graphical libraries (no QGuiApplication)"_s};
    QPdfWriter pdf(device);
    pdf.setTitle(title);
    pdf.setCreator(u"Gloss"_s);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
    QTextDocument document;
    document.setHtml(html);
    document.print(&pdf);
    if (device->isOpen() && !device->isWritable())
        return Error{u"cannot write the PDF: %1"_s.arg(device->errorString())};
    return {};
}

PdfWriter::PdfWriter(QIODevice *device) : m_device(device), m_buffer(&m_html)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_htmlWriter = std::make_unique<HtmlWriter>(&m_buffer);
}

PdfWriter::~PdfWriter() = default;

Status PdfWriter::begin(const ExportHeader &header)
{
    m_title = header.title;
    return m_htmlWriter->begin(header);
}

Status PdfWriter::article(const ExportedArticle &article)
{
    return m_htmlWriter->article(article);
}

Status PdfWriter::finish()
{
    if (const Status s = m_htmlWriter->finish(); !s)
        return s;
    const QString html = QString::fromUtf8(m_html);
    m_html.clear();
    return writePdf(html, m_title, m_device);
}

QByteArray renderPdf(const ExportBundle &bundle)
{
    ExportBundle counted = bundle;
    counted.header.articleCount = bundle.articles.size();
    counted.header.annotationCount = 0;
    for (const ExportedArticle &a : bundle.articles)
        counted.header.annotationCount += a.annotations.size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    PdfWriter writer(&buffer);
    if (!replayBundle(counted, writer))
        return {};
    return bytes;
}

} // namespace gloss
