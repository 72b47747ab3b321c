// Starting the real `gloss` executable without waiting for it, for tests that run several at once or
// kill one mid-way (tests/cli/GlossProcess.h runs one to completion). Waiting spins the event loop,
// so a TestHttpServer in the test process keeps answering the children.
#pragma once

#include <QProcess>
#include <QSignalSpy>

namespace gloss::test {

inline void startGloss(QProcess &process, const QString &library, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GLOSS_LIBRARY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GLOSS_BINARY_DIR "/bin/gloss"), QStringList{QStringLiteral("--library"), library} + args);
}

// True once the process has ended (or had already), false after `timeoutMs`.
inline bool waitForExit(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&process, &QProcess::finished);
    return finished.wait(timeoutMs) || process.state() == QProcess::NotRunning;
}

} // namespace gloss::test
