// The articles whose title or text contain a phrase: the "results of a search" an export can be
// scoped to, until core/search (the query language) exists. The user's words are one FTS5 phrase,
// quoted and bound as a parameter, so no character of theirs is ever read as query syntax or SQL.
#pragma once

#include "store/Result.h"

#include <QList>
#include <QString>

namespace gloss {

class Database;

// FTS5's query text for `words` as one phrase limited to the title and text columns.
QString ftsPhraseQuery(const QString &words);
// Matching article ids, best match first. Words with nothing to match (only punctuation) are refused.
Result<QList<qint64>> articlesMatchingPhrase(Database &db, const QString &words);

} // namespace gloss
