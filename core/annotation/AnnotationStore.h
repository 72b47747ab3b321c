// AnnotationStore: annotations and their tags in the library.
//
// Every write is one transaction (savepoint when nested), so an annotation is never stored without
// its tags. Re-anchoring after an article's text changed lives here too: it reads the article's
// annotations, places each with anchorSelectors() and writes the new selectors and states together.
#pragma once

#include "Annotation.h"

#include "store/Result.h"

#include <QList>

namespace gloss {

class Database;

struct AnnotationQuery {
    qint64 articleId = 0;   // 0: any
    qint64 speakerId = 0;   // 0: any
    QString tag;            // empty: any
    int limit = -1;
};

struct ReanchorSummary {
    int anchored = 0;
    int changed = 0;
    int orphaned = 0;
};

class AnnotationStore {
public:
    explicit AnnotationStore(Database &db) : m_db(db) {}

    // Inserts `annotation` (a new uuid and times when empty; the given id when non-zero, which is how
    // undo restores a deleted annotation exactly). Returns the id.
    Result<qint64> create(const Annotation &annotation);
    // Writes every editable field and the tags of an existing annotation.
    Status update(const Annotation &annotation);
    Status remove(qint64 id);

    Result<std::optional<Annotation>> annotation(qint64 id);
    // Text order: anchored and changed by start position, orphans last.
    Result<QList<Annotation>> forArticle(qint64 articleId);
    // The same rows with only what it takes to draw them: id, article, kind, colour, position and
    // state; quotes, comments, speakers and tags stay empty. A tenth of forArticle's cost, so an
    // article's highlights can be on screen before the rest of its annotations is read.
    Result<QList<Annotation>> placementsForArticle(qint64 articleId);
    Result<QList<Annotation>> find(const AnnotationQuery &query);
    Result<qint64> countForArticle(qint64 articleId);

    // Places every annotation of the article, captured on oldText, on its new text and stores the
    // outcome (anchored, changed with the captured wording kept, or orphan).
    Result<ReanchorSummary> reanchorArticle(qint64 articleId, const QString &oldText, const QString &newText);

private:
    Status writeTags(qint64 annotationId, const QStringList &tags);
    Result<QList<Annotation>> select(const QString &where, const QList<QVariant> &values, const QString &order, int limit);

    Database &m_db;
};

} // namespace gloss
