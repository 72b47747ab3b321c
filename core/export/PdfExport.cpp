#include "PdfExport.h"

#include "HtmlWriter.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QFontMetricsF>
#include <QPainter>
#include <QScreen>
#include <QTextDocument>
#include <QTextOption>

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

// Draws small documents one after another down the pages of a PDF. Works in the documents' own
// units (screen pixels at the screen's logical DPI) and scales the painter to the PDF's resolution.
class PdfPages {
public:
    PdfPages(QIODevice *device, const QString &title)
        : m_pdf(device)
    {
        m_pdf.setTitle(title);
        m_pdf.setCreator(u"Gloss"_s);
        m_pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 14),
                                        QPageLayout::Millimeter));
        const QScreen *screen = QGuiApplication::primaryScreen();
        const qreal dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
        m_scale = qreal(m_pdf.resolution()) / dpi;
        m_width = qreal(m_pdf.width()) / m_scale;
        m_footer = QFontMetricsF(m_footerFont).height() * 2;
        m_height = qreal(m_pdf.height()) / m_scale - m_footer;
        m_styleSheet = HtmlWriter::styleSheet();
        m_painter.begin(&m_pdf);
        m_painter.scale(m_scale, m_scale);
    }

    bool isActive() const { return m_painter.isActive(); }

    void draw(const QString &html)
    {
        QTextDocument document;
        document.setDefaultStyleSheet(m_styleSheet);
        // In a <body>, so the style sheet's body rule (the serif face, the line height) applies.
        document.setHtml(u"<html><body>"_s + html + u"</body></html>"_s);
        document.setTextWidth(m_width);
        const qreal height = document.size().height();
        if (height <= m_height - m_y) {
            paint(document, 0, height);
            m_y += height;
            return;
        }
        if (m_y > 0)
            newPage();
        if (height <= m_height) {
            paint(document, 0, height);
            m_y = height;
            return;
        }
        // Longer than a page: let the document paginate itself, so no line is cut in two.
        document.setPageSize(QSizeF(m_width, m_height));
        const int pages = document.pageCount();
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                newPage();
            paint(document, p * m_height, m_height);
        }
        m_y = document.size().height() - (pages - 1) * m_height;
    }

    bool finish()
    {
        footer();
        return m_painter.end();
    }

private:
    // Draws the part of `document` from `top` down `height` at the current position.
    void paint(QTextDocument &document, qreal top, qreal height)
    {
        m_painter.save();
        m_painter.translate(0, m_y - top);
        document.drawContents(&m_painter, QRectF(0, top, m_width, height));
        m_painter.restore();
    }

    void newPage()
    {
        footer();
        m_pdf.newPage();
        ++m_page;
        m_y = 0;
    }

    void footer()
    {
        m_painter.save();
        m_painter.setFont(m_footerFont);
        m_painter.setPen(QColor(0x55, 0x55, 0x55));
        QTextOption centred(Qt::AlignHCenter | Qt::AlignBottom);
        centred.setTextDirection(Qt::LeftToRight);
        m_painter.drawText(QRectF(0, m_height, m_width, m_footer), QString::number(m_page), centred);
        m_painter.restore();
    }

    QPdfWriter m_pdf;
    QPainter m_painter;
    // Sized in pixels of the documents' units: a point size would be resolved against the PDF's
    // resolution and then scaled again by the painter.
    QFont m_footerFont = [] {
        QFont font(QStringList{u"Noto Serif"_s, u"serif"_s});
        font.setPixelSize(12);
        return font;
    }();
    QString m_styleSheet;
    qreal m_scale = 1;
    qreal m_width = 0;
    qreal m_height = 0; // the page's height for content, the footer excluded
    qreal m_footer = 0;
    qreal m_y = 0;      // where the next document goes on the current page
    int m_page = 1;
};

PdfWriter::PdfWriter(QIODevice *device) : m_device(device)
{
}

PdfWriter::~PdfWriter() = default;

Status PdfWriter::begin(const ExportHeader &header)
{
    // Without a QGuiApplication there is no font database and QTextDocument would abort the process.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{u"the PDF export needs the graphical libraries (no QGuiApplication)"_s};
    m_pages = std::make_unique<PdfPages>(m_device, header.title);
    if (!m_pages->isActive())
        return Error{u"cannot write the PDF: %1"_s.arg(m_device->errorString())};
    m_pages->draw(HtmlWriter::headerHtml(header));
    return {};
}

Status PdfWriter::article(const ExportedArticle &article)
{
    if (!m_pages)
        return Error{u"the PDF was not begun"_s};
    m_pages->draw(HtmlWriter::articleHtml(article));
    return {};
}

Status PdfWriter::finish()
{
    if (!m_pages || !m_pages->finish())
        return Error{u"cannot write the PDF: %1"_s.arg(m_device->errorString())};
    m_pages.reset();
    if (m_device->isOpen() && !m_device->isWritable())
        return Error{u"cannot write the PDF: %1"_s.arg(m_device->errorString())};
    return {};
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
