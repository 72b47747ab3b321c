#include "RefreshController.h"

#include "feeds/BackgroundPriority.h"

#include "feeds/Refresher.h"

#include <QIcon>
#include <QProgressBar>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace gloss::ui {

RefreshController::RefreshController(const QString &libraryPath, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(u"gloss-refresh"_s);
    m_refresher = new Refresher(libraryPath);
    m_refresher->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_refresher, &QObject::deleteLater);
    m_thread->start();
    // The refresher writes on this thread: let the window win when both want a core.
    QMetaObject::invokeMethod(m_refresher, [] { lowerCurrentThreadPriority(); }, Qt::QueuedConnection);

    m_progress = new QProgressBar(statusBar);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Refreshing %v/%m"));
    m_progress->hide();
    m_cancel = new QToolButton(statusBar);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setIcon(QIcon::fromTheme(u"process-stop"_s));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setToolTip(tr("Stop refreshing (feeds already refreshed keep their new articles)"));
    m_cancel->hide();
    statusBar->addPermanentWidget(m_progress);
    statusBar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &RefreshController::cancel);

    // Queued: the refresher's signals come from the worker thread.
    connect(m_refresher, &Refresher::progress, this, [this](int done, int total, const QString &title) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        if (!title.isEmpty())
            m_statusBar->showMessage(tr("Refreshed %1").arg(title), 3000);
    });
    connect(m_refresher, &Refresher::feedRefreshed, this, &RefreshController::feedRefreshed);
    connect(m_refresher, &Refresher::finished, this, &RefreshController::onFinished);

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(); });
}

RefreshController::~RefreshController()
{
    if (m_running)
        QMetaObject::invokeMethod(m_refresher, &Refresher::cancel, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void RefreshController::refresh(const QList<qint64> &feedIds)
{
    if (m_running)
        return;
    m_running = true;
    m_progress->setRange(0, 0); // busy until the first progress report says how many feeds
    m_progress->show();
    m_cancel->show();
    m_statusBar->showMessage(tr("Refreshing feeds…"));
    QMetaObject::invokeMethod(m_refresher, [refresher = m_refresher, feedIds] { refresher->refresh(feedIds); },
                              Qt::QueuedConnection);
    Q_EMIT started();
}

void RefreshController::cancel()
{
    if (m_running)
        QMetaObject::invokeMethod(m_refresher, &Refresher::cancel, Qt::QueuedConnection);
}

void RefreshController::setInterval(int minutes)
{
    if (minutes > 0)
        m_timer->start(minutes * 60 * 1000);
    else
        m_timer->stop();
}

void RefreshController::onFinished(const QList<FeedRefreshResult> &results, bool cancelled)
{
    m_running = false;
    m_progress->hide();
    m_cancel->hide();
    int added = 0, errors = 0;
    for (const FeedRefreshResult &r : results) {
        added += r.added;
        errors += r.ok() ? 0 : 1;
    }
    QString summary = tr("%n new article(s)", nullptr, added);
    if (errors)
        summary += tr("; %n feed(s) failed (see the sources pane)", nullptr, errors);
    if (cancelled)
        summary += tr(" (cancelled)");
    m_statusBar->showMessage(summary, 8000);
    Q_EMIT finished(results, cancelled);
}

} // namespace gloss::ui
