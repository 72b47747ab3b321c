#include "OpmlSubscriptions.h"

#include "OpmlParser.h"

#include "store/Database.h"
#include "store/FeedStore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace gloss {

std::optional<QString> webFeedUrl(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
        return std::nullopt;
    return url.toString(QUrl::FullyEncoded);
}

namespace {

class OpmlImport {
public:
    explicit OpmlImport(FeedStore &store) : m_store(store) {}

    // Adds the outlines' folders and feeds under `folderId`; an error stops everything.
    Status add(const QList<OpmlOutline> &outlines, qint64 folderId)
    {
        for (const OpmlOutline &o : outlines) {
            if (o.isFeed()) {
                if (Status added = addFeed(o, folderId); !added)
                    return added;
            }
            if (o.children.isEmpty())
                continue; // a feed, or a note/link outline, which has nothing to subscribe to
            qint64 into = folderId;
            if (!o.isFeed()) {
                auto folder = m_store.ensureFolder(o.title.isEmpty() ? u"Untitled"_s : o.title, folderId);
                if (!folder)
                    return Error{folder.error()};
                into = *folder;
            }
            if (Status nested = add(o.children, into); !nested)
                return nested;
        }
        return {};
    }

    OpmlImportSummary summary;

private:
    Status addFeed(const OpmlOutline &o, qint64 folderId)
    {
        const auto url = webFeedUrl(o.xmlUrl);
        if (!url) {
            ++summary.ignored;
            summary.warnings.append(u"ignored '%1', which is not an http(s) URL"_s.arg(o.xmlUrl.toString()));
            return {};
        }
        auto existing = m_store.feedByUrl(*url);
        if (!existing)
            return Error{existing.error()};
        if (existing->has_value()) {
            ++summary.existing;
            return {};
        }
        auto added = m_store.addFeed(*url, o.title, folderId);
        if (!added)
            return Error{added.error()};
        ++summary.added;
        return {};
    }

    FeedStore &m_store;
};

class OpmlTree {
public:
    OpmlTree(const QList<Folder> &folders, const QList<Feed> &feeds)
    {
        for (const Folder &f : folders)
            m_subfolders[f.parentId].append(f);
        for (const Feed &f : feeds)
            m_feeds[f.folderId].append(f);
    }

    QList<OpmlOutline> outlines(qint64 folderId = 0, int depth = 0) const
    {
        QList<OpmlOutline> result;
        if (depth > 64) // a folder loop in a damaged library must not recurse forever
            return result;
        for (const Folder &folder : m_subfolders.value(folderId)) {
            OpmlOutline o;
            o.title = folder.name;
            o.children = outlines(folder.id, depth + 1);
            if (!o.children.isEmpty())
                result.append(o);
        }
        for (const Feed &feed : m_feeds.value(folderId)) {
            OpmlOutline o;
            o.title = feed.title;
            o.xmlUrl = QUrl(feed.url);
            o.htmlUrl = QUrl(feed.siteUrl);
            o.type = u"rss"_s;
            result.append(o);
        }
        return result;
    }

private:
    QHash<qint64, QList<Folder>> m_subfolders;
    QHash<qint64, QList<Feed>> m_feeds;
};

} // namespace

Result<OpmlImportSummary> importOpmlSubscriptions(Database &db, const QByteArray &opml)
{
    const OpmlParseResult parsed = parseOpml(opml);
    if (!parsed.ok())
        return Error{parsed.error};
    FeedStore store(db);
    auto before = store.folders();
    if (!before)
        return Error{before.error()};
    // One transaction: the library gets the whole list or, on any error, nothing of it.
    Transaction tx(db);
    if (!tx.isActive())
        return Error{u"cannot start writing: %1"_s.arg(db.lastError())};
    OpmlImport import(store);
    if (Status added = import.add(parsed.document->outlines, 0); !added)
        return Error{u"%1 (nothing was imported)"_s.arg(added.error())};
    auto after = store.folders();
    if (!after)
        return Error{after.error()};
    if (!tx.commit())
        return Error{u"cannot save the subscriptions: %1"_s.arg(db.lastError())};
    OpmlImportSummary summary = import.summary;
    summary.folders = int(after->size() - before->size());
    summary.warnings = parsed.warnings + summary.warnings;
    return summary;
}

Result<OpmlExport> exportOpmlSubscriptions(Database &db)
{
    FeedStore store(db);
    auto folders = store.folders();
    if (!folders)
        return Error{folders.error()};
    auto feeds = store.feeds();
    if (!feeds)
        return Error{feeds.error()};
    return OpmlExport{writeOpml(OpmlTree(*folders, *feeds).outlines(), u"Gloss subscriptions"_s), int(feeds->size())};
}

} // namespace gloss
