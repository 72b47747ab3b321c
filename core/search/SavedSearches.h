// Saved searches: a name and a query, kept in the library (its settings table, as one JSON list),
// shown as smart entries in the sources pane.
#pragma once

#include "store/Result.h"

#include <QList>
#include <QString>

namespace gloss {
class Database;
}

namespace gloss::search {

struct SavedSearch {
    QString name;
    QString query;
    friend bool operator==(const SavedSearch &, const SavedSearch &) = default;
};

class SavedSearches {
public:
    explicit SavedSearches(Database &db) : m_db(db) {}

    Result<QList<SavedSearch>> all();   // in the order they were saved
    // Saves `query` under `name`, replacing a saved search of that name (names compare case-insensitively).
    Status save(const SavedSearch &search);
    Status remove(const QString &name);

private:
    Status write(const QList<SavedSearch> &searches);
    Database &m_db;
};

} // namespace gloss::search
