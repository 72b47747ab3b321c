// LibraryDialog (File > Library…): where the library is, how big, what it holds (per feed too);
// Optimize, which compacts it and refreshes its indexes on a worker thread with a connection of its
// own, so the window stays live; and its backups: how many, the newest, daily on or off, how many
// to keep, Back Up Now (through the window's BackupScheduler).
#pragma once

#include "store/LibraryMaintenance.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace gloss {
class Library;
}

namespace gloss::ui {

class BackupScheduler;

class LibraryDialog : public QDialog {
    Q_OBJECT
public:
    // `backups` may be null (no backup controls then).
    LibraryDialog(Library &library, BackupScheduler *backups, QWidget *parent = nullptr);
    ~LibraryDialog() override;

    QPushButton *optimizeButton() const { return m_optimize; }
    QTreeWidget *feedTable() const { return m_feeds; }
    QLabel *summary() const { return m_summary; }
    QLabel *backupSummary() const { return m_backupSummary; }
    QPushButton *backUpButton() const { return m_backUp; }
    QCheckBox *dailyBackups() const { return m_daily; }
    QSpinBox *keptBackups() const { return m_kept; }
    // Starts optimizing; `finished` follows when it is done.
    void optimize();

Q_SIGNALS:
    void finished(bool ok);

private:
    void showStats();
    QWidget *createBackupControls();
    void showBackups();
    void reject() override;

    Library &m_library;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_feeds = nullptr;
    QPushButton *m_optimize = nullptr;
    BackupScheduler *m_backups = nullptr;
    QLabel *m_backupSummary = nullptr;
    QPushButton *m_backUp = nullptr;
    QCheckBox *m_daily = nullptr;
    QSpinBox *m_kept = nullptr;
    QFutureWatcher<Result<OptimizeReport>> m_running;
};

} // namespace gloss::ui
