#include "QuotesVerb.h"

#include "ArticleJson.h"
#include "CliContext.h"
#include "VerbArgs.h"

#include "store/ArticleStore.h"
#include "quotes/QuoteFinder.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

QJsonObject suggestionJson(const quotes::QuoteSuggestion &s)
{
    QJsonObject cue;
    if (s.cueStart >= 0)
        cue = QJsonObject{{u"exact"_s, s.cue}, {u"start"_s, s.cueStart}, {u"end"_s, s.cueEnd}};
    return QJsonObject{
        {u"exact"_s, s.exact},
        {u"start"_s, s.start},
        {u"end"_s, s.end},
        {u"kind"_s, quotes::quoteKindName(s.kind)},
        {u"cue"_s, s.cueStart >= 0 ? QJsonValue(cue) : QJsonValue(QJsonValue::Null)},
        {u"speaker"_s, s.speaker.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.speaker)},
        {u"speaker_role"_s, s.speakerRole.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.speakerRole)},
        {u"confidence"_s, qRound(s.confidence * 100) / 100.0},
        {u"rule"_s, s.reason},
    };
}

} // namespace

int quotesCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Suggest the quotations in an article and who said each (nothing is saved)."_s);
    const QCommandLineOption json(u"json"_s, u"Print the suggestions as a JSON array."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"ID"_s, u"The article's id (see 'gloss list')."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"quotes"_s, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(u"quotes: expected exactly one article id"_s);
    const auto id = parsePositiveId(parser.positionalArguments().first());
    if (!id)
        return ctx.usage(u"quotes: '%1' is not an article id"_s.arg(parser.positionalArguments().first()));
    Library *library = ctx.library();
    if (!library)
        return Failure;
    auto article = ArticleStore(library->database()).article(*id);
    if (!article)
        return ctx.fail(article.error());
    if (!article->has_value())
        return ctx.fail(u"there is no article %1"_s.arg(*id));
    const QList<quotes::QuoteSuggestion> found = quotes::findQuotes((*article)->text);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto &s : found)
            array.append(suggestionJson(s));
        printJsonDocument(ctx, QJsonDocument(array));
        return Success;
    }
    for (const auto &s : found) {
        const QString who = s.speaker.isEmpty() ? u"(no speaker)"_s : s.speaker;
        ctx.out() << u"%1%  %2  %3: \u201C%4\u201D"_s.arg(qRound(s.confidence * 100), 3)
                         .arg(quotes::quoteKindName(s.kind), -8)
                         .arg(who, s.exact)
                  << '\n';
    }
    if (found.isEmpty())
        ctx.out() << "no quotations found\n";
    return Success;
}

} // namespace gloss::cli
