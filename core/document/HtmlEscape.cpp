#include "HtmlEscape.h"

using namespace Qt::StringLiterals;

namespace gloss {

namespace {
QString escape(QStringView text, bool attribute)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'&': out += u"&amp;"; break;
        case u'<': out += u"&lt;"; break;
        case u'>': out += u"&gt;"; break;
        case 0x00A0: out += u"&nbsp;"; break;
        case u'"':
            if (attribute) {
                out += u"&quot;";
                break;
            }
            Q_FALLTHROUGH();
        default: out += ch;
        }
    }
    return out;
}
} // namespace

QString escapeHtmlText(QStringView text) { return escape(text, false); }
QString escapeHtmlAttribute(QStringView text) { return escape(text, true); }

} // namespace gloss
