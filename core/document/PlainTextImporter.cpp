// Plain text -> one <p> per paragraph -> the same sanitising path as every other format.
#include "ArticleImporter.h"
#include "HtmlEscape.h"
#include "ImportSupport.h"
#include "PlainTextLayout.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gloss {

namespace detail {

ImportOutcome importPlainText(const QByteArray &bytes, const ImportSource &source)
{
    if (const std::optional<QString> problem = refuseBytes(bytes))
        return importFailure(source, *problem);
    ImportedArticle article;
    article.format = u"text"_s;
    QString error;
    const std::optional<QString> text = decodeInput(bytes, {}, article, &error);
    if (!text)
        return importFailure(source, error);

    const PlainTextLayout layout = layoutPlainText(*text);
    article.title = layout.title;
    article.published = layout.published;
    QString html;
    // Terminal control codes (ESC, BEL ...) in a text file are debris, not text.
    static const QRegularExpression controls(u"[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]"_s);
    for (QString paragraph : layout.paragraphs)
        html += u"<p>"_s + escapeHtmlText(paragraph.remove(controls)) + u"</p>\n"_s;
    return finishImport(std::move(article), html, {}, source);
}

} // namespace detail

ImportOutcome importPlainText(const QByteArray &bytes, const QString &fileName)
{
    return detail::importPlainText(bytes, {fileName.isEmpty() ? u"the text"_s : fileName, fileName, {}, {}});
}

} // namespace gloss
