// Escaping for the HTML we write ourselves (the sanitiser's output, the plain-text importer's <p>s).
// U+00A0 is written as &nbsp; so a non-breaking space stays visible when someone reads the markup.
#pragma once

#include <QString>
#include <QStringView>

namespace gloss {

QString escapeHtmlText(QStringView text);      // & < > and U+00A0
QString escapeHtmlAttribute(QStringView text); // the same plus "

} // namespace gloss
