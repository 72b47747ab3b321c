// importArticleFile(): the file-system side of importing (existence, type, size, reading) and the
// choice of importer. Sizes are checked before anything is read, so a huge file costs nothing.
#include "ArticleImporter.h"
#include "DocumentLog.h"
#include "ImportSupport.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

enum class Format { Text, Html, Markdown, Unknown };

Format formatFromExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "txt"_L1 || suffix == "text"_L1)
        return Format::Text;
    if (suffix == "html"_L1 || suffix == "htm"_L1 || suffix == "xhtml"_L1)
        return Format::Html;
    if (suffix == "md"_L1 || suffix == "markdown"_L1 || suffix == "mdown"_L1 || suffix == "mkd"_L1)
        return Format::Markdown;
    return Format::Unknown;
}

// For files with an unknown extension: markup at the start means HTML; front matter or an ATX
// heading at the start means Markdown; anything else is read as plain text.
Format sniffFormat(const QByteArray &bytes)
{
    QByteArray head = bytes.left(2048);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const QByteArray start = head.trimmed().toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
        || start.startsWith("<head") || start.startsWith("<body") || start.startsWith("<article")
        || start.startsWith("<p>") || start.startsWith("<div"))
        return Format::Html;
    if (head.startsWith("---\n") || head.startsWith("---\r\n") || start.startsWith("# "))
        return Format::Markdown;
    return Format::Text;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}

} // namespace

ImportOutcome importArticleFile(const QString &path)
{
    const QFileInfo info(path);
    detail::ImportSource source{path, info.fileName(), QUrl::fromLocalFile(info.absoluteFilePath()), {}};
    if (!info.exists())
        return detail::importFailure(source, u"does not exist"_s);
    if (info.isDir())
        return detail::importFailure(source, u"is a folder, not a file"_s);
    if (info.size() > MaxArticleFileSize)
        return detail::importFailure(source, u"is too large (%1; the limit is %2 MB)"_s.arg(
                                                 megabytes(info.size()), QString::number(MaxArticleFileSize / (1024 * 1024))));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return detail::importFailure(source, u"cannot be read: "_s + file.errorString());
    // Read at most one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(MaxArticleFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return detail::importFailure(source, u"cannot be read: "_s + file.errorString());
    if (bytes.size() > MaxArticleFileSize)
        return detail::importFailure(source, u"is too large (more than %1 MB, the limit)"_s.arg(MaxArticleFileSize / (1024 * 1024)));

    Format format = formatFromExtension(path);
    QString sniffed;
    if (format == Format::Unknown) {
        format = sniffFormat(bytes);
        sniffed = format == Format::Html ? u"HTML"_s : format == Format::Markdown ? u"Markdown"_s : u"plain text"_s;
        qCDebug(lcDocument) << path << "has no known extension; read as" << sniffed;
    }

    ImportOutcome outcome;
    switch (format) {
    case Format::Html: outcome = detail::importHtml(bytes, source); break;
    case Format::Markdown: outcome = detail::importMarkdown(bytes, source); break;
    case Format::Text:
    case Format::Unknown: outcome = detail::importPlainText(bytes, source); break;
    }
    if (outcome.article && !sniffed.isEmpty())
        outcome.article->warnings.prepend(u"unknown file extension; read as "_s + sniffed);
    return outcome;
}

} // namespace gloss
