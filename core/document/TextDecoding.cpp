#include "TextDecoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

QString places(qsizetype n)
{
    return n == 1 ? u"1 place"_s : QString::number(n) + u" places"_s;
}

// WHATWG Encoding: these labels all mean windows-1252 on the web, whatever they say.
QByteArray webEncodingName(const QByteArray &label)
{
    static const QList<QByteArray> latin1 = {"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii",
                                             "cp1252", "x-cp1252", "iso_8859-1", "cp819", "ibm819"};
    if (latin1.contains(label))
        return "windows-1252";
    // A page cannot really be UTF-16 if its <meta> could be read as ASCII.
    if (label.startsWith("utf-16") || label == "utf8" || label == "unicode-1-1-utf-8")
        return "utf-8";
    return label;
}

} // namespace

bool hasUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    DecodedText result;
    QByteArrayView data(bytes);
    std::optional<QStringDecoder> decoder;

    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
        decoder.emplace(QStringConverter::Utf8);
        result.encoding = u"UTF-8"_s;
    } else if (data.startsWith("\xFF\xFE")) {
        data = data.sliced(2);
        decoder.emplace(QStringConverter::Utf16LE);
        result.encoding = u"UTF-16LE"_s;
    } else if (data.startsWith("\xFE\xFF")) {
        data = data.sliced(2);
        decoder.emplace(QStringConverter::Utf16BE);
        result.encoding = u"UTF-16BE"_s;
    } else if (!declaredCharset.isEmpty() && webEncodingName(declaredCharset.toLower()) != "utf-8") {
        const QByteArray name = webEncodingName(declaredCharset.toLower());
        decoder.emplace(name.constData());
        if (!decoder->isValid() && name == "windows-1252")
            decoder.emplace(QStringConverter::Latin1); // without ICU: the closest there is
        if (decoder->isValid()) {
            result.encoding = QString::fromLatin1(name);
        } else {
            result.warnings.append(u"unknown character encoding '%1'; read as UTF-8"_s.arg(QString::fromLatin1(declaredCharset)));
            decoder.reset();
        }
    }
    if (!decoder) {
        decoder.emplace(QStringConverter::Utf8);
        result.encoding = u"UTF-8"_s;
    }

    result.text = decoder->decode(data);
    if (decoder->hasError()) {
        if (result.encoding == "UTF-8"_L1) {
            // Count what the decoder replaced: U+FFFD in the text that was not already in the bytes.
            const qsizetype inOutput = result.text.count(QChar(0xFFFD));
            const qsizetype inInput = QByteArrayView(data).count("\xEF\xBF\xBD");
            result.warnings.append(u"invalid UTF-8 replaced by U+FFFD at %1"_s.arg(places(std::max<qsizetype>(inOutput - inInput, 1))));
        } else {
            result.warnings.append(u"invalid %1 replaced by U+FFFD"_s.arg(result.encoding));
        }
    }
    return result;
}

QByteArray declaredHtmlCharset(const QByteArray &bytes)
{
    // The HTML spec's prescan looks at the first 1024 bytes; allow more for pages with long heads.
    static const QRegularExpression meta(
        u"<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)|<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_:.+-]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    const QRegularExpressionMatch m = meta.match(head);
    if (!m.hasMatch())
        return {};
    const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    return name.toLatin1().toLower();
}

} // namespace gloss
