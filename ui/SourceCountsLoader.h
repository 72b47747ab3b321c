// SourceCountsLoader: the sources pane's numbers, counted on a worker thread.
//
// Counting touches every feed's index entries; in a library of 100,000 articles that is tens of
// milliseconds, too long for the window's thread while a refresh brings in hundreds of feeds. The
// loader counts through a connection of its own in the thread pool and hands the numbers back;
// requests that arrive while it counts are folded into one more count afterwards.
#pragma once

#include "models/SourcesModel.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace gloss::ui {

class SourceCountsLoader : public QObject {
    Q_OBJECT
public:
    explicit SourceCountsLoader(QString libraryPath, QObject *parent = nullptr);
    ~SourceCountsLoader() override;

    // Counts again within half a second (however many calls come in meanwhile).
    void requestSoon();
    // Counts again now, or right after the count under way.
    void requestNow();

Q_SIGNALS:
    void loaded(const gloss::SourceCounts &counts);
    void failed(const QString &message);

private:
    struct Outcome {
        SourceCounts counts;
        QString error;
    };
    void done();

    QString m_libraryPath;
    QTimer m_timer;
    QFutureWatcher<Outcome> m_watcher;
    bool m_again = false;
};

} // namespace gloss::ui
