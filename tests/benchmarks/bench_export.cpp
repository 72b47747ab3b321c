// Export at scale, the export issue's figure: 10,000 annotations over 2,000 generated articles
// (speakers, tags, comments) exported to every format through the streaming reader, each written to a
// file in a temporary folder the way `gloss export -o` does it. Target: each format under 1 s.
// Prints time (on the clock and of CPU), output size and peak memory; asserts nothing.
//   bench_export [ARTICLES] [ANNOTATIONS_PER_ARTICLE] [FORMAT]   default 2000 5, every format
// FORMAT (md, html, pdf, ...) runs that one alone, for profiling. With GLOSS_BENCH_KEEP=DIR set, the
// exported files are copied there, to look at what was measured.
#include "BenchSupport.h"

#include "annotation/AnnotationStore.h"
#include "annotation/SpeakerStore.h"
#include "export/ExportFormat.h"
#include "export/ExportReader.h"
#include "export/PdfExport.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/Library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {

bool buildLibrary(Library &library, int articles, int perArticle)
{
    Database &db = library.database();
    Transaction tx(db);
    SpeakerStore speakers(db);
    QList<qint64> speakerIds;
    for (int s = 0; s < 50; ++s)
        speakerIds << speakers.create({0, u"Speaker %1"_s.arg(s), u"Role, \"%1\""_s.arg(s), QString(), {u"S%1"_s.arg(s)}, 0}).value();
    ArticleStore store(db);
    AnnotationStore annotations(db);
    for (int a = 0; a < articles; ++a) {
        QStringList paragraphs;
        for (int p = 0; p < 20; ++p)
            paragraphs << bench::generatedParagraph(a, p);
        ArticleInput in;
        in.sourceKey = u"https://bench.example/%1"_s.arg(a);
        in.url = in.sourceKey;
        in.title = u"Generated story %1, \"quoted\" <b>"_s.arg(a);
        in.source = u"Bench News"_s;
        in.published = QDateTime::fromSecsSinceEpoch(1700000000 + qint64(a) * 3600, QTimeZone::UTC);
        in.text = paragraphs.join(u'\n');
        in.html = u"<p>"_s + paragraphs.join(u"</p><p>"_s) + u"</p>"_s;
        auto saved = store.save(in);
        if (!saved)
            return false;
        for (int n = 0; n < perArticle; ++n) {
            Annotation x;
            x.articleId = saved->id;
            const int start = (n * 97) % qMax(1, int(in.text.size()) - 80);
            x.selectors = captureSelectors(in.text, start, start + 60);
            x.color = (n % 2) ? u"yellow"_s : u"blue"_s;
            x.comment = (n % 3 == 0) ? u"A **comment** with a [link](https://ok.example/%1), and, commas"_s.arg(n) : QString();
            x.tags = {u"tag %1"_s.arg(n % 10)};
            if (n % 4 == 0) {
                x.kind = AnnotationKind::Quote;
                x.quoteKind = QuoteKind::Direct;
                x.speakerId = speakerIds[(a + n) % speakerIds.size()];
                x.verb = u"said"_s;
            }
            if (!annotations.create(x))
                return false;
        }
    }
    return tx.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF needs fonts, never a window
    QGuiApplication app(argc, argv);
    const int articles = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    const int perArticle = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    const QString only = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    const QString keep = qEnvironmentVariable("GLOSS_BENCH_KEEP");
    QTemporaryDir dir;
    auto library = Library::open(dir.filePath(u"bench.sqlite"_s));
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!buildLibrary(**library, articles, perArticle)) {
        std::fprintf(stderr, "building the library failed\n");
        return 1;
    }
    std::printf("library: %d articles x %d annotations\n", articles, perArticle);
    bench::printFigure("build library", double(timer.elapsed()), "ms");

    for (const ExportFormat format : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Json, ExportFormat::Csv,
                                      ExportFormat::W3c, ExportFormat::Pdf}) {
        if (!only.isEmpty() && exportFormatName(format) != only)
            continue;
        ExportScope scope;
        scope.withContent = exportNeedsContent(format);
        const QString path = dir.filePath(u"export."_s + exportFileSuffix(format));
        const double cpuBefore = bench::processCpuMs();
        timer.restart();
        const Status s = saveExport(path, [&](QIODevice *device) {
            std::unique_ptr<ExportSink> writer = format == ExportFormat::Pdf ? std::make_unique<PdfWriter>(device)
                                                                             : makeWriter(format, device);
            return ExportReader((*library)->database()).read(scope, *writer);
        });
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        const double cpu = bench::processCpuMs() - cpuBefore;
        if (!s) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(exportFormatName(format)), qPrintable(s.error()));
            return 1;
        }
        const QByteArray name = QByteArray("export ") + exportFormatName(format).toUtf8();
        const QByteArray size = name + QByteArray(" size");
        const QByteArray memory = name + QByteArray(" peak memory");
        const QByteArray cpuName = name + QByteArray(" cpu");
        bench::printFigure(name.constData(), elapsed, "ms (target < 1000)");
        // All threads' CPU time: on a busy machine it varies less than the time on the clock.
        bench::printFigure(cpuName.constData(), cpu, "ms");
        bench::printFigure(size.constData(), double(QFileInfo(path).size()) / (1024.0 * 1024.0), "MiB");
        bench::printFigure(memory.constData(), bench::peakMemoryMiB(), "MiB");
        if (!keep.isEmpty()) {
            const QString kept = QDir(keep).filePath(QFileInfo(path).fileName());
            QFile::remove(kept);
            QFile::copy(path, kept);
        }
    }
    return 0;
}
