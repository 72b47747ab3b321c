// An ExportScope turned into SQL conditions, for ExportReader (internal to core/export).
//
// Names are resolved to ids first (speaker by name or alias, tag to its label), so the conditions
// hold only constant SQL and bound values; an article id list travels as one JSON array parameter
// read through json_each(), so a selection or a search result of any size is a single bound value.
#pragma once

#include "ExportScope.h"

#include "store/Result.h"

#include <QList>
#include <QVariant>

namespace gloss {

class Database;

struct SqlCondition {
    QString sql;
    QList<QVariant> values;
};

struct ResolvedScope {
    ExportScope scope;
    qint64 speakerId = 0;
    qint64 labelId = 0;
    QString articleIdsJson;   // "[1,2,3]" when the scope names articles
    QString title;            // what the export holds, in words

    // Conditions over an article row aliased `a`, and over an annotation row `n` joined to it.
    SqlCondition articleCondition() const;
    SqlCondition annotationCondition() const;
};

Result<ResolvedScope> resolveScope(Database &db, const ExportScope &scope);

} // namespace gloss
