// What an import of notes did, for the command line's counts and the window's summary. Nothing in it
// is silent: annotations whose article is not in the library are listed one by one (id and target),
// and everything imported but placed differently from how it was captured is counted.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gloss {

struct UnmatchedAnnotation {
    QString id;      // the annotation's id in the file (its uri, or W3C id)
    QString source;  // the article it targets
};

struct NotesImportResult {
    int articlesCreated = 0;  // articles the file brought that the library did not have
    int articlesMatched = 0;  // articles of the file found in the library (by source key, URL or URN)
    int imported = 0;         // annotations written (placed, re-anchored and orphaned together)
    int unchanged = 0;        // annotations already in the library (same uuid): left as they are
    int reanchored = 0;       // imported, found by their selectors on a text other than the captured one
    int orphaned = 0;         // imported without a place in the article's current text
    int unmatched = 0;        // not imported: no article with their target source
    QList<UnmatchedAnnotation> unmatchedList;
    QStringList warnings;
};

} // namespace gloss
