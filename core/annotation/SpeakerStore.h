// SpeakerStore: the registry of people (and bodies) quotes are attributed to.
//
// A speaker has a canonical name, aliases ("Putin", "Russian President Vladimir Putin"), a role and a
// note. Merging moves every quote and alias of one speaker onto another; the returned record holds
// what is needed to undo it exactly. Deleting a speaker who still has quotes needs `force`.
#pragma once

#include "store/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace gloss {

class Database;

struct Speaker {
    qint64 id = 0;
    QString name;
    QString role;
    QString note;
    QStringList aliases;
    qint64 quoteCount = 0;   // annotations attributed to this speaker (read only)
};

struct SpeakerMerge {
    Speaker removed;                  // the speaker merged away, as it was
    qint64 intoId = 0;
    QList<qint64> movedAnnotations;
    QStringList aliasesAdded;         // aliases `into` gained (including the removed speaker's name)
};

class SpeakerStore {
public:
    explicit SpeakerStore(Database &db) : m_db(db) {}

    // Creates a speaker (with the given id when non-zero: undo restores deleted speakers exactly).
    Result<qint64> create(const Speaker &speaker);
    Status update(const Speaker &speaker);           // name, role, note, aliases
    Result<std::optional<Speaker>> speaker(qint64 id);
    Result<QList<Speaker>> all();                    // by name, with aliases and quote counts
    // The speaker whose name or one of whose aliases is `name` (case-insensitive), if any.
    Result<std::optional<Speaker>> findByNameOrAlias(const QString &name);

    Result<SpeakerMerge> merge(qint64 fromId, qint64 intoId);
    Status undoMerge(const SpeakerMerge &merge);
    // Refuses while quotes are attributed to the speaker unless `force`; forced, the quotes keep
    // their text and lose the attribution.
    Status remove(qint64 id, bool force = false);

private:
    Status writeAliases(qint64 id, const QStringList &aliases);
    Result<QList<Speaker>> select(const QString &where, const QVariant &value);

    Database &m_db;
};

} // namespace gloss
