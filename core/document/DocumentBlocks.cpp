#include "DocumentBlocks.h"

#include "BlockWalker.h"
#include "CleanHtmlReader.h"
#include "GumboTree.h"

namespace gloss {

namespace {

using Detail = BlockWalker::Detail;

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

std::optional<QList<Block>> fromCleanHtml(QStringView sanitizedHtml, Detail detail)
{
    BlockWalker walker(detail);
    if (!readCleanHtml(sanitizedHtml, walker))
        return std::nullopt;
    return walker.finish();
}

QList<Block> fromHtmlTree(const QString &html, Detail detail)
{
    html::ParsedHtml document(html);
    BlockWalker walker(detail);
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

// Nearly always the sanitiser's own markup, read directly; anything else goes through gumbo.
QList<Block> fromSanitizedHtml(const QString &sanitizedHtml, Detail detail)
{
    if (auto blocks = fromCleanHtml(sanitizedHtml, detail))
        return std::move(*blocks);
    return fromHtmlTree(sanitizedHtml, detail);
}

} // namespace

namespace detail {

std::optional<QList<Block>> blocksFromCleanHtml(QStringView sanitizedHtml)
{
    return fromCleanHtml(sanitizedHtml, Detail::Full);
}

QList<Block> blocksFromHtmlTree(const QString &html)
{
    return fromHtmlTree(html, Detail::Full);
}

} // namespace detail

QList<Block> blocksFromSanitizedHtml(const QString &sanitizedHtml)
{
    return fromSanitizedHtml(sanitizedHtml, Detail::Full);
}

QString canonicalTextFromSanitizedHtml(const QString &sanitizedHtml)
{
    return canonicalText(fromSanitizedHtml(sanitizedHtml, Detail::TextOnly));
}

} // namespace gloss
