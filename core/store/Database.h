// Database, Statement, Transaction: a small RAII layer over the SQLite C API.
//
// The store libraries talk to SQLite only through these classes; the sqlite3 headers stay private to
// this folder. Statements are always prepared with bound values (never concatenated SQL). A failed
// call returns false/an error value and leaves the message in lastError(), so callers can report it.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace gloss {

class Statement;

class Database {
public:
    enum class Access { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and for ReadWriteCreate creates) the file; ":memory:" works too. SQLite opens lazily,
    // so a non-database file is only noticed by the first query.
    static Result<Database> open(const QString &path, Access access);

    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    // Runs one or more statements without results (schema scripts, pragmas).
    bool execute(const QString &sql);
    // A statement for one SQL text. Finished statements go back to a small per-connection cache
    // (reset, bindings cleared) and are handed out again for the same text: compiling an INSERT
    // with its full-text triggers costs more than running it.
    Statement prepare(const QString &sql);

    // Copies the whole database, consistent as of one moment, into a new file at `path` (SQLite's
    // online backup: other connections may keep reading and writing meanwhile). The copy is a single
    // file (rollback journal), checked with quick_check, and appears under `path` only when whole.
    Status backupTo(const QString &path);

    // Reads a single integer, e.g. a pragma; nullopt on error.
    std::optional<qint64> queryInt(const QString &sql);

    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const { return m_lastError; }
    int lastErrorCode() const { return m_lastErrorCode; }

    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;
    struct StatementCache;
    void recordError(int code);
    void recordError(const QString &message, int code);

    sqlite3 *m_db = nullptr;
    std::shared_ptr<StatementCache> m_cache; // statements outliving the connection see it expire
    QString m_path;
    QString m_lastError;
    int m_lastErrorCode = 0;
};

class Statement {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite. A null QVariant (or an invalid one) binds NULL.
    Statement &bind(int index, const QVariant &value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, const QByteArray &value);

    // Steps once: true while a row is available. After the last row (or an error) returns false;
    // tell the two apart with failed().
    bool next();
    // Runs a statement that returns no rows; true on success.
    bool exec();
    bool failed() const { return m_failed; }
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt, QString sql);
    void bindResult(int rc);
    void release(); // back to the connection's cache, or finalized

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    QString m_sql;
    std::weak_ptr<Database::StatementCache> m_cache;
};

// Rolls back in the destructor unless commit() succeeded: an early return or error never leaves a
// half-written library. Uses BEGIN IMMEDIATE so two writers (CLI and GUI) serialise cleanly, and a
// savepoint when already inside a transaction.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    // Undoes the writes now instead of at the end of the scope.
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace gloss
