// LabelStore: the shared free-form labels used as annotation tags (and, later, article labels).
// Names are case-insensitive: "Climate" and "climate" are one label.
#pragma once

#include "store/Result.h"

#include <QList>
#include <QString>

namespace gloss {

class Database;

struct LabelInfo {
    qint64 id = 0;
    QString name;
    qint64 annotationCount = 0;
};

class LabelStore {
public:
    explicit LabelStore(Database &db) : m_db(db) {}

    // The id of the label named `name` (trimmed), creating it when new. Empty names are refused.
    Result<qint64> ensure(const QString &name);
    Result<QList<LabelInfo>> all();
    Status rename(qint64 id, const QString &name);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace gloss
