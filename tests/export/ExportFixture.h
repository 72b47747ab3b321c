// A real library file full of awkward user text, for the export tests: commas, quotes, line breaks,
// Markdown/YAML/HTML metacharacters, "---" lines, <script>, emoji and right-to-left text, a speaker
// with an alias, tags with spaces and digits, a changed and an orphaned annotation, an article
// without a URL (an imported file), one without annotations and one only labelled with a tag.
#pragma once

#include "annotation/AnnotationStore.h"
#include "annotation/Selectors.h"
#include "annotation/SpeakerStore.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/Library.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

struct ExportFixture {
    QTemporaryDir dir;
    std::unique_ptr<gloss::Library> library;
    qint64 web = 0;       // a web article with most of the trouble
    qint64 file = 0;      // an imported file: no URL
    qint64 bare = 0;      // no annotations
    qint64 labelled = 0;  // labelled "climate", no annotations
    qint64 jane = 0;
    qint64 ahmed = 0;

    static QString webTitle() { return u"Harbour \"plan\", <script>alert(1)</script> & --- #1 😀"_s; }
    static QString webText()
    {
        return u"The harbour board met on Tuesday, to discuss the plan.\n"
               "---\n"
               "> not a quote\n"
               "# not a heading\n"
               "`code` *stars* _under_ [link](javascript:alert(1)) | pipe\n"
               "\"We will rebuild the pier,\" said the chair. 😀\n"
               "مرحبا بالعالم — قال الرئيس\n"
               "<script>alert('x')</script> and <img src=http://evil.example/x.png>\n"
               "1. Final line with %% and $math$ and ==mark== and a tab\there"_s;
    }
    // Comments are Markdown the user wrote; these try to break out of their place.
    static QString hostileComment()
    {
        return u"Comment with **bold**, a \"quote\" and a list:\n\n- one\n- two\n\n---\ntitle: injected\n---\n"
               "<script>alert(1)</script> ![pixel](http://evil.example/p.png) [ok](https://ok.example/a?b=1&c=2) "
               "[bad](javascript:alert(2))\n\n%% hidden\n\n```\nunclosed fence"_s;
    }

    bool open()
    {
        auto lib = gloss::Library::open(dir.filePath(u"lib.sqlite"_s));
        if (!lib) {
            qWarning() << lib.error();
            return false;
        }
        library = std::move(*lib);
        gloss::Database &db = library->database();

        web = save(u"https://news.example/story?id=1&x=2"_s, u"https://news.example/story?id=1&x=2"_s, webTitle(), webText(),
                   QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::UTC));
        file = save(u"/home/someone/notes, draft.txt"_s, QString(), u"Notes: \"quoted\" — 2nd"_s,
                    u"Jane said \"the tide turns, always\" at the meeting.\nSecond line."_s, QDateTime());
        bare = save(u"https://news.example/bare"_s, u"https://news.example/bare"_s, u"Nothing marked"_s, u"Plain text."_s,
                    QDateTime(QDate(2024, 4, 1), QTime(8, 0), QTimeZone::UTC));
        labelled = save(u"https://news.example/labelled"_s, u"https://news.example/labelled"_s, u"Labelled only"_s,
                        u"Climate text."_s, QDateTime(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::UTC));
        if (!web || !file || !bare || !labelled)
            return false;

        gloss::SpeakerStore speakers(db);
        jane = speakers.create({0, u"Jane Doe"_s, u"Chair, \"Harbour\" Board"_s, u"Note: <b>not bold</b>"_s, {u"J. Doe"_s, u"Chair Jane"_s}, 0}).value();
        ahmed = speakers.create({0, u"أحمد"_s, u"رئيس"_s, QString(), {u"Ahmed"_s}, 0}).value();

        const QString text = webText();
        const QString pier = u"\"We will rebuild the pier,\" said the chair. 😀"_s;
        const QString block = u"---\n> not a quote\n# not a heading"_s;
        const QString rtl = u"مرحبا بالعالم"_s;
        const QString script = u"<script>alert('x')</script>"_s;
        bool ok = annotate(web, text, block, [](gloss::Annotation &a) {
            a.color = u"yellow"_s;
            a.tags = {u"needs check"_s, u"#hash, tag"_s, u"1984"_s};
            a.comment = hostileComment();
        });
        ok = ok && annotate(web, text, pier, [this](gloss::Annotation &a) {
            a.kind = gloss::AnnotationKind::Quote;
            a.quoteKind = gloss::QuoteKind::Direct;
            a.speakerId = jane;
            a.verb = u"said"_s;
            a.color = u"blue"_s;
            a.tags = {u"climate"_s};
            a.comment = u"=SUM(A1:A2), \"quoted\"\r\nline two"_s;
        });
        ok = ok && annotate(web, text, rtl, [this](gloss::Annotation &a) {
            a.kind = gloss::AnnotationKind::Quote;
            a.quoteKind = gloss::QuoteKind::Reported;
            a.speakerId = ahmed;
            a.color = u"green"_s;
            a.comment = u"+1 @everyone -minus"_s;
        });
        ok = ok && annotate(web, text, script, [](gloss::Annotation &a) {
            a.status = gloss::AnchorStatus::Changed;
            a.originalExact = u"<script>alert('y')</script>"_s;
            a.color = u"no-such-colour\"><script>"_s;
        });
        ok = ok && annotate(web, text, u"harbour board"_s, [](gloss::Annotation &a) {
            a.status = gloss::AnchorStatus::Orphan;
            a.color = u"pink"_s;
        });
        const QString fileText = u"Jane said \"the tide turns, always\" at the meeting.\nSecond line."_s;
        ok = ok && annotate(file, fileText, u"the tide turns, always"_s, [this](gloss::Annotation &a) {
            a.kind = gloss::AnnotationKind::Quote;
            a.quoteKind = gloss::QuoteKind::Partial;
            a.speakerId = jane;
            a.tags = {u"Climate"_s};
        });
        if (!ok)
            return false;
        // Article labels have no store yet (LabelStore: "later, article labels"); the table exists.
        gloss::Statement label = db.prepare(u"INSERT INTO article_labels (article_id, label_id) "
                                            "SELECT ?, id FROM labels WHERE name = 'climate' COLLATE NOCASE"_s);
        label.bind(1, labelled);
        return label.exec() && db.changes() == 1;
    }

    qint64 save(const QString &key, const QString &url, const QString &title, const QString &text, const QDateTime &published)
    {
        gloss::ArticleInput in;
        in.sourceKey = key;
        in.url = url;
        in.title = title;
        in.source = url.isEmpty() ? u"notes, draft.txt"_s : u"Example News, Inc."_s;
        in.author = u"Jane O'Brien"_s;
        in.format = url.isEmpty() ? u"text"_s : u"html"_s;
        in.published = published;
        in.text = text;
        in.html = u"<p>"_s + text.toHtmlEscaped().replace(u"\n"_s, u"</p><p>"_s) + u"</p>"_s;
        auto saved = gloss::ArticleStore(library->database()).save(in);
        if (!saved)
            qWarning() << saved.error();
        return saved ? saved->id : 0;
    }

    template<typename Edit>
    bool annotate(qint64 article, const QString &text, const QString &quote, Edit edit)
    {
        const int start = int(text.indexOf(quote));
        if (start < 0) {
            qWarning() << "fixture quote not in text:" << quote;
            return false;
        }
        gloss::Annotation a;
        a.articleId = article;
        a.selectors = gloss::captureSelectors(text, start, start + int(quote.size()));
        a.created = QDateTime(QDate(2024, 5, 2), QTime(9, 30), QTimeZone::UTC);
        a.updated = QDateTime(QDate(2024, 5, 3), QTime(11, 45), QTimeZone::UTC);
        edit(a);
        auto id = gloss::AnnotationStore(library->database()).create(a);
        if (!id)
            qWarning() << id.error();
        return id.ok();
    }
};
