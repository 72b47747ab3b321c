#include "GumboSanitizer.h"

#include "Sanitizer.h"

namespace gloss::html {

namespace {

class GumboAttributes final : public ElementAttributes {
public:
    explicit GumboAttributes(const GumboNode *node)
        : m_node(node)
    {
    }
    bool has(const char *name) const override { return gumbo_get_attribute(&m_node->v.element.attributes, name); }
    QString value(const char *name) const override { return attribute(m_node, name); }

private:
    const GumboNode *m_node;
};

} // namespace

QString sanitizeSubtree(const GumboNode *root, const SanitizeOptions &options)
{
    Sanitizer sanitizer(options.baseUrl);
    walk(
        root,
        [&](const GumboNode *node) {
            switch (node->type) {
            case GUMBO_NODE_DOCUMENT: sanitizer.enterTransparent(); return true;
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA: sanitizer.text(QString::fromUtf8(node->v.text.text)); return false;
            case GUMBO_NODE_ELEMENT:
                // SVG and MathML are foreign content: dropped, whatever their tag is called.
                if (!isHtmlElement(node) || options.skip.contains(node))
                    return false;
                return sanitizer.enter(node->v.element.tag, GumboAttributes(node));
            default: return false; // comments, templates
            }
        },
        [&](const GumboNode *) { sanitizer.leave(); });
    return sanitizer.finish();
}

} // namespace gloss::html
