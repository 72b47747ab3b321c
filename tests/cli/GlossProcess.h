// Running the real `gloss` executable from a test: one place for how the process is started (no
// GLOSS_LIBRARY leaking in from the environment, --library first) and waited for. Waiting spins the
// event loop, so a TestHttpServer living in the test process keeps answering the child.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

struct Run {
    int exitCode = -1;     // -1: the process crashed or did not finish in time
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline Run runGloss(const QString &library, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GLOSS_LIBRARY"));
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(GLOSS_BINARY_DIR "/bin/gloss"), QStringList{QStringLiteral("--library"), library} + args);
    if (!p.waitForStarted(10000) || (finished.isEmpty() && !finished.wait(60000))) {
        p.kill();
        p.waitForFinished(5000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

// Writes `bytes` to `name` in `dir`; returns the path (empty when it could not be written).
inline QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return {};
    return path;
}
