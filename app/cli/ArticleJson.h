// JSON shapes the CLI prints for articles (documented in the README's CLI section).
#pragma once

#include "store/ArticleRecord.h"

#include <QJsonObject>

namespace gloss::cli {

QString isoDate(const QDateTime &time);   // ISO 8601 UTC, or empty when unknown
QJsonObject summaryJson(const ArticleSummary &article);
QJsonObject articleJson(const Article &article);

} // namespace gloss::cli
