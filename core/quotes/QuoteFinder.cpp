#include "QuoteFinder.h"

#include "Finder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss::quotes {

QString quoteKindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct: return u"direct"_s;
    case QuoteKind::Partial: return u"partial"_s;
    case QuoteKind::Reported: return u"reported"_s;
    }
    return {};
}

QList<QuoteSuggestion> findQuotes(const QString &text)
{
    return detail::Finder(text).run();
}

namespace detail {

QList<QuoteSuggestion> Finder::run()
{
    const auto &sentences = m_scan.sentences();
    for (int s = 0; s < sentences.size(); ++s) {
        const Sentence &sentence = sentences.at(s);
        noteSubject(sentence);
        QList<int> quotes;
        for (int t = sentence.first; t < sentence.last; ++t)
            if (m_scan.tokens().at(t).type == Token::Type::OpenMark)
                quotes.append(m_scan.tokens().at(t).quote);
        const qsizetype before = m_out.size();
        for (int q : quotes)
            quoted(q, sentence);
        // A sentence whose quotation marks hold nobody's words (scare quotes) may still report speech.
        if (m_out.size() == before)
            reported(sentence);
    }
    fillUnattributed();
    std::sort(m_out.begin(), m_out.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    return m_out;
}

void Finder::noteSubject(const Sentence &sentence)
{
    // The subject leads the sentence, or follows a preposed phrase ("In a long interview …, the
    // Italian minister had struck a more combative tone").
    int first = sentence.first;
    const Token &lead = tokens().at(first);
    if (lead.isWord() && lead.capitalised && isCommonCapitalised(lead.lower) && !lead.is(u"the") && !lead.is(u"a")) {
        for (int t = first; t < sentence.last && t < first + 25; ++t) {
            if (tokens().at(t).quote >= 0)
                break;
            if (tokens().at(t).is(u",")) {
                first = t + 1;
                break;
            }
        }
    }
    const Phrase p = phraseStartingAt(m_scan, first, sentence.last);
    if ((p.kind == Phrase::Kind::RoleNoun && isPersonRoleNoun(p.head) && p.definite)
        || (p.kind == Phrase::Kind::Pronoun && isPersonPronoun(p.head)))
        m_speakers.noteSpeaker(m_speakers.resolve(p), p.first);
}

void Finder::quoted(int q, const Sentence &sentence)
{
    const QuoteSpan &span = m_scan.quotes().at(q);
    const int open = m_scan.openTokenOfQuote(q);
    const int close = m_scan.closeTokenOfQuote(q);
    const Token *before = open > sentence.first ? &tokens().at(open - 1) : nullptr;
    const bool afterQuote = before && before->type == Token::Type::CloseMark;
    const bool direct = !before || afterQuote || before->is(u":") || before->is(u",")
        || before->is(u"\u2014") || before->is(u"(");
    Attribution a;
    if (direct) {
        a = after(close, sentence.last);
        if (!a.found())
            a = before ? this->before(open, sentence.first) : Attribution{};
    }
    if (!a.found())
        a = inSentence(sentence, open);
    if (!direct && (!a.found() || (before && before->is(u"so-called"))))
        return; // a scare quote: nobody's words
    QuoteSuggestion s;
    s.start = span.start;
    s.end = span.end;
    trim(s);
    if (s.end <= s.start)
        return;
    s.kind = direct ? QuoteKind::Direct : QuoteKind::Partial;
    if (a.found()) {
        fill(s, a);
    } else {
        s.confidence = 0.5;
        s.reason = u"quotation without attribution"_s;
        m_unattributed.append(int(m_out.size()));
    }
    m_quoteParagraph.insert(int(m_out.size()), tokens().at(open).paragraph);
    m_quoteToken.insert(int(m_out.size()), open);
    m_out.append(s);
}

void Finder::fill(QuoteSuggestion &s, const Attribution &a)
{
    s.cueStart = tokens().at(a.cue).start;
    s.cueEnd = tokens().at(a.cueLast).end;
    s.cue = m_scan.slice(s.cueStart, s.cueEnd).toString();
    s.confidence = std::clamp(a.confidence, 0.05, 0.99);
    s.reason = a.rule;
    if (a.speaker >= 0) {
        const ArticleSpeaker &who = m_speakers.at(a.speaker);
        s.speaker = who.name;
        s.speakerRole = who.role;
        s.speakerAliases = who.aliases;
        s.speakerIsOrganisation = who.organisation;
        m_speakers.noteSpeaker(a.speaker, a.phrase.first);
    }
}

void Finder::trim(QuoteSuggestion &s) const
{
    const QString &text = m_scan.text();
    while (s.start < s.end && text.at(s.start).isSpace())
        ++s.start;
    while (s.end > s.start && text.at(s.end - 1).isSpace())
        --s.end;
    s.exact = text.mid(s.start, s.end - s.start);
}

void Finder::fillUnattributed()
{
    for (int i : std::as_const(m_unattributed)) {
        QuoteSuggestion &s = m_out[i];
        const int paragraph = m_quoteParagraph.value(i);
        const QuoteSuggestion *source = nullptr;
        for (int j = i + 1; j < m_out.size(); ++j) {
            if (m_quoteParagraph.value(j, -1) != paragraph)
                break;
            if (!m_out.at(j).speaker.isEmpty()) {
                source = &m_out.at(j);
                break;
            }
        }
        for (int j = i - 1; !source && j >= 0; --j) {
            if (m_out.at(j).kind == QuoteKind::Reported)
                continue;
            if (m_quoteParagraph.value(j, -1) < paragraph - 1)
                break;
            if (!m_out.at(j).speaker.isEmpty())
                source = &m_out.at(j);
            break;
        }
        if (!source) {
            // A quotation alone in its paragraph after a paragraph about someone is theirs.
            const int who = m_speakers.salientPersonBefore(m_quoteToken.value(i));
            if (who < 0)
                continue;
            const ArticleSpeaker &person = m_speakers.at(who);
            s.speaker = person.name;
            s.speakerRole = person.role;
            s.speakerAliases = person.aliases;
            s.confidence = 0.6;
            s.reason = u"quotation after a passage about its speaker"_s;
            continue;
        }
        s.speaker = source->speaker;
        s.speakerRole = source->speakerRole;
        s.speakerAliases = source->speakerAliases;
        s.speakerIsOrganisation = source->speakerIsOrganisation;
        s.confidence = 0.7;
        s.reason = u"continues the previous speaker's quotation"_s;
    }
}
} // namespace detail

} // namespace gloss::quotes
