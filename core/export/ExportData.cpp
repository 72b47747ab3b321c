#include "ExportData.h"

#include <QCryptographicHash>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

QString sha1Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

QString articleUri(const ExportedArticle &article)
{
    const QUrl url(article.url, QUrl::StrictMode);
    // Only web URLs name the article for someone else; a file: URL or a relative one would point
    // into this computer, so those get the URN too.
    if (url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty())
        return url.toString(QUrl::FullyEncoded);
    return u"urn:gloss:article:"_s + sha1Hex(article.sourceKey);
}

QString annotationUri(const ExportedAnnotation &annotation, const ExportedArticle &article)
{
    const QUuid uuid = QUuid::fromString(annotation.uuid);
    if (!uuid.isNull())
        return u"urn:uuid:"_s + uuid.toString(QUuid::WithoutBraces);
    return u"urn:gloss:annotation:"_s + sha1Hex(article.sourceKey + QChar(31) + QString::number(annotation.id));
}

QString exportTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(QTimeZone::UTC).toString(Qt::ISODate);
}

} // namespace gloss
