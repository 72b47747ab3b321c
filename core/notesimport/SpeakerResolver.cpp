#include "SpeakerResolver.h"

#include "annotation/SpeakerStore.h"

using namespace Qt::StringLiterals;

namespace gloss {

Result<qint64> SpeakerResolver::find(const QString &name)
{
    const QString key = name.simplified().toCaseFolded();
    if (const auto it = m_known.constFind(key); it != m_known.constEnd())
        return *it;
    auto found = SpeakerStore(m_db).findByNameOrAlias(name.simplified());
    if (!found)
        return Error{found.error()};
    if (!found->has_value())
        return qint64(0);
    m_known.insert(key, (*found)->id);
    return (*found)->id;
}

Result<qint64> SpeakerResolver::resolve(const ExportedSpeaker &speaker)
{
    for (const QString &name : QStringList{speaker.name} + speaker.aliases) {
        auto id = find(name);
        if (!id || *id != 0)
            return id;
    }
    auto id = SpeakerStore(m_db).create({0, speaker.name, speaker.role, speaker.note, speaker.aliases, 0});
    if (!id)
        return Error{u"speaker '%1': %2"_s.arg(speaker.name, id.error())};
    m_known.insert(speaker.name.simplified().toCaseFolded(), *id);
    return id;
}

Result<qint64> SpeakerResolver::byName(const QString &name)
{
    ExportedSpeaker speaker;
    speaker.name = name;
    return resolve(speaker);
}

} // namespace gloss
