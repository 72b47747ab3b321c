#include "LibraryBackups.h"

#include "Database.h"
#include "Library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

const QString StampFormat = u"yyyyMMdd-HHmmss"_s;

// A library file comes with the write-ahead log and its index while in use; they move together.
const QStringList Companions{QString(), u"-wal"_s, u"-shm"_s};

} // namespace

LibraryBackups::LibraryBackups(QString libraryPath)
    : m_libraryPath(std::move(libraryPath))
{
}

QString LibraryBackups::baseName() const
{
    return QFileInfo(m_libraryPath).completeBaseName();
}

QString LibraryBackups::folder() const
{
    return QFileInfo(m_libraryPath).absoluteDir().filePath(baseName() + u"-backups"_s);
}

QString LibraryBackups::stampedPath(const QString &kind) const
{
    const QString stamp = QDateTime::currentDateTime().toString(StampFormat);
    return QDir(folder()).filePath(u"%1-%2-%3.sqlite"_s.arg(baseName(), kind, stamp));
}

QList<LibraryBackup> LibraryBackups::list() const
{
    const QRegularExpression name(u"^%1-(schema\\d+|daily)-(\\d{8}-\\d{6})\\.sqlite$"_s.arg(QRegularExpression::escape(baseName())));
    QList<LibraryBackup> backups;
    const QDir dir(folder());
    for (const QFileInfo &file : dir.entryInfoList({baseName() + u"-*.sqlite"_s}, QDir::Files)) {
        const auto match = name.match(file.fileName());
        if (!match.hasMatch())
            continue; // a copy being written, a library put aside, or not ours
        LibraryBackup backup;
        backup.path = file.absoluteFilePath();
        backup.kind = match.captured(1) == u"daily"_s ? LibraryBackup::Kind::Daily : LibraryBackup::Kind::Upgrade;
        backup.made = QDateTime::fromString(match.captured(2), StampFormat);
        backup.bytes = file.size();
        backups << backup;
    }
    std::sort(backups.begin(), backups.end(), [](const LibraryBackup &a, const LibraryBackup &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return backups;
}

QDateTime LibraryBackups::newestDaily() const
{
    for (const LibraryBackup &backup : list())
        if (backup.kind == LibraryBackup::Kind::Daily)
            return backup.made;
    return {};
}

bool LibraryBackups::dailyDue(const QDateTime &now) const
{
    const QDateTime newest = newestDaily();
    // A backup "from the future" (the clock was turned back) does not stop backups for good.
    return !newest.isValid() || newest.secsTo(now) >= 24 * 3600 || newest > now;
}

Result<QString> LibraryBackups::copyTo(Database &db, const QString &target) const
{
    if (!QDir().mkpath(folder()) || !QFileInfo(folder()).isDir())
        return Error{u"cannot create the folder %1"_s.arg(folder())};
    if (QFile::exists(target))
        return target; // the same second, the same library: already kept
    if (const Status copied = db.backupTo(target); !copied)
        return Error{copied.error()};
    return target;
}

void LibraryBackups::prune(const QString &kind, int keep) const
{
    // Names sort by time within a kind: the oldest come first.
    QDir dir(folder());
    QStringList kept = dir.entryList({u"%1-%2-*.sqlite"_s.arg(baseName(), kind)}, QDir::Files, QDir::Name);
    while (kept.size() > std::max(keep, 1))
        dir.remove(kept.takeFirst());
}

Result<QString> LibraryBackups::backUpBeforeUpgrade(Database &db, int version) const
{
    auto made = copyTo(db, stampedPath(u"schema%1"_s.arg(version)));
    if (made)
        prune(u"schema*"_s, KeptUpgradeBackups);
    return made;
}

Result<QString> LibraryBackups::backUpNow(int keep) const
{
    auto db = Database::open(m_libraryPath, Database::Access::ReadOnly);
    if (!db)
        return Error{u"cannot read the library to back it up: %1"_s.arg(db.error())};
    // A wait instead of an immediate failure when a writer holds the file for a moment.
    db->execute(u"PRAGMA busy_timeout = 5000"_s);
    auto made = copyTo(*db, stampedPath(u"daily"_s));
    if (made)
        prune(u"daily"_s, keep);
    return made;
}

Status LibraryBackups::check(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{u"'%1' does not exist"_s.arg(path)};
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return Error{u"'%1' cannot be opened: %2"_s.arg(path, db.error())};
    const auto appId = db->queryInt(u"PRAGMA application_id"_s);
    if (!appId)
        return Error{u"'%1' is not an SQLite database or is damaged (%2)"_s.arg(path, db->lastError())};
    if (*appId != Library::ApplicationId)
        return Error{u"'%1' is not a Gloss library"_s.arg(path)};
    Statement check = db->prepare(u"PRAGMA quick_check"_s);
    if (!check.next() || check.text(0) != u"ok"_s)
        return Error{u"'%1' is damaged (%2)"_s.arg(path, check.isValid() ? check.text(0) : db->lastError())};
    return Status::success();
}

Result<QString> LibraryBackups::restore(const QString &backupPath) const
{
    if (const Status whole = check(backupPath); !whole)
        return Error{u"the backup cannot be restored: %1"_s.arg(whole.error())};
    if (!QDir().mkpath(folder()))
        return Error{u"cannot create the folder %1"_s.arg(folder())};
    // The copy is made first, beside the library, so that a failure leaves everything where it was.
    const QString incoming = m_libraryPath + u".restoring"_s;
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming)) {
        QFile::remove(incoming);
        return Error{u"cannot copy the backup beside the library (%1)"_s.arg(QFileInfo(QFileInfo(m_libraryPath).absolutePath()).filePath())};
    }
    QString aside;
    if (QFileInfo::exists(m_libraryPath)) {
        aside = stampedPath(u"replaced"_s);
        for (const QString &suffix : Companions) {
            if (QFileInfo::exists(m_libraryPath + suffix) && !QFile::rename(m_libraryPath + suffix, aside + suffix)) {
                // Put back what already moved: the library stays as the user left it.
                for (const QString &moved : Companions)
                    if (QFileInfo::exists(aside + moved))
                        QFile::rename(aside + moved, m_libraryPath + moved);
                QFile::remove(incoming);
                return Error{u"cannot move the current library aside to %1"_s.arg(aside + suffix)};
            }
        }
    }
    if (!QFile::rename(incoming, m_libraryPath)) {
        QFile::remove(incoming);
        return Error{u"cannot put the backup in place of the library; the previous file is at %1"_s.arg(aside)};
    }
    // The copy keeps the backup's read-only bit if it had one; a library must be writable.
    QFile(m_libraryPath).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return aside;
}

} // namespace gloss
