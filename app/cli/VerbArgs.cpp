#include "VerbArgs.h"

#include "CliContext.h"

using namespace Qt::StringLiterals;

namespace gloss::cli {

bool parseVerbArgs(CliContext &ctx, QCommandLineParser &parser, const QString &verb, const QStringList &args, int *exitCode)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addHelpOption();
    // QCommandLineParser wants the program name first; "gloss VERB" makes its help text read right.
    if (!parser.parse(QStringList{u"gloss "_s + verb} + args)) {
        *exitCode = ctx.usage(u"%1: %2"_s.arg(verb, parser.errorText()));
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        ctx.out() << parser.helpText();
        *exitCode = Success;
        return false;
    }
    return true;
}

std::optional<qint64> parsePositiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

void printJsonDocument(CliContext &ctx, const QJsonDocument &doc)
{
    ctx.out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

std::optional<qint64> singleIdArgument(CliContext &ctx, const QCommandLineParser &parser, const QString &verb,
                                       const QString &what, int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *exitCode = ctx.usage(u"%1: expected exactly one %2"_s.arg(verb, what));
        return std::nullopt;
    }
    const auto id = parsePositiveId(positional.first());
    if (!id)
        *exitCode = ctx.usage(u"%1: '%2' is not a %3"_s.arg(verb, positional.first(), what));
    return id;
}

} // namespace gloss::cli
