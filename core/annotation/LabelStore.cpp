#include "LabelStore.h"

#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace gloss {

Result<qint64> LabelStore::ensure(const QString &rawName)
{
    const QString name = rawName.simplified();
    if (name.isEmpty())
        return Error{u"a tag needs a name"_s};
    Statement find = m_db.prepare(u"SELECT id FROM labels WHERE name = ? COLLATE NOCASE"_s);
    find.bind(1, name);
    if (find.next())
        return find.int64(0);
    Statement insert = m_db.prepare(u"INSERT INTO labels (name) VALUES (?)"_s);
    insert.bind(1, name);
    if (!insert.exec())
        return Error{u"cannot create tag '%1': %2"_s.arg(name, m_db.lastError())};
    return m_db.lastInsertId();
}

Result<QList<LabelInfo>> LabelStore::all()
{
    Statement st = m_db.prepare(u"SELECT l.id, l.name, (SELECT count(*) FROM annotation_tags t WHERE t.label_id = l.id) "
                                "FROM labels l ORDER BY l.name COLLATE NOCASE"_s);
    QList<LabelInfo> rows;
    while (st.next())
        rows.append({st.int64(0), st.text(1), st.int64(2)});
    if (st.failed())
        return Error{u"cannot read tags: %1"_s.arg(m_db.lastError())};
    return rows;
}

Status LabelStore::rename(qint64 id, const QString &rawName)
{
    const QString name = rawName.simplified();
    if (name.isEmpty())
        return Error{u"a tag needs a name"_s};
    Statement st = m_db.prepare(u"UPDATE labels SET name = ? WHERE id = ?"_s);
    st.bind(1, name).bind(2, id);
    if (!st.exec())
        return Error{u"cannot rename the tag to '%1': %2"_s.arg(name, m_db.lastError())};
    return Status::success();
}

Status LabelStore::remove(qint64 id)
{
    Statement st = m_db.prepare(u"DELETE FROM labels WHERE id = ?"_s);
    st.bind(1, id);
    if (!st.exec())
        return Error{u"cannot delete the tag: %1"_s.arg(m_db.lastError())};
    return Status::success();
}

} // namespace gloss
