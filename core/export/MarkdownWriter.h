// Markdown notes: YAML front matter (title, source, url, published, tags, speakers) that Obsidian and
// Logseq read as properties, then each annotation as a block quote, "— Name, verb", the comment and
// #tags. Either one combined document (MarkdownWriter; articles as "##" sections, the front matter
// sums up the whole export) or one document per article (MarkdownFilesWriter, markdownArticleDocument).
#pragma once

#include "DeviceSink.h"

#include <QSet>

#include <functional>

namespace gloss {

// One article as a document of its own.
QByteArray markdownArticleDocument(const ExportedArticle &article);

class MarkdownWriter final : public DeviceSink {
public:
    using DeviceSink::DeviceSink;
    Status begin(const ExportHeader &header) override;
    Status article(const ExportedArticle &article) override;
    Status finish() override;

private:
    // The front matter lists the tags and speakers used, known only at the end; the body waits.
    QString m_body;
    ExportHeader m_header;
    QStringList m_tags;
    QStringList m_speakers;
    QSet<QString> m_seenTags;
    QSet<QString> m_seenSpeakers;
    qint64 m_articles = 0;
    qint64 m_annotations = 0;
};

// Hands each article's document to `save` (file name, bytes).
class MarkdownFilesWriter final : public ExportSink {
public:
    using SaveFile = std::function<Status(const QString &fileName, const QByteArray &bytes)>;
    explicit MarkdownFilesWriter(SaveFile save) : m_save(std::move(save)) {}
    Status begin(const ExportHeader &) override { return {}; }
    Status article(const ExportedArticle &article) override;
    Status finish() override { return {}; }

private:
    SaveFile m_save;
};

} // namespace gloss
