// CSV (RFC 4180): UTF-8 without a byte order mark, a header row, CRLF after every record; one row per
// annotation. A field is quoted when it holds a comma, a quote, CR or LF, with quotes doubled; line
// breaks inside a field are kept as they are (RFC 4180 allows them in quoted fields). Tags are joined
// with "; ". Formula guarding is an option (see ExportOptions) because it alters the data.
#pragma once

#include "DeviceSink.h"
#include "ExportFormat.h"

namespace gloss {

class CsvWriter final : public DeviceSink {
public:
    CsvWriter(QIODevice *device, const ExportOptions &options) : DeviceSink(device), m_options(options) {}
    Status begin(const ExportHeader &header) override;
    Status article(const ExportedArticle &article) override;
    Status finish() override { return {}; }

    static QStringList columns();
    static QString field(const QString &value, bool formulaGuard);

private:
    ExportOptions m_options;
};

} // namespace gloss
