// Sanitising a subtree of an already parsed document. Internal: sanitizeHtml() parses and calls
// this for <body>; the HTML importer calls it for the article's content element, skipping the
// headline it has taken as the title.
#pragma once

#include "GumboTree.h"

#include <QSet>
#include <QString>
#include <QUrl>

namespace gloss::html {

struct SanitizeOptions {
    QUrl baseUrl;                      // relative links and images resolve against it (http/https only)
    QSet<const GumboNode *> skip;      // elements left out together with their content
};

QString sanitizeSubtree(const GumboNode *root, const SanitizeOptions &options);

} // namespace gloss::html
