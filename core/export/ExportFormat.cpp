#include "ExportFormat.h"

#include "CsvWriter.h"
#include "HtmlWriter.h"
#include "JsonWriter.h"
#include "MarkdownWriter.h"
#include "W3cWriter.h"

#include <QBuffer>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace gloss {

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"md"_s || n == u"markdown"_s)
        return ExportFormat::Markdown;
    if (n == u"html"_s)
        return ExportFormat::Html;
    if (n == u"json"_s)
        return ExportFormat::Json;
    if (n == u"csv"_s)
        return ExportFormat::Csv;
    if (n == u"w3c"_s || n == u"jsonld"_s)
        return ExportFormat::W3c;
    if (n == u"pdf"_s)
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown: return u"md"_s;
    case ExportFormat::Html: return u"html"_s;
    case ExportFormat::Json: return u"json"_s;
    case ExportFormat::Csv: return u"csv"_s;
    case ExportFormat::W3c: return u"w3c"_s;
    case ExportFormat::Pdf: return u"pdf"_s;
    }
    return {};
}

QString exportFileSuffix(ExportFormat format)
{
    return format == ExportFormat::W3c ? u"jsonld"_s : exportFormatName(format);
}

QString exportMimeType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown: return u"text/markdown"_s;
    case ExportFormat::Html: return u"text/html"_s;
    case ExportFormat::Json: return u"application/json"_s;
    case ExportFormat::Csv: return u"text/csv"_s;
    case ExportFormat::W3c: return u"application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\""_s;
    case ExportFormat::Pdf: return u"application/pdf"_s;
    }
    return {};
}

bool exportNeedsContent(ExportFormat format)
{
    // JSON carries the text; W3C needs it to count selector offsets in code points.
    return format == ExportFormat::Json || format == ExportFormat::W3c;
}

std::unique_ptr<ExportSink> makeWriter(ExportFormat format, QIODevice *device, const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Markdown: return std::make_unique<MarkdownWriter>(device);
    case ExportFormat::Html: return std::make_unique<HtmlWriter>(device);
    case ExportFormat::Json: return std::make_unique<JsonWriter>(device);
    case ExportFormat::Csv: return std::make_unique<CsvWriter>(device, options);
    case ExportFormat::W3c: return std::make_unique<W3cWriter>(device);
    case ExportFormat::Pdf: return nullptr;
    }
    return nullptr;
}

QByteArray renderExport(ExportFormat format, const ExportBundle &bundle, const ExportOptions &options)
{
    // The header's counts describe what follows (a W3C collection states its total): for a bundle
    // built by hand they are taken from the articles themselves.
    ExportBundle counted = bundle;
    counted.header.articleCount = bundle.articles.size();
    counted.header.annotationCount = 0;
    for (const ExportedArticle &a : bundle.articles)
        counted.header.annotationCount += a.annotations.size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const auto writer = makeWriter(format, &buffer, options);
    if (!writer || !replayBundle(counted, *writer))
        return {};
    return bytes;
}

Status saveExport(const QString &path, const std::function<Status(QIODevice *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"cannot write %1: %2"_s.arg(path, file.errorString())};
    if (const Status s = write(&file); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Error{u"cannot write %1: %2"_s.arg(path, file.errorString())};
    return {};
}

} // namespace gloss
