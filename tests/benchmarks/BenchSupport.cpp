#include "BenchSupport.h"

#include <QFile>
#include <QStringList>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace gloss::bench {

QString generatedParagraph(int seed, int index)
{
    static const QStringList words = {
        u"council"_s, u"harbour"_s, u"minister"_s, u"said"_s, u"budget"_s, u"residents"_s, u"the"_s, u"vote"_s,
        u"plan"_s, u"would"_s, u"tram"_s, u"drought"_s, u"farmers"_s, u"according"_s, u"to"_s, u"report"_s,
        u"spokeswoman"_s, u"announced"_s, u"on"_s, u"Tuesday"_s, u"that"_s, u"negotiations"_s, u"continue"_s,
    };
    QString text;
    quint32 state = quint32(seed) * 2654435761u + quint32(index) * 40503u + 1u;
    const int length = 40 + int(state % 50);
    for (int w = 0; w < length; ++w) {
        state = state * 1664525u + 1013904223u;
        if (w)
            text += u' ';
        text += words[int((state >> 8) % words.size())];
    }
    text += u'.';
    text[0] = text[0].toUpper();
    return text;
}

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

void printFigure(const char *name, double value, const char *unit)
{
    std::printf("%-44s %12.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

double processCpuMs()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double processWrittenMB()
{
    QFile io(u"/proc/self/io"_s);
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toDouble() / 1e6;
    }
    return 0;
}

} // namespace gloss::bench
