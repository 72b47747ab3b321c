#include "PdfExport.h"

#include "PdfArticle.h"
#include "PdfContent.h"
#include "PdfFonts.h"
#include "PdfPages.h"

#include <QGuiApplication>

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace gloss {

// The export in three parts: the exporting thread reads the articles and hands them over; two
// threads lay them out and turn them into PDF content (the bulk of the work, and independent from
// one article to the next); one thread places them on pages in order and writes the file. Each
// laying-out thread has fonts of its own (a font engine is not shared between threads) and records
// the glyphs it used, merged into the font set before the fonts are written.
class PdfPrinter {
public:
    PdfPrinter(QIODevice *device, const QString &title)
        : m_geometry(PdfPageGeometry::a4())
        , m_style(PdfStyle::fromApplication(m_geometry.scale))
        , m_pages(std::make_unique<PdfPages>(device, title, m_geometry, m_fonts))
    {
        for (int i = 0; i < Workers; ++i)
            m_workers.emplace_back([this, i] { layOut(i); });
        m_writer = std::thread([this] { write(); });
    }

    ~PdfPrinter()
    {
        stop(true);
    }

    // Whether the file's start could be written; asked before any article is handed over, while the
    // writing thread has nothing to write yet.
    bool isActive() const { return !m_pages->failed(); }

    void header(const ExportHeader &header)
    {
        m_batch.header = header;
        hand();
    }

    void article(const ExportedArticle &article)
    {
        m_batch.articles.append(article);
        if (m_batch.articles.size() == Batch)
            hand();
    }

    // Waits for the last page; whether the PDF was written.
    bool finish()
    {
        hand();
        stop(false);
        return m_written;
    }

private:
    // Articles go from thread to thread a few at a time: one at a time, the threads spent a fifth of
    // the time waking each other.
    struct Job {
        qint64 sequence = 0;
        std::optional<ExportHeader> header;
        QList<ExportedArticle> articles;
    };

    struct LaidOut {
        int worker = 0; // which made it
        std::vector<PdfArticleContent> articles;
    };

    static constexpr int Workers = 2;
    static constexpr qsizetype Batch = 8;
    // Batches read ahead, and laid out ahead of the page being written: enough to keep every thread
    // busy, few enough that memory stays flat.
    static constexpr qint64 Ahead = 4;

    void hand()
    {
        if (!m_batch.header && m_batch.articles.isEmpty())
            return;
        Job job = std::exchange(m_batch, Job());
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return qint64(m_jobs.size()) < Ahead || m_stopping; });
        if (m_stopping)
            return;
        job.sequence = m_handed++;
        m_jobs.push_back(std::move(job));
        m_jobReady.notify_one();
    }

    void stop(bool abandon)
    {
        if (!m_writer.joinable())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
            m_stopping = m_stopping || abandon;
        }
        m_jobReady.notify_all();
        m_laidOutReady.notify_all();
        for (std::thread &worker : m_workers)
            worker.join();
        m_writer.join();
    }

    void layOut(int worker)
    {
        // This thread's fonts: made here, so that their engines are this thread's.
        const PdfStyle style = m_style.withOwnFonts();
        PdfFaceCache faces(m_fonts);
        PdfGlyphUse use;
        PdfText text(faces, use);
        const auto content = [&](PdfBlocks blocks) {
            const qreal height = layoutBlocks(blocks, m_geometry.textWidth, style);
            return pdfArticleContent(blocks, height, style, text);
        };
        for (;;) {
            Job job;
            std::vector<PdfArticleContent> drawn;
            {
                std::unique_lock lock(m_mutex);
                // Not too far ahead of the page being written: the results wait in memory.
                m_jobReady.wait(lock, [this] {
                    return m_stopping || (!m_jobs.empty() && m_jobs.front().sequence < m_nextToWrite + Ahead) || (m_closed && m_jobs.empty());
                });
                if (m_stopping || m_jobs.empty())
                    break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
                drawn.swap(m_drawn[worker]);
            }
            m_space.notify_one();
            // Freed here, where it was allocated: memory freed on another thread goes back through the
            // allocating thread's malloc arena, under its lock, which the threads then take turns at.
            drawn.clear();
            std::vector<PdfArticleContent> laidOut;
            if (job.header)
                laidOut.push_back(content(pdfHeaderBlocks(*job.header, style)));
            for (const ExportedArticle &article : std::as_const(job.articles))
                laidOut.push_back(content(pdfArticleBlocks(article, style)));
            {
                std::lock_guard lock(m_mutex);
                m_laidOut.emplace(job.sequence, LaidOut{worker, std::move(laidOut)});
            }
            m_laidOutReady.notify_one();
        }
        m_fonts.merge(use);
        {
            std::lock_guard lock(m_mutex);
            ++m_workersDone;
        }
        m_laidOutReady.notify_one();
    }

    void write()
    {
        for (;;) {
            LaidOut next;
            {
                std::unique_lock lock(m_mutex);
                m_laidOutReady.wait(lock, [this] {
                    return m_stopping || m_laidOut.contains(m_nextToWrite) || (m_closed && m_nextToWrite == m_handed);
                });
                if (m_stopping || !m_laidOut.contains(m_nextToWrite))
                    break;
                auto it = m_laidOut.find(m_nextToWrite);
                next = std::move(it->second);
                m_laidOut.erase(it);
            }
            for (const PdfArticleContent &article : next.articles)
                m_pages->draw(article);
            {
                std::lock_guard lock(m_mutex);
                ++m_nextToWrite;
                auto &drawn = m_drawn[next.worker]; // to be freed by the thread that made them
                std::move(next.articles.begin(), next.articles.end(), std::back_inserter(drawn));
                if (m_pages->failed())
                    m_stopping = true;
            }
            m_jobReady.notify_all(); // a worker may wait for the window to move
            if (m_pages->failed())
                m_space.notify_all();
        }
        {
            // The fonts are written last, with every thread's glyphs.
            std::unique_lock lock(m_mutex);
            m_laidOutReady.wait(lock, [this] { return m_workersDone == Workers; });
        }
        const bool written = m_pages->finish();
        std::lock_guard lock(m_mutex);
        m_written = written && !m_stopping;
    }

    const PdfPageGeometry m_geometry;
    const PdfStyle m_style; // the application's, read once on the exporting thread
    PdfFontSet m_fonts;
    std::unique_ptr<PdfPages> m_pages;
    Job m_batch; // being filled by the exporting thread
    std::vector<std::thread> m_workers;
    std::thread m_writer;
    std::mutex m_mutex;
    std::condition_variable m_space;        // for the exporting thread: room in m_jobs
    std::condition_variable m_jobReady;     // for the workers
    std::condition_variable m_laidOutReady; // for the writer
    // Guarded by m_mutex:
    std::deque<Job> m_jobs;                                      // handed, not laid out yet
    std::map<qint64, LaidOut> m_laidOut; // waiting for their turn on the pages
    std::vector<PdfArticleContent> m_drawn[Workers]; // on the pages, to be freed by their worker
    qint64 m_handed = 0;
    qint64 m_nextToWrite = 0; // the next batch to go on the pages
    int m_workersDone = 0;
    bool m_closed = false;
    bool m_stopping = false; // abandoned, or the file cannot be written
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
