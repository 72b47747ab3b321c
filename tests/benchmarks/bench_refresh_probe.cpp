#include "bench_refresh_probe.h"

#include "BenchSupport.h"

#include <QFile>
#include <QProcessEnvironment>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace gloss::bench {

namespace {
bool g_peakReset = false;
}

bool resetPeakMemory()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    g_peakReset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
    return g_peakReset;
}

double phasePeakMiB()
{
    if (g_peakReset) {
        QFile status(u"/proc/self/status"_s);
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            }
        }
    }
    return peakMemoryMiB();
}

StallMeter::StallMeter(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 gap = now - m_last;
        m_last = now;
        ++m_ticks;
        m_longest = std::max(m_longest, gap);
        if (gap > 50'000'000)
            ++m_over50;
    });
}

void StallMeter::start()
{
    m_longest = 0;
    m_over50 = 0;
    m_ticks = 0;
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

ChildRun runChild(const QString &program, const QStringList &arguments, const QStringList &extraEnv,
                  const QString &logFile, int timeoutMs)
{
    ChildRun run;
    // Everything the child needs is built before fork(): between fork and exec only async-signal-safe calls.
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &e : extraEnv)
        environment.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
    const QStringList env = environment.toStringList();
    for (const QString &e : std::as_const(env))
        envStorage.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &s : envStorage)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    const QByteArray log = logFile.toLocal8Bit();

    QElapsedTimer clock;
    clock.start();
    const pid_t pid = fork();
    if (pid < 0) {
        run.error = QString::fromLocal8Bit(std::strerror(errno));
        return run;
    }
    if (pid == 0) {
        const int fd = ::open(log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int null = ::open("/dev/null", O_RDONLY);
        if (fd >= 0) {
            ::dup2(fd, STDOUT_FILENO);
            ::dup2(fd, STDERR_FILENO);
        }
        if (null >= 0)
            ::dup2(null, STDIN_FILENO);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    run.started = true;
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR) {
            run.error = QString::fromLocal8Bit(std::strerror(errno));
            return run;
        }
        if (clock.elapsed() > timeoutMs) {
            ::kill(pid, SIGKILL);
            ::wait4(pid, &status, 0, &usage);
            run.error = u"killed after %1 s"_s.arg(timeoutMs / 1000);
            break;
        }
        ::usleep(2000);
    }
    run.wallMs = double(clock.nsecsElapsed()) / 1e6;
    run.peakMiB = double(usage.ru_maxrss) / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (run.exitCode == 127 && run.error.isEmpty())
        run.error = u"could not start %1"_s.arg(program);
    return run;
}

} // namespace gloss::bench
