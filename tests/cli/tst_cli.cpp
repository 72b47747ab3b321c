// The `gloss` command line, run as a separate process against a library in a temporary folder:
// verbs, JSON shapes, exit codes, and bad input that must leave the library untouched.
#include "GlossProcess.h"

#include "store/Database.h"
#include "store/Library.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;

    Run gloss(const QStringList &args, const QString &library = {})
    {
        return runGloss(library.isEmpty() ? m_library : library, args);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return writeTestFile(*m_dir, name, bytes);
    }

    QString seedPath() const { return QStringLiteral(GLOSS_SHARED_DIR "/seeds/000_15a6f753234c383f.txt"); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_library = m_dir->filePath(u"library.sqlite"_s);
    }

    void helpAndUsageErrors()
    {
        const Run help = gloss({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("import FILE"));
        QCOMPARE(gloss({u"frobnicate"_s}).exitCode, 2);
        const Run badId = gloss({u"show"_s, u"abc"_s});
        QCOMPARE(badId.exitCode, 2);
        QVERIFY2(badId.err.contains(u"'abc' is not an article id"_s), qPrintable(badId.err));
        QCOMPARE(gloss({u"bookmark"_s}).exitCode, 2);
        QCOMPARE(gloss({u"import"_s}).exitCode, 2);
        QCOMPARE(gloss({u"list"_s, u"--no-such-option"_s}).exitCode, 2);
    }

    void importsTheSeedArticle()
    {
        if (!QFile::exists(seedPath()))
            QSKIP("../shared/seeds is absent beside the checkout; the seed article test needs it");
        const Run first = gloss({u"import"_s, seedPath(), u"--json"_s});
        QCOMPARE(first.exitCode, 0);
        const QJsonArray results = first.json().array();
        QCOMPARE(results.size(), 1);
        const QJsonObject r = results.first().toObject();
        QCOMPARE(r[u"status"_s].toString(), u"imported"_s);
        QCOMPARE(r[u"file"_s].toString(), seedPath());
        QVERIFY(r[u"error"_s].isNull());
        const qint64 id = r[u"id"_s].toInteger();
        QVERIFY(id > 0);

        const Run again = gloss({u"import"_s, seedPath(), u"--json"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().array().first()[u"status"_s].toString(), u"unchanged"_s);
        QCOMPARE(again.json().array().first()[u"id"_s].toInteger(), id);

        const Run show = gloss({u"show"_s, QString::number(id), u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject a = show.json().object();
        QCOMPARE(a[u"id"_s].toInteger(), id);
        QCOMPARE(a[u"title"_s].toString(), u"China's Xi backs Putin at start of high-stakes visit to Russia"_s);
        QVERIFY2(a[u"published"_s].toString().startsWith(u"2024-07-02"_s), qPrintable(a[u"published"_s].toString()));
        QCOMPARE(a[u"bookmarked"_s].toBool(), false);
        QCOMPARE(a[u"read"_s].toBool(), false);
        QVERIFY(a.contains(u"source"_s) && a.contains(u"url"_s));
        const QJsonArray paragraphs = a[u"paragraphs"_s].toArray();
        QCOMPARE(paragraphs.size(), 29);
        QVERIFY(paragraphs.first().toString().startsWith(u"Russian President Vladimir Putin received"_s));
        QVERIFY(paragraphs.last().toString().endsWith(u"set to last until Wednesday."_s));
        QStringList joined;
        for (const auto &p : paragraphs)
            joined << p.toString();
        QCOMPARE(a[u"text"_s].toString(), joined.join(u'\n'));
        QVERIFY2(a[u"text"_s].toString().contains(QChar(0x00A0)), "non-breaking spaces must survive import");
    }

    void changedFileBecomesAnUpdate()
    {
        const QString file = writeFile(u"story.html"_s, "<html><head><title>Vote</title></head><body><p>First version.</p></body></html>");
        const Run first = gloss({u"import"_s, file, u"--json"_s});
        QCOMPARE(first.exitCode, 0);
        const qint64 id = first.json().array().first()[u"id"_s].toInteger();
        writeFile(u"story.html"_s, "<html><head><title>Vote</title></head><body><p>Second version, corrected.</p></body></html>");
        const Run second = gloss({u"import"_s, file, u"--json"_s});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json().array().first()[u"status"_s].toString(), u"updated"_s);
        QCOMPARE(second.json().array().first()[u"id"_s].toInteger(), id);
        const Run list = gloss({u"list"_s, u"--json"_s});
        QCOMPARE(list.json().array().size(), 1);
        QCOMPARE(gloss({u"show"_s, QString::number(id), u"--json"_s}).json().object()[u"text"_s].toString(),
                 u"Second version, corrected."_s);
    }

    void badFilesAreReportedAndNothingIsLost()
    {
        const QString good = writeFile(u"good.md"_s, "# Good story\n\nIt has text.\n");
        QCOMPARE(gloss({u"import"_s, good}).exitCode, 0);
        const QString empty = writeFile(u"empty.txt"_s, "");
        const QString binary = writeFile(u"binary.txt"_s, QByteArray("\x7f" "ELF\0\0\0\x01\x02", 9));
        const QString missing = m_dir->filePath(u"missing.html"_s);
        const Run run = gloss({u"import"_s, empty, binary, missing, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray results = run.json().array();
        QCOMPARE(results.size(), 3);
        for (const auto &value : results) {
            const QJsonObject r = value.toObject();
            QCOMPARE(r[u"status"_s].toString(), u"error"_s);
            QVERIFY(r[u"id"_s].isNull());
            QVERIFY2(r[u"error"_s].toString().contains(r[u"file"_s].toString()), qPrintable(r[u"error"_s].toString()));
        }
        QVERIFY2(run.err.contains(empty) && run.err.contains(binary) && run.err.contains(missing), qPrintable(run.err));
        QCOMPARE(gloss({u"list"_s, u"--json"_s}).json().array().size(), 1);
    }

    void listBookmarkAndReadFlags()
    {
        const QString older = writeFile(u"older.html"_s,
            "<html><head><meta property='article:published_time' content='2024-03-01T10:00:00Z'><title>Older</title></head><body><p>a</p></body></html>");
        const QString newer = writeFile(u"newer.html"_s,
            "<html><head><meta property='article:published_time' content='2024-05-01T10:00:00Z'><title>Newer</title></head><body><p>b</p></body></html>");
        const Run imported = gloss({u"import"_s, older, newer, u"--json"_s});
        QCOMPARE(imported.exitCode, 0);
        const qint64 olderId = imported.json().array().at(0)[u"id"_s].toInteger();

        const QJsonArray all = gloss({u"list"_s, u"--json"_s}).json().array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0)[u"title"_s].toString(), u"Newer"_s); // newest first
        QCOMPARE(all.at(1)[u"published"_s].toString(), u"2024-03-01T10:00:00Z"_s);
        for (const char *key : {"id", "title", "source", "url", "published", "bookmarked", "read"})
            QVERIFY2(all.at(0).toObject().contains(QLatin1StringView(key)), key);

        QCOMPARE(gloss({u"bookmark"_s, QString::number(olderId)}).exitCode, 0);
        QCOMPARE(gloss({u"mark-read"_s, QString::number(olderId)}).exitCode, 0);
        const QJsonArray bookmarked = gloss({u"list"_s, u"--bookmarked"_s, u"--json"_s}).json().array();
        QCOMPARE(bookmarked.size(), 1);
        QCOMPARE(bookmarked.at(0)[u"id"_s].toInteger(), olderId);
        QCOMPARE(bookmarked.at(0)[u"read"_s].toBool(), true);
        const QJsonArray unread = gloss({u"list"_s, u"--unread"_s, u"--json"_s}).json().array();
        QCOMPARE(unread.size(), 1);
        QCOMPARE(unread.at(0)[u"title"_s].toString(), u"Newer"_s);

        QCOMPARE(gloss({u"bookmark"_s, QString::number(olderId), u"--off"_s}).exitCode, 0);
        QCOMPARE(gloss({u"mark-read"_s, QString::number(olderId), u"--unread"_s}).exitCode, 0);
        QCOMPARE(gloss({u"list"_s, u"--bookmarked"_s, u"--json"_s}).json().array().size(), 0);
        QCOMPARE(gloss({u"list"_s, u"--unread"_s, u"--json"_s}).json().array().size(), 2);

        const Run missing = gloss({u"bookmark"_s, u"4242"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"4242"_s), qPrintable(missing.err));
        QCOMPARE(gloss({u"show"_s, u"4242"_s}).exitCode, 1);
    }

    void badLibrariesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("just some notes\n") << u"not an SQLite database"_s;
        QTest::newRow("truncated sqlite header") << QByteArray("SQLite format 3\0garbage", 23) << u"damaged"_s;
    }

    void badLibrariesAreRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString library = writeFile(u"bad.sqlite"_s, content);
        const QByteArray before = fileHash(library);
        const Run run = gloss({u"list"_s}, library);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected) && run.err.contains(library), qPrintable(run.err));
        QCOMPARE(fileHash(library), before);
    }

    void newerLibraryIsRefused()
    {
        {
            auto lib = gloss::Library::open(m_library);
            QVERIFY(lib.ok());
            QVERIFY((*lib)->database().execute(u"PRAGMA user_version = 999"_s));
        }
        const QByteArray before = fileHash(m_library);
        const Run run = gloss({u"import"_s, writeFile(u"x.md"_s, "# X\n\ny\n")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"newer version of Gloss"_s), qPrintable(run.err));
        QCOMPARE(fileHash(m_library), before);
    }

    void readOnlyLibraryIsRefused()
    {
        QCOMPARE(gloss({u"list"_s}).exitCode, 0); // creates it
        QVERIFY(QFile::setPermissions(m_library, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileHash(m_library);
        const Run run = gloss({u"bookmark"_s, u"1"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"read-only"_s), qPrintable(run.err));
        QCOMPARE(fileHash(m_library), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
