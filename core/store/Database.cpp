#include "Database.h"

#include "StoreLogging.h"

#include <sqlite3.h>

#include <QHash>
#include <QList>

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

void Database::recordError(const QString &message, int code)
{
    m_lastError = message;
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

Status Database::backupTo(const QString &path)
{
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(target);
        return Error{u"cannot create the backup '%1': %2"_s.arg(path, message)};
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return Error{u"cannot back up the library to '%1': %2"_s.arg(path, message)};
    }
    // All pages in one step: the copy is consistent as of one moment.
    int waits = 0;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++waits < 200));
    sqlite3_backup_finish(backup);
    const QString message = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (rc != SQLITE_DONE)
        return Error{u"cannot back up the library to '%1': %2"_s.arg(path, message)};
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
