#include "FuzzLibrary.h"

#include "store/ArticleStore.h"
#include "store/Library.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace gloss::fuzz {

namespace {

void addArticle(Database &db, const QString &url, const QString &title, const QString &text)
{
    ArticleInput in;
    in.sourceKey = url;
    in.url = url;
    in.title = title;
    in.author = u"Ada Example"_s;
    in.source = u"Example News"_s;
    in.format = u"html"_s;
    in.text = text;
    in.html = u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
    if (!ArticleStore(db).save(in))
        qFatal("fuzz library: saving an article failed");
}

std::unique_ptr<Library> makeLibrary()
{
    auto library = Library::openInMemory();
    if (!library)
        qFatal("fuzz library: %s", qPrintable(library.error()));
    Database &db = (*library)->database();
    // The URLs of the W3C test suite's samples and of Gloss's own golden export.
    addArticle(db, u"http://example.org/page1"_s, u"Page one"_s,
               u"Some text for the annotations to anchor on. The council said the bridge would reopen in May."_s);
    addArticle(db, u"https://news.example/story?id=1&x=2"_s, u"A story"_s,
               u"\"We will not move,\" said the mayor. Residents were sceptical of the plan."_s);
    return std::move(*library);
}

} // namespace

Database &fuzzLibrary()
{
    static const std::unique_ptr<Library> library = makeLibrary();
    return library->database();
}

} // namespace gloss::fuzz
