// Schema migrations: numbered SQL files (sql/NNNN_name.sql) embedded as Qt resources.
//
// Each file moves the schema from version N-1 to N inside one transaction together with the
// `PRAGMA user_version` bump, so a failed upgrade leaves the library exactly as it was.
#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace gloss {

class Database;

struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

// The migrations shipped with this build, ordered by version. The highest version is the schema
// this Gloss writes.
QList<Migration> bundledMigrations();
int currentSchemaVersion();

// Applies every migration above `fromVersion`, all in one transaction: all of them or none. A
// migration that another connection committed since `fromVersion` was read is skipped: the version
// is read again under the write lock.
Status applyMigrations(Database &db, int fromVersion, const QList<Migration> &migrations);

} // namespace gloss
