#include "ScopeSql.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

Error readError(const QString &what, const Database &db)
{
    return Error{u"cannot read %1: %2"_s.arg(what, db.lastError())};
}

// The first of `ids` that is not an article, or 0.
Result<qint64> firstMissingArticle(Database &db, const QString &idsJson)
{
    Statement st = db.prepare(u"SELECT j.value FROM json_each(?) j WHERE j.value NOT IN (SELECT id FROM articles) LIMIT 1"_s);
    st.bind(1, idsJson);
    if (st.next())
        return st.int64(0);
    if (st.failed())
        return readError(u"articles"_s, db);
    return qint64(0);
}

Result<std::pair<qint64, QString>> speakerByNameOrAlias(Database &db, const QString &name)
{
    Statement st = db.prepare(u"SELECT s.id, s.name FROM speakers s WHERE s.name = ?1 COLLATE NOCASE "
                              "OR s.id IN (SELECT speaker_id FROM speaker_aliases WHERE alias = ?1 COLLATE NOCASE) "
                              "ORDER BY s.name = ?1 COLLATE NOCASE DESC, s.id LIMIT 1"_s);
    st.bind(1, name);
    if (st.next())
        return std::pair{st.int64(0), st.text(1)};
    if (st.failed())
        return readError(u"speakers"_s, db);
    return Error{u"there is no speaker named '%1'"_s.arg(name)};
}

Result<std::pair<qint64, QString>> labelByName(Database &db, const QString &name)
{
    Statement st = db.prepare(u"SELECT id, name FROM labels WHERE name = ? COLLATE NOCASE"_s);
    st.bind(1, name);
    if (st.next())
        return std::pair{st.int64(0), st.text(1)};
    if (st.failed())
        return readError(u"tags"_s, db);
    return Error{u"there is no tag '%1'"_s.arg(name)};
}

} // namespace

Result<ResolvedScope> resolveScope(Database &db, const ExportScope &scope)
{
    ResolvedScope r;
    r.scope = scope;
    QStringList title;
    if (!scope.articleIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : scope.articleIds)
            ids.append(id);
        r.articleIdsJson = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
        auto missing = firstMissingArticle(db, r.articleIdsJson);
        if (!missing)
            return Error{missing.error()};
        if (*missing)
            return Error{u"there is no article %1"_s.arg(*missing)};
        if (scope.articleIds.size() == 1) {
            // The notes of one story are named after it, as a reader would file them.
            Statement st = db.prepare(u"SELECT title FROM articles WHERE id = ?"_s);
            st.bind(1, scope.articleIds.first());
            title << (st.next() && !st.text(0).trimmed().isEmpty() ? u"Notes on %1"_s.arg(st.text(0).simplified())
                                                                   : u"One article"_s);
        } else {
            title << u"%1 articles"_s.arg(scope.articleIds.size());
        }
    }
    if (!scope.speaker.trimmed().isEmpty()) {
        auto speaker = speakerByNameOrAlias(db, scope.speaker.trimmed());
        if (!speaker)
            return Error{speaker.error()};
        r.speakerId = speaker->first;
        title << u"Quotes by %1"_s.arg(speaker->second);
    }
    if (!scope.tag.trimmed().isEmpty()) {
        auto label = labelByName(db, scope.tag.trimmed());
        if (!label)
            return Error{label.error()};
        r.labelId = label->first;
        title << u"Tagged %1"_s.arg(label->second);
    }
    r.title = title.isEmpty() ? u"Gloss library"_s : title.join(u", "_s);
    return r;
}

SqlCondition ResolvedScope::annotationCondition() const
{
    SqlCondition c{u"1"_s, {}};
    if (speakerId) {
        c.sql += u" AND n.speaker_id = ?"_s;
        c.values << speakerId;
    }
    if (labelId) {
        c.sql += u" AND (EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = n.id AND t.label_id = ?)"
                 " OR EXISTS (SELECT 1 FROM article_labels al WHERE al.article_id = a.id AND al.label_id = ?))"_s;
        c.values << labelId << labelId;
    }
    return c;
}

SqlCondition ResolvedScope::articleCondition() const
{
    SqlCondition c{u"1"_s, {}};
    if (!articleIdsJson.isEmpty()) {
        c.sql += u" AND a.id IN (SELECT value FROM json_each(?))"_s;
        c.values << articleIdsJson;
    }
    const bool filtered = speakerId || labelId;
    // Named articles are exported even when bare (the user asked for them); so is every article for a
    // backup. Otherwise an article belongs to the export through what is in scope in it.
    if (!filtered && (!articleIdsJson.isEmpty() || scope.includeUnannotated))
        return c;
    const SqlCondition n = annotationCondition();
    c.sql += u" AND (EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id AND "_s + n.sql + u')';
    c.values += n.values;
    // "Everything with a tag" includes an article labelled with it that has no annotations yet.
    if (labelId && !speakerId) {
        c.sql += u" OR EXISTS (SELECT 1 FROM article_labels al2 WHERE al2.article_id = a.id AND al2.label_id = ?)"_s;
        c.values << labelId;
    }
    c.sql += u')';
    return c;
}

} // namespace gloss
