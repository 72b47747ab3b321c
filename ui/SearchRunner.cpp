#include "SearchRunner.h"

#include "store/Library.h"

namespace gloss::ui {

// The connection, opened on the runner's thread at the first search and used only there.
struct SearchRunner::Connection {
    explicit Connection(QString path) : path(std::move(path)) {}
    QString path;
    std::unique_ptr<Library> library;

    Result<search::SearchResult> run(const search::SearchQuery &query, int limit)
    {
        if (!library) {
            auto opened = Library::open(path);
            if (!opened)
                return Error{opened.error()};
            library = std::move(*opened);
        }
        return search::search(library->database(), query, limit);
    }
};

SearchRunner::SearchRunner(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_connection(std::make_shared<Connection>(std::move(libraryPath)))
{
    m_thread.setObjectName(QStringLiteral("search"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

SearchRunner::~SearchRunner()
{
    // The search under way ends first; what it would deliver is dropped with this object.
    m_thread.quit();
    m_thread.wait();
    delete m_context; // with its thread stopped, it may be deleted from here
    // The connection closes here, its thread done with it.
}

void SearchRunner::search(const search::SearchQuery &query, int limit)
{
    Request request{++m_asked, query, limit};
    if (m_running)
        m_waiting = std::move(request);
    else
        start(std::move(request));
}

void SearchRunner::cancel()
{
    m_waiting.reset();
    m_delivered = m_asked;
}

void SearchRunner::start(Request request)
{
    m_running = true;
    QMetaObject::invokeMethod(m_context, [this, connection = m_connection, request = std::move(request)] {
        Result<search::SearchResult> result = connection->run(request.query, request.limit);
        // Back on the window's thread; dropped if the runner is gone by then.
        QMetaObject::invokeMethod(this, [this, serial = request.serial, result = std::move(result)] { done(serial, result); });
    });
}

void SearchRunner::done(quint64 serial, const Result<search::SearchResult> &result)
{
    m_running = false;
    if (m_waiting) {
        start(std::move(*m_waiting));
        m_waiting.reset();
    }
    if (serial != m_asked || m_delivered == m_asked)
        return; // asked for again since, or cancelled
    m_delivered = serial;
    if (result)
        Q_EMIT finished(*result);
    else
        Q_EMIT failed(result.error());
}

} // namespace gloss::ui
