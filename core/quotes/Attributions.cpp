#include "Finder.h"

using namespace Qt::StringLiterals;

namespace gloss::quotes::detail {

namespace {

bool isPreposition(const Token &token)
{
    return token.isWord() && !token.capitalised
        && (token.is(u"at") || token.is(u"of") || token.is(u"for") || token.is(u"from") || token.is(u"in") || token.is(u"with")
            || token.is(u"by") || token.is(u"on") || token.is(u"to") || token.is(u"near"));
}

} // namespace

int Finder::skipBackOverModifiers(int t, int floor) const
{
    while (t >= floor) {
        const Token &token = tokens().at(t);
        if (token.quote >= 0)
            return t;
        if (isVerbModifier(token.lower)) {
            --t;
        } else if (token.is(u"turn") && t - 1 >= floor && tokens().at(t - 1).is(u"in")) {
            t -= 2;
        } else if (token.is(u",")) {
            // A parenthetical between commas: skip it unless it is the name itself (", Rahul Mehta,").
            int open = t - 1;
            while (open >= floor && open > t - 22 && !tokens().at(open).is(u",") && tokens().at(open).quote < 0)
                --open;
            if (open < floor || !tokens().at(open).is(u",") || open == t - 1)
                return t;
            // ", Tobias Brandt from Leipzig," names the subject that the phrase before it describes.
            const Phrase inner = phraseStartingAt(m_scan, open + 1, t);
            if (inner.isValid() && inner.kind == Phrase::Kind::Name && !inner.organisation)
                return inner.last - 1;
            t = open - 1;
        } else {
            return t;
        }
    }
    return t;
}

Phrase Finder::subjectBefore(int verb, int floor) const
{
    const int end = skipBackOverModifiers(verb - 1, floor);
    if (end < floor)
        return {};
    const Phrase direct = phraseEndingAt(m_scan, end, floor);
    int before = direct.first - 1;
    if (before > floor && (tokens().at(before).is(u"the") || tokens().at(before).is(u"a")))
        --before;
    const bool inPrepositionalPhrase = direct.isValid() && before >= floor && isPreposition(tokens().at(before));
    if (direct.isValid() && !namesPlace(m_scan, direct) && !inPrepositionalPhrase)
        return direct;
    // A name with a post-modifier: "Colin Achebe of West Yorkshire Police's economic crime unit said".
    for (int k = end; k > floor && k > end - 12; --k) {
        const Token &token = tokens().at(k);
        if (token.quote >= 0 || token.is(u",") || isEndPunct(token))
            break;
        if (!token.is(u"of") && !token.is(u"from") && !token.is(u"at") && !token.is(u"with") && !token.is(u"in"))
            continue;
        const Phrase name = phraseEndingAt(m_scan, k - 1, floor);
        const bool person = (name.kind == Phrase::Kind::Name && !name.organisation)
            || (name.kind == Phrase::Kind::RoleNoun && isPersonRoleNoun(name.head));
        if (name.isValid() && person
            && (name.first == floor || tokens().at(name.first - 1).is(u",") || tokens().at(name.first - 1).is(u"the")))
            return name;
    }
    return direct;
}

Phrase Finder::preferAppositiveName(const Phrase &phrase, int ceiling)
{
    if (phrase.kind != Phrase::Kind::RoleNoun || phrase.last + 1 >= ceiling || !tokens().at(phrase.last).is(u","))
        return phrase;
    const Phrase name = phraseStartingAt(m_scan, phrase.last + 1, ceiling);
    if (!name.isValid() || name.kind != Phrase::Kind::Name || name.organisation)
        return phrase;
    if (name.last < ceiling && !tokens().at(name.last).is(u",") && !isEndPunct(tokens().at(name.last)))
        return phrase;
    m_speakers.noteRole(m_speakers.resolve(name), phraseText(m_scan, phrase.first, phrase.last));
    return name;
}

int Finder::skipApposition(int t, int ceiling) const
{
    if (t < ceiling && tokens().at(t).is(u",")) {
        for (int k = t + 1; k < ceiling && k < t + 14; ++k) {
            if (tokens().at(k).quote >= 0)
                break;
            if (tokens().at(k).is(u","))
                return k + 1;
        }
    }
    return t;
}

Phrase Finder::voiceOf(const Phrase &phrase) const
{
    static const QStringList voices{u"spokesperson"_s, u"spokeswoman"_s, u"spokesman"_s, u"representative"_s,
                                    u"official"_s, u"officials"_s, u"spokespeople"_s, u"source"_s, u"sources"_s};
    if (phrase.kind != Phrase::Kind::RoleNoun || !voices.contains(phrase.head))
        return phrase;
    for (int k = phrase.first; k + 1 < phrase.last; ++k) {
        if (tokens().at(k).is(u"for") || tokens().at(k).is(u"of") || tokens().at(k).is(u"at")) {
            const Phrase organisation = phraseStartingAt(m_scan, k + 1, phrase.last);
            if (organisation.isValid() && organisation.kind != Phrase::Kind::Pronoun)
                return organisation;
        }
    }
    return phrase;
}

Attribution Finder::attribute(int cue, int cueLast, const Phrase &spoken, double confidence, const QString &rule)
{
    const Phrase phrase = voiceOf(spoken);
    Attribution a;
    a.cue = cue;
    a.cueLast = cueLast;
    a.phrase = phrase;
    a.speaker = m_speakers.resolve(phrase);
    a.confidence = confidence;
    a.rule = rule;
    if (phrase.kind == Phrase::Kind::Pronoun)
        a.confidence -= 0.08;
    else if (phrase.kind == Phrase::Kind::RoleNoun)
        a.confidence -= 0.1;
    if (a.speaker < 0)
        a.confidence -= 0.3;
    return a;
}

Attribution Finder::after(int close, int ceiling)
{
    int k = close + 1;
    while (k < ceiling && (tokens().at(k).is(u",") || tokens().at(k).is(u"\u2014") || tokens().at(k).is(u"-")))
        ++k;
    if (k >= ceiling || tokens().at(k).quote >= 0)
        return {};
    const Token &first = tokens().at(k);
    if (first.is(u"according") && k + 1 < ceiling && tokens().at(k + 1).is(u"to")) {
        const Phrase p = phraseStartingAt(m_scan, k + 2, ceiling);
        if (p.isValid())
            return attribute(k, k + 1, p, 0.85, u"quote, according to X"_s);
        return {};
    }
    if (isSpeechVerb(first.lower) && !first.capitalised) {
        const Phrase p = preferAppositiveName(phraseStartingAt(m_scan, k + 1, ceiling), ceiling);
        if (p.isValid())
            return attribute(k, k, p, 0.95, u"quote, said X"_s);
        return {};
    }
    const Phrase role = phraseStartingAt(m_scan, k, ceiling);
    if (!role.isValid())
        return {};
    int v = skipApposition(role.last, ceiling);
    const Phrase p = preferAppositiveName(role, ceiling);
    for (int hops = 0; v < ceiling && hops < 3 && isVerbModifier(tokens().at(v).lower); ++hops)
        ++v;
    if (v < ceiling && isSpeechVerb(tokens().at(v).lower) && !tokens().at(v).capitalised)
        return attribute(v, v, p, 0.95, u"quote, X said"_s);
    return {};
}

Attribution Finder::before(int open, int floor)
{
    const int mark = open - 1;
    if (mark < floor)
        return {};
    const Token &punct = tokens().at(mark);
    if (!punct.is(u":") && !punct.is(u","))
        return {};
    // The window is this sentence's text since the previous quotation.
    int start = mark;
    while (start - 1 >= floor && tokens().at(start - 1).quote < 0)
        --start;
    for (int v = mark - 1; v >= start; --v) {
        const Token &token = tokens().at(v);
        if (!token.isWord() || token.capitalised)
            continue;
        if (token.is(u"to") && v - 1 >= start && tokens().at(v - 1).is(u"according")) {
            const Phrase p = phraseStartingAt(m_scan, v + 1, mark);
            if (p.isValid())
                return attribute(v - 1, v, p, 0.85, u"according to X, quote"_s);
        }
        if (isSpeechVerb(token.lower) || (punct.is(u":") && isFramingVerb(token.lower))) {
            const Phrase p = subjectBefore(v, start);
            if (p.isValid())
                return attribute(v, v, p, 0.93, u"X said: quote"_s);
            // Inverted before a colon: "Said the mayor: …" is rare; "added Keane:" is not.
            const Phrase q = phraseStartingAt(m_scan, v + 1, mark);
            if (q.isValid() && q.last == mark)
                return attribute(v, v, q, 0.9, u"said X: quote"_s);
        }
    }
    if (punct.is(u":")) {
        // A clause that introduces the quote without a speech verb: its subject speaks.
        const Phrase p = phraseStartingAt(m_scan, start, mark);
        if (p.isValid() && (p.kind != Phrase::Kind::RoleNoun || isPersonRoleNoun(p.head)))
            return attribute(p.last < mark ? p.last : p.first, p.last < mark ? p.last : p.first, p, 0.8,
                             u"X …: quote"_s);
    }
    return {};
}

Attribution Finder::inSentence(const Sentence &sentence, int near)
{
    Attribution best;
    int bestDistance = 1 << 30;
    for (int v = sentence.first; v < sentence.last; ++v) {
        const Token &token = tokens().at(v);
        if (token.quote >= 0 || !token.isWord() || token.capitalised || !isFramingVerb(token.lower))
            continue;
        const int distance = std::abs(v - near);
        Phrase p = subjectBefore(v, sentence.first);
        QString rule = u"X said … \"quote\""_s;
        if (!p.isValid() && v > sentence.first && tokens().at(v - 1).is(u",")) {
            p = phraseStartingAt(m_scan, v + 1, sentence.last); // "…, added Xi."
            rule = u"… \"quote\" …, said X"_s;
        }
        if (!p.isValid())
            continue;
        // A named speaker in the sentence outranks a pronoun in it ("Dr Hope said she was
        // “heartbroken” but …, who she said had been “dealt an impossible hand”").
        const bool pronoun = p.kind == Phrase::Kind::Pronoun;
        if (best.found() && pronoun && best.phrase.kind != Phrase::Kind::Pronoun)
            continue;
        if (best.found() && !pronoun && best.phrase.kind == Phrase::Kind::Pronoun)
            bestDistance = 1 << 30;
        else if (distance >= bestDistance)
            continue;
        best = attribute(v, v, p, isSpeechVerb(token.lower) ? 0.85 : 0.8, rule);
        bestDistance = distance;
    }
    return best;
}

} // namespace gloss::quotes::detail
