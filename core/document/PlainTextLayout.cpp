#include "PlainTextLayout.h"

#include "LooseDate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

struct Paragraph {
    QStringList lines;
    QString joined() const { return lines.join(u' '); }
    bool singleLine() const { return lines.size() == 1; }
};

// Trims ASCII white space only: a U+00A0 at a line's edge is content.
QString trimAscii(const QString &line)
{
    qsizetype begin = 0, end = line.size();
    const auto ws = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\f' || c == u'\v'; };
    while (begin < end && ws(line.at(begin)))
        ++begin;
    while (end > begin && ws(line.at(end - 1)))
        --end;
    return line.mid(begin, end - begin);
}

QList<Paragraph> splitParagraphs(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    // Blank lines before the first or after the last line of text do not count.
    const auto blank = [](const QString &l) { return l.trimmed().isEmpty(); };
    const auto first = std::find_if_not(lines.begin(), lines.end(), blank);
    const auto last = std::find_if_not(lines.rbegin(), lines.rend(), blank).base();
    const bool anyBlank = first < last && std::any_of(first, last, blank);
    QList<Paragraph> paragraphs;
    Paragraph current;
    for (const QString &raw : lines) {
        const QString line = trimAscii(raw);
        if (line.trimmed().isEmpty()) { // trimmed(): a line of U+00A0s is blank too
            if (!current.lines.isEmpty())
                paragraphs.append(std::exchange(current, {}));
            continue;
        }
        current.lines.append(line);
        if (!anyBlank) // no blank lines anywhere: the writer meant one paragraph per line
            paragraphs.append(std::exchange(current, {}));
    }
    if (!current.lines.isEmpty())
        paragraphs.append(current);
    return paragraphs;
}

bool looksLikeTitle(const Paragraph &p)
{
    const QString text = p.joined();
    return p.singleLine() && text.size() < 200 && !text.endsWith(u'.');
}

QDateTime dateLine(const Paragraph &p)
{
    return p.singleLine() ? parseLooseDate(p.lines.constFirst()) : QDateTime();
}

// Page furniture that scrapers leave on its own line at the very end.
bool isTrailingNavigation(const QString &line)
{
    static const QStringList words = {
        u"tags"_s,          u"tag"_s,         u"topics"_s,         u"share"_s,          u"share this"_s,
        u"share this article"_s, u"share this story"_s, u"advertisement"_s, u"advert"_s, u"related"_s,
        u"related articles"_s, u"related stories"_s, u"related content"_s, u"read more"_s, u"more"_s,
        u"see also"_s,      u"comments"_s,    u"print"_s,          u"email"_s,          u"follow us"_s,
        u"back to top"_s,   u"more on this story"_s, u"sponsored"_s};
    QString s = line.simplified().toLower();
    while (s.endsWith(u':') || s.endsWith(u'.'))
        s.chop(1);
    return words.contains(s);
}

} // namespace

PlainTextLayout layoutPlainText(const QString &text)
{
    PlainTextLayout layout;
    QList<Paragraph> paragraphs = splitParagraphs(text);

    // A date line may come first (scraped pages) or right after the title.
    if (!paragraphs.isEmpty()) {
        if (const QDateTime when = dateLine(paragraphs.constFirst()); when.isValid()) {
            layout.published = when;
            paragraphs.removeFirst();
        }
    }
    if (paragraphs.size() >= 2 && looksLikeTitle(paragraphs.constFirst())) {
        layout.title = paragraphs.takeFirst().joined();
        // Scraped pages often print the headline twice (page title, then article heading).
        if (!paragraphs.isEmpty() && paragraphs.constFirst().joined().simplified() == layout.title.simplified())
            paragraphs.removeFirst();
        if (!layout.published.isValid() && paragraphs.size() >= 2) {
            if (const QDateTime when = dateLine(paragraphs.constFirst()); when.isValid()) {
                layout.published = when;
                paragraphs.removeFirst();
            }
        }
    }
    while (paragraphs.size() > 1 && paragraphs.constLast().singleLine()
           && isTrailingNavigation(paragraphs.constLast().lines.constFirst()))
        paragraphs.removeLast();

    for (const Paragraph &p : std::as_const(paragraphs))
        layout.paragraphs.append(p.joined());
    return layout;
}

} // namespace gloss
