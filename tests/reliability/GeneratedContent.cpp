#include "GeneratedContent.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace gloss::test {

namespace {

const QStringList Words{u"harbour"_s, u"council"_s, u"budget"_s,  u"river"_s,   u"school"_s,  u"tram"_s,
                        u"market"_s,  u"water"_s,   u"housing"_s, u"library"_s, u"bridge"_s,  u"festival"_s,
                        u"orchard"_s, u"ferry"_s,   u"museum"_s,  u"station"_s, u"clinic"_s,  u"garden"_s};

// Plain sentences that vary with `seed` and `n`, so no two articles or items index the same.
QString sentence(int seed, int n)
{
    const auto word = [](int i) { return Words.at(i % Words.size()); };
    return u"The %1 plan %2-%3 met the %4 and the %5 before the %6 vote."_s.arg(
        word(seed + n), QString::number(seed), QString::number(n), word(seed * 7 + n * 3), word(n * 5 + 1), word(seed + n * 11));
}

QString paragraphs(int seed, int bytes)
{
    QString text;
    for (int n = 0; text.size() < bytes; ++n)
        text += sentence(seed, n) + (n % 6 == 5 ? u"\n\n"_s : u" "_s);
    return text;
}

} // namespace

QStringList writeArticleFiles(const QString &folder, const QString &batch, int count, int bytesEach)
{
    if (!QDir().mkpath(folder))
        return {};
    QStringList paths;
    for (int i = 1; i <= count; ++i) {
        const QString path = QDir(folder).filePath(u"%1-%2.md"_s.arg(batch).arg(i));
        QFile file(path);
        const QString text = u"# %1 article %2\n\n"_s.arg(batch).arg(i) + paragraphs(int(qHash(batch) % 997) + i, bytesEach);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
            return {};
        paths << path;
    }
    return paths;
}

QByteArray generatedRss(const QString &name, int generation, int items, int bytesPerItem)
{
    QString xml = u"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>%1</title>"
                  "<link>https://example.org/%1</link>"_s.arg(name);
    for (int i = 1; i <= items; ++i) {
        const QString guid = u"%1-g%2-i%3"_s.arg(name).arg(generation).arg(i);
        QString html;
        for (const QString &p : paragraphs(generation * 1000 + i, bytesPerItem).split(u"\n\n"_s, Qt::SkipEmptyParts))
            html += u"<p>"_s + p + u"</p>"_s;
        xml += u"<item><guid>%1</guid><title>%2 story %3.%4</title><link>https://example.org/%1</link>"
               "<pubDate>Tue, 02 Jul 2024 10:%5:00 GMT</pubDate><description><![CDATA[%6]]></description></item>"_s.arg(
                   guid, name, QString::number(generation), QString::number(i),
                   QString::number(i % 60).rightJustified(2, u'0'), html);
    }
    return (xml + u"</channel></rss>"_s).toUtf8();
}

QString remarkQuote(int n)
{
    // Zero-padded, so "remark 0001" is never part of "remark 00012".
    return u"Remark %1 is on the record"_s.arg(n, 5, 10, QChar(u'0'));
}

QByteArray remarksArticle(int remarks)
{
    QString text = u"# Remarks for the record\n\n"_s;
    for (int n = 1; n <= remarks; ++n)
        text += remarkQuote(n) + u", said the clerk."_s + (n % 5 == 0 ? u"\n\n"_s : u" "_s);
    return text.toUtf8();
}

} // namespace gloss::test
