#include "bench_refresh_corpus.h"

#include "BenchSupport.h"
#include "TestHttpServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSocketNotifier>
#include <QTimeZone>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gloss::bench {

namespace {

const QStringList Desks = {u"Politics"_s, u"Climate"_s, u"City"_s, u"Business"_s, u"Science"_s, u"Sport"_s};

// One paragraph of generated prose with an <em> on its second word and, every other paragraph, a link.
QString paragraphHtml(int seed, int index)
{
    const QString text = generatedParagraph(seed, index).toHtmlEscaped();
    const qsizetype first = text.indexOf(u' ');
    const qsizetype second = text.indexOf(u' ', first + 1);
    QString html = u"<p>"_s;
    if (first > 0 && second > first)
        html += text.left(first + 1) + u"<em>"_s + text.mid(first + 1, second - first - 1) + u"</em>"_s + text.mid(second);
    else
        html += text;
    if (index % 2 == 1)
        html += u" <a href=\"https://news.example/%1/%2\">Read our earlier coverage</a>."_s.arg(seed).arg(index);
    return html + u"</p>\n"_s;
}

// About 2.5 KB of HTML: a standfirst and paragraphs until the story is long enough.
QString itemHtml(int seed)
{
    QString html = u"<p><strong>%1 desk.</strong> "_s.arg(Desks[seed % Desks.size()]) + u"</p>\n"_s;
    for (int p = 0; html.size() < 2400; ++p)
        html += paragraphHtml(seed, p);
    return html;
}

QByteArray feedXml(int feed, int items)
{
    const QDateTime newest(QDate(2024, 5, 20), QTime(18, 0), QTimeZone::UTC);
    const QLocale c = QLocale::c();
    QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n"
                  "<title>Generated Gazette %1</title><link>https://news.example/gazette/%1</link>\n"
                  "<description>Deterministic news for the refresh benchmark</description>\n"_s.arg(feed);
    QByteArray out = xml.toUtf8();
    for (int i = 0; i < items; ++i) {
        const int seed = feed * 100003 + i;
        const QString title = generatedParagraph(seed, 99).section(u' ', 0, 7);
        const QDateTime published = newest.addSecs(-qint64(i) * 2220 - qint64(feed) * 60);
        const QString item =
            u"<item><title>%1</title><link>https://news.example/gazette/%2/story-%3</link>"
            "<guid isPermaLink=\"false\">gazette-%2-story-%3</guid><pubDate>%4</pubDate>\n<description>%5</description></item>\n"_s
                .arg(title.toHtmlEscaped(), QString::number(feed), QString::number(i),
                     c.toString(published, u"ddd, dd MMM yyyy hh:mm:ss +0000"_s), itemHtml(seed).toHtmlEscaped());
        out += item.toUtf8();
    }
    out += "</channel></rss>\n";
    return out;
}

} // namespace

QByteArray refreshFeedPath(int feed)
{
    return "/feed-" + QByteArray::number(feed) + ".xml";
}

RefreshCorpus writeRefreshCorpus(const QString &dir, int feeds, int items)
{
    RefreshCorpus corpus;
    for (int f = 0; f < feeds; ++f) {
        QFile file(dir + QString::fromLatin1(refreshFeedPath(f)));
        const QByteArray xml = feedXml(f, items);
        if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size()) {
            corpus.error = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
            return corpus;
        }
        corpus.bytes += xml.size();
    }
    return corpus;
}

int serveRefreshCorpus(const QString &dir)
{
    test::TestHttpServer server;
    if (!server.isListening()) {
        std::fprintf(stderr, "bench_refresh --serve: cannot listen on 127.0.0.1\n");
        return 1;
    }
    const QDir folder(dir);
    const QStringList files = folder.entryList({u"feed-*.xml"_s}, QDir::Files);
    for (const QString &name : files) {
        const QString path = folder.filePath(name);
        const QFileInfo info(path);
        const QByteArray etag = '"' + QByteArray::number(info.size()) + '-' + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '"';
        const QByteArray lastModified =
            QLocale::c().toString(info.lastModified().toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
        server.route('/' + name.toLatin1(), [path, etag, lastModified](const test::TestHttpServer::Request &request) {
            const QByteArray ifNoneMatch = request.header("if-none-match");
            const bool fresh = ifNoneMatch.isEmpty() ? request.header("if-modified-since") == lastModified
                                                     : ifNoneMatch == etag;
            QList<std::pair<QByteArray, QByteArray>> headers = {{"ETag", etag}, {"Last-Modified", lastModified}};
            if (fresh)
                return test::TestHttpServer::Response(304, {}, headers);
            headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/rss+xml; charset=utf-8"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return test::TestHttpServer::Response(500, file.errorString().toUtf8());
            return test::TestHttpServer::Response(200, file.readAll(), headers);
        });
    }
    std::printf("%u\n", unsigned(server.port()));
    std::fflush(stdout);
    // The benchmark holds our standard input open; when it closes (the benchmark ended or died), stop.
    QSocketNotifier stdinClosed(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinClosed, &QSocketNotifier::activated, qApp, [&stdinClosed] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            stdinClosed.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    return QCoreApplication::exec();
}

} // namespace gloss::bench
