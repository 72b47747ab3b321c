// The RAII SQLite layer: binding, reading, errors as values, transactions that roll back.
#include "store/Database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestDatabase : public QObject {
    Q_OBJECT

    Database m_db;

private Q_SLOTS:
    void init()
    {
        auto db = Database::open(u":memory:"_s, Database::Access::ReadWriteCreate);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = std::move(*db);
        QVERIFY(m_db.execute(u"CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT, n INTEGER, r REAL, b BLOB)"_s));
    }

    void bindAndReadRoundTrip()
    {
        Statement insert = m_db.prepare(u"INSERT INTO t (s, n, r, b) VALUES (?, ?, ?, ?)"_s);
        const QString text = u"Zürich \u00A0“quoted” 🙂"_s;
        insert.bind(1, text).bind(2, qint64(1) << 40).bind(3, 2.5).bindBlob(4, QByteArray("a\0b", 3));
        QVERIFY(insert.exec());
        QCOMPARE(m_db.lastInsertId(), 1);

        Statement select = m_db.prepare(u"SELECT s, n, r, b FROM t"_s);
        QVERIFY(select.next());
        QCOMPARE(select.text(0), text);
        QCOMPARE(select.int64(1), qint64(1) << 40);
        QCOMPARE(select.real(2), 2.5);
        QCOMPARE(select.blob(3), QByteArray("a\0b", 3));
        QVERIFY(!select.next());
        QVERIFY(!select.failed());
    }

    void nullQVariantBindsNull()
    {
        Statement insert = m_db.prepare(u"INSERT INTO t (s) VALUES (?)"_s);
        insert.bind(1, QVariant());
        QVERIFY(insert.exec());
        Statement select = m_db.prepare(u"SELECT s IS NULL FROM t"_s);
        QVERIFY(select.next());
        QCOMPARE(select.int64(0), 1);
    }

    void badSqlIsAnErrorValue()
    {
        Statement st = m_db.prepare(u"SELECT nope FROM nowhere"_s);
        QVERIFY(!st.isValid());
        QVERIFY(!st.next());
        QVERIFY2(m_db.lastError().contains(u"nowhere"_s), qPrintable(m_db.lastError()));
    }

    void constraintViolationIsReported()
    {
        QVERIFY(m_db.execute(u"CREATE TABLE u (x TEXT NOT NULL)"_s));
        Statement st = m_db.prepare(u"INSERT INTO u (x) VALUES (NULL)"_s);
        QVERIFY(!st.exec());
        QVERIFY(st.failed());
        QVERIFY2(m_db.lastError().contains(u"NOT NULL"_s), qPrintable(m_db.lastError()));
    }

    void transactionRollsBackUnlessCommitted()
    {
        {
            Transaction tx(m_db);
            QVERIFY(tx.isActive());
            QVERIFY(m_db.execute(u"INSERT INTO t (s) VALUES ('lost')"_s));
        }
        QCOMPARE(m_db.queryInt(u"SELECT count(*) FROM t"_s), 0);
        {
            Transaction tx(m_db);
            QVERIFY(m_db.execute(u"INSERT INTO t (s) VALUES ('kept')"_s));
            QVERIFY(tx.commit());
        }
        QCOMPARE(m_db.queryInt(u"SELECT count(*) FROM t"_s), 1);
    }

    void nestedTransactionIsASavepoint()
    {
        Transaction outer(m_db);
        QVERIFY(m_db.execute(u"INSERT INTO t (s) VALUES ('outer')"_s));
        {
            Transaction inner(m_db);
            QVERIFY(inner.isActive());
            QVERIFY(m_db.execute(u"INSERT INTO t (s) VALUES ('inner, rolled back')"_s));
        }
        {
            Transaction inner(m_db);
            QVERIFY(m_db.execute(u"INSERT INTO t (s) VALUES ('inner, kept')"_s));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
        Statement st = m_db.prepare(u"SELECT s FROM t ORDER BY id"_s);
        QStringList rows;
        while (st.next())
            rows << st.text(0);
        QCOMPARE(rows, (QStringList{u"outer"_s, u"inner, kept"_s}));
    }

    void statementResetReuses()
    {
        Statement insert = m_db.prepare(u"INSERT INTO t (n) VALUES (?)"_s);
        for (int i = 0; i < 3; ++i) {
            insert.reset();
            insert.bind(1, i);
            QVERIFY(insert.exec());
        }
        QCOMPARE(m_db.queryInt(u"SELECT sum(n) FROM t"_s), 3);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
