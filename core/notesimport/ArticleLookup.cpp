#include "ArticleLookup.h"

#include "export/ExportData.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace gloss {

Result<std::optional<ArticleMatch>> ArticleLookup::firstWhere(const QString &column, const QString &value)
{
    // `column` is one of two names fixed in this file, never input.
    Statement st = m_db.prepare(u"SELECT id, text FROM articles WHERE "_s + column + u" = ? ORDER BY id LIMIT 1"_s);
    st.bind(1, value);
    if (st.next())
        return std::optional<ArticleMatch>(ArticleMatch{st.int64(0), st.text(1)});
    if (st.failed())
        return Error{u"cannot look up articles: %1"_s.arg(m_db.lastError())};
    return std::optional<ArticleMatch>();
}

Result<std::optional<ArticleMatch>> ArticleLookup::byId(qint64 id)
{
    Statement st = m_db.prepare(u"SELECT id, text FROM articles WHERE id = ?"_s);
    st.bind(1, id);
    if (st.next())
        return std::optional<ArticleMatch>(ArticleMatch{st.int64(0), st.text(1)});
    if (st.failed())
        return Error{u"cannot read article %1: %2"_s.arg(id).arg(m_db.lastError())};
    return std::optional<ArticleMatch>();
}

Result<std::optional<ArticleMatch>> ArticleLookup::bySourceKeyOrUrl(const QString &sourceKey, const QString &url)
{
    auto found = firstWhere(u"source_key"_s, sourceKey);
    if (!found || found->has_value() || url.isEmpty())
        return found;
    return firstWhere(u"url"_s, url);
}

Result<std::optional<ArticleMatch>> ArticleLookup::byUri(const QString &uri)
{
    if (const auto it = m_answers.constFind(uri); it != m_answers.constEnd())
        return *it;
    auto found = findUri(uri);
    if (found)
        m_answers.insert(uri, *found);
    return found;
}

Result<std::optional<ArticleMatch>> ArticleLookup::findUri(const QString &uri)
{
    if (uri.isEmpty())
        return std::optional<ArticleMatch>();
    auto found = bySourceKeyOrUrl(uri, uri);
    if (!found || found->has_value())
        return found;
    if (!m_indexed) {
        // The same rule the exporter applied, to the same stored values: a URL written encoded
        // differently from how it is stored, and every urn:gloss:article: URN, are found here.
        Statement st = m_db.prepare(u"SELECT id, source_key, url FROM articles ORDER BY id DESC"_s);
        while (st.next()) {
            ExportedArticle article;
            article.sourceKey = st.text(1);
            article.url = st.text(2);
            m_uris.insert(articleUri(article), st.int64(0));
        }
        if (st.failed())
            return Error{u"cannot look up articles: %1"_s.arg(m_db.lastError())};
        m_indexed = true;
    }
    const auto it = m_uris.constFind(uri);
    if (it == m_uris.constEnd())
        return std::optional<ArticleMatch>();
    return byId(*it);
}

} // namespace gloss
