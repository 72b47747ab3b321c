// How long each step of opening an article takes, logged under "gloss.ui.timing" (debug level, off
// by default; QT_LOGGING_RULES="gloss.ui.timing.debug=true" turns it on). Opening an article in the
// reader has a 50 ms budget (article, highlights, first paint) spent across several classes; these
// lines say where it went, in the app as in bench_annotations.
#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace gloss::ui {

Q_DECLARE_LOGGING_CATEGORY(lcTiming)

// Milliseconds between laps: start, then lap() after each step.
class StepTimer {
public:
    StepTimer() { m_timer.start(); }
    double lap()
    {
        const qint64 now = m_timer.nsecsElapsed();
        const double ms = double(now - m_last) / 1e6;
        m_last = now;
        return ms;
    }

private:
    QElapsedTimer m_timer;
    qint64 m_last = 0;
};

} // namespace gloss::ui
