// A real library file with one article, for annotation tests.
#pragma once

#include "store/ArticleStore.h"
#include "store/Library.h"

#include <QTemporaryDir>
#include <QTest>

struct AnnotationFixture {
    QTemporaryDir dir;
    std::unique_ptr<gloss::Library> library;
    qint64 articleId = 0;

    bool open(const QString &text)
    {
        auto lib = gloss::Library::open(dir.filePath(QStringLiteral("lib.sqlite")));
        if (!lib)
            return false;
        library = std::move(*lib);
        articleId = saveText(text);
        return articleId > 0;
    }

    // Saves `text` as the article's content (a new revision when it differs).
    qint64 saveText(const QString &text)
    {
        gloss::ArticleStore store(library->database());
        gloss::ArticleInput in;
        in.sourceKey = QStringLiteral("test:article");
        in.title = QStringLiteral("Article");
        in.text = text;
        in.html = QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
        auto saved = store.save(in);
        return saved ? saved->id : 0;
    }
};
