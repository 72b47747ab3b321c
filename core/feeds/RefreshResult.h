// What refreshing one feed did, for the CLI's report, the status bar and the sources tree.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace gloss {

struct FeedRefreshResult {
    qint64 feedId = 0;
    QString url;
    QString title;
    QString status;         // "updated" (fetched and stored), "not-modified" (HTTP 304) or "error"
    int added = 0;          // new articles
    int updated = 0;        // articles with a new revision (their annotations re-anchored)
    int unchanged = 0;      // entries already stored as they are
    int removed = 0;        // deleted by the feed's retention rule
    QString error;          // names the problem: HTTP status, timeout, parse error with position
    QStringList warnings;   // the feed was stored, but not all of it: ill-formed parts, limits hit
    bool ok() const { return status != QLatin1StringView("error"); }
};

} // namespace gloss

Q_DECLARE_METATYPE(gloss::FeedRefreshResult)
