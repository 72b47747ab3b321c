// Subscription lists in and out of the library: an OPML file's folders and feeds subscribed in one
// transaction, and the library's folders and feeds written back as OPML 2.0. Shared by the
// command line (`gloss feeds import-opml / export-opml`) and the main window's File menu.
#pragma once

#include "store/Result.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace gloss {

class Database;

// Feeds live on the web: only http(s) URLs with a host are subscriptions. The stored form is the
// fully encoded URL, so the same feed typed or imported twice is recognised as a duplicate.
std::optional<QString> webFeedUrl(const QUrl &url);

struct OpmlImportSummary {
    int added = 0;
    int existing = 0;     // URLs already subscribed
    int ignored = 0;      // outlines whose feed URL is not http(s)
    int folders = 0;      // folders created
    QStringList warnings; // what the parser forgave and what was ignored, one sentence each
};

// Subscribes to the feeds of an OPML document, creating its folders (existing ones are reused);
// feeds already subscribed are skipped. All or nothing: on any error the library is unchanged and
// the error names the problem (not OPML at all, a store error).
Result<OpmlImportSummary> importOpmlSubscriptions(Database &db, const QByteArray &opml);

struct OpmlExport {
    QByteArray opml;
    int feeds = 0;
};

// The library's folders and feeds as an OPML 2.0 document (folders left empty are not written:
// OPML would read them back as notes).
Result<OpmlExport> exportOpmlSubscriptions(Database &db);

} // namespace gloss
