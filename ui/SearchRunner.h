// SearchRunner: the search pane's searches, run on a thread of their own.
//
// A search of a large library takes from a few milliseconds to over a hundred (a filter that makes
// every match be ranked); run on the window's thread it would stall typing and painting. The runner
// keeps one read connection open on its thread and runs one search at a time there. A search asked
// for while one runs waits, replacing any that was waiting already: typing quickly costs one more
// search, not one per keystroke, and only the last one's results are delivered.
#pragma once

#include "search/Searcher.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace gloss::ui {

class SearchRunner : public QObject {
    Q_OBJECT
public:
    explicit SearchRunner(QString libraryPath, QObject *parent = nullptr);
    ~SearchRunner() override;

    void search(const search::SearchQuery &query, int limit);
    // Forgets what was asked: nothing is delivered until the next search().
    void cancel();
    // Whether a search that will be delivered is running or waiting.
    bool isBusy() const { return m_asked != m_delivered; }

Q_SIGNALS:
    void finished(const gloss::search::SearchResult &result);
    void failed(const QString &message);

private:
    struct Request {
        quint64 serial = 0;
        search::SearchQuery query;
        int limit = 0;
    };
    struct Connection; // lives on m_thread

    void start(Request request);
    void done(quint64 serial, const Result<search::SearchResult> &result);

    QThread m_thread;
    QObject *m_context = nullptr; // on m_thread: what work is posted to
    std::shared_ptr<Connection> m_connection;
    std::optional<Request> m_waiting;
    bool m_running = false;
    quint64 m_asked = 0;     // the serial of the latest search asked for
    quint64 m_delivered = 0; // of the latest delivered, or given up by cancel()
};

} // namespace gloss::ui
