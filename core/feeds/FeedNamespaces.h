// The XML namespaces feeds use, in one place so the parsers agree on them.
#pragma once


#include <QStringView>

namespace gloss::feedns {

inline constexpr QStringView Atom10(u"http://www.w3.org/2005/Atom");
inline constexpr QStringView Atom03(u"http://purl.org/atom/ns#");
inline constexpr QStringView Rdf(u"http://www.w3.org/1999/02/22-rdf-syntax-ns#");
inline constexpr QStringView Rss10(u"http://purl.org/rss/1.0/");
inline constexpr QStringView Rss090(u"http://my.netscape.com/rdf/simple/0.9/");
inline constexpr QStringView Content(u"http://purl.org/rss/1.0/modules/content/");
inline constexpr QStringView Dc(u"http://purl.org/dc/elements/1.1/");
inline constexpr QStringView DcTerms(u"http://purl.org/dc/terms/");
inline constexpr QStringView Xhtml(u"http://www.w3.org/1999/xhtml");
inline constexpr QStringView Itunes(u"http://www.itunes.com/dtds/podcast-1.0.dtd");

// RSS 0.9x/2.0 elements have no namespace, but some feeds put them in RSS 1.0's or an old
// Userland/Harvard one; all of these mean "plain RSS".
inline bool isRss(QStringView ns)
{
    return ns.isEmpty() || ns == Rss10 || ns == Rss090 || ns.startsWith(QStringView(u"http://backend.userland.com/rss"))
        || ns == QStringView(u"http://blogs.law.harvard.edu/tech/rss");
}

// Atom elements: either version's namespace (and none, for 0.3 feeds that forget it).
inline bool isAtom(QStringView ns)
{
    return ns.isEmpty() || ns == Atom10 || ns == Atom03;
}

} // namespace gloss::feedns
