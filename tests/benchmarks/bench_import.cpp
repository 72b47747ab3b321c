// Import throughput: 10,000 generated article files (HTML, Markdown, plain text) imported into a
// fresh library through the same path as `gloss import`, in batched transactions.
// Prints articles per second and the peak memory of the process.
#include "BenchSupport.h"

#include "importing/ArticleImport.h"
#include "store/Database.h"
#include "store/Library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gloss;

static QString writeArticle(const QTemporaryDir &dir, int i)
{
    QString body;
    const int paragraphs = 8 + i % 12;
    const int kind = i % 3;
    QString path;
    QString content;
    if (kind == 0) {
        for (int p = 0; p < paragraphs; ++p)
            body += u"<p>"_s + bench::generatedParagraph(i, p) + u"</p>\n"_s;
        content = u"<html><head><title>Generated story %1</title></head><body><article><h1>Generated story %1</h1>%2"
                  "</article></body></html>"_s.arg(i).arg(body);
        path = dir.filePath(u"a%1.html"_s.arg(i));
    } else if (kind == 1) {
        for (int p = 0; p < paragraphs; ++p)
            body += bench::generatedParagraph(i, p) + u"\n\n"_s;
        content = u"---\ntitle: Generated story %1\npublished: 2024-05-%2\n---\n\n%3"_s.arg(i).arg(1 + i % 28, 2, 10, QChar(u'0')).arg(body);
        path = dir.filePath(u"a%1.md"_s.arg(i));
    } else {
        for (int p = 0; p < paragraphs; ++p)
            body += bench::generatedParagraph(i, p) + u"\n\n"_s;
        content = u"Generated story %1\n\n%2"_s.arg(i).arg(body);
        path = dir.filePath(u"a%1.txt"_s.arg(i));
    }
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content.toUtf8());
    return path;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    QStringList files;
    files.reserve(count);
    for (int i = 0; i < count; ++i)
        files << writeArticle(dir, i);

    auto library = Library::open(dir.filePath(u"bench.sqlite"_s));
    if (!library) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(library.error()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    int errors = 0;
    for (int start = 0; start < files.size(); start += 200) {
        Transaction tx((*library)->database());
        for (int i = start; i < std::min<int>(start + 200, int(files.size())); ++i)
            errors += importFile((*library)->database(), files[i]).ok() ? 0 : 1;
        if (!tx.commit())
            return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("bench_import: %d generated articles (html/md/txt), batches of 200\n", count);
    bench::printFigure("import rate", count / seconds, "articles/s");
    bench::printFigure("import total", seconds * 1000.0, "ms");
    bench::printFigure("peak memory", bench::peakMemoryMiB(), "MiB");
    if (errors) {
        std::fprintf(stderr, "bench_import: %d files failed to import\n", errors);
        return 1;
    }
    return 0;
}
