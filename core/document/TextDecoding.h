// Turning an imported file's bytes into text without refusing it for small faults: a byte-order mark
// (UTF-8, UTF-16LE/BE) wins, then a declared charset (an HTML <meta>), then UTF-8. Invalid sequences
// become U+FFFD and a warning says how many there were, so the user knows the text is not intact.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gloss {

struct DecodedText {
    QString text;
    QString encoding;     // what was used, e.g. "UTF-8", "UTF-16LE", "windows-1252"
    QStringList warnings;
};

DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset = {});

// The charset an HTML document declares in its first bytes (<meta charset>, <meta http-equiv
// content="...; charset=...">, or an XML declaration's encoding), lower-cased; empty if none.
QByteArray declaredHtmlCharset(const QByteArray &bytes);

// True when the bytes start with a UTF-16 byte-order mark (then NUL bytes are expected).
bool hasUtf16Bom(const QByteArray &bytes);

} // namespace gloss
