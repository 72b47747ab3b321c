#include "DocumentBlocks.h"

#include "BlockWalker.h"
#include "CleanHtmlReader.h"
#include "GumboTree.h"

namespace gloss {

namespace {

BlockElement facts(const GumboNode *node)
{
    BlockElement element{node->v.element.tag, {}, {}};
    switch (element.tag) {
    case GUMBO_TAG_A: element.href = html::attribute(node, "href"); break;
    case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_TT:
        element.className = html::attribute(node, "class");
        break;
    default: break;
    }
    return element;
}

} // namespace

namespace detail {

std::optional<QList<Block>> blocksFromCleanHtml(QStringView sanitizedHtml)
{
    BlockWalker walker;
    if (!readCleanHtml(sanitizedHtml, walker))
        return std::nullopt;
    return walker.finish();
}

QList<Block> blocksFromHtmlTree(const QString &html)
{
    html::ParsedHtml document(html);
    BlockWalker walker;
    html::walk(
        document.body(),
        [&](const GumboNode *node) {
            switch (node->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA: walker.text(QString::fromUtf8(node->v.text.text)); return false;
            case GUMBO_NODE_ELEMENT: return html::isHtmlElement(node) && walker.enter(facts(node));
            default: return false;
            }
        },
        [&](const GumboNode *) { walker.leave(); });
    return walker.finish();
}

} // namespace detail

QList<Block> blocksFromSanitizedHtml(const QString &sanitizedHtml)
{
    // Nearly always the sanitiser's own markup, read directly; anything else goes through gumbo.
    if (auto blocks = detail::blocksFromCleanHtml(sanitizedHtml))
        return std::move(*blocks);
    return detail::blocksFromHtmlTree(sanitizedHtml);
}

} // namespace gloss
