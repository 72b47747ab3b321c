// Finding the library's article an imported note belongs to: by source key or URL (gloss-notes),
// or by the URI a W3C target names, which is what core/export's articleUri() wrote: the article's
// web URL, else urn:gloss:article:<sha1 of the source key>. The URN can only be answered by hashing
// every source key, so that index is built once, on the first URI that needs it.
#pragma once

#include "store/Result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace gloss {

class Database;

struct ArticleMatch {
    qint64 id = 0;
    QString text;  // the article's current canonical text
};

class ArticleLookup {
public:
    explicit ArticleLookup(Database &db) : m_db(db) {}

    Result<std::optional<ArticleMatch>> bySourceKeyOrUrl(const QString &sourceKey, const QString &url);
    // Answers are remembered: an import writes annotations, never article text, and a collection
    // often has hundreds of annotations on one article.
    Result<std::optional<ArticleMatch>> byUri(const QString &uri);

private:
    Result<std::optional<ArticleMatch>> firstWhere(const QString &column, const QString &value);
    Result<std::optional<ArticleMatch>> byId(qint64 id);
    Result<std::optional<ArticleMatch>> findUri(const QString &uri);

    Database &m_db;
    bool m_indexed = false;
    QHash<QString, qint64> m_uris;  // articleUri() of every article
    QHash<QString, std::optional<ArticleMatch>> m_answers;
};

} // namespace gloss
