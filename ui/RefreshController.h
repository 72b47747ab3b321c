// RefreshController: runs feed refreshes for the window. The Refresher lives on a worker thread
// with its own library connection, so fetching, parsing and writing never block the window; the
// controller shows progress and a Cancel button in the status bar and tells the views what changed.
#pragma once

#include "feeds/RefreshResult.h"

#include <QObject>

class QProgressBar;
class QStatusBar;
class QThread;
class QTimer;
class QToolButton;

namespace gloss {
class Refresher;
}

namespace gloss::ui {

class RefreshController : public QObject {
    Q_OBJECT
public:
    RefreshController(const QString &libraryPath, QStatusBar *statusBar, QObject *parent = nullptr);
    ~RefreshController() override;

    bool isRefreshing() const { return m_running; }
    // Refreshes these feeds (all when empty). Ignored while a refresh runs.
    void refresh(const QList<qint64> &feedIds = {});
    void cancel();
    // Refresh everything every `minutes` (0 turns it off).
    void setInterval(int minutes);

Q_SIGNALS:
    void started();
    void feedRefreshed(const gloss::FeedRefreshResult &result);
    void finished(const QList<gloss::FeedRefreshResult> &results, bool cancelled);

private:
    void onFinished(const QList<FeedRefreshResult> &results, bool cancelled);

    QThread *m_thread = nullptr;
    Refresher *m_refresher = nullptr;   // lives on m_thread
    QStatusBar *m_statusBar;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QTimer *m_timer = nullptr;
    bool m_running = false;
};

} // namespace gloss::ui
