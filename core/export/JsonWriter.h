// Gloss's own notes format ("format": "gloss-notes", "version": 1; docs/export-formats.md): every
// article in scope with its text, HTML and labels, every annotation with its selectors, speakers with
// aliases, role and note, and tags — enough to back up or move a library. Written as a stream: the
// head, then one article object at a time, then the speakers and tags the articles used (all of them
// for a whole-library export).
#pragma once

#include "DeviceSink.h"

#include <QJsonObject>
#include <QSet>

namespace gloss {

class JsonWriter final : public DeviceSink {
public:
    using DeviceSink::DeviceSink;
    Status begin(const ExportHeader &header) override;
    Status article(const ExportedArticle &article) override;
    Status finish() override;

    static QJsonObject articleJson(const ExportedArticle &article);
    static QJsonObject annotationJson(const ExportedAnnotation &annotation, const ExportedArticle &article);
    static QJsonObject speakerJson(const ExportedSpeaker &speaker);

private:
    ExportHeader m_header;
    QSet<qint64> m_speakerIds;
    QSet<QString> m_tags;
    bool m_first = true;
};

} // namespace gloss
