// What the importers share (internal): how the input is named in messages, the checks every input
// gets, and the one way an import ends (sanitise, derive blocks and text, refuse empty articles).
#pragma once

#include "ImportedArticle.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace gloss::detail {

struct ImportSource {
    QString displayName; // in messages: the path, the file name or the page's URL
    QString fileName;    // for a title of last resort; may be empty
    QUrl fileUrl;        // the imported file's file: URL; empty for input that came from memory
    QUrl baseUrl;        // HTML: where the page came from
};

ImportOutcome importFailure(const ImportSource &source, const QString &problem); // "'name' " + problem

// Empty input and binary data (NUL bytes outside UTF-16) are refused before decoding.
std::optional<QString> refuseBytes(const QByteArray &bytes);

// Decodes (BOM, declared charset, else UTF-8), normalises line ends to "\n"; nullopt + error when the
// decoded text still holds NUL characters.
std::optional<QString> decodeInput(const QByteArray &bytes, const QByteArray &declaredCharset,
                                   ImportedArticle &article, QString *error);

// Sanitises html (against base), fills html/blocks/text, falls back to the file name for the title
// and to the file's URL for the url; refuses an article without readable text.
ImportOutcome finishImport(ImportedArticle article, const QString &html, const QUrl &base, const ImportSource &source);

ImportOutcome importPlainText(const QByteArray &bytes, const ImportSource &source);
ImportOutcome importHtml(const QByteArray &bytes, const ImportSource &source);
ImportOutcome importMarkdown(const QByteArray &bytes, const ImportSource &source);

} // namespace gloss::detail
