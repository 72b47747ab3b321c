// CliContext: what every command-line verb shares: output streams, the library path, exit codes.
#pragma once

#include "store/Library.h"

#include <QTextStream>

#include <memory>

namespace gloss::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

class CliContext {
public:
    CliContext(QString libraryPath, QTextStream &out, QTextStream &err)
        : m_libraryPath(std::move(libraryPath)), m_out(out), m_err(err) {}

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QString libraryPath() const { return m_libraryPath; }

    // Opens the library on first use; on failure prints the reason (and for a damaged library its
    // backups) and returns nullptr.
    Library *library();

    int fail(const QString &message);      // prints "gloss: message", returns Failure
    int usage(const QString &message);     // prints the message and a hint, returns UsageError

private:
    void nameBackups();

    QString m_libraryPath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Library> m_library;
};

} // namespace gloss::cli
