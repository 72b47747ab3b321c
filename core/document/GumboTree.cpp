#include "GumboTree.h"

#include "DocumentLog.h"
#include "HtmlNestingLimit.h"

#include <cstring>

namespace gloss::html {

ParsedHtml::ParsedHtml(const QString &html)
{
    bool limited = false;
    m_utf8 = limitNesting(html, MaxNestingDepth, &limited).toUtf8();
    if (limited)
        qCWarning(lcDocument) << "HTML nested deeper than" << MaxNestingDepth << "elements; deeper tags were removed";
    m_output = gumbo_parse_with_options(&options(), m_utf8.constData(), size_t(m_utf8.size()));
}

const GumboOptions &ParsedHtml::options()
{
    // Nobody reads gumbo's parse-error list, and recording it (an allocation and a formatted message
    // per error, and feed HTML has many) cost a noticeable part of every parse. The tree is the same.
    static const GumboOptions quiet = [] {
        GumboOptions o = kGumboDefaultOptions;
        o.max_errors = 0;
        return o;
    }();
    return quiet;
}

ParsedHtml::~ParsedHtml()
{
    gumbo_destroy_output(&options(), m_output);
}

namespace {
const GumboNode *childOfRoot(const GumboOutput *output, GumboTag tag)
{
    const GumboVector *children = childrenOf(output->root);
    for (unsigned int i = 0; children && i < children->length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children->data[i]);
        if (isElement(child, tag))
            return child;
    }
    return nullptr;
}
} // namespace

const GumboNode *ParsedHtml::head() const { return childOfRoot(m_output, GUMBO_TAG_HEAD); }
const GumboNode *ParsedHtml::body() const { return childOfRoot(m_output, GUMBO_TAG_BODY); }

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag
        && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

bool isHtmlElement(const GumboNode *node)
{
    return node && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

const GumboVector *childrenOf(const GumboNode *node)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT: return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: return &node->v.element.children;
    default: return nullptr;
    }
}

QString attribute(const GumboNode *node, const char *name)
{
    if (!node || node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value, qsizetype(std::strlen(attr->value))) : QString();
}

namespace {
bool isInlineTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DFN: case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_KBD: case GUMBO_TAG_MARK: case GUMBO_TAG_Q:
    case GUMBO_TAG_S: case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U:
    case GUMBO_TAG_VAR: case GUMBO_TAG_WBR: case GUMBO_TAG_INS: case GUMBO_TAG_DEL: case GUMBO_TAG_UNKNOWN:
        return true;
    default:
        return false;
    }
}
} // namespace

QString collapsedText(const GumboNode *node)
{
    QString out;
    bool pendingSpace = false;
    walk(
        node,
        [&](const GumboNode *n) {
            switch (n->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA:
                for (const QChar ch : QString::fromUtf8(n->v.text.text)) {
                    if (isAsciiWhitespace(ch)) {
                        pendingSpace = !out.isEmpty();
                    } else {
                        if (pendingSpace)
                            out += QLatin1Char(' ');
                        pendingSpace = false;
                        out += ch;
                    }
                }
                return false;
            case GUMBO_NODE_ELEMENT:
                // "Line<br>two" and "<td>a</td><td>b</td>" read as two words, not one.
                if (!isInlineTag(n->v.element.tag))
                    pendingSpace = !out.isEmpty();
                return !isElement(n, GUMBO_TAG_SCRIPT) && !isElement(n, GUMBO_TAG_STYLE)
                    && !isElement(n, GUMBO_TAG_TEMPLATE);
            case GUMBO_NODE_DOCUMENT: return true;
            default: return false;
            }
        },
        [](const GumboNode *) {});
    return out;
}

} // namespace gloss::html
