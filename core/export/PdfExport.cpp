#include "PdfExport.h"

#include "PdfContent.h"
#include "PdfPages.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

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

// Lays the articles out on the exporting thread and draws them on a thread of its own (PdfPages):
// the two halves of the work take about as long, and a PDF is one stream of pages, which one thread
// writes. A QTextLayout is reentrant, so one laid out here may be drawn there once handed over; each
// article has fonts of its own (PdfStyle::withOwnFonts()) so that the two threads never use the same
// QFont at once. The drawing thread also owns the QPdfWriter and so the font engines it embeds.
class PdfPrinter {
public:
    PdfPrinter(QIODevice *device, const QString &title)
        : m_layingOutThread(QThread::currentThread())
    {
        m_thread = std::thread([this, device, title] { run(device, title); });
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_started; });
        m_style = PdfStyle::fromApplication(m_scale);
    }

    ~PdfPrinter()
    {
        stop(true);
    }

    bool isActive() const { return m_active; }

    void header(const ExportHeader &header) { hand(pdfHeaderBlocks(header, m_style.withOwnFonts())); }
    void article(const ExportedArticle &article) { hand(pdfArticleBlocks(article, m_style.withOwnFonts())); }

    // Waits for the last page; whether the PDF was written.
    bool finish()
    {
        stop(false);
        return m_written;
    }

private:
    struct Article {
        PdfBlocks blocks;
        qreal height = 0;
    };

    // Enough to keep the drawing thread busy while the next article is read and laid out; few, so
    // that memory stays flat.
    static constexpr std::size_t Ahead = 8;

    void hand(PdfBlocks blocks)
    {
        const qreal height = layoutBlocks(blocks, m_textWidth, m_style);
        std::deque<Article> drawn;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_queue.size() < Ahead || m_stopped; });
            if (!m_stopped) { // else the blocks are dropped, here
                for (PdfBlock &block : blocks) {
                    if (block.document)
                        block.document->moveToThread(m_drawingThread);
                }
                m_queue.push_back({std::move(blocks), height});
                m_changed.notify_all();
            }
            drawn.swap(m_drawn);
        }
        // Freed here, where they were allocated: memory freed on another thread than the one that
        // allocated it goes back through that thread's allocator arena, under its lock, which is all
        // the time in use here.
        drawn.clear();
    }

    void stop(bool abandon)
    {
        if (!m_thread.joinable())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
            m_abandoned = abandon;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // An article drawn (or not to be), back to the thread that made it, which frees it.
    Article handBack(Article article)
    {
        for (PdfBlock &block : article.blocks) {
            if (block.document)
                block.document->moveToThread(m_layingOutThread);
        }
        return article;
    }

    void run(QIODevice *device, const QString &title)
    {
        PdfPages pages(device, title);
        {
            std::lock_guard lock(m_mutex);
            m_started = true;
            m_active = pages.isActive();
            m_textWidth = pages.textWidth();
            m_scale = pages.scale();
            m_drawingThread = QThread::currentThread();
        }
        m_changed.notify_all();
        for (;;) {
            Article next;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
                if (m_abandoned || !m_active) {
                    for (Article &article : m_queue)
                        m_drawn.push_back(handBack(std::move(article)));
                    m_queue.clear();
                }
                if (m_queue.empty()) {
                    m_stopped = true;
                    break;
                }
                next = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_changed.notify_all();
            pages.draw(next.blocks, next.height);
            std::lock_guard lock(m_mutex);
            m_drawn.push_back(handBack(std::move(next)));
        }
        m_changed.notify_all();
        const bool written = pages.isActive() && pages.finish();
        std::lock_guard lock(m_mutex);
        m_written = written;
    }

    PdfStyle m_style;
    QThread *const m_layingOutThread;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Article> m_queue; // laid out, to be drawn
    std::deque<Article> m_drawn; // to be freed
    // Set by the drawing thread before m_started:
    bool m_active = false;
    qreal m_textWidth = 0;
    qreal m_scale = 1;
    QThread *m_drawingThread = nullptr;
    // Guarded by m_mutex:
    bool m_started = false;
    bool m_closed = false;
    bool m_abandoned = false;
    bool m_stopped = false; // the drawing thread takes no more articles
    bool m_written = false;
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
    m_printer = std::make_unique<PdfPrinter>(m_device, header.title);
    if (!m_printer->isActive())
        return Error{u"cannot write the PDF: %1"_s.arg(m_device->errorString())};
    m_printer->header(header);
    return {};
}

Status PdfWriter::article(const ExportedArticle &article)
{
    if (!m_printer)
        return Error{u"the PDF was not begun"_s};
    m_printer->article(article);
    return {};
}

Status PdfWriter::finish()
{
    if (!m_printer || !m_printer->finish())
        return Error{u"cannot write the PDF: %1"_s.arg(m_device->errorString())};
    m_printer.reset();
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
