// The sanitiser's decisions (what HtmlSanitizer.h promises), whatever read the markup. A reader walks
// the HTML5 tree of its input and reports it here in document order: the gumbo tree walk
// (GumboSanitizer.h) for any HTML, SimpleHtmlReader for markup whose tree it can predict exactly.
// Both must drive it identically for the same tree; tst_simplehtmlreader checks that they do.
#pragma once

#include "CleanHtmlWriter.h"

#include <gumbo.h>

#include <QList>
#include <QLatin1StringView>
#include <QString>
#include <QUrl>

#include <optional>

namespace gloss::html {

// An element's attributes as the parser decoded them (character references resolved).
class ElementAttributes {
public:
    virtual bool has(const char *name) const = 0; // a lower-case name
    // The first attribute of that name, or a null QString when there is none.
    virtual QString value(const char *name) const = 0;

protected:
    ~ElementAttributes() = default;
};

class Sanitizer {
public:
    explicit Sanitizer(const QUrl &baseUrl);

    // An HTML element. Returns whether its children are wanted; when true, leave() must follow
    // them. False for elements dropped with their content and for the void ones handled here.
    bool enter(GumboTag tag, const ElementAttributes &attributes);
    // A node that is neither kept nor a boundary (the document node): its children are walked.
    void enterTransparent();
    void leave();
    void text(QStringView text);

    QString finish();

private:
    enum class Exit { Nothing, CloseBlock, CloseInline, CloseLink, Boundary };

    std::optional<Exit> element(GumboTag tag, const ElementAttributes &attributes);
    Exit inlineElement(const QString &open, QLatin1StringView close);
    Exit block(QLatin1StringView tag, CleanHtmlWriter::Frame kind);
    void image(const ElementAttributes &attributes);

    QUrl m_baseUrl;
    CleanHtmlWriter m_writer;
    QList<Exit> m_exits;
    int m_openLinks = 0; // <a> elements entered and not yet left
};

} // namespace gloss::html
