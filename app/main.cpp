// Composition root: decides between the command line and the window, opens the library, builds the
// objects and hands each what it needs. Nothing else in Gloss reaches for globals.
#include "cli/Cli.h"

#include "ui/Startup.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

static void describeApplication()
{
    QCoreApplication::setOrganizationName(u"gloss"_s);
    QCoreApplication::setApplicationName(u"gloss"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));
}

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (gloss::cli::isCliInvocation(arguments)) {
        if (gloss::cli::cliNeedsGui(arguments)) {
            // Fonts need a QGuiApplication; the command line never shows a window, so offscreen.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            describeApplication();
            return gloss::cli::runCli(arguments);
        }
        QCoreApplication app(argc, argv);
        describeApplication();
        return gloss::cli::runCli(arguments);
    }

    QString usageError;
    const QString libraryPath = gloss::cli::takeLibraryPath(arguments, &usageError);
    if (!usageError.isEmpty()) {
        std::fprintf(stderr, "gloss: %s\n", qPrintable(usageError));
        return 2;
    }
    // --open ID: the article to show once the window is up (ids as `gloss list` prints them).
    qint64 openId = 0;
    if (const qsizetype at = arguments.indexOf(u"--open"_s); at >= 0) {
        bool ok = false;
        openId = at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong(&ok) : 0;
        if (!ok || openId <= 0) {
            std::fprintf(stderr, "gloss: --open needs an article id (see 'gloss list')\n");
            return 2;
        }
        arguments.remove(at, 2);
    }
    // --search QUERY: the search to show once the window is up.
    QString searchText;
    if (const qsizetype at = arguments.indexOf(u"--search"_s); at >= 0) {
        if (at + 1 >= arguments.size()) {
            std::fprintf(stderr, "gloss: --search needs a query\n");
            return 2;
        }
        searchText = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    for (const QString &arg : std::as_const(arguments)) {
        if (arg.startsWith(u'-')) {
            std::fprintf(stderr, "gloss: unknown option '%s'\nTry 'gloss --help' for more information.\n", qPrintable(arg));
            return 2;
        }
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(u"Gloss"_s);
    QGuiApplication::setDesktopFileName(u"org.gloss.Gloss"_s);
    return gloss::ui::runMainWindow(libraryPath, arguments, openId, searchText);
}
