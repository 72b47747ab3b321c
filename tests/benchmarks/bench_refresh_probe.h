// Measuring helpers of the refresh benchmark: a per-phase peak of resident memory, a meter of how
// long the event loop went without running a 5 ms timer, and running newsboat as a child process
// with its wall time and peak memory.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace gloss::bench {

// Starts a new peak: afterwards phasePeakMiB() is the most resident memory since this call (Linux
// VmHWM after malloc_trim and writing 5 to /proc/self/clear_refs). Returns false when the kernel
// refused, in which case phasePeakMiB() is the process's peak so far (getrusage).
bool resetPeakMemory();
double phasePeakMiB();

// Writes back what earlier phases left dirty in the page cache (sync(2)) before a phase is timed: a
// phase after newsboat's 400 MB cache, or after Gloss's library, would otherwise pay for that
// writeback (a GUI refresh right after newsboat once took 47 s instead of 17).
void settleDisk();

// Ticks a 5 ms timer on the thread's event loop and keeps the longest gap between ticks.
class StallMeter : public QObject {
public:
    explicit StallMeter(QObject *parent = nullptr);
    void start();
    void stop();
    double longestGapMs() const { return double(m_longest) / 1e6; }
    int gapsOver50ms() const { return m_over50; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_over50 = 0;
    int m_ticks = 0;
};

struct ChildRun {
    bool started = false;
    int exitCode = -1;
    double wallMs = 0;
    double peakMiB = 0;
    QString error;
};

// Runs `program` with `arguments` and `extraEnv` ("NAME=value"), standard output and error into
// `logFile`; waits at most `timeoutMs` (then kills it).
ChildRun runChild(const QString &program, const QStringList &arguments, const QStringList &extraEnv,
                  const QString &logFile, int timeoutMs);

} // namespace gloss::bench
