#include "JsonFields.h"

#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gloss {

QString JsonFields::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonFields::fail(const QString &key, const QString &message)
{
    if (m_error.isEmpty())
        m_error = u"%1: %2"_s.arg(path(key), message);
}

bool JsonFields::has(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

bool JsonFields::present(const QString &key, Presence presence, const QString &expected)
{
    if (!m_error.isEmpty())
        return false;
    if (has(key))
        return true;
    if (presence == Required)
        fail(key, u"missing (%1 expected)"_s.arg(expected));
    return false;
}

QString JsonFields::text(const QString &key, Presence presence)
{
    if (!present(key, presence, u"a string"_s))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(key, u"a string expected"_s);
        return {};
    }
    return value.toString();
}

std::optional<qint64> JsonFields::integer(const QString &key, Presence presence)
{
    if (!present(key, presence, u"an integer"_s))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    // JSON numbers are doubles; an integer is one without a fraction (and in range). The range is
    // checked before the cast: converting a double outside qint64's range is undefined behaviour.
    const double number = value.toDouble();
    if (!value.isDouble() || !(qAbs(number) <= 9007199254740992.0) || number != std::trunc(number)) {
        fail(key, u"an integer expected"_s);
        return std::nullopt;
    }
    return qint64(number);
}

QDateTime JsonFields::time(const QString &key)
{
    const QString value = text(key);
    if (value.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid()) {
        fail(key, u"'%1' is not an ISO 8601 date and time"_s.arg(value));
        return {};
    }
    return time.toTimeZone(QTimeZone::UTC);
}

QStringList JsonFields::strings(const QString &key)
{
    const auto list = array(key);
    QStringList result;
    if (!list)
        return result;
    for (qsizetype i = 0; i < list->size(); ++i) {
        if (!list->at(i).isString()) {
            fail(u"%1[%2]"_s.arg(key).arg(i), u"a string expected"_s);
            return {};
        }
        result << list->at(i).toString();
    }
    return result;
}

std::optional<QJsonObject> JsonFields::object(const QString &key, Presence presence)
{
    if (!present(key, presence, u"an object"_s))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(key, u"an object expected"_s);
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonFields::array(const QString &key, Presence presence)
{
    if (!present(key, presence, u"an array"_s))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key, u"an array expected"_s);
        return std::nullopt;
    }
    return value.toArray();
}

} // namespace gloss
