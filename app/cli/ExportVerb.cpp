#include "ExportVerb.h"

#include "CliContext.h"
#include "VerbArgs.h"

#include "export/ExportFormat.h"
#include "export/ExportReader.h"
#include "export/MarkdownWriter.h"
#include "export/PdfExport.h"
#include "export/PhraseSearch.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

// Passes everything on and counts it, for the closing "exported ..." line.
class CountingSink final : public ExportSink {
public:
    explicit CountingSink(ExportSink &inner) : m_inner(inner) {}
    Status begin(const ExportHeader &header) override { return m_inner.begin(header); }
    Status article(const ExportedArticle &article) override
    {
        ++articles;
        annotations += article.annotations.size();
        return m_inner.article(article);
    }
    Status finish() override { return m_inner.finish(); }
    qint64 articles = 0;
    qint64 annotations = 0;

private:
    ExportSink &m_inner;
};

std::unique_ptr<ExportSink> writerFor(ExportFormat format, QIODevice *device, const ExportOptions &options)
{
    if (format == ExportFormat::Pdf)
        return std::make_unique<PdfWriter>(device);
    return makeWriter(format, device, options);
}

} // namespace

bool exportNeedsGui(const QStringList &args)
{
    if (args.isEmpty() || args.first() != u"export"_s)
        return false;
    for (int i = 1; i < args.size(); ++i) {
        if ((args[i] == u"--format"_s && i + 1 < args.size() && args[i + 1].compare(u"pdf"_s, Qt::CaseInsensitive) == 0)
            || args[i].compare(u"--format=pdf"_s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int exportCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Export annotated notes. Without --article, --speaker, --tag or --query: the whole library. The filters "
        "combine (all must hold). Articles without annotations are left out unless named with --article or "
        "--all-articles is given."_s);
    const QCommandLineOption formatOpt(u"format"_s, u"md, html, json, csv, w3c (Web Annotation JSON-LD) or pdf."_s, u"FORMAT"_s);
    const QCommandLineOption articleOpt(u"article"_s, u"This article (repeat for more)."_s, u"ID"_s);
    const QCommandLineOption speakerOpt(u"speaker"_s, u"Only quotes of this speaker (name or alias)."_s, u"NAME"_s);
    const QCommandLineOption tagOpt(u"tag"_s, u"Only annotations with this tag, and articles labelled with it."_s, u"T"_s);
    const QCommandLineOption queryOpt(u"query"_s, u"Only articles whose title or text contain this phrase."_s, u"Q"_s);
    const QCommandLineOption allOpt(u"all-articles"_s, u"Also articles without annotations (a full backup with --format json)."_s);
    const QCommandLineOption perArticleOpt(u"per-article"_s, u"md: one file per article in the folder given with -o."_s);
    const QCommandLineOption guardOpt(u"csv-formula-guard"_s, u"csv: prefix cells starting with = + - @ with ' so spreadsheets do not run them."_s);
    const QCommandLineOption outputOpt({u"o"_s, u"output"_s}, u"Write to FILE (default '-': standard output)."_s, u"FILE"_s, u"-"_s);
    parser.addOptions({formatOpt, articleOpt, speakerOpt, tagOpt, queryOpt, allOpt, perArticleOpt, guardOpt, outputOpt});
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"export"_s, args, &code))
        return code;

    // Everything the command line alone can get wrong is a usage error, checked before the library opens.
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(u"export: unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    if (!parser.isSet(formatOpt))
        return ctx.usage(u"export: --format is required: md, html, json, csv, w3c or pdf"_s);
    const auto format = exportFormatFromName(parser.value(formatOpt));
    if (!format)
        return ctx.usage(u"export: unknown format '%1'; use md, html, json, csv, w3c or pdf"_s.arg(parser.value(formatOpt)));
    ExportScope scope;
    for (const QString &value : parser.values(articleOpt)) {
        const auto id = parsePositiveId(value);
        if (!id)
            return ctx.usage(u"export: '%1' is not an article id"_s.arg(value));
        scope.articleIds << *id;
    }
    scope.speaker = parser.value(speakerOpt).simplified();
    if (parser.isSet(speakerOpt) && scope.speaker.isEmpty())
        return ctx.usage(u"export: --speaker needs a name"_s);
    scope.tag = parser.value(tagOpt).trimmed();
    if (parser.isSet(tagOpt) && scope.tag.isEmpty())
        return ctx.usage(u"export: --tag needs a name"_s);
    const QString query = parser.value(queryOpt);
    if (parser.isSet(queryOpt) && query.trimmed().isEmpty())
        return ctx.usage(u"export: --query needs words to search for"_s);
    scope.includeUnannotated = parser.isSet(allOpt);
    scope.withContent = exportNeedsContent(*format);
    const QString output = parser.value(outputOpt);
    const bool toStdout = output == u"-"_s;
    const bool perArticle = parser.isSet(perArticleOpt);
    if (perArticle && *format != ExportFormat::Markdown)
        return ctx.usage(u"export: --per-article is for --format md"_s);
    if (perArticle && toStdout)
        return ctx.usage(u"export: --per-article needs a folder: -o DIR"_s);
    if (*format == ExportFormat::Pdf && toStdout && isatty(fileno(stdout)))
        return ctx.usage(u"export: a PDF is binary; write it with -o FILE or redirect standard output"_s);
    ExportOptions options;
    options.csvFormulaGuard = parser.isSet(guardOpt);

    Library *library = ctx.library();
    if (!library)
        return Failure;
    Database &db = library->database();
    if (!query.isEmpty()) {
        auto found = articlesMatchingPhrase(db, query);
        if (!found)
            return ctx.fail(found.error());
        // --query and --article together: the named articles that also match.
        QList<qint64> ids = *found;
        if (!scope.articleIds.isEmpty())
            ids.removeIf([&scope](qint64 id) { return !scope.articleIds.contains(id); });
        if (ids.isEmpty())
            return ctx.fail(u"no article matches '%1'"_s.arg(query));
        scope.articleIds = ids;
    }

    ExportReader reader(db);
    if (perArticle) {
        if (!QDir().mkpath(output))
            return ctx.fail(u"cannot create the folder %1"_s.arg(output));
        MarkdownFilesWriter files([&output](const QString &name, const QByteArray &bytes) {
            return saveExport(QDir(output).filePath(name), [&bytes](QIODevice *device) {
                return device->write(bytes) == bytes.size() ? Status() : Status(Error{device->errorString()});
            });
        });
        CountingSink counted(files);
        if (const Status s = reader.read(scope, counted); !s)
            return ctx.fail(s.error());
        ctx.err() << u"exported %1 annotation(s) from %2 article(s) to %3"_s.arg(counted.annotations).arg(counted.articles).arg(output)
                  << Qt::endl;
        return Success;
    }

    qint64 articles = 0;
    qint64 annotations = 0;
    const auto writeTo = [&](QIODevice *device) {
        const auto writer = writerFor(*format, device, options);
        CountingSink counted(*writer);
        const Status s = reader.read(scope, counted);
        articles = counted.articles;
        annotations = counted.annotations;
        return s;
    };
    if (toStdout) {
        ctx.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
            return ctx.fail(u"cannot write to standard output"_s);
        if (const Status s = writeTo(&out); !s)
            return ctx.fail(s.error());
        return Success;
    }
    if (const Status s = saveExport(output, writeTo); !s)
        return ctx.fail(s.error());
    ctx.err() << u"exported %1 annotation(s) from %2 article(s) to %3"_s.arg(annotations).arg(articles).arg(output) << Qt::endl;
    return Success;
}

} // namespace gloss::cli
