#include "EncodingDetection.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

struct Sniffed {
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    qsizetype bomLength = 0;
    bool found = false;
};

// A BOM, or the shape "<?" takes in UTF-16/32 without one (XML 1.0 appendix F).
Sniffed sniffUnicode(const QByteArray &b)
{
    if (b.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return {QStringConverter::Utf32BE, 4, true};
    if (b.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return {QStringConverter::Utf32LE, 4, true};
    if (b.startsWith("\xEF\xBB\xBF"))
        return {QStringConverter::Utf8, 3, true};
    if (b.startsWith("\xFE\xFF"))
        return {QStringConverter::Utf16BE, 2, true};
    if (b.startsWith("\xFF\xFE"))
        return {QStringConverter::Utf16LE, 2, true};
    if (b.startsWith(QByteArrayView("\x00\x00\x00\x3C", 4)))
        return {QStringConverter::Utf32BE, 0, true};
    if (b.startsWith(QByteArrayView("\x3C\x00\x00\x00", 4)))
        return {QStringConverter::Utf32LE, 0, true};
    if (b.startsWith(QByteArrayView("\x00\x3C\x00", 3)))
        return {QStringConverter::Utf16BE, 0, true};
    if (b.startsWith(QByteArrayView("\x3C\x00", 2)))
        return {QStringConverter::Utf16LE, 0, true};
    return {};
}

QString unicodeName(QStringConverter::Encoding e)
{
    switch (e) {
    case QStringConverter::Utf16BE: return u"utf-16be"_s;
    case QStringConverter::Utf16LE: return u"utf-16le"_s;
    case QStringConverter::Utf32BE: return u"utf-32be"_s;
    case QStringConverter::Utf32LE: return u"utf-32le"_s;
    default: return u"utf-8"_s;
    }
}

QByteArray xmlDeclaredEncoding(const QByteArray &bytes)
{
    static const QRegularExpression decl(u"^\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']"_s);
    const QString head = QString::fromLatin1(bytes.left(512));
    const QRegularExpressionMatch m = decl.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

// Names that mean something else on the web (WHATWG), or that ICU may not know by this spelling.
QByteArray canonicalName(QByteArray name)
{
    if (name == "us-ascii" || name == "ascii" || name == "iso-8859-1" || name == "latin1" || name == "iso8859-1")
        return "windows-1252"; // a superset, and what such feeds really contain
    if (name == "gb2312" || name == "gbk" || name == "x-gbk")
        return "gb18030";
    if (name == "utf8")
        return "utf-8";
    return name;
}

} // namespace

QByteArray charsetFromContentType(const QString &contentType)
{
    static const QRegularExpression charset(u"charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = charset.match(contentType);
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

DecodedFeed decodeFeedBytes(const QByteArray &bytes, const QString &contentType)
{
    DecodedFeed result;
    const Sniffed unicode = sniffUnicode(bytes);
    if (unicode.found && unicode.bomLength > 0) {
        QStringDecoder decoder(unicode.encoding);
        result.text = decoder.decode(QByteArrayView(bytes).sliced(unicode.bomLength));
        result.encoding = unicodeName(unicode.encoding);
        if (decoder.hasError())
            result.warnings.append(u"invalid %1 replaced by U+FFFD"_s.arg(result.encoding));
        return result;
    }

    QByteArray name = charsetFromContentType(contentType);
    QString source = u"the HTTP Content-Type"_s;
    if (name.isEmpty() && unicode.found) {
        // UTF-16/32 without BOM: the declaration's name would only repeat what the bytes show.
        QStringDecoder decoder(unicode.encoding);
        result.text = decoder.decode(bytes);
        result.encoding = unicodeName(unicode.encoding);
        return result;
    }
    if (name.isEmpty()) {
        name = xmlDeclaredEncoding(bytes);
        source = u"the XML declaration"_s;
    }
    if (name.isEmpty() || name.startsWith("utf-16") || name.startsWith("utf-32"))
        name = "utf-8"; // no BOM and no UTF-16 shape: a UTF-16 claim cannot be right
    name = canonicalName(name);

    QStringDecoder decoder(name.constData());
    if (!decoder.isValid()) {
        result.warnings.append(u"unknown character encoding '%1' (from %2); read as UTF-8"_s.arg(QString::fromLatin1(name), source));
        name = "utf-8";
        decoder = QStringDecoder(QStringConverter::Utf8);
    }
    result.text = decoder.decode(bytes);
    result.encoding = QString::fromLatin1(name);
    if (decoder.hasError()) {
        if (name == "utf-8") {
            QStringDecoder fallback("windows-1252");
            if (fallback.isValid()) {
                result.text = fallback.decode(bytes);
                result.encoding = u"windows-1252"_s;
                result.warnings.append(u"the feed is not valid UTF-8; read as Windows-1252"_s);
                return result;
            }
        }
        result.warnings.append(u"invalid %1 replaced by U+FFFD"_s.arg(result.encoding));
    }
    return result;
}

} // namespace gloss
