#include "SpeakerStore.h"

#include "store/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {
Error dbError(const QString &what, const Database &db)
{
    return Error{u"%1: %2"_s.arg(what, db.lastError())};
}

QStringList cleanAliases(const QStringList &aliases, const QString &name)
{
    QStringList result;
    for (const QString &raw : aliases) {
        const QString alias = raw.simplified();
        if (alias.isEmpty() || alias.compare(name, Qt::CaseInsensitive) == 0)
            continue;
        if (!result.contains(alias, Qt::CaseInsensitive))
            result << alias;
    }
    return result;
}
} // namespace

Result<qint64> SpeakerStore::create(const Speaker &in)
{
    const QString name = in.name.simplified();
    if (name.isEmpty())
        return Error{u"a speaker needs a name"_s};
    auto existing = findByNameOrAlias(name);
    if (existing && existing->has_value() && (*existing)->name.compare(name, Qt::CaseInsensitive) == 0)
        return Error{u"a speaker named '%1' already exists"_s.arg((*existing)->name)};
    Transaction tx(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Statement st = m_db.prepare(u"INSERT INTO speakers (id, name, role, note, created, updated) VALUES (?, ?, ?, ?, ?, ?)"_s);
    st.bind(1, in.id ? QVariant(in.id) : QVariant()).bind(2, name).bind(3, in.role.trimmed()).bind(4, in.note);
    st.bind(5, now).bind(6, now);
    if (!st.exec())
        return dbError(u"cannot add speaker '%1'"_s.arg(name), m_db);
    const qint64 id = m_db.lastInsertId();
    if (const Status aliases = writeAliases(id, cleanAliases(in.aliases, name)); !aliases)
        return Error{aliases.error()};
    if (!tx.commit())
        return dbError(u"cannot add speaker '%1'"_s.arg(name), m_db);
    return id;
}

Status SpeakerStore::update(const Speaker &in)
{
    const QString name = in.name.simplified();
    if (name.isEmpty())
        return Error{u"a speaker needs a name"_s};
    Transaction tx(m_db);
    Statement st = m_db.prepare(u"UPDATE speakers SET name = ?, role = ?, note = ?, updated = ? WHERE id = ?"_s);
    st.bind(1, name).bind(2, in.role.trimmed()).bind(3, in.note).bind(4, QDateTime::currentMSecsSinceEpoch()).bind(5, in.id);
    if (!st.exec()) {
        if (m_db.lastError().contains(u"UNIQUE"_s))
            return Error{u"a speaker named '%1' already exists"_s.arg(name)};
        return dbError(u"cannot update speaker '%1'"_s.arg(name), m_db);
    }
    if (m_db.changes() == 0)
        return Error{u"there is no speaker %1"_s.arg(in.id)};
    if (const Status aliases = writeAliases(in.id, cleanAliases(in.aliases, name)); !aliases)
        return aliases;
    if (!tx.commit())
        return dbError(u"cannot update speaker '%1'"_s.arg(name), m_db);
    return Status::success();
}

Status SpeakerStore::writeAliases(qint64 id, const QStringList &aliases)
{
    Statement clear = m_db.prepare(u"DELETE FROM speaker_aliases WHERE speaker_id = ?"_s);
    clear.bind(1, id);
    if (!clear.exec())
        return dbError(u"cannot write aliases"_s, m_db);
    Statement insert = m_db.prepare(u"INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)"_s);
    for (const QString &alias : aliases) {
        insert.reset();
        insert.bind(1, id).bind(2, alias);
        if (!insert.exec())
            return dbError(u"cannot write alias '%1'"_s.arg(alias), m_db);
    }
    return Status::success();
}

Result<QList<Speaker>> SpeakerStore::select(const QString &where, const QVariant &value)
{
    Statement st = m_db.prepare(
        u"SELECT s.id, s.name, s.role, s.note, "
        "(SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM speaker_aliases WHERE speaker_id = s.id ORDER BY alias)), "
        "(SELECT count(*) FROM annotations a WHERE a.speaker_id = s.id) "
        "FROM speakers s WHERE "_s
        % where % u" ORDER BY s.name COLLATE NOCASE"_s);
    if (value.isValid())
        st.bind(1, value);
    QList<Speaker> rows;
    while (st.next()) {
        Speaker s;
        s.id = st.int64(0);
        s.name = st.text(1);
        s.role = st.text(2);
        s.note = st.text(3);
        const QString aliases = st.text(4);
        if (!aliases.isEmpty())
            s.aliases = aliases.split(QChar(31));
        s.quoteCount = st.int64(5);
        rows.append(s);
    }
    if (st.failed())
        return dbError(u"cannot read speakers"_s, m_db);
    return rows;
}

Result<std::optional<Speaker>> SpeakerStore::speaker(qint64 id)
{
    auto rows = select(u"s.id = ?"_s, id);
    if (!rows)
        return Error{rows.error()};
    return rows->isEmpty() ? std::optional<Speaker>() : std::optional<Speaker>(rows->first());
}

Result<QList<Speaker>> SpeakerStore::all()
{
    return select(u"1"_s, QVariant());
}

Result<std::optional<Speaker>> SpeakerStore::findByNameOrAlias(const QString &rawName)
{
    const QString name = rawName.simplified();
    // The canonical name wins over an alias of somebody else.
    auto byName = select(u"s.name = ?1 COLLATE NOCASE"_s, name);
    if (!byName)
        return Error{byName.error()};
    if (!byName->isEmpty())
        return std::optional<Speaker>(byName->first());
    auto byAlias = select(u"s.id IN (SELECT speaker_id FROM speaker_aliases WHERE alias = ?1 COLLATE NOCASE)"_s, name);
    if (!byAlias)
        return Error{byAlias.error()};
    return byAlias->isEmpty() ? std::optional<Speaker>() : std::optional<Speaker>(byAlias->first());
}

Result<SpeakerMerge> SpeakerStore::merge(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId)
        return Error{u"a speaker cannot be merged into itself"_s};
    auto from = speaker(fromId);
    auto into = speaker(intoId);
    if (!from || !into)
        return Error{!from ? from.error() : into.error()};
    if (!from->has_value())
        return Error{u"there is no speaker %1"_s.arg(fromId)};
    if (!into->has_value())
        return Error{u"there is no speaker %1"_s.arg(intoId)};

    SpeakerMerge record;
    record.removed = **from;
    record.intoId = intoId;
    Transaction tx(m_db);
    Statement moved = m_db.prepare(u"SELECT id FROM annotations WHERE speaker_id = ? ORDER BY id"_s);
    moved.bind(1, fromId);
    while (moved.next())
        record.movedAnnotations << moved.int64(0);
    Statement move = m_db.prepare(u"UPDATE annotations SET speaker_id = ? WHERE speaker_id = ?"_s);
    move.bind(1, intoId).bind(2, fromId);
    if (!move.exec())
        return dbError(u"cannot move the quotes"_s, m_db);

    // The merged speaker's name and aliases become aliases of the one that remains, so searching
    // and completion still find the old names.
    QStringList aliases = (*into)->aliases;
    for (const QString &alias : QStringList{(*from)->name} + (*from)->aliases) {
        if (alias.compare((*into)->name, Qt::CaseInsensitive) != 0 && !aliases.contains(alias, Qt::CaseInsensitive)) {
            aliases << alias;
            record.aliasesAdded << alias;
        }
    }
    Statement del = m_db.prepare(u"DELETE FROM speakers WHERE id = ?"_s);
    del.bind(1, fromId);
    if (!del.exec())
        return dbError(u"cannot remove the merged speaker"_s, m_db);
    if (const Status written = writeAliases(intoId, aliases); !written)
        return Error{written.error()};
    if (!tx.commit())
        return dbError(u"cannot merge the speakers"_s, m_db);
    return record;
}

Status SpeakerStore::undoMerge(const SpeakerMerge &record)
{
    Transaction tx(m_db);
    auto into = speaker(record.intoId);
    if (!into || !into->has_value())
        return Error{u"the speaker merged into no longer exists"_s};
    QStringList aliases = (*into)->aliases;
    for (const QString &alias : record.aliasesAdded)
        aliases.removeIf([&](const QString &a) { return a.compare(alias, Qt::CaseInsensitive) == 0; });
    if (const Status written = writeAliases(record.intoId, aliases); !written)
        return written;
    auto restored = create(record.removed);
    if (!restored)
        return Error{restored.error()};
    Statement move = m_db.prepare(u"UPDATE annotations SET speaker_id = ? WHERE id = ?"_s);
    for (qint64 annotation : record.movedAnnotations) {
        move.reset();
        move.bind(1, record.removed.id).bind(2, annotation);
        if (!move.exec())
            return dbError(u"cannot restore the quotes"_s, m_db);
    }
    if (!tx.commit())
        return dbError(u"cannot undo the merge"_s, m_db);
    return Status::success();
}

Status SpeakerStore::remove(qint64 id, bool force)
{
    auto existing = speaker(id);
    if (!existing)
        return Error{existing.error()};
    if (!existing->has_value())
        return Error{u"there is no speaker %1"_s.arg(id)};
    if ((*existing)->quoteCount > 0 && !force)
        return Error{u"'%1' is the speaker of %2 quote(s); merge them into someone else or confirm the deletion"_s
                         .arg((*existing)->name)
                         .arg((*existing)->quoteCount)};
    Statement st = m_db.prepare(u"DELETE FROM speakers WHERE id = ?"_s);
    st.bind(1, id);
    if (!st.exec())
        return dbError(u"cannot delete speaker '%1'"_s.arg((*existing)->name), m_db);
    return Status::success();
}

} // namespace gloss
