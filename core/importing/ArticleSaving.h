// Saving an article's content into the library with its annotations kept in place: a new revision
// of a known article re-anchors every annotation on it, in the same transaction, so the library
// never holds a new text with annotations pointing into the old one. Used by file imports and feed
// refreshes alike.
#pragma once

#include "annotation/AnnotationStore.h"
#include "store/ArticleStore.h"

namespace gloss {

class Database;

struct SavedArticle {
    ArticleStore::Saved saved;
    ReanchorSummary reanchored;   // all zero unless the article was updated
};

Result<SavedArticle> saveArticle(Database &db, const ArticleInput &input);
// The same inside the caller's transaction, without a savepoint of its own: for batch writers that
// roll the whole batch back on any error (see ArticleStore::saveInBatch).
Result<SavedArticle> saveArticleInBatch(Database &db, const ArticleInput &input);

} // namespace gloss
