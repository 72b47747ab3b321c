// Strict, typed reading of one JSON object's members, for the notes importers. The first problem is
// kept with the member's place in the document ("articles[2].annotations[0].kind: ..."), so a refused
// file says exactly where it is wrong; later reads after an error return empty values and are ignored.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace gloss {

class JsonFields {
public:
    enum Presence { Required, Optional }; // Optional: a missing member or null reads as empty

    JsonFields(const QJsonObject &object, QString path, QString &error)
        : m_object(object), m_path(std::move(path)), m_error(error) {}

    QString text(const QString &key, Presence presence = Optional);
    std::optional<qint64> integer(const QString &key, Presence presence = Optional);
    QDateTime time(const QString &key);          // ISO 8601; missing or null: invalid
    QStringList strings(const QString &key);     // an array of strings; missing or null: empty
    std::optional<QJsonObject> object(const QString &key, Presence presence = Optional);
    std::optional<QJsonArray> array(const QString &key, Presence presence = Optional);
    bool has(const QString &key) const;          // present and not null

    // Records "path.key: message" unless an earlier problem was recorded.
    void fail(const QString &key, const QString &message);
    QString path(const QString &key) const;
    bool ok() const { return m_error.isEmpty(); }

private:
    bool present(const QString &key, Presence presence, const QString &expected);

    QJsonObject m_object;
    QString m_path;
    QString &m_error;
};

} // namespace gloss
