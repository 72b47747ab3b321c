#include "Finder.h"

using namespace Qt::StringLiterals;

namespace gloss::quotes::detail {

namespace {

bool isAux(const Token &token)
{
    static const QStringList aux{u"is"_s, u"are"_s, u"was"_s, u"were"_s, u"had"_s, u"has"_s, u"have"_s, u"would"_s,
                                 u"will"_s, u"could"_s, u"should"_s, u"can"_s, u"may"_s, u"might"_s, u"must"_s,
                                 u"did"_s, u"does"_s, u"do"_s, u"need"_s, u"needs"_s, u"remained"_s,
                                 u"remains"_s, u"wanted"_s, u"wants"_s, u"planned"_s, u"plans"_s, u"intends"_s,
                                 u"intended"_s, u"wasn't"_s, u"isn't"_s, u"won't"_s, u"didn't"_s, u"hadn't"_s,
                                 u"hasn't"_s, u"couldn't"_s, u"wouldn't"_s, u"doesn't"_s, u"aren't"_s,
                                 u"weren't"_s, u"cannot"_s, u"can't"_s, u"shouldn't"_s, u"came"_s, u"went"_s,
                                 u"made"_s, u"took"_s, u"gave"_s, u"got"_s, u"knew"_s, u"saw"_s, u"became"_s,
                                 u"began"_s, u"fell"_s, u"rose"_s, u"grew"_s, u"left"_s, u"kept"_s, u"held"_s,
                                 u"brought"_s, u"thought"_s, u"found"_s, u"meant"_s, u"ran"_s, u"won"_s, u"lost"_s,
                                 u"paid"_s, u"sold"_s, u"built"_s, u"sent"_s, u"spent"_s, u"felt"_s, u"stood"_s,
                                 u"led"_s, u"belonged"_s, u"lay"_s, u"remain"_s, u"seemed"_s, u"appeared"_s};
    return token.isWord() && !token.capitalised && (aux.contains(token.lower) || (token.lower.size() > 4 && token.lower.endsWith(u"ed")));
}

bool startsClause(const Token &token)
{
    static const QStringList starters{u"he"_s, u"she"_s, u"they"_s, u"it"_s, u"we"_s, u"i"_s, u"there"_s,
                                      u"the"_s, u"a"_s, u"an"_s, u"his"_s, u"her"_s, u"their"_s, u"its"_s,
                                      u"this"_s, u"these"_s, u"those"_s, u"no"_s, u"some"_s, u"all"_s,
                                      u"both"_s, u"many"_s, u"most"_s, u"more"_s, u"nothing"_s, u"everyone"_s,
                                      u"nobody"_s, u"people"_s, u"our"_s, u"any"_s, u"every"_s, u"none"_s};
    return token.isWord() && (starters.contains(token.lower) || (token.capitalised && !isCommonCapitalised(token.lower)));
}

// "would say", "to tell", "could confirm": speech that has not happened.
bool isUnsaid(const Token &before)
{
    return before.isWord()
        && (before.is(u"would") || before.is(u"will") || before.is(u"could") || before.is(u"should") || before.is(u"might")
            || before.is(u"may") || before.is(u"can") || before.is(u"must") || before.is(u"to") || before.is(u"not")
            || before.is(u"never") || before.is(u"cannot"));
}

// Words that open a preposed phrase rather than the subject: "At the start of the meeting, Xi said",
// "Asked about it, she said", "However, the minister said".
bool opensPreposedPhrase(const Token &token)
{
    static const QStringList words{
        u"at"_s, u"in"_s, u"on"_s, u"after"_s, u"before"_s, u"during"_s, u"since"_s, u"until"_s, u"while"_s, u"when"_s,
        u"where"_s, u"as"_s, u"although"_s, u"though"_s, u"because"_s, u"if"_s, u"despite"_s, u"amid"_s, u"under"_s,
        u"over"_s, u"about"_s, u"for"_s, u"from"_s, u"with"_s, u"without"_s, u"by"_s, u"following"_s, u"speaking"_s,
        u"asked"_s, u"earlier"_s, u"later"_s, u"meanwhile"_s, u"however"_s, u"yesterday"_s, u"today"_s, u"last"_s,
        u"next"_s, u"separately"_s, u"elsewhere"_s, u"instead"_s, u"still"_s, u"also"_s, u"but"_s, u"and"_s, u"so"_s,
        u"yet"_s, u"then"_s, u"now"_s, u"finally"_s, u"initially"_s, u"eventually"_s, u"ultimately"_s, u"moreover"_s,
        u"nevertheless"_s, u"nonetheless"_s, u"indeed"_s, u"there"_s, u"here"_s, u"to"_s, u"once"_s, u"writing"_s,
        u"responding"_s, u"addressing"_s, u"pressed"_s, u"interviewed"_s, u"questioned"_s, u"unlike"_s, u"like"_s};
    return token.isWord() && words.contains(token.lower);
}

// Sources that are documents or media rather than speakers: "according to reports", "the data".
bool isDocumentWord(QStringView w)
{
    static const QStringList words{u"reports"_s, u"report"_s, u"media"_s, u"data"_s, u"figures"_s, u"statistics"_s,
                                   u"estimates"_s, u"documents"_s, u"document"_s, u"records"_s, u"transcript"_s,
                                   u"polls"_s, u"poll"_s, u"survey"_s, u"study"_s, u"research"_s, u"sources"_s,
                                   u"reuters"_s, u"afp"_s, u"ap"_s, u"interfax"_s, u"tass"_s, u"xinhua"_s};
    return words.contains(w.toString());
}

} // namespace

bool Finder::takesReportedClause(int v, const Sentence &sentence, bool *withThat) const
{
    *withThat = false;
    const QString &verb = tokens().at(v).lower;
    const int limit = std::min(sentence.last, v + 16);
    const bool infinitive = verb.startsWith(u"urge") || verb.startsWith(u"appeal") || verb == u"asked" || verb == u"asks";
    for (int k = v + 1; k < limit; ++k) {
        const Token &token = tokens().at(k);
        if (token.quote >= 0 || isEndPunct(token))
            break;
        if (token.is(u"that")) {
            *withThat = true;
            return true;
        }
        if (token.is(u"to") && infinitive)
            return true;
    }
    if (v + 1 < sentence.last && (tokens().at(v + 1).is(u"of") || tokens().at(v + 1).is(u"against") || tokens().at(v + 1).is(u"for")))
        return false;
    // Without "that": a clause starts within a few words (after an object or a time phrase) and has
    // a finite verb of its own ("said he was", "told reporters the plan would", "said on Monday
    // the talks had", "said fines of up to … were possible").
    for (int k = v + 1; k < std::min(sentence.last, v + 7); ++k) {
        const Token &token = tokens().at(k);
        if (token.quote >= 0 || isEndPunct(token) || token.is(u","))
            return false;
        if (!token.isWord())
            continue;
        for (int j = k + 1; j < std::min(sentence.last, k + 10); ++j) {
            const Token &next = tokens().at(j);
            if (next.quote >= 0 || isEndPunct(next))
                break;
            if (next.is(u"who") || next.is(u"which") || next.is(u"that") || next.is(u"whose"))
                break; // the verb of a relative clause is not the report's
            if (isAux(next))
                return startsClause(token) || !isSpeechVerb(next.lower);
        }
        return false;
    }
    return false;
}

int Finder::reportedEnd(const Sentence &sentence, int from) const
{
    for (int k = from + 1; k + 1 < sentence.last; ++k) {
        if (!tokens().at(k).is(u",") || tokens().at(k).quote >= 0)
            continue;
        const Token &next = tokens().at(k + 1);
        if (next.is(u"according") && k + 2 < sentence.last && tokens().at(k + 2).is(u"to"))
            return tokens().at(k - 1).end;
        // A relative clause that runs to the end is an aside; one closed by a comma is inside.
        const bool relative = next.is(u"which") || next.is(u"whose") || next.is(u"who")
            || (k + 2 < sentence.last && (tokens().at(k + 2).is(u"which") || tokens().at(k + 2).is(u"whom")) && !next.capitalised
                && next.isWord() && next.lower.size() <= 6);
        if (!relative)
            continue;
        bool closed = false;
        for (int j = k + 2; j < sentence.last; ++j)
            closed = closed || (tokens().at(j).is(u",") && tokens().at(j).quote < 0);
        if (!closed)
            return tokens().at(k - 1).end;
    }
    return sentence.end;
}

int Finder::reportedStart(const Sentence &sentence, const Phrase &subject) const
{
    int first = sentence.first;
    if (opensPreposedPhrase(tokens().at(first))) {
        first = subject.first;
        for (int t = sentence.first; t < subject.first; ++t) {
            if (tokens().at(t).is(u",")) {
                first = t + 1;
                break;
            }
        }
    }
    for (int t = first; t < subject.first; ++t)
        if (tokens().at(t).quote >= 0 || isEndPunct(tokens().at(t)))
            return tokens().at(subject.first).start;
    return tokens().at(first).start;
}

bool Finder::acceptableReporter(const Attribution &a) const
{
    if (a.speaker < 0)
        return false;
    // "it said" is an organisation speaking; anything else "it" does is not speech.
    if (a.phrase.kind == Phrase::Kind::Pronoun && a.phrase.head == u"it")
        return m_speakers.at(a.speaker).organisation;
    return true;
}

void Finder::addReported(int start, int end, const Attribution &a, double confidence)
{
    QuoteSuggestion s;
    s.start = start;
    s.end = end;
    trim(s);
    s.kind = QuoteKind::Reported;
    fill(s, a);
    double c = confidence;
    if (m_speakers.at(a.speaker).organisation)
        c -= 0.15;
    if (a.phrase.kind == Phrase::Kind::Pronoun)
        c -= 0.05;
    s.confidence = std::clamp(c, 0.05, 0.95);
    m_out.append(s);
}

bool Finder::accordingTo(const Sentence &sentence)
{
    for (int v = sentence.first; v + 1 < sentence.last; ++v) {
        if (!tokens().at(v).is(u"according") || !tokens().at(v + 1).is(u"to") || tokens().at(v).quote >= 0)
            continue;
        const Phrase p = phraseStartingAt(m_scan, v + 2, sentence.last);
        if (!p.isValid() || isDocumentWord(tokens().at(p.last - 1).lower) || (p.kind == Phrase::Kind::RoleNoun && isDocumentWord(p.head)))
            continue;
        Attribution a = attribute(v, v + 1, p, 0.7, u"according to X, …"_s);
        if (!acceptableReporter(a))
            continue;
        addReported(sentence.start, sentence.end, a, 0.7);
        return true;
    }
    return false;
}

void Finder::reported(const Sentence &sentence)
{
    for (int v = sentence.first; v < sentence.last; ++v) {
        const Token &token = tokens().at(v);
        if (token.quote >= 0 || !token.isWord() || !isSpeechVerb(token.lower) || token.is(u"according") || token.capitalised)
            continue;
        // What someone would, could or wants to say has not been said ("what she would tell the donors").
        if (v > sentence.first && isUnsaid(tokens().at(v - 1)))
            continue;
        if (v + 1 < sentence.last && (tokens().at(v + 1).is(u"nothing") || tokens().at(v + 1).is(u"little")))
            continue;
        Phrase subject = subjectBefore(v, sentence.first);
        if (!subject.isValid()) {
            // "…, said Patrick O'Sullivan." — the speaker after the verb at the sentence's end.
            if (v > sentence.first + 2 && tokens().at(v - 1).is(u",")) {
                const Phrase after = phraseStartingAt(m_scan, v + 1, sentence.last);
                if (after.isValid() && (after.last >= sentence.last - 1 || isEndPunct(tokens().at(after.last)))) {
                    Attribution a = attribute(v, v, after, 0.65, u"…, said X."_s);
                    if (acceptableReporter(a)) {
                        addReported(sentence.start, sentence.end, a, 0.65);
                        return;
                    }
                }
            }
            continue;
        }
        const bool parenthetical = subject.first > sentence.first && tokens().at(subject.first - 1).is(u",")
            && v + 1 < sentence.last && tokens().at(v + 1).is(u",");
        if (parenthetical) {
            // "China, he wrote, is making active efforts …"
            Attribution a = attribute(v, v, subject, 0.6, u"…, X said, …"_s);
            if (acceptableReporter(a)) {
                addReported(sentence.start, reportedEnd(sentence, v), a, 0.6);
                return;
            }
            continue;
        }
        // Whatever follows a speaker's verb is theirs: a later verb in it ("the Kremlin denied that
        // Xi had confirmed …") does not start another report.
        bool withThat = false;
        if (takesReportedClause(v, sentence, &withThat)) {
            Attribution a = attribute(v, v, subject, withThat ? 0.85 : 0.75, withThat ? u"X said that …"_s : u"X said …"_s);
            if (acceptableReporter(a))
                addReported(reportedStart(sentence, subject), reportedEnd(sentence, v), a, a.confidence);
            return;
        }
        // "The talks will resume, the minister said." — the clause comes first.
        bool clauseFirst = false;
        for (int c = subject.first - 1; c > sentence.first + 2 && c >= subject.first - 5; --c) {
            if (tokens().at(c).is(u",")) {
                clauseFirst = !opensPreposedPhrase(tokens().at(sentence.first));
                break;
            }
            if (!tokens().at(c).isWord())
                break;
        }
        int k = v + 1;
        while (k < sentence.last && !isEndPunct(tokens().at(k)) && k < v + 6)
            ++k;
        if (!clauseFirst || k >= sentence.last || !isEndPunct(tokens().at(k)))
            continue;
        Attribution a = attribute(v, v, subject, 0.65, u"…, X said."_s);
        if (acceptableReporter(a)) {
            addReported(sentence.start, sentence.end, a, 0.65);
            return;
        }
    }
    accordingTo(sentence);
}

} // namespace gloss::quotes::detail
