#include "ImportSupport.h"

#include "HtmlSanitizer.h"
#include "TextDecoding.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gloss::detail {

ImportOutcome importFailure(const ImportSource &source, const QString &problem)
{
    return ImportOutcome{std::nullopt, u"'"_s + source.displayName + u"' "_s + problem};
}

std::optional<QString> refuseBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return u"is empty"_s;
    if (!hasUtf16Bom(bytes) && bytes.contains('\0'))
        return u"looks like a binary file (it contains NUL bytes)"_s;
    return std::nullopt;
}

std::optional<QString> decodeInput(const QByteArray &bytes, const QByteArray &declaredCharset,
                                   ImportedArticle &article, QString *error)
{
    DecodedText decoded = decodeText(bytes, declaredCharset);
    if (decoded.text.contains(QChar(0))) {
        *error = u"looks like a binary file (it contains NUL characters)"_s;
        return std::nullopt;
    }
    article.warnings += decoded.warnings;
    decoded.text.replace(u"\r\n"_s, u"\n"_s);
    decoded.text.replace(u'\r', u'\n');
    return decoded.text;
}

ImportOutcome finishImport(ImportedArticle article, const QString &html, const QUrl &base, const ImportSource &source)
{
    SanitizedHtml clean = sanitizeHtml(html, base);
    article.text = canonicalText(clean.blocks);
    if (article.text.trimmed().isEmpty())
        return importFailure(source, u"contains no readable text"_s);
    article.html = std::move(clean.html);
    article.blocks = std::move(clean.blocks);
    article.title = article.title.simplified();
    if (article.title.isEmpty()) {
        article.title = QFileInfo(source.fileName).completeBaseName();
        if (article.title.isEmpty())
            article.title = article.blocks.constFirst().text.left(100).simplified();
    }
    if (article.url.isEmpty())
        article.url = source.fileUrl;
    return ImportOutcome{std::move(article), {}};
}

} // namespace gloss::detail
