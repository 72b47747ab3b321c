#include "bench_refresh_probe.h"

#include "BenchSupport.h"

#include <QFile>
#include <QProcessEnvironment>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <malloc.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace gloss::bench {

namespace {

bool g_peakReset = false;

// VmHWM from a /proc/PID/status file, in MiB; 0 when it cannot be read.
double vmHwmMiB(const QString &statusPath)
{
    QFile status(statusPath);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

bool resetPeakMemory()
{
    malloc_trim(0);   // hand freed memory back first, so a phase's peak is not the previous phase's leftovers
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    g_peakReset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
    return g_peakReset;
}

void settleDisk()
{
    ::sync();
}

double phasePeakMiB()
{
    const double hwm = g_peakReset ? vmHwmMiB(u"/proc/self/status"_s) : 0;
    return hwm > 0 ? hwm : peakMemoryMiB();
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

    // The child's peak memory is read from its own /proc status (VmHWM of the image it exec'd), polled
    // while it runs: wait4's ru_maxrss would include this process's memory at fork (Linux keeps the
    // pre-exec peak), which after a Gloss refresh is more than newsboat's.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.error = u"could not start %1: %2"_s.arg(program, QString::fromLocal8Bit(std::strerror(spawned)));
        return run;
    }
    run.started = true;
    const QString statusPath = u"/proc/%1/status"_s.arg(pid);
    double polledPeakMiB = 0;
    int status = 0;
    rusage usage{};
    for (;;) {
        polledPeakMiB = std::max(polledPeakMiB, vmHwmMiB(statusPath));
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
        ::usleep(5000);
    }
    run.wallMs = double(clock.nsecsElapsed()) / 1e6;
    run.peakMiB = polledPeakMiB > 0 ? polledPeakMiB : double(usage.ru_maxrss) / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

} // namespace gloss::bench
