#include "LibraryProbe.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace gloss::test {

LibraryProbe::LibraryProbe(const QString &path)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        m_error = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return;
    }
    m_db = db;
    // The probe may run while Gloss writes (the concurrency test): wait for a lock as Gloss does.
    sqlite3_busy_timeout(m_db, 5000);
}

LibraryProbe::~LibraryProbe()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

// Every row of `sql`, its first `columns` columns joined by " " per row; an error becomes one row
// starting with "error:" so a check that expects "ok" or nothing fails with the reason in view.
QStringList LibraryProbe::column(const QString &sql, int columns)
{
    if (!m_db)
        return {u"error: not open: "_s + m_error};
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return {u"error: %1 (%2)"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db))).arg(sqlite3_extended_errcode(m_db))};
    QStringList rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
        rows << cells.join(u' ');
    }
    if (rc != SQLITE_DONE)
        rows << u"error: %1 (%2)"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db))).arg(sqlite3_extended_errcode(m_db));
    sqlite3_finalize(stmt);
    return rows;
}

QString LibraryProbe::integrityCheck()
{
    return column(u"PRAGMA integrity_check"_s, 1).join(u'\n');
}

QStringList LibraryProbe::foreignKeyProblems()
{
    return column(u"PRAGMA foreign_key_check"_s, 3);
}

qint64 LibraryProbe::count(const QString &table)
{
    const QStringList rows = column(u"SELECT count(*) FROM \"%1\""_s.arg(table), 1);
    bool ok = false;
    const qint64 n = rows.value(0).toLongLong(&ok);
    return rows.size() == 1 && ok ? n : -1;
}

QHash<qint64, LibraryProbe::StoredAnnotation> LibraryProbe::annotations()
{
    QHash<qint64, StoredAnnotation> result;
    if (!m_db)
        return result;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT id, exact, comment FROM annotations", -1, &stmt, nullptr) != SQLITE_OK)
        return result;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto text = [stmt](int c) { return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c))); };
        result.insert(sqlite3_column_int64(stmt, 0), {text(1), text(2)});
    }
    sqlite3_finalize(stmt);
    return result;
}

} // namespace gloss::test
