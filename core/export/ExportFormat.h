// The export formats, their options, and one entry point per use: a streaming writer for the CLI and
// big libraries (makeWriter), bytes for a preview (renderExport), and a file that is either complete
// or absent (saveExport, through QSaveFile). PDF needs QtGui and lives in PdfExport.h.
#pragma once

#include "ExportData.h"
#include "ExportSink.h"

#include <QIODevice>

#include <functional>
#include <memory>
#include <optional>

namespace gloss {

enum class ExportFormat { Markdown, Html, Json, Csv, W3c, Pdf };

struct ExportOptions {
    // CSV: prefix a cell that a spreadsheet would run as a formula (= + - @, tab, CR) with "'".
    // Off by default: it changes the data, and RFC 4180 readers must get back exactly what was stored.
    bool csvFormulaGuard = false;
};

std::optional<ExportFormat> exportFormatFromName(const QString &name); // md|markdown|html|json|csv|w3c|pdf
QString exportFormatName(ExportFormat format);
QString exportFileSuffix(ExportFormat format);   // "md", "html", "json", "csv", "jsonld", "pdf"
QString exportMimeType(ExportFormat format);
bool exportNeedsContent(ExportFormat format);    // JSON (text, HTML) and W3C (code point offsets)

// A streaming writer for every format but PDF (nullptr for PDF).
std::unique_ptr<ExportSink> makeWriter(ExportFormat format, QIODevice *device, const ExportOptions &options = {});
// The bundle in `format` (not PDF), for previews and tests.
QByteArray renderExport(ExportFormat format, const ExportBundle &bundle, const ExportOptions &options = {});

// Writes `path` through QSaveFile: `write` fills the device; the file appears only if it succeeds,
// and an earlier file of that name is kept untouched when it fails.
Status saveExport(const QString &path, const std::function<Status(QIODevice *)> &write);

} // namespace gloss
