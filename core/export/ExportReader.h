// ExportReader: reads what an ExportScope selects from a library and hands it to an ExportSink.
//
// Everything is read inside one read transaction, so an export is a consistent snapshot even while
// the window or a refresh writes to the library. Articles come in keyset pages (newest first, like
// the article list) with their annotations read per page, so memory stays flat on big libraries and
// nothing is read twice. Unknown speakers, tags or article ids are refused with a message naming
// them before anything reaches the sink.
#pragma once

#include "ExportData.h"
#include "ExportScope.h"

#include "store/Result.h"

namespace gloss {

class Database;
class ExportSink;

class ExportReader {
public:
    explicit ExportReader(Database &db) : m_db(db) {}

    Status read(const ExportScope &scope, ExportSink &sink, int pageSize = 200);
    // The whole export in memory (previews, tests, PDF).
    Result<ExportBundle> readAll(const ExportScope &scope);

private:
    Database &m_db;
};

} // namespace gloss
