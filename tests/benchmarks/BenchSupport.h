// Shared pieces of the benchmarks: generated article text, peak memory, figure printing.
#pragma once

#include <QString>

namespace gloss::bench {

// A deterministic, news-like article body of about `paragraphs` paragraphs; `seed` varies the words.
QString generatedParagraph(int seed, int index);

// Peak resident memory of this process so far, in MiB (getrusage).
double peakMemoryMiB();

// Prints "name: value unit" in a fixed format that scripts can grep.
void printFigure(const char *name, double value, const char *unit);
// User + system CPU time of this process so far (all threads), in ms.
double processCpuMs();
// Bytes this process has handed to write() so far (/proc/self/io "wchar"; 0 where there is none):
// unlike time, the same for the same work however busy the machine is.
double processWrittenMB();

} // namespace gloss::bench
