#include "BackupScheduler.h"

#include "store/LibraryBackups.h"

#include <QDateTime>
#include <QDir>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace gloss::ui {

BackupScheduler::BackupScheduler(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
{
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::backUpIfDue);
    connect(&m_running, &QFutureWatcher<Result<QString>>::finished, this, [this] {
        const Result<QString> made = m_running.result();
        Q_EMIT finished(made.ok(), made ? tr("Library backed up to %1").arg(QDir::toNativeSeparators(*made))
                                        : tr("The library could not be backed up: %1").arg(made.error()));
    });
}

BackupScheduler::~BackupScheduler()
{
    m_running.waitForFinished();
}

void BackupScheduler::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    // Not during start-up itself: the window's first paint and first queries come first.
    QTimer::singleShot(std::chrono::seconds(5), this, &BackupScheduler::backUpIfDue);
}

void BackupScheduler::backUpIfDue()
{
    if (dailyEnabled() && LibraryBackups(m_libraryPath).dailyDue(QDateTime::currentDateTime()))
        backUpNow();
}

void BackupScheduler::backUpNow()
{
    if (m_running.isRunning() || m_libraryPath == u":memory:"_s)
        return;
    Q_EMIT started();
    m_running.setFuture(QtConcurrent::run([path = m_libraryPath, keep = keptDaily()] { return LibraryBackups(path).backUpNow(keep); }));
}

bool BackupScheduler::dailyEnabled()
{
    return QSettings().value(QLatin1StringView(LibraryBackups::DailyEnabledKey), true).toBool();
}

void BackupScheduler::setDailyEnabled(bool on)
{
    QSettings().setValue(QLatin1StringView(LibraryBackups::DailyEnabledKey), on);
}

int BackupScheduler::keptDaily()
{
    return std::max(1, QSettings().value(QLatin1StringView(LibraryBackups::KeepDailyKey), LibraryBackups::DefaultKeptDailyBackups).toInt());
}

void BackupScheduler::setKeptDaily(int count)
{
    QSettings().setValue(QLatin1StringView(LibraryBackups::KeepDailyKey), std::max(1, count));
}

} // namespace gloss::ui
