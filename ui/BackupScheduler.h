// BackupScheduler: the window's daily backup of its library, and "Back Up Now".
//
// While the window is open it checks at start and then every hour whether the newest daily backup
// is a day old, and if so makes one (LibraryBackups::backUpNow) on a worker thread with a read-only
// connection of its own: a large library takes seconds to copy, and the window stays live. Whether
// it runs and how many it keeps are settings (LibraryBackups::DailyEnabledKey, KeepDailyKey).
#pragma once

#include "store/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace gloss::ui {

class BackupScheduler : public QObject {
    Q_OBJECT
public:
    explicit BackupScheduler(QString libraryPath, QObject *parent = nullptr);
    ~BackupScheduler() override; // waits for a copy being made

    // Checks now and then every `interval` (an hour unless a test says otherwise).
    void start(std::chrono::milliseconds interval = std::chrono::hours(1));
    // A backup now, whatever the schedule; ignored while one is being made.
    void backUpNow();
    bool isRunning() const { return m_running.isRunning(); }

    static bool dailyEnabled();
    static void setDailyEnabled(bool on);
    static int keptDaily();
    static void setKeptDaily(int count);

Q_SIGNALS:
    void started();
    // `message` says where the copy went, or why there is none.
    void finished(bool ok, const QString &message);

private:
    void backUpIfDue();

    QString m_libraryPath;
    QTimer m_timer;
    QFutureWatcher<Result<QString>> m_running;
};

} // namespace gloss::ui
