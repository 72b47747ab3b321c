#include "ArticleImages.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// The inverse of escapeHtmlAttribute (HtmlEscape.cpp), which writes exactly these five.
QString unescapeAttribute(QString value)
{
    value.replace(u"&quot;"_s, u"\""_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&nbsp;"_s, QString(QChar(0x00A0)));
    return value.replace(u"&amp;"_s, u"&"_s); // last: "&amp;lt;" is the text "&lt;"
}

} // namespace

QList<ArticleImage> imagesInSanitizedHtml(const QString &sanitizedHtml, int limit)
{
    static const QRegularExpression image(u"<img src=\"([^\"]*)\"(?: alt=\"([^\"]*)\")?>"_s);
    QList<ArticleImage> images;
    QSet<QUrl> seen;
    for (auto it = image.globalMatch(sanitizedHtml); it.hasNext() && images.size() < limit;) {
        const auto match = it.next();
        const QUrl url(unescapeAttribute(match.captured(1)), QUrl::StrictMode);
        const QString scheme = url.scheme();
        // The sanitiser let only these through; a library written otherwise gets no other kind.
        if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty() || seen.contains(url))
            continue;
        seen.insert(url);
        images << ArticleImage{url, unescapeAttribute(match.captured(2))};
    }
    return images;
}

} // namespace gloss
