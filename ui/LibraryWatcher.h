// LibraryWatcher: notices that another connection changed the library, so the window can show it.
//
// `gloss refresh`, `gloss import` or `gloss annotate` may write while the window is open (WAL lets
// them), and so do the window's own worker threads with connections of their own. SQLite counts
// the commits of every other connection in `PRAGMA data_version` of this one; reading it is a
// cheap check of one page header, so the watcher polls it (every two seconds by default) on the
// window's own connection and says when the number moved. The window's own writes through that
// connection do not move it.
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace gloss {
class Database;
}

namespace gloss::ui {

class LibraryWatcher : public QObject {
    Q_OBJECT
public:
    explicit LibraryWatcher(Database &db, QObject *parent = nullptr);

    void start(std::chrono::milliseconds interval = std::chrono::seconds(2));
    void stop() { m_timer.stop(); }
    // Checks now; emits changedElsewhere() when another connection committed since the last check.
    void check();
    // Takes what has been committed so far as seen: the window has just read the library again.
    void resync();

Q_SIGNALS:
    void changedElsewhere();

private:
    Database &m_db;
    QTimer m_timer;
    std::optional<qint64> m_seen;
};

} // namespace gloss::ui
