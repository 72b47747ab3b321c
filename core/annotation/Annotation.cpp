#include "Annotation.h"

using namespace Qt::StringLiterals;

namespace gloss {

QString kindName(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Highlight: return u"highlight"_s;
    case AnnotationKind::Comment: return u"comment"_s;
    case AnnotationKind::Quote: return u"quote"_s;
    }
    return {};
}

std::optional<AnnotationKind> kindFromName(const QString &name)
{
    for (auto kind : {AnnotationKind::Highlight, AnnotationKind::Comment, AnnotationKind::Quote})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString quoteKindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::None: return {};
    case QuoteKind::Direct: return u"direct"_s;
    case QuoteKind::Partial: return u"partial"_s;
    case QuoteKind::Reported: return u"reported"_s;
    }
    return {};
}

std::optional<QuoteKind> quoteKindFromName(const QString &name)
{
    if (name.isEmpty())
        return QuoteKind::None;
    for (auto kind : {QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Reported})
        if (quoteKindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString statusName(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Anchored: return u"anchored"_s;
    case AnchorStatus::Changed: return u"changed"_s;
    case AnchorStatus::Orphan: return u"orphan"_s;
    }
    return {};
}

AnchorStatus statusFromName(const QString &name)
{
    if (name == u"changed"_s)
        return AnchorStatus::Changed;
    if (name == u"orphan"_s)
        return AnchorStatus::Orphan;
    return AnchorStatus::Anchored;
}

} // namespace gloss
