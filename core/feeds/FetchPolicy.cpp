#include "feeds/FetchPolicy.h"

namespace gloss::fetchpolicy {

bool isFetchableUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

bool isPermanentRedirect(int httpStatus)
{
    return httpStatus == 301 || httpStatus == 308;
}

bool isRedirect(int httpStatus)
{
    return httpStatus == 301 || httpStatus == 302 || httpStatus == 303 || httpStatus == 307
        || httpStatus == 308;
}

QUrl redirectTarget(const QUrl &from, const QByteArray &location, QString *error)
{
    if (location.trimmed().isEmpty()) {
        *error = QStringLiteral("redirect without a Location header");
        return {};
    }
    // Location may be relative (RFC 9110 allows it); resolve it the way a browser would.
    const QUrl target = from.resolved(QUrl::fromEncoded(location.trimmed()));
    if (!isFetchableUrl(target)) {
        *error = QStringLiteral("redirect to an unsupported URL: ") + target.toDisplayString();
        return {};
    }
    // Same rule as QNetworkRequest::NoLessSafeRedirectPolicy: an https feed never silently
    // continues in clear text.
    if (from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && target.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0) {
        *error = QStringLiteral("refused redirect from https to http: ") + target.toDisplayString();
        return {};
    }
    return target;
}

QString timeoutMessage(int timeoutMs)
{
    return QStringLiteral("timed out after ") + QString::number(timeoutMs / 1000.0) + QStringLiteral(" s");
}

QString sizeLimitMessage(qint64 maxBytes)
{
    constexpr qint64 kib = 1024;
    constexpr qint64 mib = 1024 * kib;
    QString amount;
    if (maxBytes >= mib && maxBytes % mib == 0)
        amount = QString::number(maxBytes / mib) + QStringLiteral(" MB");
    else if (maxBytes >= kib && maxBytes % kib == 0)
        amount = QString::number(maxBytes / kib) + QStringLiteral(" KB");
    else
        amount = QString::number(maxBytes) + QStringLiteral(" bytes");
    return QStringLiteral("larger than the ") + amount + QStringLiteral(" limit");
}

QString httpErrorMessage(int httpStatus, const QByteArray &reason)
{
    QString message = QStringLiteral("HTTP ") + QString::number(httpStatus);
    const QByteArray trimmed = reason.trimmed();
    if (!trimmed.isEmpty())
        message += QLatin1Char(' ') + QString::fromLatin1(trimmed);
    return message;
}

} // namespace gloss::fetchpolicy
