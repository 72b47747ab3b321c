#include "SourceCountsLoader.h"

#include "store/ArticleStore.h"
#include "store/Library.h"

#include <QtConcurrent/QtConcurrentRun>

namespace gloss::ui {

SourceCountsLoader::SourceCountsLoader(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &SourceCountsLoader::requestNow);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SourceCountsLoader::done);
}

SourceCountsLoader::~SourceCountsLoader()
{
    m_watcher.waitForFinished();
}

void SourceCountsLoader::requestSoon()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void SourceCountsLoader::requestNow()
{
    m_timer.stop();
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([path = m_libraryPath] {
        Outcome outcome;
        auto library = Library::open(path);
        if (!library) {
            outcome.error = library.error();
            return outcome;
        }
        ArticleStore articles((*library)->database());
        FeedStore feeds((*library)->database());
        auto counts = readSourceCounts(articles, feeds);
        if (counts)
            outcome.counts = std::move(*counts);
        else
            outcome.error = counts.error();
        return outcome;
    }));
}

void SourceCountsLoader::done()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.error.isEmpty())
        Q_EMIT loaded(outcome.counts);
    else
        Q_EMIT failed(outcome.error);
    if (std::exchange(m_again, false))
        requestNow();
}

} // namespace gloss::ui
