#include "ImportJob.h"

#include "store/Database.h"
#include "store/Library.h"

namespace gloss::ui {

ImportJob::ImportJob(QString libraryPath, QStringList files, Kind kind, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_files(std::move(files))
    , m_kind(kind)
{
    qRegisterMetaType<QList<gloss::FileImportResult>>();
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void ImportJob::start()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("gloss-import"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QObject::destroyed, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

void ImportJob::run()
{
    auto library = Library::open(m_libraryPath);
    if (!library) {
        Q_EMIT failed(library.error());
        return;
    }
    QList<FileImportResult> results;
    if (m_kind == Kind::SampleLibrary) {
        results = importSampleLibrary((*library)->database());
        Q_EMIT finished(results, false);
        return;
    }
    // One transaction per file, read and parsed before it begins (importFile does both): the write
    // lock is held for one file at a time and free while the next is parsed, so a `gloss` command
    // writing the same library meanwhile waits milliseconds. Batches of 50 committed back to back
    // kept it waiting for the whole import, past the busy timeout, and it failed with "database is
    // locked". A crash keeps the files already saved, each whole.
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_cancelled)
            break;
        Q_EMIT progress(i, int(m_files.size()), m_files[i]);
        results.append(importFile((*library)->database(), m_files[i]));
    }
    Q_EMIT progress(int(results.size()), int(m_files.size()), QString());
    Q_EMIT finished(results, m_cancelled);
}

} // namespace gloss::ui
