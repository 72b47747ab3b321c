#include "CliContext.h"

#include "store/LibraryBackups.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gloss::cli {

Library *CliContext::library()
{
    if (m_library)
        return m_library.get();
    // The default library's folder may not exist yet on a fresh machine; an explicit path's folder
    // must exist (a typo should not silently create folders).
    if (m_libraryPath == Library::defaultPath())
        QDir().mkpath(QFileInfo(m_libraryPath).absolutePath());
    auto opened = Library::open(m_libraryPath);
    if (!opened) {
        fail(opened.error());
        if (opened.errorKind() == Error::Kind::DamagedLibrary)
            nameBackups();
        return nullptr;
    }
    m_library = std::move(*opened);
    return m_library.get();
}

void CliContext::nameBackups()
{
    // The file is left as it is; what can replace it is named, newest first.
    const LibraryBackups backups(m_libraryPath);
    const QList<LibraryBackup> all = backups.list();
    if (all.isEmpty()) {
        m_err << "gloss: there are no backups of this library (they would be in " << QDir::toNativeSeparators(backups.folder()) << ")."
              << Qt::endl;
        return;
    }
    m_err << "gloss: backups of this library, newest first:\n";
    for (const LibraryBackup &backup : all)
        m_err << "  " << QDir::toNativeSeparators(backup.path) << "  (" << backup.made.toString(u"yyyy-MM-dd HH:mm"_s) << ", "
              << QLocale::c().toString(backup.bytes / 1048576.0, 'f', 1) << " MB)\n";
    m_err << "gloss: to put the newest in its place (the current file is kept aside): gloss --library "
          << QDir::toNativeSeparators(m_libraryPath) << " library restore newest" << Qt::endl;
}

int CliContext::fail(const QString &message)
{
    m_err << "gloss: " << message << Qt::endl;
    return Failure;
}

int CliContext::usage(const QString &message)
{
    m_err << "gloss: " << message << "\nTry 'gloss --help' for more information." << Qt::endl;
    return UsageError;
}

} // namespace gloss::cli
