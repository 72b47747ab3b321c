#include "Database.h"

#include "StoreLogging.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {
QString sqliteMessage(sqlite3 *db, int code)
{
    if (db)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(code));
}
} // namespace

// Idle prepared statements by SQL text. A few dozen distinct statements cover everything the stores
// run; the cap only guards against a caller that builds SQL texts without end.
struct Database::StatementCache {
    static constexpr int MaxIdle = 96;
    QHash<QString, QList<sqlite3_stmt *>> idle;
    int count = 0;

    sqlite3_stmt *take(const QString &sql)
    {
        auto it = idle.find(sql);
        if (it == idle.end() || it->isEmpty())
            return nullptr;
        --count;
        return it->takeLast();
    }
    void giveBack(const QString &sql, sqlite3_stmt *stmt)
    {
        // Reset first: a half-read SELECT would otherwise keep its read transaction open.
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        if (count >= MaxIdle) {
            sqlite3_finalize(stmt);
            return;
        }
        idle[sql].append(stmt);
        ++count;
    }
    void finalizeAll()
    {
        for (const QList<sqlite3_stmt *> &list : std::as_const(idle)) {
            for (sqlite3_stmt *stmt : list)
                sqlite3_finalize(stmt);
        }
        idle.clear();
        count = 0;
    }
};

Database::~Database()
{
    if (m_cache)
        m_cache->finalizeAll();
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_cache(std::move(other.m_cache))
    , m_path(std::move(other.m_path))
    , m_lastError(std::move(other.m_lastError))
    , m_lastErrorCode(other.m_lastErrorCode)
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_cache)
            m_cache->finalizeAll();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
        m_path = std::move(other.m_path);
        m_lastError = std::move(other.m_lastError);
        m_lastErrorCode = other.m_lastErrorCode;
    }
    return *this;
}

Result<Database> Database::open(const QString &path, Access access)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (access) {
    case Access::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Access::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Access::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = sqliteMessage(handle, rc);
        sqlite3_close_v2(handle);
        return Error{message};
    }
    sqlite3_extended_result_codes(handle, 1);
    Database db;
    db.m_db = handle;
    db.m_cache = std::make_shared<StatementCache>();
    db.m_path = path;
    return db;
}

void Database::recordError(int code)
{
    recordError(sqliteMessage(m_db, code), code);
}

namespace {
// What a reader can act on, for the failures that are about the disk and not about Gloss; SQLite's
// own words follow in brackets. (SQLite rolls a failed statement, or its transaction, back: the
// library keeps what it held before.)
QString explained(const QString &message, int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL: return u"the disk is full, so the change was not saved; free some space and try again (%1)"_s.arg(message);
    case SQLITE_READONLY: return u"the library cannot be written: its file or folder is read-only (%1)"_s.arg(message);
    case SQLITE_IOERR: return u"the disk reported an error, so the change was not saved (%1)"_s.arg(message);
    case SQLITE_CORRUPT: return u"the library file is damaged; a backup can replace it (%1)"_s.arg(message);
    default: return message;
    }
}
} // namespace

void Database::recordError(const QString &message, int code)
{
    m_lastError = explained(message, code);
    m_lastErrorCode = code;
    qCDebug(lcStore) << "sqlite error" << code << message;
}

bool Database::execute(const QString &sql)
{
    char *errmsg = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &errmsg);
    if (rc != SQLITE_OK) {
        recordError(errmsg ? QString::fromUtf8(errmsg) : sqliteMessage(m_db, rc), rc);
        sqlite3_free(errmsg);
        return false;
    }
    return true;
}

Statement Database::prepare(const QString &sql)
{
    if (m_cache) {
        if (sqlite3_stmt *cached = m_cache->take(sql))
            return Statement(this, cached, sql);
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        recordError(rc);
        qCWarning(lcStore) << "cannot prepare" << sql << ":" << m_lastError;
        return Statement(this, nullptr, {});
    }
    return Statement(this, stmt, sql);
}

namespace {
// The first row of a one-value statement on a bare connection ("" when it returns nothing).
QString firstText(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return value;
}

// Copies every page of `source` into `target`, waiting out other writers for a while.
int copyPages(sqlite3 *source, sqlite3 *target)
{
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return sqlite3_errcode(target);
    // All pages in one step: the copy is consistent as of one moment.
    int rc = SQLITE_OK;
    int waits = 0;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++waits < 200));
    sqlite3_backup_finish(backup);
    return rc;
}
} // namespace

Status Database::backupTo(const QString &path)
{
    // The copy is written beside its final name and renamed only once it is whole and checked: a
    // backup cut short (a crash, a full disk) never looks like a backup. The name is this process's
    // own: two processes upgrading one library in the same second make the same backup, and neither
    // may remove the other's copy half-way (the rename makes one of them the backup).
    const QString partial = u"%1.%2.partial"_s.arg(path).arg(QCoreApplication::applicationPid());
    const QByteArray partialName = partial.toUtf8();
    std::remove(partialName.constData());
    sqlite3 *target = nullptr;
    const auto fail = [&](const QString &problem) {
        sqlite3_close(target);
        std::remove(partialName.constData());
        return Error{u"cannot back up the library to '%1': %2"_s.arg(path, problem)};
    };
    int rc = sqlite3_open_v2(partialName.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    rc = copyPages(m_db, target);
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    // One self-contained file (no -wal beside it), and pages that read back: a damaged library makes
    // a damaged copy, which must not push a good older backup out.
    if (firstText(target, "PRAGMA journal_mode = DELETE").compare("delete"_L1, Qt::CaseInsensitive) != 0)
        return fail(u"cannot finish the copy: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(target))));
    if (const QString check = firstText(target, "PRAGMA quick_check"); check != "ok"_L1)
        return fail(u"the copy does not read back whole (%1); the library itself may be damaged"_s.arg(check.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(target)) : check));
    sqlite3_close(target);
    target = nullptr;
    if (std::rename(partialName.constData(), path.toUtf8().constData()) != 0)
        return fail(u"cannot rename the finished copy: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno))));
    return Status::success();
}

std::optional<qint64> Database::queryInt(const QString &sql)
{
    Statement st = prepare(sql);
    if (!st.isValid() || !st.next())
        return std::nullopt;
    return st.int64(0);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// --- Statement -------------------------------------------------------------------------------

Statement::Statement(Database *db, sqlite3_stmt *stmt, QString sql)
    : m_db(db)
    , m_stmt(stmt)
    , m_sql(std::move(sql))
    , m_cache(db ? db->m_cache : nullptr)
{
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (auto cache = m_cache.lock())
        cache->giveBack(m_sql, m_stmt);
    else
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_failed(other.m_failed)
    , m_sql(std::move(other.m_sql))
    , m_cache(std::move(other.m_cache))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_failed = other.m_failed;
        m_sql = std::move(other.m_sql);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Statement::bindResult(int rc)
{
    if (rc != SQLITE_OK) {
        m_failed = true;
        if (m_db)
            m_db->recordError(rc);
    }
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid())
        return bindNull(index);
    if (value.isNull() && value.typeId() != QMetaType::QString)
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return bind(index, value.toBool());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    // A null QString binds '' (not NULL): Qt code rarely means NULL by it, and text columns are
    // NOT NULL. Bind NULL explicitly with bindNull() or an invalid QVariant.
    // SQLite copies the text (SQLITE_TRANSIENT), so the temporary UTF-8 buffer may go away.
    const QByteArray utf8 = value.toUtf8();
    bindResult(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        bindResult(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        bindResult(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        bindResult(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (m_stmt)
        bindResult(sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT));
    return *this;
}

bool Statement::next()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_db->recordError(rc);
    }
    return false;
}

bool Statement::exec()
{
    if (!m_stmt) {
        m_failed = true;
        return false;
    }
    while (next()) {
    }
    return !m_failed;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_failed = false;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return int64(column);
    case SQLITE_FLOAT: return real(column);
    case SQLITE_BLOB: return blob(column);
    case SQLITE_NULL: return {};
    default: return text(column);
    }
}

// --- Transaction -----------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    // Inside an outer transaction a savepoint nests cleanly, so stores can wrap their own writes
    // while a caller batches many of them in one transaction.
    m_nested = sqlite3_get_autocommit(m_db.handle()) == 0;
    m_active = m_db.execute(m_nested ? u"SAVEPOINT gloss_tx"_s : u"BEGIN IMMEDIATE"_s);
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_nested)
        m_db.execute(u"ROLLBACK TO gloss_tx; RELEASE gloss_tx"_s);
    else
        m_db.execute(u"ROLLBACK"_s);
    m_active = false;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    // A failed COMMIT (e.g. SQLITE_BUSY) leaves the transaction open; the destructor rolls back.
    if (!m_db.execute(m_nested ? u"RELEASE gloss_tx"_s : u"COMMIT"_s))
        return false;
    m_active = false;
    return true;
}

} // namespace gloss
