// fuzz_html_sanitizer: sanitizeHtml(), gumbo's HTML5 parse and the allow-list walk over it (nesting
// limit, URL policy, dropped elements), on bytes read as UTF-8. It checks the promises in
// HtmlSanitizer.h: the output is a fixed point (sanitising it again changes nothing),
// sanitizeHtmlMarkup() gives the same markup, and whatever the fast path for plain markup accepts
// (SimpleHtmlReader.h) comes out exactly as it does through gumbo.
#include "FuzzEntries.h"

#include "document/HtmlSanitizer.h"

using namespace Qt::StringLiterals;

namespace gloss::fuzz {

FuzzOutcome htmlSanitizer(const QByteArray &input)
{
    const QUrl base(u"https://news.example/2024/story.html"_s);
    const SanitizedHtml once = sanitizeHtml(QString::fromUtf8(input), base);
    const SanitizedHtml twice = sanitizeHtml(once.html, base);
    if (twice != once)
        return {true, {}, u"sanitizeHtml() is not idempotent:\n  once:  %1\n  twice: %2"_s.arg(once.html, twice.html)};
    const QString html = QString::fromUtf8(input);
    if (sanitizeHtmlMarkup(html, base) != once.html)
        return {true, {}, u"sanitizeHtmlMarkup() differs from sanitizeHtml().html"_s};
    if (const std::optional<QString> simple = detail::sanitizeSimpleHtml(html, base)) {
        const QString parsed = detail::sanitizeParsedHtml(html, base);
        if (*simple != parsed)
            return {true, {}, u"the fast path and gumbo disagree:\n  fast:  %1\n  gumbo: %2"_s.arg(*simple, parsed)};
    }
    return {};
}

} // namespace gloss::fuzz
