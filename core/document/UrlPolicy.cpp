#include "UrlPolicy.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// Browsers strip leading/trailing C0 controls and spaces and delete tabs and newlines anywhere
// (WHATWG URL parser), so "java\nscript:" means javascript: to them. Do the same before judging.
QString browserNormalised(const QString &raw)
{
    QString s;
    s.reserve(raw.size());
    for (const QChar ch : raw) {
        if (ch == u'\t' || ch == u'\n' || ch == u'\r')
            continue;
        s += ch;
    }
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && s.at(begin).unicode() <= 0x20)
        ++begin;
    while (end > begin && s.at(end - 1).unicode() <= 0x20)
        --end;
    return s.mid(begin, end - begin);
}

bool isSchemeChar(QChar ch)
{
    const char16_t c = ch.unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'+'
        || c == u'-' || c == u'.';
}

bool schemeAllowed(const QString &scheme, UrlUse use)
{
    if (scheme == "http"_L1 || scheme == "https"_L1)
        return true;
    return use == UrlUse::Link && scheme == "mailto"_L1;
}

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return (scheme == "http"_L1 || scheme == "https"_L1) && !url.host().isEmpty();
}

constexpr qsizetype MaxUrlLength = 8192; // longer is a payload, not a link

} // namespace

QString safeUrl(const QString &raw, const QUrl &base, UrlUse use)
{
    const QString s = browserNormalised(raw);
    if (s.isEmpty() || s.size() > MaxUrlLength)
        return {};

    // A colon before the first '/', '?' or '#' makes the reference absolute: its scheme decides.
    const qsizetype colon = s.indexOf(u':');
    qsizetype delimiter = s.size();
    for (const QChar d : {u'/', u'?', u'#'}) {
        const qsizetype at = s.indexOf(d);
        if (at >= 0 && at < delimiter)
            delimiter = at;
    }
    QUrl url;
    if (colon >= 0 && colon < delimiter) {
        const QString scheme = s.left(colon);
        // Anything but plain scheme characters (controls, U+FFFD from a NUL, full-width letters) is an
        // attempt to get past a filter; browsers would not treat it as http either.
        if (scheme.isEmpty() || !std::all_of(scheme.begin(), scheme.end(), isSchemeChar))
            return {};
        if (!schemeAllowed(scheme.toLower(), use))
            return {};
        url = QUrl(s, QUrl::TolerantMode);
    } else {
        if (!isHttp(base))
            return {};
        url = base.resolved(QUrl(s, QUrl::TolerantMode));
    }

    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (!schemeAllowed(scheme, use))
        return {};
    if (scheme == "mailto"_L1 ? url.path().isEmpty() : url.host().isEmpty())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

} // namespace gloss
