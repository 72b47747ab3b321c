#include "PhraseSearch.h"

#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace gloss {

QString ftsPhraseQuery(const QString &words)
{
    QString phrase = words.simplified();
    phrase.replace(u"\""_s, u"\"\""_s); // inside an FTS5 string a quote is doubled
    return u"{title text} : \""_s + phrase + u'"';
}

Result<QList<qint64>> articlesMatchingPhrase(Database &db, const QString &words)
{
    bool searchable = false;
    for (const QChar c : words)
        searchable = searchable || c.isLetterOrNumber();
    if (!searchable)
        return Error{u"'%1' has no words to search for"_s.arg(words)};
    Statement st = db.prepare(u"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank"_s);
    st.bind(1, ftsPhraseQuery(words));
    QList<qint64> ids;
    while (st.next())
        ids << st.int64(0);
    if (st.failed())
        return Error{u"cannot search for '%1': %2"_s.arg(words, db.lastError())};
    return ids;
}

} // namespace gloss
