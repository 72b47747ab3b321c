#include "FeedJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {
QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject feedJson(const Feed &feed, const QString &folderName)
{
    return QJsonObject{{u"id"_s, feed.id},
                       {u"title"_s, feed.title},
                       {u"url"_s, feed.url},
                       {u"folder"_s, stringOrNull(folderName)},
                       {u"unread"_s, feed.unread},
                       {u"keep_days"_s, feed.retentionDays},
                       {u"keep_items"_s, feed.retentionItems},
                       {u"last_error"_s, stringOrNull(feed.lastError)}};
}

QString feedLine(const Feed &feed, const QString &folderName)
{
    QString line = u"%1\t%2\t%3\t%4\t%5"_s.arg(QString::number(feed.id), QString::number(feed.unread),
                                               folderName.isEmpty() ? u"-"_s : folderName,
                                               feed.title.isEmpty() ? u"-"_s : feed.title, feed.url);
    if (!feed.lastError.isEmpty())
        line += u"\terror: "_s + feed.lastError;
    return line;
}

QString refreshStatus(const FeedRefreshResult &result)
{
    if (!result.ok())
        return u"error"_s;
    if (result.added > 0)
        return u"new"_s;
    if (result.updated > 0)
        return u"updated"_s;
    return u"unchanged"_s;   // a 304, or a feed whose entries are all stored as they are
}

QJsonObject refreshJson(const FeedRefreshResult &result)
{
    return QJsonObject{{u"id"_s, result.feedId},
                       {u"title"_s, result.title},
                       {u"url"_s, result.url},
                       {u"status"_s, refreshStatus(result)},
                       {u"new"_s, result.added},
                       {u"updated"_s, result.updated},
                       {u"unchanged"_s, result.unchanged},
                       {u"error"_s, result.ok() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.error)},
                       {u"warnings"_s, QJsonArray::fromStringList(result.warnings)}};
}

QString refreshLine(const FeedRefreshResult &result)
{
    const QString counts = result.ok()
        ? u"%1 new, %2 updated, %3 unchanged"_s.arg(result.added).arg(result.updated).arg(result.unchanged)
        : result.error;
    return u"%1\t%2\t%3\t%4\t%5"_s.arg(QString::number(result.feedId), refreshStatus(result), counts,
                                       result.title.isEmpty() ? u"-"_s : result.title, result.url);
}

} // namespace gloss::cli
