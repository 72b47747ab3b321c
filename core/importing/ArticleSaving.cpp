#include "ArticleSaving.h"

#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace gloss {

Result<SavedArticle> saveArticle(Database &db, const ArticleInput &input)
{
    Transaction tx(db);
    auto saved = saveArticleInBatch(db, input);
    if (saved && !tx.commit())
        return Error{db.lastError()};
    return saved;
}

Result<SavedArticle> saveArticleInBatch(Database &db, const ArticleInput &input)
{
    auto saved = ArticleStore(db).saveInBatch(input);
    if (!saved)
        return Error{saved.error()};
    SavedArticle result{*saved, {}};
    if (saved->status == ArticleStore::SaveStatus::Updated) {
        auto reanchored = AnnotationStore(db).reanchorArticle(saved->id, saved->previousText, input.text);
        if (!reanchored)
            return Error{reanchored.error()};
        result.reanchored = *reanchored;
    }
    return result;
}

} // namespace gloss
