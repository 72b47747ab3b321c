// W3C Web Annotation Data Model (JSON-LD): one AnnotationCollection whose first (and only) embedded
// AnnotationPage holds every annotation, so the file is complete on its own. Each annotation targets
// the article (its web URL, or urn:gloss:article:<hash> for imported files) through a
// TextQuoteSelector and, while placed, a TextPositionSelector (in code points, as the model counts;
// so the article's text must be read: ExportScope::withContent); the comment is a text/markdown
// TextualBody (purpose commenting), each tag one with purpose tagging, the speaker one with purpose
// identifying; the highlight colour travels as a styleClass with a CssStylesheet. Every annotation
// also carries the @context, so one cut out of the collection stays a valid annotation.
#pragma once

#include "DeviceSink.h"

#include <QJsonObject>

namespace gloss {

class W3cWriter final : public DeviceSink {
public:
    using DeviceSink::DeviceSink;
    Status begin(const ExportHeader &header) override;
    Status article(const ExportedArticle &article) override;
    Status finish() override;

    static QJsonObject annotationJson(const ExportedAnnotation &annotation, const ExportedArticle &article);

private:
    bool m_first = true;
    bool m_withPage = true;
};

} // namespace gloss
