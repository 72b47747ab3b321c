// The library bench_search measures: 100,000 generated articles and 1,000,000 annotations, with
// feeds in folders, speakers with aliases, tags, colours and a few orphans. It is generated once and
// kept in the build folder; the vocabulary below is what the benchmark's queries ask for.
#pragma once

#include <QString>

namespace gloss::bench {

struct SearchLibraryShape {
    static constexpr int Articles = 100000;
    static constexpr int Annotations = 1000000;
    static constexpr int Speakers = 2000;
    static constexpr int Labels = 300;
    static constexpr int RichAnnotations = 200;   // the few heavily annotated articles have this many
    // Bumped whenever the generated content changes, so an older cached file is rebuilt.
    static constexpr int GeneratorVersion = 1;
};

// The newest article with SearchLibraryShape::RichAnnotations annotations (its id).
qint64 richArticleId();

// Whether `path` holds a library this build generated: the current schema and generator version.
bool isCurrentSearchLibrary(const QString &path);

// Writes the library to `path` (through a .partial file, so an interrupted run never leaves a
// half-built library behind); prints its progress. Returns an error message, empty on success.
QString generateSearchLibrary(const QString &path);

} // namespace gloss::bench
