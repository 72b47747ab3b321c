// A parsed HTML document (gumbo, a real HTML5 parser) and the few ways the document library looks at
// it. Internal to core/document: nothing outside sees gumbo types.
//
// Traversal is iterative: hostile or machine-made pages nest elements thousands deep, and a recursive
// walk would turn that into a stack overflow.
#pragma once

#include <gumbo.h>

#include <QByteArray>
#include <QString>

#include <vector>

namespace gloss::html {

class ParsedHtml {
public:
    explicit ParsedHtml(const QString &html);
    ~ParsedHtml();
    ParsedHtml(const ParsedHtml &) = delete;
    ParsedHtml &operator=(const ParsedHtml &) = delete;

    const GumboNode *document() const { return m_output->document; }
    const GumboNode *head() const; // never null for a parsed document, but callers still check
    const GumboNode *body() const; // null for a frameset document

private:
    static const GumboOptions &options();
    QByteArray m_utf8; // gumbo's tree points into this buffer, so it lives as long as the tree
    GumboOutput *m_output = nullptr;
};

bool isElement(const GumboNode *node, GumboTag tag);
bool isHtmlElement(const GumboNode *node);
const GumboVector *childrenOf(const GumboNode *node);
// The attribute's value (entities already decoded by the parser), or a null QString when absent.
QString attribute(const GumboNode *node, const char *name);
// Text of the subtree with ASCII white space collapsed and trimmed; script/style/template skipped.
QString collapsedText(const GumboNode *node);
// ASCII white space (HTML's definition): space, tab, LF, FF, CR.
inline bool isAsciiWhitespace(QChar ch)
{
    const char16_t c = ch.unicode();
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

// Depth-first walk. enter(node) returns whether to descend; leave(node) runs after the children of
// every node that was descended into.
template <typename Enter, typename Leave>
void walk(const GumboNode *root, Enter &&enter, Leave &&leave)
{
    if (!root || !enter(root))
        return;
    struct Frame {
        const GumboNode *node;
        unsigned int next;
    };
    std::vector<Frame> stack{{root, 0}};
    while (!stack.empty()) {
        Frame &top = stack.back();
        const GumboVector *children = childrenOf(top.node);
        if (children && top.next < children->length) {
            const auto *child = static_cast<const GumboNode *>(children->data[top.next++]);
            if (enter(child))
                stack.push_back({child, 0});
        } else {
            const GumboNode *node = top.node;
            stack.pop_back();
            leave(node);
        }
    }
}

// The first element (document order) under root for which match(node) holds, or null.
template <typename Match>
const GumboNode *findFirst(const GumboNode *root, Match &&match)
{
    const GumboNode *found = nullptr;
    walk(
        root,
        [&](const GumboNode *node) {
            if (found)
                return false;
            if (node->type == GUMBO_NODE_ELEMENT && match(node)) {
                found = node;
                return false;
            }
            return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_DOCUMENT;
        },
        [](const GumboNode *) {});
    return found;
}

} // namespace gloss::html
