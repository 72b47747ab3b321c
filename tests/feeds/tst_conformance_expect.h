// Translating feedparser's "Expect:" expressions (Python over feedparser's result) into checks on
// a gloss ParsedFeed. Only a subset is translated: comparisons with `==` of title, link, id,
// author, summary/description, content[0].value and published/updated_parsed (entries and feed
// where gloss has the field). Anything else (bozo aside) makes the case "unchecked".
//
// Comparison rules (feedparser's output differs from ours by design, so we compare meaning):
//  - titles, ids, authors: equal after collapsing ASCII white space; an expected title that holds
//    markup is compared by its text (gloss titles are plain text).
//  - links: equal as URLs (QUrl equality after parsing both, or the same fully encoded string).
//  - summary and content: the same text once both sides go through gloss's sanitiser and are reduced
//    to their blocks' text (tags dropped, entities decoded, white space collapsed), and the same
//    http(s)/mailto link and image targets. feedparser's sanitiser keeps more (span, style-free
//    attributes) than ours, which is a difference of form, not of meaning. When feedparser
//    expects a summary and gloss has only content (feedparser copies one to the other), the content
//    is compared.
//  - dates: the first six fields of the time tuple (UTC) against our QDateTime; published falls back
//    to updated and back, as feedparser's keys do.
#pragma once

#include "feeds/ParsedFeed.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace conformance {

struct Verdict {
    enum Kind { Unchecked, Pass, Fail } kind = Unchecked;
    QString detail; // why a translated case failed
};

// Splits `a and b and (c)` at the top level (outside quotes and brackets).
QStringList splitAnd(const QString &expression);

// Decodes a Python string literal ('...', u"...", with \xHH \uHHHH \n escapes), or nullopt.
std::optional<QString> pythonString(QStringView literal);

// Evaluates the translatable subset of `expect` against `feed`.
Verdict evaluate(const QString &expect, const gloss::ParsedFeed &feed);

// What a summary/content comparison reduces HTML to (see above).
QString meaningOf(const QString &html);

} // namespace conformance
