// Putting user text into Markdown and YAML front matter without letting it change the structure.
//
// Quotes are the article's words, plain text: every character Markdown (CommonMark, plus Obsidian's
// #tags, $math$, ==highlights== and %%comments%%) would read as syntax is backslash-escaped, and
// line-start markers (#, >, -, +, "1.", "---", indentation) are defused. Comments are the user's own
// Markdown and stay Markdown, but are contained: raw HTML blocks and unclosed code fences cannot
// swallow what follows. YAML scalars are always double-quoted with escapes, so no value can end the
// front matter or start a new key.
#pragma once

#include <QString>
#include <QStringView>

namespace gloss {

QString yamlQuoted(QStringView text);
// One line of plain text, escaped for Markdown inline content.
QString markdownEscapeLine(QStringView text);
// Plain text (lines separated by \n) as a block quote: each line a paragraph of the quote.
QString markdownBlockQuote(QStringView text);
// The user's Markdown comment, contained (see above); ends without a trailing newline.
QString containedMarkdown(QStringView markdown);
// A tag as Obsidian/Logseq accept it after '#': letters, digits, '_', '-', '/'; white space becomes
// '-', other characters '_'; an all-digit tag gets a leading '_' (a bare number is not a tag).
QString markdownTagName(QStringView tag);
// A file name for an article's own document: a short slug of the title plus the article id.
QString markdownFileName(QStringView title, qint64 id);

} // namespace gloss
