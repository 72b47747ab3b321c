#include "tst_conformance_expect.h"

#include "document/HtmlSanitizer.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace conformance {

namespace {

QString collapse(const QString &s)
{
    static const QRegularExpression runs(u"[ \\t\\r\\n]+"_s);
    return QString(s).replace(runs, u" "_s).trimmed();
}

// A path like entries[0]['content'][0]['value'] or feed.title, as its keys.
std::optional<QStringList> pathKeys(const QString &path)
{
    static const QRegularExpression key(u"\\G(?:\\[\\s*(?:u?'([^']*)'|u?\"([^\"]*)\"|(\\d+))\\s*\\]|\\.([A-Za-z_]+))"_s);
    static const QRegularExpression root(u"^(feed|entries)"_s);
    const QRegularExpressionMatch r = root.match(path);
    if (!r.hasMatch())
        return std::nullopt;
    QStringList keys{r.captured(1)};
    qsizetype at = r.capturedLength(0);
    while (at < path.size()) {
        const QRegularExpressionMatch m = key.match(path, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return std::nullopt;
        for (int i = 1; i <= 4; ++i) {
            if (m.capturedLength(i) > 0 || (i <= 2 && m.capturedStart(i) >= 0)) {
                keys.append(m.captured(i));
                break;
            }
        }
        at += m.capturedLength(0);
    }
    return keys;
}

enum class Field { None, Title, Link, Id, Author, Summary, Content, Published, Updated, Description };

struct Target {
    Field field = Field::None;
    int entry = -1; // -1: the feed
};

Target targetOf(const QStringList &keys)
{
    auto is = [&](std::initializer_list<const char *> names, int at) {
        if (keys.size() <= at)
            return false;
        for (const char *n : names)
            if (keys.at(at) == QLatin1StringView(n))
                return true;
        return false;
    };
    const bool entry = keys.first() == "entries"_L1;
    const int base = entry ? 2 : 1;
    Target t;
    if (entry) {
        bool ok = false;
        t.entry = keys.size() > 1 ? keys.at(1).toInt(&ok) : -1;
        if (!ok)
            return {};
    }
    const qsizetype rest = keys.size() - base;
    if (rest == 1 || (rest == 2 && keys.last() == "value"_L1 && keys.at(base).endsWith("_detail"_L1))) {
        const QString k = keys.at(base).endsWith("_detail"_L1) ? keys.at(base).chopped(7) : keys.at(base);
        if (k == "title"_L1)
            t.field = Field::Title;
        if (rest == 1 && k == "link"_L1)
            t.field = Field::Link;
        if (entry && rest == 1 && k == "id"_L1)
            t.field = Field::Id;
        if (entry && k == "author"_L1)
            t.field = Field::Author;
        if (entry && (k == "summary"_L1 || k == "description"_L1))
            t.field = Field::Summary;
        if (!entry && (k == "description"_L1 || k == "subtitle"_L1 || k == "tagline"_L1))
            t.field = Field::Description;
        if (entry && rest == 1 && (k == "published_parsed"_L1 || k == "issued_parsed"_L1))
            t.field = Field::Published;
        if (entry && rest == 1 && (k == "updated_parsed"_L1 || k == "modified_parsed"_L1))
            t.field = Field::Updated;
    } else if (entry && rest == 3 && is({"content"}, base) && keys.at(base + 1) == "0"_L1 && keys.last() == "value"_L1) {
        t.field = Field::Content;
    }
    return t;
}

std::optional<QList<int>> pythonTuple(const QString &literal)
{
    static const QRegularExpression tuple(u"^\\(\\s*(-?\\d+(?:\\s*,\\s*-?\\d+){5,8})\\s*,?\\s*\\)$"_s);
    const QRegularExpressionMatch m = tuple.match(literal);
    if (!m.hasMatch())
        return std::nullopt;
    QList<int> values;
    for (const QString &v : m.captured(1).split(u','))
        values.append(v.trimmed().toInt());
    return values;
}

QStringList linkTargets(const QString &sanitized)
{
    static const QRegularExpression attr(u"(?:href|src)=\"([^\"]*)\""_s);
    QStringList targets;
    for (auto it = attr.globalMatch(sanitized); it.hasNext();)
        targets.append(it.next().captured(1).replace(u"&amp;"_s, u"&"_s));
    return targets;
}

bool sameUrl(const QString &expected, const QUrl &ours)
{
    if (expected.isEmpty())
        return ours.isEmpty();
    return QUrl(expected) == ours || ours.toString(QUrl::FullyEncoded) == expected || ours.toString() == expected;
}

std::optional<QString> check(const Target &t, const QString &literal, const gloss::ParsedFeed &feed)
{
    const gloss::FeedEntry *e = nullptr;
    if (t.entry >= 0) {
        if (t.entry >= feed.entries.size())
            return u"no entry %1 (the feed has %2)"_s.arg(t.entry).arg(feed.entries.size());
        e = &feed.entries.at(t.entry);
    }
    if (t.field == Field::Published || t.field == Field::Updated) {
        const std::optional<QList<int>> tuple = pythonTuple(literal);
        if (!tuple)
            return u"unreadable tuple"_s;
        QDateTime ours = t.field == Field::Published ? e->published : e->updated;
        if (!ours.isValid())
            ours = t.field == Field::Published ? e->updated : e->published;
        const QDateTime expected(QDate(tuple->at(0), tuple->at(1), tuple->at(2)), QTime(tuple->at(3), tuple->at(4), tuple->at(5)),
                                 QTimeZone::UTC);
        return ours == expected ? std::nullopt : std::optional(u"date %1 != %2"_s.arg(ours.toString(Qt::ISODate), expected.toString(Qt::ISODate)));
    }
    const std::optional<QString> value = pythonString(literal);
    if (!value)
        return u"unreadable literal %1"_s.arg(literal);
    QString ours;
    switch (t.field) {
    case Field::Title: ours = e ? e->title : feed.title; break;
    case Field::Link:
        return sameUrl(*value, e ? e->link : feed.link) ? std::nullopt
                                                        : std::optional(u"link '%1' != '%2'"_s.arg((e ? e->link : feed.link).toString(), *value));
    case Field::Id: ours = e->id; break;
    case Field::Author: ours = e->author; break;
    case Field::Description: ours = feed.description; break;
    case Field::Summary:
    case Field::Content: {
        QString html = t.field == Field::Summary ? e->summary : e->content;
        if (html.isEmpty() && t.field == Field::Summary)
            html = e->content;
        const QString expectedClean = gloss::sanitizeHtml(*value).html;
        // A text/plain value in feedparser is the text itself; gloss escapes it into HTML.
        if (meaningOf(html) == collapse(*value) && linkTargets(html).isEmpty())
            return std::nullopt;
        if (meaningOf(expectedClean) != meaningOf(html))
            return u"text '%1' != '%2'"_s.arg(meaningOf(html), meaningOf(expectedClean));
        if (linkTargets(expectedClean) != linkTargets(html))
            return u"links %1 != %2"_s.arg(linkTargets(html).join(u' '), linkTargets(expectedClean).join(u' '));
        return std::nullopt;
    }
    default: return u"untranslated"_s;
    }
    // Titles and descriptions: plain text in gloss; compare feedparser's (maybe HTML) by its text.
    // feedparser's value is HTML or text depending on the element's type; gloss's is text. Either
    // reading of the expected value may match.
    const QString expected = collapse(*value);
    if (collapse(ours) == expected)
        return std::nullopt;
    if ((t.field == Field::Title || t.field == Field::Description) && collapse(ours) == meaningOf(expected))
        return std::nullopt;
    return u"'%1' != '%2'"_s.arg(collapse(ours), expected);
}

} // namespace

QStringList splitAnd(const QString &expression)
{
    QStringList parts;
    QChar quote;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            --depth;
        } else if (depth == 0 && QStringView(expression).sliced(i).startsWith(u" and ")) {
            parts.append(expression.mid(start, i - start).trimmed());
            start = i + 5;
            i += 4;
        }
    }
    parts.append(expression.mid(start).trimmed());
    return parts;
}

std::optional<QString> pythonString(QStringView literal)
{
    QStringView s = literal.trimmed();
    if (s.startsWith(u'u') || s.startsWith(u'b'))
        s = s.sliced(1);
    if (s.size() < 2 || (s.front() != u'\'' && s.front() != u'"') || s.back() != s.front())
        return std::nullopt;
    const qsizetype q = (s.size() >= 6 && s.startsWith(QString(3, s.front())) && s.endsWith(QString(3, s.front()))) ? 3 : 1;
    s = s.sliced(q, s.size() - 2 * q);
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != u'\\' || i + 1 >= s.size()) {
            out += s.at(i);
            continue;
        }
        const QChar c = s.at(++i);
        auto hex = [&](int n) {
            const uint cp = s.sliced(i + 1, std::min<qsizetype>(n, s.size() - i - 1)).toUInt(nullptr, 16);
            i += n;
            const char32_t u = cp;
            out += QString::fromUcs4(&u, 1);
        };
        switch (c.unicode()) {
        case 'n': out += u'\n'; break;
        case 't': out += u'\t'; break;
        case 'r': out += u'\r'; break;
        case 'x': hex(2); break;
        case 'u': hex(4); break;
        case 'U': hex(8); break;
        default: out += c; break;
        }
    }
    return out;
}

QString meaningOf(const QString &html)
{
    const gloss::SanitizedHtml clean = gloss::sanitizeHtml(html);
    QStringList texts;
    for (const gloss::Block &b : clean.blocks)
        texts.append(b.text);
    return collapse(texts.join(u' '));
}

Verdict evaluate(const QString &expect, const gloss::ParsedFeed &feed)
{
    static const QRegularExpression comparison(u"^((?:feed|entries)[^=!]*?)\\s*==\\s*(.+?)$"_s);
    Verdict verdict;
    bool any = false;
    for (QString clause : splitAnd(expect)) {
        if (clause.startsWith(u'(') && clause.endsWith(u')') && splitAnd(clause.mid(1, clause.size() - 2)).size() == 1)
            clause = clause.mid(1, clause.size() - 2).trimmed();
        if (clause == "not bozo"_L1 || clause == "bozo"_L1)
            continue;
        const QRegularExpressionMatch m = comparison.match(clause);
        if (!m.hasMatch())
            return {};
        const std::optional<QStringList> keys = pathKeys(m.captured(1).trimmed());
        if (!keys || m.captured(2).contains(u"=="_s))
            return {};
        const Target target = targetOf(*keys);
        if (target.field == Field::None)
            return {};
        any = true;
        if (const std::optional<QString> problem = check(target, m.captured(2), feed); problem && verdict.kind != Verdict::Fail) {
            verdict.kind = Verdict::Fail;
            verdict.detail = clause + u": "_s + *problem;
        }
    }
    if (!any)
        return {};
    if (verdict.kind != Verdict::Fail)
        verdict.kind = Verdict::Pass;
    return verdict;
}

} // namespace conformance
