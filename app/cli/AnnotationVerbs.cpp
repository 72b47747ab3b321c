#include "AnnotationVerbs.h"

#include "VerbArgs.h"
#include "AnnotationJson.h"
#include "CliContext.h"

#include "annotation/AnnotationStore.h"
#include "annotation/Palette.h"
#include "annotation/Selectors.h"
#include "annotation/SpeakerStore.h"
#include "annotation/TextMatch.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QJsonArray>

#include <variant>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

QString paletteNames()
{
    QStringList names;
    for (const HighlightColor &c : highlightPalette())
        names << c.name;
    return names.join(u", "_s);
}

// The range the quote covers, or an exit code after telling the user why there is none. The quote
// is matched with white space folded because a quote typed on a command line has plain spaces where
// the article may have non-breaking ones or a line break.
std::variant<TextRange, int> locateQuote(CliContext &ctx, const QString &text, const QString &quote, qint64 articleId,
                                         std::optional<int> occurrence)
{
    const QList<TextRange> found = findQuoteFolded(text, quote);
    // Multi-argument arg() throughout: a quote containing "%2" must not be substituted into.
    const QString shown = quote.trimmed();
    const QString n = QString::number(found.size());
    const QString article = QString::number(articleId);
    if (found.isEmpty())
        return ctx.fail(u"the quote \"%1\" was not found in article %2"_s.arg(shown, article));
    if (!occurrence) {
        if (found.size() > 1)
            return ctx.fail(u"the quote \"%1\" occurs %2 times in article %3; pass --occurrence 1..%2 to choose one"_s.arg(shown, n, article));
        return found.first();
    }
    // Out of range is an error about the article's text, not about the command's syntax: exit 1.
    if (*occurrence > found.size())
        return ctx.fail(u"--occurrence %1 is out of range: the quote \"%2\" occurs %3 time(s) in article %4"_s.arg(
            QString::number(*occurrence), shown, n, article));
    return found.at(*occurrence - 1);
}

// The speaker called `name` (name or alias), created when new. *created says which.
Result<qint64> speakerFor(Database &db, const QString &name, bool *created)
{
    SpeakerStore speakers(db);
    auto existing = speakers.findByNameOrAlias(name);
    if (!existing)
        return Error{existing.error()};
    *created = !existing->has_value();
    if (existing->has_value())
        return (*existing)->id;
    Speaker speaker;
    speaker.name = name;
    return speakers.create(speaker);
}

} // namespace

int annotateCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Annotate a passage of an article: a highlight, a comment or a speaker's quote."_s);
    const QCommandLineOption quoteOpt(u"quote"_s, u"The passage, as it reads in the article (white space is loose)."_s, u"TEXT"_s);
    const QCommandLineOption occurrenceOpt(u"occurrence"_s, u"Which occurrence of the passage, when it occurs more than once."_s, u"N"_s);
    const QCommandLineOption colorOpt(u"color"_s, u"Highlight colour: %1."_s.arg(paletteNames()), u"NAME"_s, u"yellow"_s);
    const QCommandLineOption commentOpt(u"comment"_s, u"A comment (Markdown)."_s, u"TEXT"_s);
    const QCommandLineOption speakerOpt(u"speaker"_s, u"Who said it (name or alias; a new name adds a speaker)."_s, u"NAME"_s);
    const QCommandLineOption kindOpt(u"kind"_s, u"Quote kind: direct, partial or reported."_s, u"KIND"_s);
    const QCommandLineOption tagOpt(u"tag"_s, u"A tag (repeat for more)."_s, u"T"_s);
    const QCommandLineOption json(u"json"_s, u"Print the annotation as JSON."_s);
    parser.addOptions({quoteOpt, occurrenceOpt, colorOpt, commentOpt, speakerOpt, kindOpt, tagOpt, json});
    parser.addPositionalArgument(u"ID"_s, u"The article's id (see 'gloss list')."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"annotate"_s, args, &code))
        return code;

    // Everything the command line alone can get wrong is a usage error, checked before the library opens.
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(u"annotate: expected exactly one article id"_s);
    const auto articleId = parsePositiveId(parser.positionalArguments().first());
    if (!articleId)
        return ctx.usage(u"annotate: '%1' is not an article id"_s.arg(parser.positionalArguments().first()));
    const QString quote = parser.value(quoteOpt);
    if (!parser.isSet(quoteOpt) || quote.trimmed().isEmpty())
        return ctx.usage(u"annotate: --quote TEXT is required (the passage to annotate)"_s);
    std::optional<int> occurrence;
    if (parser.isSet(occurrenceOpt)) {
        bool ok = false;
        occurrence = parser.value(occurrenceOpt).toInt(&ok);
        if (!ok || *occurrence < 1)
            return ctx.usage(u"annotate: --occurrence needs a number from 1, not '%1'"_s.arg(parser.value(occurrenceOpt)));
    }
    const QString color = parser.value(colorOpt);
    if (!isPaletteColor(color))
        return ctx.usage(u"annotate: unknown colour '%1'; the colours are %2"_s.arg(color, paletteNames()));
    std::optional<QuoteKind> quoteKind;
    if (parser.isSet(kindOpt)) {
        quoteKind = quoteKindFromName(parser.value(kindOpt));
        if (!quoteKind || *quoteKind == QuoteKind::None)
            return ctx.usage(u"annotate: unknown quote kind '%1'; use direct, partial or reported"_s.arg(parser.value(kindOpt)));
    }
    const QString speakerName = parser.value(speakerOpt).simplified();
    if (parser.isSet(speakerOpt) && speakerName.isEmpty())
        return ctx.usage(u"annotate: --speaker needs a name"_s);
    QStringList tags;
    for (const QString &tag : parser.values(tagOpt)) {
        if (tag.trimmed().isEmpty())
            return ctx.usage(u"annotate: --tag needs a name"_s);
        tags << tag.trimmed();
    }

    Library *library = ctx.library();
    if (!library)
        return Failure;
    Database &db = library->database();
    auto article = ArticleStore(db).article(*articleId);
    if (!article)
        return ctx.fail(article.error());
    if (!article->has_value())
        return ctx.fail(u"there is no article %1"_s.arg(*articleId));
    const QString &text = (*article)->text;
    const auto located = locateQuote(ctx, text, quote, *articleId, occurrence);
    if (const int *failed = std::get_if<int>(&located))
        return *failed;
    const TextRange range = std::get<TextRange>(located);

    Annotation a;
    a.articleId = *articleId;
    a.color = color;
    a.comment = parser.value(commentOpt);
    a.tags = tags;
    a.selectors = captureSelectors(text, range.start, range.end);
    if (parser.isSet(speakerOpt) || quoteKind) {
        a.kind = AnnotationKind::Quote;
        a.quoteKind = quoteKind.value_or(QuoteKind::Direct);
    } else {
        a.kind = a.comment.isEmpty() ? AnnotationKind::Highlight : AnnotationKind::Comment;
    }

    // One transaction: a failed annotation must not leave a freshly created speaker behind.
    Transaction tx(db);
    bool newSpeaker = false;
    if (!speakerName.isEmpty()) {
        auto speakerId = speakerFor(db, speakerName, &newSpeaker);
        if (!speakerId)
            return ctx.fail(speakerId.error());
        a.speakerId = *speakerId;
    }
    AnnotationStore store(db);
    auto id = store.create(a);
    if (!id)
        return ctx.fail(id.error());
    if (!tx.commit())
        return ctx.fail(u"could not save the annotation: %1"_s.arg(db.lastError()));
    if (newSpeaker)
        ctx.err() << "gloss: new speaker '" << speakerName << "'" << Qt::endl;

    if (!parser.isSet(json)) {
        ctx.out() << *id << Qt::endl;
        return Success;
    }
    // Read it back so the JSON shows what was stored (speaker name, sorted tags).
    auto stored = store.annotation(*id);
    if (!stored || !stored->has_value())
        return ctx.fail(stored ? u"annotation %1 vanished after saving"_s.arg(*id) : stored.error());
    printJsonDocument(ctx, QJsonDocument(annotationJson(**stored)));
    return Success;
}

int annotationsCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List annotations: by article, then in text order (orphans last)."_s);
    const QCommandLineOption articleOpt(u"article"_s, u"Only this article's annotations."_s, u"ID"_s);
    const QCommandLineOption speakerOpt(u"speaker"_s, u"Only quotes of this speaker (name or alias)."_s, u"NAME"_s);
    const QCommandLineOption tagOpt(u"tag"_s, u"Only annotations with this tag."_s, u"T"_s);
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON."_s);
    parser.addOptions({articleOpt, speakerOpt, tagOpt, json});
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"annotations"_s, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(u"annotations: unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    AnnotationQuery query;
    if (parser.isSet(articleOpt)) {
        const auto id = parsePositiveId(parser.value(articleOpt));
        if (!id)
            return ctx.usage(u"annotations: '%1' is not an article id"_s.arg(parser.value(articleOpt)));
        query.articleId = *id;
    }
    query.tag = parser.value(tagOpt).trimmed();

    Library *library = ctx.library();
    if (!library)
        return Failure;
    Database &db = library->database();
    if (query.articleId) {
        // An empty list for a mistyped id would look like "no annotations yet".
        auto article = ArticleStore(db).article(query.articleId);
        if (!article)
            return ctx.fail(article.error());
        if (!article->has_value())
            return ctx.fail(u"there is no article %1"_s.arg(query.articleId));
    }
    if (parser.isSet(speakerOpt)) {
        auto speaker = SpeakerStore(db).findByNameOrAlias(parser.value(speakerOpt));
        if (!speaker)
            return ctx.fail(speaker.error());
        if (!speaker->has_value())
            return ctx.fail(u"there is no speaker named '%1' (see 'gloss speakers')"_s.arg(parser.value(speakerOpt)));
        query.speakerId = (*speaker)->id;
    }
    auto found = AnnotationStore(db).find(query);
    if (!found)
        return ctx.fail(found.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Annotation &a : *found)
            array.append(annotationJson(a));
        printJsonDocument(ctx, QJsonDocument(array));
        return Success;
    }
    for (const Annotation &a : *found)
        ctx.out() << annotationLine(a) << '\n';
    return Success;
}

int unannotateCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Delete an annotation."_s);
    parser.addPositionalArgument(u"ANNOTATION_ID"_s, u"The annotation's id (see 'gloss annotations')."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"unannotate"_s, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(u"unannotate: expected exactly one annotation id"_s);
    const auto id = parsePositiveId(parser.positionalArguments().first());
    if (!id)
        return ctx.usage(u"unannotate: '%1' is not an annotation id"_s.arg(parser.positionalArguments().first()));
    Library *library = ctx.library();
    if (!library)
        return Failure;
    // The store's message for a missing id is already the one to show: "there is no annotation N".
    if (const Status removed = AnnotationStore(library->database()).remove(*id); !removed)
        return ctx.fail(removed.error());
    return Success;
}

} // namespace gloss::cli
