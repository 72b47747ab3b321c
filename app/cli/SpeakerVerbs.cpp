#include "SpeakerVerbs.h"

#include "VerbArgs.h"
#include "AnnotationJson.h"
#include "CliContext.h"

#include "annotation/SpeakerStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gloss::cli {

int speakersCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the speakers quotes are attributed to, by name, with their quote counts."_s);
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON."_s);
    parser.addOption(json);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"speakers"_s, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(u"speakers: unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    Library *library = ctx.library();
    if (!library)
        return Failure;
    auto speakers = SpeakerStore(library->database()).all();
    if (!speakers)
        return ctx.fail(speakers.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Speaker &s : *speakers)
            array.append(speakerJson(s));
        printJsonDocument(ctx, QJsonDocument(array));
        return Success;
    }
    for (const Speaker &s : *speakers)
        ctx.out() << speakerLine(s) << '\n';
    return Success;
}

int speakerMergeCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Merge speaker FROM into INTO: FROM's quotes move to INTO, and FROM's name and "
                                     "aliases become INTO's aliases."_s);
    parser.addPositionalArgument(u"FROM"_s, u"The speaker merged away (name or alias)."_s);
    parser.addPositionalArgument(u"INTO"_s, u"The speaker who remains (name or alias)."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"speaker-merge"_s, args, &code))
        return code;
    const QStringList names = parser.positionalArguments();
    if (names.size() != 2)
        return ctx.usage(u"speaker-merge: expected two speakers, FROM and INTO"_s);
    Library *library = ctx.library();
    if (!library)
        return Failure;
    SpeakerStore store(library->database());
    Speaker found[2];
    for (int i = 0; i < 2; ++i) {
        auto s = store.findByNameOrAlias(names[i]);
        if (!s)
            return ctx.fail(s.error());
        if (!s->has_value())
            return ctx.fail(u"there is no speaker named '%1' (see 'gloss speakers')"_s.arg(names[i]));
        found[i] = **s;
    }
    const Speaker &from = found[0];
    const Speaker &into = found[1];
    // An alias can name the same person as the other argument; merging someone into themselves is
    // surely a slip, so say which speaker both names mean.
    if (from.id == into.id)
        return ctx.fail(u"'%1' and '%2' are the same speaker, %3"_s.arg(names[0], names[1], from.name));
    auto merged = store.merge(from.id, into.id);
    if (!merged)
        return ctx.fail(merged.error());
    ctx.out() << u"moved %1 quote(s) from '%2' to '%3'"_s.arg(QString::number(merged->movedAnnotations.size()), from.name, into.name)
              << '\n';
    if (!merged->aliasesAdded.isEmpty())
        ctx.out() << u"'%1' now also goes by: %2"_s.arg(into.name, merged->aliasesAdded.join(u", "_s)) << '\n';
    return Success;
}

} // namespace gloss::cli
