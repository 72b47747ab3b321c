// The entry points the fuzz targets drive, one per target, kept apart from libFuzzer's glue so the
// normal test suite can feed the same function every input a fuzzer once crashed on
// (tests/fuzz/tst_fuzzregressions.cpp, files under tests/data/fuzz-regressions/<target>/).
//
// Each entry takes the raw bytes the way outside input reaches Gloss (a downloaded feed, a file,
// a search box) and reports what the API said. A "violation" is a promise the code makes and broke
// for this input (the sanitiser is not idempotent, a parsed query makes the search fail): the
// fuzzer aborts on it just as on a crash, so it is found and kept the same way.
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace gloss::fuzz {

struct FuzzOutcome {
    bool accepted = true;  // false: the API refused the input (a bad feed, not JSON, ...)
    QString error;         // its message when it refused; must never be empty then
    QString violation;     // a broken promise; empty when all is well
};

FuzzOutcome feed(const QByteArray &input);
FuzzOutcome opml(const QByteArray &input);
FuzzOutcome htmlSanitizer(const QByteArray &input);
FuzzOutcome importHtml(const QByteArray &input);
FuzzOutcome importMarkdown(const QByteArray &input);
FuzzOutcome importPlainText(const QByteArray &input);
FuzzOutcome notesGloss(const QByteArray &input);
FuzzOutcome notesW3c(const QByteArray &input);
FuzzOutcome searchQuery(const QByteArray &input);

struct NamedFuzzEntry {
    QLatin1StringView name;  // the target is fuzz_<name>; its regressions live in a folder of this name
    FuzzOutcome (*run)(const QByteArray &input);
};

// Every entry above, by target name.
QList<NamedFuzzEntry> allFuzzEntries();

} // namespace gloss::fuzz
