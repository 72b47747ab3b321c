// The front matter of a Markdown article: simple "key: value" lines between a leading "---" line and
// the next "---" (or "...") line, as the sample library's stories carry it:
//
//   ---
//   title: Tram line to the harbour wins council vote
//   author: Mira Okafor
//   published: 2026-10-14T08:30:00Z
//   ---
//
// Values may be quoted ("..." or '...'). This is not YAML: nested structures and lists are ignored.
// Without a closing line there is no front matter (the "---" is Markdown's rule).
#pragma once

#include <QHash>
#include <QString>

namespace gloss {

struct FrontMatter {
    bool present = false;
    QHash<QString, QString> fields; // keys lower-cased
    QString body;                   // the text after the front matter (all of it when there is none)
};

FrontMatter splitFrontMatter(const QString &text);

} // namespace gloss
