// The rules a fetch follows, as pure functions so they read in one place: which URLs may be fetched,
// which redirects count as permanent or are refused, and the wording of the errors users see.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace gloss::fetchpolicy {

// Only http and https: a feed URL must never read local files or talk to other protocols.
bool isFetchableUrl(const QUrl &url);

// 301 and 308 say the resource moved for good (the refresher may store the new URL); 302, 303 and
// 307 are temporary and must leave the subscription alone.
bool isPermanentRedirect(int httpStatus);
bool isRedirect(int httpStatus);

// Resolves a Location header against the URL that answered. Sets error (and returns an empty URL)
// when the target is missing, not http(s), or would downgrade https to http.
QUrl redirectTarget(const QUrl &from, const QByteArray &location, QString *error);

QString timeoutMessage(int timeoutMs);                     // "timed out after 30 s"
QString sizeLimitMessage(qint64 maxBytes);                 // "larger than the 20 MB limit"
QString httpErrorMessage(int httpStatus, const QByteArray &reason);  // "HTTP 404 Not Found"

} // namespace gloss::fetchpolicy
