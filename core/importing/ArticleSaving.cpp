#include "ArticleSaving.h"

#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace gloss {

Result<SavedArticle> saveArticle(Database &db, const ArticleInput &input)
{
    Transaction tx(db);
    auto saved = ArticleStore(db).save(input);
    if (!saved)
        return Error{saved.error()};
    SavedArticle result{*saved, {}};
    if (saved->status == ArticleStore::SaveStatus::Updated) {
        auto reanchored = AnnotationStore(db).reanchorArticle(saved->id, saved->previousText, input.text);
        if (!reanchored)
            return Error{reanchored.error()};
        result.reanchored = *reanchored;
    }
    if (!tx.commit())
        return Error{db.lastError()};
    return result;
}

} // namespace gloss
