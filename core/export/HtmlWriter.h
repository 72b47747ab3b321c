// One self-contained HTML file: inline CSS (with print rules), no scripts, nothing fetched from
// anywhere. Each article with its title, source and link; each annotation as a quote on its
// highlight colour, the speaker, the comment (Markdown rendered safely, see CommentHtml.h) and tags.
// All user text is escaped; dir="auto" lets right-to-left quotes read right. The same markup feeds
// the PDF export through QTextDocument, so it keeps to what that renders.
#pragma once

#include "DeviceSink.h"

namespace gloss {

class HtmlWriter final : public DeviceSink {
public:
    using DeviceSink::DeviceSink;
    Status begin(const ExportHeader &header) override;
    Status article(const ExportedArticle &article) override;
    Status finish() override;

    static QString articleHtml(const ExportedArticle &article);
    static QString headerHtml(const ExportHeader &header); // the title and counts above the articles
    static QString styleSheet();                           // the CSS the page embeds
};

} // namespace gloss
