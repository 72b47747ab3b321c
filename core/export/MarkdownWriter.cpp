#include "MarkdownWriter.h"

#include "MarkdownText.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

QString yamlList(const QString &key, const QStringList &values)
{
    if (values.isEmpty())
        return key + u": []\n"_s;
    QString out = key + u":\n"_s;
    for (const QString &v : values)
        out += u"  - "_s + yamlQuoted(v) + u'\n';
    return out;
}

QStringList tagNames(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags)
        out << markdownTagName(t);
    out.removeDuplicates();
    return out;
}

QString hashTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tagNames(tags))
        out << u'#' + t;
    return out.join(u' ');
}

QStringList speakerNames(const ExportedArticle &article)
{
    QStringList names;
    for (const ExportedAnnotation &n : article.annotations) {
        if (n.hasSpeaker() && !names.contains(n.speaker.name))
            names << n.speaker.name;
    }
    return names;
}

// An autolink for web URLs (percent-encoded, so no space or '>' can end it early); anything else is text.
QString markdownUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (parsed.isValid() && (parsed.scheme() == u"http"_s || parsed.scheme() == u"https"_s))
        return u'<' + parsed.toString(QUrl::FullyEncoded) + u'>';
    return markdownEscapeLine(url);
}

QString metadataLines(const ExportedArticle &a)
{
    QString out;
    const auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out += u"- **"_s + label + u":** "_s + value + u'\n';
    };
    line(u"Source"_s, markdownEscapeLine(a.feedTitle.isEmpty() ? a.source : a.feedTitle));
    line(u"Author"_s, markdownEscapeLine(a.author));
    line(u"Published"_s, exportTimestamp(a.published));
    line(u"URL"_s, a.url.isEmpty() ? QString() : markdownUrl(a.url));
    line(u"Tags"_s, hashTags(a.tags));
    return out;
}

QString attribution(const ExportedAnnotation &n)
{
    QString line = u"— **"_s + markdownEscapeLine(n.speaker.name) + u"**"_s;
    if (!n.speaker.role.isEmpty())
        line += u" ("_s + markdownEscapeLine(n.speaker.role) + u')';
    if (!n.verb.isEmpty())
        line += u", "_s + markdownEscapeLine(n.verb);
    if (!n.quoteKind.isEmpty())
        line += u" · "_s + n.quoteKind + u" quote"_s;
    return line;
}

QString annotationBlock(const ExportedAnnotation &n)
{
    QStringList parts;
    parts << markdownBlockQuote(n.exact);
    if (n.hasSpeaker())
        parts << attribution(n);
    if (n.state == u"changed"_s)
        parts << u"*Text changed since capture; it read:* "_s + markdownEscapeLine(QString(n.originalExact).replace(u'\n', u' '));
    else if (n.state == u"orphan"_s)
        parts << u"*No longer found in the article's current text.*"_s;
    if (!n.comment.trimmed().isEmpty())
        parts << containedMarkdown(n.comment);
    if (!n.tags.isEmpty())
        parts << hashTags(n.tags);
    return parts.join(u"\n\n"_s) + u"\n\n"_s;
}

QString articleBody(const ExportedArticle &a, const QString &heading)
{
    QString out = heading + u' ' + markdownEscapeLine(a.title.isEmpty() ? u"(untitled)"_s : a.title) + u"\n\n"_s;
    const QString meta = metadataLines(a);
    if (!meta.isEmpty())
        out += meta + u'\n';
    for (const ExportedAnnotation &n : a.annotations)
        out += annotationBlock(n);
    return out;
}

} // namespace

QByteArray markdownArticleDocument(const ExportedArticle &a)
{
    QString out = u"---\n"_s;
    out += u"title: "_s + yamlQuoted(a.title) + u'\n';
    out += u"source: "_s + yamlQuoted(a.feedTitle.isEmpty() ? a.source : a.feedTitle) + u'\n';
    if (!a.url.isEmpty())
        out += u"url: "_s + yamlQuoted(a.url) + u'\n';
    if (a.published.isValid())
        out += u"published: "_s + exportTimestamp(a.published) + u'\n';
    if (!a.author.isEmpty())
        out += u"author: "_s + yamlQuoted(a.author) + u'\n';
    QStringList tags = a.tags;
    for (const ExportedAnnotation &n : a.annotations)
        tags += n.tags;
    out += yamlList(u"tags"_s, tagNames(tags));
    out += yamlList(u"speakers"_s, speakerNames(a));
    out += u"gloss_article: "_s + QString::number(a.id) + u'\n';
    out += u"---\n\n"_s;
    out += articleBody(a, u"#"_s);
    return out.toUtf8();
}

Status MarkdownWriter::begin(const ExportHeader &header)
{
    m_header = header;
    return {};
}

Status MarkdownWriter::article(const ExportedArticle &a)
{
    ++m_articles;
    m_annotations += a.annotations.size();
    QStringList tags = a.tags;
    for (const ExportedAnnotation &n : a.annotations)
        tags += n.tags;
    for (const QString &t : tagNames(tags)) {
        if (!m_seenTags.contains(t)) {
            m_seenTags.insert(t);
            m_tags << t;
        }
    }
    for (const QString &s : speakerNames(a)) {
        if (!m_seenSpeakers.contains(s)) {
            m_seenSpeakers.insert(s);
            m_speakers << s;
        }
    }
    m_body += articleBody(a, u"##"_s);
    return {};
}

Status MarkdownWriter::finish()
{
    QString out = u"---\n"_s;
    out += u"title: "_s + yamlQuoted(m_header.title) + u'\n';
    if (m_header.exportedAt.isValid())
        out += u"exported: "_s + exportTimestamp(m_header.exportedAt) + u'\n';
    out += u"articles: "_s + QString::number(m_articles) + u'\n';
    out += u"annotations: "_s + QString::number(m_annotations) + u'\n';
    out += yamlList(u"tags"_s, m_tags);
    out += yamlList(u"speakers"_s, m_speakers);
    out += u"---\n\n# "_s + markdownEscapeLine(m_header.title) + u"\n\n"_s;
    if (const Status s = write(out); !s)
        return s;
    const Status s = write(m_body);
    m_body.clear();
    return s;
}

Status MarkdownFilesWriter::article(const ExportedArticle &a)
{
    return m_save(markdownFileName(a.title, a.id), markdownArticleDocument(a));
}

} // namespace gloss
