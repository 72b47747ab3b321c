// Argument handling shared by every verb, so they all behave alike: options may follow positionals,
// --help prints and exits 0, a parse error is a usage error (exit 2).
#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>

#include <optional>

namespace gloss::cli {

class CliContext;

// Parses a verb's options. Returns false when the verb should stop: *exitCode is then 2 after a
// usage error, or 0 after --help.
bool parseVerbArgs(CliContext &ctx, QCommandLineParser &parser, const QString &verb, const QStringList &args, int *exitCode);

// A positive database id, or nothing for anything else ("abc", "0", "-3").
std::optional<qint64> parsePositiveId(const QString &text);
// The verb's one positional argument as an id (`what` names it: "feed id"); on anything else prints
// the usage error ("VERB: expected exactly one WHAT", "VERB: 'x' is not a WHAT") and sets *exitCode.
std::optional<qint64> singleIdArgument(CliContext &ctx, const QCommandLineParser &parser, const QString &verb,
                                       const QString &what, int *exitCode);

void printJsonDocument(CliContext &ctx, const QJsonDocument &doc);

} // namespace gloss::cli
