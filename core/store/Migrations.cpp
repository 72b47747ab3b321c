#include "Migrations.h"

#include "Database.h"
#include "StoreLogging.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

static void initStoreResources()
{
    // A static library's resources must be registered by hand before first use.
    Q_INIT_RESOURCE(store);
}

namespace gloss {

QList<Migration> bundledMigrations()
{
    initStoreResources();
    static const QRegularExpression pattern(u"^(\\d{4})_(\\w+)\\.sql$"_s);
    QList<Migration> result;
    QDirIterator it(u":/gloss/sql"_s, QDir::Files);
    while (it.hasNext()) {
        it.next();
        const auto match = pattern.match(it.fileName());
        if (!match.hasMatch())
            continue;
        QFile file(it.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        result.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    std::sort(result.begin(), result.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

int currentSchemaVersion()
{
    static const int version = [] {
        const auto all = bundledMigrations();
        return all.isEmpty() ? 0 : all.last().version;
    }();
    return version;
}

Status applyMigrations(Database &db, int fromVersion, const QList<Migration> &migrations)
{
    const bool due = std::any_of(migrations.begin(), migrations.end(), [fromVersion](const Migration &m) { return m.version > fromVersion; });
    if (!due)
        return Status::success();
    // All steps in one transaction: another process opening the library meanwhile sees it as it was
    // or fully upgraded, never half-way (it would take a new library for an old one needing a
    // backup), and a step that fails leaves the library as it was.
    Transaction tx(db);
    if (!tx.isActive())
        return Error{u"cannot start the upgrade: %1"_s.arg(db.lastError())};
    // `fromVersion` was read before this process held the write lock. Two processes starting on one
    // new (or old) library both see it unmigrated; the one that waited must not run a migration the
    // other has committed meanwhile ("table already exists"). Under BEGIN IMMEDIATE the version read
    // here is the one this transaction writes over.
    const auto applied = db.queryInt(u"PRAGMA user_version"_s);
    if (!applied)
        return Error{u"cannot read the schema version: %1"_s.arg(db.lastError())};
    QStringList done;
    for (const Migration &m : migrations) {
        if (m.version <= *applied)
            continue;
        if (!db.execute(m.sql))
            return Error{u"upgrade to schema %1 (%2) failed: %3"_s.arg(m.version).arg(m.name, db.lastError())};
        // PRAGMA does not take bound parameters; the value is our own integer.
        if (!db.execute(u"PRAGMA user_version = %1"_s.arg(m.version)))
            return Error{u"cannot record schema %1: %2"_s.arg(m.version).arg(db.lastError())};
        done << u"%1 \"%2\""_s.arg(m.version).arg(m.name);
    }
    if (!tx.commit())
        return Error{u"cannot commit the upgrade: %1"_s.arg(db.lastError())};
    for (const QString &step : std::as_const(done))
        qCInfo(lcStore, "library upgraded to schema %s", qPrintable(step));
    return Status::success();
}

} // namespace gloss
