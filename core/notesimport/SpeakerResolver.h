// The library's speaker for an imported name: the one whose name or alias it is, else a new one.
// Answers are remembered for the import, so a thousand quotes of one person cost one lookup.
#pragma once

#include "export/ExportData.h"
#include "store/Result.h"

#include <QHash>

namespace gloss {

class Database;

class SpeakerResolver {
public:
    explicit SpeakerResolver(Database &db) : m_db(db) {}

    // By name, then by each alias; created with its role, note and aliases when nobody matches.
    Result<qint64> resolve(const ExportedSpeaker &speaker);
    // By name or alias; created with the name alone when nobody matches.
    Result<qint64> byName(const QString &name);

private:
    Result<qint64> find(const QString &name);

    Database &m_db;
    QHash<QString, qint64> m_known;  // case-folded name -> id
};

} // namespace gloss
