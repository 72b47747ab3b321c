// A real library in a temporary folder, filled with generated articles, for model tests.
#pragma once

#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/Library.h"

#include <QTemporaryDir>
#include <QTest>

struct LibraryFixture {
    QTemporaryDir dir;
    std::unique_ptr<gloss::Library> library;
    std::unique_ptr<gloss::ArticleStore> store;

    bool open()
    {
        auto lib = gloss::Library::open(dir.filePath(QStringLiteral("lib.sqlite")));
        if (!lib)
            return false;
        library = std::move(*lib);
        store = std::make_unique<gloss::ArticleStore>(library->database());
        return true;
    }

    // Article i is published i hours after a fixed start, so newest-first order is known.
    qint64 add(int i)
    {
        gloss::ArticleInput in;
        in.sourceKey = QStringLiteral("test:%1").arg(i);
        in.title = QStringLiteral("Article %1").arg(i);
        in.text = QStringLiteral("Body %1").arg(i);
        in.html = QStringLiteral("<p>Body %1</p>").arg(i);
        in.source = QStringLiteral("Fixture");
        in.format = QStringLiteral("text");
        in.published = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::UTC).addSecs(3600LL * i);
        return store->save(in).value().id;
    }

    void addMany(int n)
    {
        gloss::Transaction tx(library->database());
        for (int i = 0; i < n; ++i)
            add(i);
        QVERIFY(tx.commit());
    }
};
