#include "FeedText.h"

#include "FeedNamespaces.h"
#include "document/HtmlEscape.h"
#include "document/HtmlSanitizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

enum class Kind { Text, Html, Xhtml, Base64 };

Kind atomKind(const XmlElement &e)
{
    const QString type = e.attribute(u"type").trimmed().toLower();
    if (type.isEmpty() || type == "text"_L1 || type == "text/plain"_L1)
        return Kind::Text;
    if (type == "html"_L1 || type == "text/html"_L1)
        return Kind::Html;
    if (type == "xhtml"_L1 || type == "application/xhtml+xml"_L1)
        return Kind::Xhtml;
    // Any other MIME type: markup if it came inline as elements or is XML, other text as text, and
    // anything else Base64 (RFC 4287 4.1.3.3).
    if (e.hasElementChildren() || type.endsWith("+xml"_L1) || type.endsWith("/xml"_L1))
        return Kind::Xhtml;
    return type.startsWith("text/"_L1) ? Kind::Text : Kind::Base64;
}

// XHTML content is wrapped in one <div xmlns="http://www.w3.org/1999/xhtml">, which is not content.
QString xhtmlMarkup(const XmlElement &e)
{
    if (e.children.size() == 1 && e.children.front().name == "div"_L1 && e.text().trimmed().isEmpty())
        return e.children.front().innerXml();
    return e.innerXml();
}

QString textAsHtml(const QString &text)
{
    return escapeHtmlText(text.trimmed());
}

} // namespace

QString collapseWhiteSpace(const QString &text)
{
    // Not QString::simplified(): that also eats U+00A0, which a title may mean literally.
    static const QRegularExpression runs(u"[ \\t\\r\\n\\f]+"_s);
    QString s = text;
    s.replace(runs, u" "_s);
    if (s.startsWith(u' '))
        s.remove(0, 1);
    if (s.endsWith(u' '))
        s.chop(1);
    return s;
}

QString atomTextAsHtml(const XmlElement &e)
{
    const QString mode = e.attribute(u"mode").trimmed().toLower();
    Kind kind = atomKind(e);
    QString raw = e.text();
    if (mode == "base64"_L1 || kind == Kind::Base64) {
        raw = QString::fromUtf8(QByteArray::fromBase64(raw.trimmed().toLatin1()));
        if (kind == Kind::Base64)
            kind = Kind::Text;
    } else if (mode == "escaped"_L1) {
        if (kind == Kind::Xhtml)
            kind = Kind::Html; // escaped XHTML is HTML text
    } else if (kind == Kind::Html && e.children.size() == 1 && !e.children.front().hasElementChildren()) {
        // TypePad style: type="html" whose escaped HTML sits in an XHTML <div> wrapper.
        raw = e.children.front().text();
    } else if (e.hasElementChildren()) {
        // Inline elements are markup whatever the type says (0.3 text/html with mode="xml").
        return xhtmlMarkup(e);
    }
    switch (kind) {
    case Kind::Text:
    case Kind::Base64: return textAsHtml(raw);
    case Kind::Html:
    case Kind::Xhtml: return raw;
    }
    return raw;
}

QString rssTextAsHtml(const XmlElement &e)
{
    if (e.hasElementChildren())
        return xhtmlMarkup(e);
    return e.text();
}

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression markup(u"</?[A-Za-z][A-Za-z0-9]*(?:\\s[^>]*)?/?>|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"_s);
    return markup.match(text).hasMatch();
}

QString plainTextFromHtml(const QString &html)
{
    if (html.isEmpty())
        return {};
    const SanitizedHtml clean = sanitizeHtml(html);
    QStringList parts;
    for (const Block &b : clean.blocks)
        parts.append(b.text);
    return collapseWhiteSpace(parts.join(u' '));
}

QString sanitizedHtml(const QString &html, const QUrl &base)
{
    if (html.trimmed().isEmpty())
        return {};
    return sanitizeHtmlMarkup(html, base);
}

QString rssPlainText(const XmlElement &e)
{
    if (e.hasElementChildren())
        return collapseWhiteSpace(e.deepText());
    const QString text = e.text();
    return looksLikeHtml(text) ? plainTextFromHtml(text) : collapseWhiteSpace(text);
}

QString atomPlainText(const XmlElement &e)
{
    const QString mode = e.attribute(u"mode").trimmed().toLower();
    const Kind kind = atomKind(e);
    if (kind == Kind::Text && mode != "base64"_L1 && !e.hasElementChildren())
        return collapseWhiteSpace(e.text());
    if (kind == Kind::Base64 || (kind == Kind::Text && mode == "base64"_L1))
        return collapseWhiteSpace(QString::fromUtf8(QByteArray::fromBase64(e.text().trimmed().toLatin1())));
    return plainTextFromHtml(atomTextAsHtml(e));
}

QUrl resolvedUrl(const QString &written, const QUrl &base)
{
    const QString trimmed = written.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    if (!url.isValid())
        return {};
    return base.isValid() && url.isRelative() ? base.resolved(url) : url;
}

} // namespace gloss
