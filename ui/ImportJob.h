// ImportJob: imports files on a worker thread through its own connection to the library, so the
// window stays responsive and the GUI's connection only ever reads while it runs. Progress and the
// per-file results come back as queued signals; cancel() stops after the current file, keeping
// what was imported so far.
#pragma once

#include "importing/ArticleImport.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace gloss::ui {

class ImportJob : public QObject {
    Q_OBJECT
public:
    enum class Kind { Files, SampleLibrary };

    ImportJob(QString libraryPath, QStringList files, Kind kind = Kind::Files, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    int total() const { return int(m_files.size()); }

Q_SIGNALS:
    void progress(int done, int total, const QString &file);
    void finished(const QList<gloss::FileImportResult> &results, bool cancelled);
    // The library could not be opened by the worker (the whole job failed).
    void failed(const QString &message);

private:
    void run();

    QString m_libraryPath;
    QStringList m_files;
    Kind m_kind;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled = false;
};

} // namespace gloss::ui
