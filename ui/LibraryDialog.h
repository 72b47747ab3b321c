// LibraryDialog (File > Library…): where the library is, how big, what it holds (per feed too), and
// Optimize, which compacts it and refreshes its indexes on a worker thread with a connection of its
// own, so the window stays live.
#pragma once

#include "store/LibraryMaintenance.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace gloss {
class Library;
}

namespace gloss::ui {

class LibraryDialog : public QDialog {
    Q_OBJECT
public:
    LibraryDialog(Library &library, QWidget *parent = nullptr);
    ~LibraryDialog() override;

    QPushButton *optimizeButton() const { return m_optimize; }
    QTreeWidget *feedTable() const { return m_feeds; }
    QLabel *summary() const { return m_summary; }
    // Starts optimizing; `finished` follows when it is done.
    void optimize();

Q_SIGNALS:
    void finished(bool ok);

private:
    void showStats();
    void reject() override;

    Library &m_library;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_feeds = nullptr;
    QPushButton *m_optimize = nullptr;
    QFutureWatcher<Result<OptimizeReport>> m_running;
};

} // namespace gloss::ui
