// Opening a 100,000-article library to the first painted article list: the time from
// Library::open() to the list view's first paint with rows, in the real main window (offscreen
// unless a display is set). The library is generated once and cached in the temp folder.
#include "BenchSupport.h"

#include "models/ArticleListModel.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/Library.h"
#include "ui/MainWindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {

bool generateLibrary(const QString &path, int count)
{
    const QString partial = path + u".partial"_s;
    QFile::remove(partial);
    auto library = Library::open(partial);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error()));
        return false;
    }
    ArticleStore store((*library)->database());
    const QDateTime start(QDate(2015, 1, 1), QTime(0, 0), QTimeZone::UTC);
    for (int base = 0; base < count; base += 5000) {
        Transaction tx((*library)->database());
        for (int i = base; i < std::min(base + 5000, count); ++i) {
            ArticleInput in;
            in.sourceKey = u"bench:%1"_s.arg(i);
            in.title = u"Generated story number %1"_s.arg(i);
            in.source = u"Feed %1"_s.arg(i % 40);
            in.format = u"html"_s;
            in.published = start.addSecs(qint64(i) * 2400);
            QString text, html;
            for (int p = 0; p < 6; ++p) {
                const QString para = bench::generatedParagraph(i, p);
                text += (p ? u"\n"_s : QString()) + para;
                html += u"<p>"_s + para + u"</p>"_s;
            }
            in.text = text;
            in.html = html;
            if (!store.save(in))
                return false;
        }
        if (!tx.commit())
            return false;
    }
    library->reset();
    QFile::remove(path);
    return QFile::rename(partial, path); // a half-generated library is never mistaken for a whole one
}

class FirstPaint : public QObject {
public:
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            auto *view = qobject_cast<QTreeView *>(watched->parent());
            if (view && view->model()->rowCount() > 0)
                painted = true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const QString path = QDir::temp().filePath(u"gloss-bench-%1.sqlite"_s.arg(count));
    if (!QFile::exists(path)) {
        QElapsedTimer gen;
        gen.start();
        if (!generateLibrary(path, count)) {
            std::fprintf(stderr, "bench_open_library: could not generate %s\n", qPrintable(path));
            return 1;
        }
        std::printf("bench_open_library: generated %d articles in %.1f s (%s)\n", count, gen.elapsed() / 1000.0, qPrintable(path));
    }

    QElapsedTimer timer;
    timer.start();
    auto library = Library::open(path);
    if (!library) {
        std::fprintf(stderr, "bench_open_library: %s\n", qPrintable(library.error()));
        return 1;
    }
    const double openedMs = double(timer.nsecsElapsed()) / 1e6;
    KSyntaxHighlighting::Repository repository;
    ui::MainWindow window(**library, repository);
    FirstPaint probe;
    window.articleList()->viewport()->installEventFilter(&probe);
    window.show();
    while (!probe.painted && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double paintedMs = double(timer.nsecsElapsed()) / 1e6;
    if (!probe.painted) {
        std::fprintf(stderr, "bench_open_library: the list never painted\n");
        return 1;
    }
    std::printf("bench_open_library: %d articles\n", count);
    bench::printFigure("library opened", openedMs, "ms");
    bench::printFigure("first painted article list", paintedMs, "ms");
    bench::printFigure("rows loaded at first paint", window.articleModel()->rowCount(), "rows");
    bench::printFigure("peak memory", bench::peakMemoryMiB(), "MiB");
    return 0;
}
