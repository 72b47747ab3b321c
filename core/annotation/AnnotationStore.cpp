#include "AnnotationStore.h"

#include "Anchoring.h"
#include "LabelStore.h"

#include "store/Database.h"

#include <QHash>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

const QString SelectColumns = u"a.id, a.uuid, a.article_id, a.kind, a.color, a.start_pos, a.end_pos, a.exact, a.prefix, "
                              "a.suffix, a.original_exact, a.anchor_state, a.comment, a.speaker_id, s.name, "
                              "a.quote_kind, a.verb, a.created, a.updated, "
                              "(SELECT group_concat(l.name, char(31)) FROM annotation_tags t JOIN labels l ON l.id = t.label_id "
                              " WHERE t.annotation_id = a.id) "
                              "FROM annotations a LEFT JOIN speakers s ON s.id = a.speaker_id"_s;

Annotation readRow(const Statement &st)
{
    Annotation a;
    a.id = st.int64(0);
    a.uuid = st.text(1);
    a.articleId = st.int64(2);
    a.kind = kindFromName(st.text(3)).value_or(AnnotationKind::Highlight);
    a.color = st.text(4);
    a.selectors.position.start = st.isNull(5) ? -1 : st.integer(5);
    a.selectors.position.end = st.isNull(6) ? -1 : st.integer(6);
    a.selectors.quote.exact = st.text(7);
    a.selectors.quote.prefix = st.text(8);
    a.selectors.quote.suffix = st.text(9);
    a.originalExact = st.text(10);
    a.status = statusFromName(st.text(11));
    a.comment = st.text(12);
    a.speakerId = st.int64(13);
    a.speakerName = st.text(14);
    a.quoteKind = quoteKindFromName(st.text(15)).value_or(QuoteKind::None);
    a.verb = st.text(16);
    a.created = QDateTime::fromMSecsSinceEpoch(st.int64(17), QTimeZone::UTC);
    a.updated = QDateTime::fromMSecsSinceEpoch(st.int64(18), QTimeZone::UTC);
    const QString tags = st.text(19);
    if (!tags.isEmpty()) {
        a.tags = tags.split(QChar(31));
        a.tags.sort(Qt::CaseInsensitive);
    }
    return a;
}

QVariant nullIfZero(qint64 value)
{
    return value ? QVariant(value) : QVariant();
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// Orphans have no position; NULL keeps them out of range queries.
void bindPosition(Statement &st, int index, const Annotation &a)
{
    if (a.status == AnchorStatus::Orphan) {
        st.bindNull(index).bindNull(index + 1);
    } else {
        st.bind(index, a.start()).bind(index + 1, a.end());
    }
}

Error dbError(const QString &what, const Database &db)
{
    return Error{u"%1: %2"_s.arg(what, db.lastError())};
}

} // namespace

Result<qint64> AnnotationStore::create(const Annotation &in)
{
    Transaction tx(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Statement st = m_db.prepare(u"INSERT INTO annotations (id, uuid, article_id, kind, color, start_pos, end_pos, exact, prefix, suffix, "
                                "original_exact, anchor_state, comment, speaker_id, quote_kind, verb, created, updated) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    st.bind(1, nullIfZero(in.id));
    st.bind(2, in.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : in.uuid);
    st.bind(3, in.articleId).bind(4, kindName(in.kind)).bind(5, in.color);
    bindPosition(st, 6, in);
    st.bind(8, in.exact()).bind(9, in.selectors.quote.prefix).bind(10, in.selectors.quote.suffix);
    st.bind(11, nullIfEmpty(in.originalExact)).bind(12, statusName(in.status)).bind(13, in.comment);
    st.bind(14, nullIfZero(in.speakerId)).bind(15, nullIfEmpty(quoteKindName(in.quoteKind))).bind(16, nullIfEmpty(in.verb));
    st.bind(17, in.created.isValid() ? in.created.toMSecsSinceEpoch() : now);
    st.bind(18, in.updated.isValid() ? in.updated.toMSecsSinceEpoch() : now);
    if (!st.exec())
        return dbError(u"cannot store the annotation"_s, m_db);
    const qint64 id = m_db.lastInsertId();
    if (const Status tags = writeTags(id, in.tags); !tags)
        return Error{tags.error()};
    if (!tx.commit())
        return dbError(u"cannot store the annotation"_s, m_db);
    return id;
}

Status AnnotationStore::update(const Annotation &in)
{
    Transaction tx(m_db);
    Statement st = m_db.prepare(u"UPDATE annotations SET kind = ?, color = ?, start_pos = ?, end_pos = ?, exact = ?, prefix = ?, "
                                "suffix = ?, original_exact = ?, anchor_state = ?, comment = ?, speaker_id = ?, quote_kind = ?, "
                                "verb = ?, updated = ? WHERE id = ?"_s);
    st.bind(1, kindName(in.kind)).bind(2, in.color);
    bindPosition(st, 3, in);
    st.bind(5, in.exact()).bind(6, in.selectors.quote.prefix).bind(7, in.selectors.quote.suffix);
    st.bind(8, nullIfEmpty(in.originalExact)).bind(9, statusName(in.status)).bind(10, in.comment);
    st.bind(11, nullIfZero(in.speakerId)).bind(12, nullIfEmpty(quoteKindName(in.quoteKind))).bind(13, nullIfEmpty(in.verb));
    st.bind(14, QDateTime::currentMSecsSinceEpoch()).bind(15, in.id);
    if (!st.exec())
        return dbError(u"cannot update annotation %1"_s.arg(in.id), m_db);
    if (m_db.changes() == 0)
        return Error{u"there is no annotation %1"_s.arg(in.id)};
    if (const Status tags = writeTags(in.id, in.tags); !tags)
        return tags;
    if (!tx.commit())
        return dbError(u"cannot update annotation %1"_s.arg(in.id), m_db);
    return Status::success();
}

Status AnnotationStore::remove(qint64 id)
{
    Statement st = m_db.prepare(u"DELETE FROM annotations WHERE id = ?"_s);
    st.bind(1, id);
    if (!st.exec())
        return dbError(u"cannot delete annotation %1"_s.arg(id), m_db);
    if (m_db.changes() == 0)
        return Error{u"there is no annotation %1"_s.arg(id)};
    return Status::success();
}

Status AnnotationStore::writeTags(qint64 annotationId, const QStringList &tags)
{
    Statement clear = m_db.prepare(u"DELETE FROM annotation_tags WHERE annotation_id = ?"_s);
    clear.bind(1, annotationId);
    if (!clear.exec())
        return dbError(u"cannot write tags"_s, m_db);
    LabelStore labels(m_db);
    Statement link = m_db.prepare(u"INSERT OR IGNORE INTO annotation_tags (annotation_id, label_id) VALUES (?, ?)"_s);
    for (const QString &tag : tags) {
        auto label = labels.ensure(tag);
        if (!label)
            return Error{label.error()};
        link.reset();
        link.bind(1, annotationId).bind(2, *label);
        if (!link.exec())
            return dbError(u"cannot write tag '%1'"_s.arg(tag), m_db);
    }
    return Status::success();
}

Result<QList<Annotation>> AnnotationStore::select(const QString &where, const QList<QVariant> &values, const QString &order, int limit)
{
    QString sql = u"SELECT "_s % SelectColumns % u" WHERE "_s % where % u" ORDER BY "_s % order;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    Statement st = m_db.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        st.bind(i + 1, values[i]);
    QList<Annotation> rows;
    while (st.next())
        rows.append(readRow(st));
    if (st.failed())
        return dbError(u"cannot read annotations"_s, m_db);
    return rows;
}

Result<std::optional<Annotation>> AnnotationStore::annotation(qint64 id)
{
    auto rows = select(u"a.id = ?"_s, {id}, u"a.id"_s, 1);
    if (!rows)
        return Error{rows.error()};
    if (rows->isEmpty())
        return std::optional<Annotation>();
    return std::optional<Annotation>(rows->first());
}

Result<QList<Annotation>> AnnotationStore::forArticle(qint64 articleId)
{
    return select(u"a.article_id = ?"_s, {articleId}, u"a.start_pos IS NULL, a.start_pos, a.end_pos, a.id"_s, -1);
}

Result<QList<Annotation>> AnnotationStore::placementsForArticle(qint64 articleId)
{
    Statement st = m_db.prepare(u"SELECT id, kind, color, start_pos, end_pos, anchor_state FROM annotations WHERE article_id = ? "
                                "ORDER BY start_pos IS NULL, start_pos, end_pos, id"_s);
    st.bind(1, articleId);
    QList<Annotation> rows;
    while (st.next()) {
        Annotation a;
        a.id = st.int64(0);
        a.articleId = articleId;
        a.kind = kindFromName(st.text(1)).value_or(AnnotationKind::Highlight);
        a.color = st.text(2);
        a.selectors.position.start = st.isNull(3) ? -1 : st.integer(3);
        a.selectors.position.end = st.isNull(4) ? -1 : st.integer(4);
        a.status = statusFromName(st.text(5));
        rows.append(a);
    }
    if (st.failed())
        return dbError(u"cannot read annotations"_s, m_db);
    return rows;
}

Result<QList<Annotation>> AnnotationStore::find(const AnnotationQuery &query)
{
    QStringList where{u"1"_s};
    QList<QVariant> values;
    if (query.articleId) {
        where << u"a.article_id = ?"_s;
        values << query.articleId;
    }
    if (query.speakerId) {
        where << u"a.speaker_id = ?"_s;
        values << query.speakerId;
    }
    if (!query.tag.isEmpty()) {
        where << u"EXISTS (SELECT 1 FROM annotation_tags t JOIN labels l ON l.id = t.label_id "
                 "WHERE t.annotation_id = a.id AND l.name = ? COLLATE NOCASE)"_s;
        values << query.tag;
    }
    return select(where.join(u" AND "_s), values, u"a.article_id, a.start_pos IS NULL, a.start_pos, a.id"_s, query.limit);
}

Result<qint64> AnnotationStore::countForArticle(qint64 articleId)
{
    Statement st = m_db.prepare(u"SELECT count(*) FROM annotations WHERE article_id = ?"_s);
    st.bind(1, articleId);
    if (!st.next())
        return dbError(u"cannot count annotations"_s, m_db);
    return st.int64(0);
}

Result<ReanchorSummary> AnnotationStore::reanchorArticle(qint64 articleId, const QString &oldText, const QString &newText)
{
    auto annotations = forArticle(articleId);
    if (!annotations)
        return Error{annotations.error()};

    // Placed annotations go through reanchorAll(), which maps the unchanged head and tail of the text
    // exactly and so keeps repeated identical passages apart; orphans have no old position to map
    // and are searched for afresh.
    QList<int> placedIndexes;
    QList<TextSelectors> placedSelectors;
    QList<AnchorResult> results(annotations->size());
    for (int i = 0; i < annotations->size(); ++i) {
        const Annotation &a = annotations->at(i);
        if (a.status == AnchorStatus::Orphan) {
            TextSelectors selectors = a.selectors;
            selectors.position = {0, 0};
            if (!a.originalExact.isEmpty())
                selectors.quote.exact = a.originalExact;
            results[i] = anchorSelectors(newText, selectors);
        } else {
            placedIndexes << i;
            placedSelectors << a.selectors;
        }
    }
    const QList<AnchorResult> placed = reanchorAll(oldText, newText, placedSelectors);
    for (int j = 0; j < placedIndexes.size(); ++j)
        results[placedIndexes[j]] = placed[j];

    Transaction tx(m_db);
    // Only the anchoring columns change: re-anchoring is not a user edit, so `updated` and the tags
    // stay as they were.
    Statement write = m_db.prepare(u"UPDATE annotations SET start_pos = ?, end_pos = ?, exact = ?, prefix = ?, suffix = ?, "
                                   "original_exact = ?, anchor_state = ? WHERE id = ?"_s);
    ReanchorSummary summary;
    for (int i = 0; i < annotations->size(); ++i) {
        Annotation a = annotations->at(i);
        // "Changed" always compares with the words the reader captured, however many edits ago.
        const QString captured = a.originalExact.isEmpty() ? a.exact() : a.originalExact;
        const AnchorResult &r = results[i];
        if (r.state == AnchorState::Orphan) {
            a.status = AnchorStatus::Orphan;
            a.originalExact = captured == a.exact() ? QString() : captured;
            ++summary.orphaned;
        } else {
            a.selectors = captureSelectors(newText, r.start, r.end);
            a.originalExact = a.exact() == captured ? QString() : captured;
            a.status = a.originalExact.isEmpty() ? AnchorStatus::Anchored : AnchorStatus::Changed;
            ++(a.originalExact.isEmpty() ? summary.anchored : summary.changed);
        }
        write.reset();
        bindPosition(write, 1, a);
        write.bind(3, a.exact()).bind(4, a.selectors.quote.prefix).bind(5, a.selectors.quote.suffix);
        write.bind(6, nullIfEmpty(a.originalExact)).bind(7, statusName(a.status)).bind(8, a.id);
        if (!write.exec())
            return dbError(u"cannot store re-anchored annotation %1"_s.arg(a.id), m_db);
    }
    if (!tx.commit())
        return dbError(u"cannot store re-anchored annotations"_s, m_db);
    return summary;
}

} // namespace gloss
