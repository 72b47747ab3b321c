#include "LibraryWatcher.h"

#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace gloss::ui {

LibraryWatcher::LibraryWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, &LibraryWatcher::check);
}

void LibraryWatcher::start(std::chrono::milliseconds interval)
{
    resync();
    m_timer.start(interval);
}

void LibraryWatcher::resync()
{
    m_seen = m_db.queryInt(u"PRAGMA data_version"_s);
}

void LibraryWatcher::check()
{
    const std::optional<qint64> version = m_db.queryInt(u"PRAGMA data_version"_s);
    if (!version)
        return; // busy or failing for a moment: the next tick asks again
    const bool moved = m_seen && *version != *m_seen;
    m_seen = version;
    if (moved)
        Q_EMIT changedElsewhere();
}

} // namespace gloss::ui
