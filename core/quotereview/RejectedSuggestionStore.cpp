#include "RejectedSuggestionStore.h"

#include "store/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gloss {

Status RejectedSuggestionStore::reject(qint64 articleId, const QString &exact)
{
    Statement st = m_db.prepare(u"INSERT OR REPLACE INTO rejected_quote_suggestions (article_id, exact, rejected) VALUES (?, ?, ?)"_s);
    st.bind(1, articleId).bind(2, exact).bind(3, QDateTime::currentSecsSinceEpoch());
    if (!st.exec())
        return Error{u"cannot record the rejected suggestion: %1"_s.arg(m_db.lastError())};
    return Status::success();
}

Status RejectedSuggestionStore::unreject(qint64 articleId, const QString &exact)
{
    Statement st = m_db.prepare(u"DELETE FROM rejected_quote_suggestions WHERE article_id = ? AND exact = ?"_s);
    st.bind(1, articleId).bind(2, exact);
    if (!st.exec())
        return Error{u"cannot restore the suggestion: %1"_s.arg(m_db.lastError())};
    return Status::success();
}

Result<QSet<QString>> RejectedSuggestionStore::rejected(qint64 articleId)
{
    Statement st = m_db.prepare(u"SELECT exact FROM rejected_quote_suggestions WHERE article_id = ?"_s);
    st.bind(1, articleId);
    QSet<QString> words;
    while (st.next())
        words.insert(st.text(0));
    if (st.failed())
        return Error{u"cannot read the rejected suggestions: %1"_s.arg(m_db.lastError())};
    return words;
}

} // namespace gloss
