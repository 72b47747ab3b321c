// The quote suggestions a reader rejected, per article, kept by their words (see schema 5).
#pragma once

#include "store/Result.h"

#include <QSet>
#include <QString>

namespace gloss {

class Database;

class RejectedSuggestionStore {
public:
    explicit RejectedSuggestionStore(Database &db) : m_db(db) {}

    Status reject(qint64 articleId, const QString &exact);
    Status unreject(qint64 articleId, const QString &exact);
    Result<QSet<QString>> rejected(qint64 articleId);

private:
    Database &m_db;
};

} // namespace gloss
