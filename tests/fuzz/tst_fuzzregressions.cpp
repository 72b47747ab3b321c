// Inputs that once crashed, hung or broke a promise under a fuzz target, replayed through the very
// function that target calls, so a fixed bug stays fixed in every ordinary test run (release and
// ASan). A refused input must come back with a message; a broken promise (the target's
// "violation") fails the row with what it says.
#include "FuzzEntries.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss::fuzz;

namespace {

const QString RegressionsDir = QStringLiteral(GLOSS_TEST_DATA "/fuzz-regressions");

const NamedFuzzEntry *entryNamed(const QString &name)
{
    static const QList<NamedFuzzEntry> entries = allFuzzEntries();
    for (const NamedFuzzEntry &entry : entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

void verifyOutcome(const FuzzOutcome &outcome)
{
    QVERIFY2(outcome.violation.isEmpty(), qPrintable(outcome.violation));
    if (!outcome.accepted)
        QVERIFY2(!outcome.error.trimmed().isEmpty(), "the input was refused without a message");
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A folder whose name is no target would be replayed by nothing: a typo must not hide inputs.
    void everyFolderNamesATarget()
    {
        const QDir dir(RegressionsDir);
        QVERIFY2(dir.exists(), qPrintable(RegressionsDir + u" is missing"_s));
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(entryNamed(name), qPrintable(u"no fuzz target is named '%1'"_s.arg(name)));
    }

    // Every entry point, even one without saved inputs yet, runs here on inputs at the edges.
    void everyEntryTakesEdgeInputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("input");
        const QList<std::pair<const char *, QByteArray>> inputs = {
            {"empty", QByteArray()},
            {"nul", QByteArray(1, '\0')},
            {"invalid utf-8", QByteArray("\xff\xfe<\xc3"_ba)},
            {"json object", "{}"_ba},
            {"xml root", "<?xml version=\"1.0\"?><rss/>"_ba},
        };
        for (const NamedFuzzEntry &entry : allFuzzEntries()) {
            for (const auto &[label, input] : inputs)
                QTest::addRow("%s: %s", QString(entry.name).toUtf8().constData(), label) << QString(entry.name) << input;
        }
    }

    void everyEntryTakesEdgeInputs()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, input);
        verifyOutcome(entryNamed(target)->run(input));
    }

    void savedInputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir dir(RegressionsDir);
        for (const QString &target : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir targetDir(dir.filePath(target));
            for (const QString &file : targetDir.entryList(QDir::Files, QDir::Name))
                QTest::addRow("%s/%s", qPrintable(target), qPrintable(file)) << target << targetDir.filePath(file);
        }
    }

    void savedInputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const NamedFuzzEntry *entry = entryNamed(target);
        QVERIFY(entry);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        verifyOutcome(entry->run(file.readAll()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
