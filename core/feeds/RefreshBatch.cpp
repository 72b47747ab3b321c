#include "RefreshBatch.h"

#include "store/BusyWait.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// The result of writes that were not kept: nothing added, updated or removed.
FeedRefreshResult failed(FeedRefreshResult result, const QString &why)
{
    result.status = u"error"_s;
    result.error = why;
    result.added = result.updated = result.unchanged = result.removed = 0;
    return result;
}

} // namespace

RefreshBatch::RefreshBatch(Database &db, std::function<void(const FeedRefreshResult &)> recordFailure, int maxAgeMs)
    : m_db(db)
    , m_recordFailure(std::move(recordFailure))
    , m_maxAgeMs(maxAgeMs)
{
}

RefreshBatch::~RefreshBatch() = default;

bool RefreshBatch::begin()
{
    if (m_tx)
        return true;
    m_tx.emplace(m_db);
    if (!m_tx->isActive()) {
        m_tx.reset();
        return false;
    }
    m_age.start();
    return true;
}

bool RefreshBatch::isDue() const
{
    return m_tx && (m_age.elapsed() >= m_maxAgeMs || m_pendingItems >= MaxItems || aWriterIsWaiting());
}

void RefreshBatch::write(const FeedRefreshResult &about, FeedWrites writes)
{
    Pending feed{about, std::move(writes)};
    if (!begin()) {
        // Not even alone: outside a transaction the writes would not be all or nothing.
        m_held.append(failed(about, u"cannot write to the library: %1"_s.arg(m_db.lastError())));
        return;
    }
    Outcome outcome = feed.writes();
    m_pending.append(std::move(feed));
    if (outcome.writeFailed) {
        rollBackAndWriteAlone();
        return;
    }
    m_pendingItems += outcome.result.added + outcome.result.updated + outcome.result.unchanged;
    m_pendingResults.append(std::move(outcome.result));
}

bool RefreshBatch::letWaitersIn()
{
    if (!m_tx || !aWriterIsWaiting())
        return true;   // alone (writeAlone), or nobody waits
    if (!m_tx->commit())
        return false;   // still open: write() rolls it back and writes its feeds again alone
    committed();
    // The waiter retries every millisecond: an immediate BEGIN would take the lock back first.
    QThread::msleep(2);
    return begin();
}

void RefreshBatch::committed()
{
    m_tx.reset();
    m_pending.clear();
    m_pendingItems = 0;
    m_held.append(std::exchange(m_pendingResults, {}));
}

void RefreshBatch::writeAlone(const Pending &feed)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_held.append(failed(feed.about, u"cannot write to the library: %1"_s.arg(m_db.lastError())));
        return;
    }
    Outcome outcome = feed.writes();
    if (!outcome.writeFailed && !tx.commit()) {
        outcome.result = failed(outcome.result, u"cannot save the feed's articles: %1"_s.arg(m_db.lastError()));
        outcome.writeFailed = true;
    }
    if (outcome.writeFailed) {
        tx.rollback();
        outcome.result = failed(outcome.result, outcome.result.error);
        m_recordFailure(outcome.result);
    }
    m_held.append(std::move(outcome.result));
}

void RefreshBatch::rollBackAndWriteAlone()
{
    m_tx.reset();   // rolls back
    m_pendingResults.clear();
    m_pendingItems = 0;
    const QList<Pending> feeds = std::exchange(m_pending, {});
    for (const Pending &feed : feeds)
        writeAlone(feed);
}

QList<FeedRefreshResult> RefreshBatch::commit()
{
    if (m_tx) {
        if (m_tx->commit())
            committed();
        else
            rollBackAndWriteAlone();
    }
    return std::exchange(m_held, {});
}

} // namespace gloss
