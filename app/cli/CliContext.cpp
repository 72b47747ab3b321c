#include "CliContext.h"

#include <QDir>
#include <QFileInfo>

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
        return nullptr;
    }
    m_library = std::move(*opened);
    return m_library.get();
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
