// Making feed XML safe and readable for QXmlStreamReader before it parses anything.
//
// Feeds are XML written by hand and by careless templates. This pass, over the decoded text:
//  - drops the DOCTYPE with its internal subset, so no entity declared there is ever expanded
//    (billion laughs) or fetched (XXE): a reference to such an entity stays literal text;
//  - replaces HTML's named entities (&nbsp;, &eacute;), which feeds use without declaring, by
//    numeric references, and Windows-1252 numeric references (&#150;) by the characters meant;
//  - escapes a bare '&' (AT&T) and drops control characters XML forbids;
//  - removes the XML declaration's encoding (the text is already decoded; see EncodingDetection.h).
// CDATA sections, comments and processing instructions are copied untouched.
#pragma once

#include <QString>
#include <QStringList>

namespace gloss {

struct PreparedXml {
    QString text;
    QStringList warnings;
};

PreparedXml prepareXmlText(const QString &decoded);

} // namespace gloss
