#include "Phrases.h"

using namespace Qt::StringLiterals;

namespace gloss::quotes {

namespace {

bool isDeterminer(QStringView w)
{
    return w == u"the" || w == u"a" || w == u"an" || w == u"its" || w == u"his" || w == u"her" || w == u"their"
        || w == u"our" || w == u"one" || w == u"another";
}

// A period that belongs to a title abbreviation inside a name ("Dr. Lena Vogt", "Sen. Maria Delgado").
bool isTitlePeriod(const TextScan &scan, int t)
{
    const auto &tokens = scan.tokens();
    if (tokens.at(t).lower != u"." || t == 0 || t + 1 >= tokens.size())
        return false;
    const Token &before = tokens.at(t - 1);
    return before.isWord() && before.end == tokens.at(t).start && isTitleWord(before.lower)
        && isAbbreviation(before.lower) && tokens.at(t + 1).capitalised;
}

// The period after initials inside a name ("J.K. Amponsah", "T. Ruiz").
bool isInitialPeriod(const TextScan &scan, int t)
{
    const auto &tokens = scan.tokens();
    if (tokens.at(t).lower != u"." || t == 0 || t + 1 >= tokens.size() || !tokens.at(t + 1).capitalised)
        return false;
    const Token &before = tokens.at(t - 1);
    if (!before.isWord() || before.end != tokens.at(t).start || !before.capitalised)
        return false;
    const QString &w = before.lower;
    bool initials = w.size() == 1;
    if (w.size() >= 3) {
        initials = true;
        for (int i = 0; i < w.size(); ++i)
            initials = initials && ((i % 2 == 0) == w.at(i).isLetter()) && (i % 2 == 0 || w.at(i) == u'.');
    }
    return initials;
}

Phrase oneWord(Phrase::Kind kind, int token, const QString &head)
{
    Phrase phrase;
    phrase.kind = kind;
    phrase.first = token;
    phrase.last = token + 1;
    phrase.head = head;
    return phrase;
}

bool isConnector(const Token &token)
{
    return token.is(u"of") || token.is(u"for") || token.is(u"and") || token.is(u"&");
}

// Post-nominal letters are not part of the name ("Nadia Farouk KC", "Amy Lee MP").
bool isPostNominal(const Token &token)
{
    static const QStringList letters{u"kc"_s, u"qc"_s, u"mp"_s, u"mep"_s, u"phd"_s, u"jr"_s, u"sr"_s, u"cbe"_s,
                                     u"obe"_s, u"mbe"_s, u"ii"_s, u"iii"_s, u"msp"_s, u"md"_s};
    return token.capitalised && letters.contains(token.lower);
}

// May this token be part of a name phrase (titles included)? Connectors ("of", "for", "and") are
// judged by the callers, which see what follows them.
bool nameish(const TextScan &scan, int t, bool /*atSentenceStart*/)
{
    const Token &token = scan.tokens().at(t);
    if (token.quote >= 0)
        return false;
    if (token.type == Token::Type::Punct)
        return isTitlePeriod(scan, t) || isInitialPeriod(scan, t);
    if (!token.isWord())
        return false;
    if (token.capitalised)
        return token.acronym || !isCommonCapitalised(token.lower) || isTitleWord(token.lower)
            || isOrganisationWord(token.lower); // "North Downs Police"
    return isTitleWord(token.lower) || (isNameParticle(token.lower) && !isConnector(token));
}

// A connector joins two parts of one name only when a capitalised word follows it.
bool joinsName(const TextScan &scan, int t, int ceiling)
{
    const auto &tokens = scan.tokens();
    return isConnector(tokens.at(t)) && t + 1 < ceiling && tokens.at(t + 1).capitalised
        && !isCommonCapitalised(tokens.at(t + 1).lower) && tokens.at(t + 1).quote < 0;
}

Phrase nameFromRange(const TextScan &scan, int first, int last)
{
    const auto &tokens = scan.tokens();
    // Trim particles and lower-case title words at the start: a name begins with a capital.
    while (first < last && !tokens.at(first).capitalised && tokens.at(first).lower != u".")
        ++first;
    if (first < last && tokens.at(first).lower == u"." && isInitialPeriod(scan, first))
        ++first;
    // A connector continues a title ("Secretary of State") or an organisation ("Office for
    // Information Security", "Bank of England"); after a person's name it starts something else
    // ("Colin Achebe | of West Yorkshire Police").
    for (int t = first + 1; t < last; ++t) {
        if (!isConnector(tokens.at(t)))
            continue;
        const Token &before = tokens.at(t - 1);
        if (isTitleWord(before.lower) || (before.capitalised && isOrganisationWord(before.lower)))
            continue;
        // "Port and Logistics Workers' Union", "Marks & Spencer Group": one organisation.
        bool organisationAfter = false;
        for (int k = t + 1; k < last; ++k)
            organisationAfter = organisationAfter || (tokens.at(k).capitalised && isOrganisationWord(tokens.at(k).lower));
        if (!tokens.at(t).is(u"of") && organisationAfter)
            continue;
        last = t;
        break;
    }
    // An organisation has an organisation word after any titles ("Health Ministry", "Federal Office
    // for Information Security"; but "Kremlin spokesman Dmitry Peskov" is a person).
    const auto isOrganisationAfterTitles = [&](int end) {
        int lastTitle = first - 1;
        for (int t = first; t < end - 1; ++t)
            if ((isTitleWord(tokens.at(t).lower) && !(tokens.at(t).capitalised && isOrganisationWord(tokens.at(t).lower)))
                || isTitlePeriod(scan, t))
                lastTitle = t;
        for (int t = lastTitle + 1; t < end; ++t)
            if (tokens.at(t).capitalised && isOrganisationWord(tokens.at(t).lower))
                return true;
        return false;
    };
    const bool organisation = isOrganisationAfterTitles(last);
    // An apostrophe inside belongs to an organisation's name ("Northern Nurses' Association"); for
    // anyone else the name ends at the possessive ("Xi's visit").
    for (int t = first; t < last - 1; ++t) {
        if (tokens.at(t).possessive && !organisation) {
            last = t + 1;
            break;
        }
    }
    while (last > first + 1 && isPostNominal(tokens.at(last - 1)))
        --last;
    if (first >= last || !tokens.at(last - 1).capitalised)
        return {};
    // "the Valais State Councillor responsible for energy": a role without its name.
    if (isTitleWord(tokens.at(last - 1).lower) && !organisation)
        return {};
    Phrase phrase;
    phrase.kind = Phrase::Kind::Name;
    phrase.first = first;
    phrase.last = last;
    // The name starts after the last title-like token that is followed by a capitalised non-title
    // word ("US Secretary of State | Antony Blinken", "Kremlin spokesman | Dmitry Peskov").
    int nameFirst = first;
    for (int t = first; t < last - 1; ++t) {
        const Token &token = tokens.at(t);
        if (token.lower == u"of" && t + 2 < last) { // "Secretary of State", "Minister of Health"
            nameFirst = t + 2;
            ++t;
            continue;
        }
        bool peel = token.lower == u"." ? !isInitialPeriod(scan, t)
                                        : isTitleWord(token.lower) || token.possessive
                                              || (!token.capitalised && !isNameParticle(token.lower));
        // A nationality is a title ("German Defence Minister ...", "Russian Vladimir Putin") only when
        // a name is left after it ("Jordan Peterson" keeps his first name).
        if (!peel && isPlaceOrNationality(token.lower))
            peel = last - (t + 1) >= 2 || isTitleWord(tokens.at(t + 1).lower);
        if (peel)
            nameFirst = t + 1;
    }
    phrase.nameFirst = nameFirst;
    phrase.organisation = isOrganisationAfterTitles(last);
    if (first > 0 && tokens.at(first - 1).is(u"the"))
        phrase.definite = true;
    return phrase;
}

Phrase roleNounEndingAt(const TextScan &scan, int last, int floor)
{
    const auto &tokens = scan.tokens();
    const Token &head = tokens.at(last);
    if (!head.isWord() || head.capitalised || head.possessive)
        return {};
    if (!isPersonRoleNoun(head.lower) && !isOrganisationNoun(head.lower))
        return {};
    int first = last;
    // Back over modifiers ("the company's chief executive", "the Chinese leader") to a determiner.
    while (first - 1 >= floor && first - 1 >= last - 5) {
        const Token &before = tokens.at(first - 1);
        if (before.quote >= 0 || !before.isWord())
            break;
        --first;
        if (isDeterminer(before.lower) || before.possessive)
            break;
    }
    Phrase phrase;
    phrase.kind = Phrase::Kind::RoleNoun;
    phrase.first = first;
    phrase.last = last + 1;
    phrase.head = head.lower;
    phrase.definite = tokens.at(first).is(u"the");
    // Bare plurals ("officials", "police") and determiners make a role noun; a bare singular
    // ("minister") without a determiner is a title, not a subject.
    const Token &start = tokens.at(first);
    if (!isDeterminer(start.lower) && !start.possessive && !isOrganisationNoun(head.lower))
        return {};
    return phrase;
}

} // namespace

Phrase phraseEndingAt(const TextScan &scan, int last, int floor)
{
    const auto &tokens = scan.tokens();
    if (last < floor || last < 0)
        return {};
    const Token &token = tokens.at(last);
    if (token.quote >= 0 || !token.isWord() || token.possessive)
        return {};
    if (isPersonPronoun(token.lower) || isGroupPronoun(token.lower) || token.is(u"it"))
        return oneWord(Phrase::Kind::Pronoun, last, token.lower);
    if (token.capitalised) {
        int first = last;
        while (first - 1 >= floor) {
            if (nameish(scan, first - 1, first - 1 == floor))
                --first;
            else if (first - 2 >= floor && joinsName(scan, first - 1, last + 1) && nameish(scan, first - 2, first - 2 == floor))
                first -= 2;
            else
                break;
        }
        if (first == last && isCommonCapitalised(token.lower)) {
            // "Police said …": a bare organisation noun that happens to start the sentence.
            if (isOrganisationNoun(token.lower))
                return oneWord(Phrase::Kind::RoleNoun, last, token.lower);
            return {};
        }
        return nameFromRange(scan, first, last + 1);
    }
    return roleNounEndingAt(scan, last, floor);
}

Phrase phraseStartingAt(const TextScan &scan, int first, int ceiling)
{
    const auto &tokens = scan.tokens();
    if (first >= ceiling || first >= tokens.size())
        return {};
    const Token &token = tokens.at(first);
    if (token.quote >= 0 || !token.isWord())
        return {};
    if (isPersonPronoun(token.lower) || isGroupPronoun(token.lower))
        return oneWord(Phrase::Kind::Pronoun, first, token.lower);
    if (isDeterminer(token.lower) || token.possessive) {
        // "the minister", "a spokeswoman for the ministry", "the company's chief executive"
        for (int t = first + 1; t < ceiling && t <= first + 5; ++t) {
            const Token &word = tokens.at(t);
            if (word.quote >= 0 || !word.isWord())
                break;
            const bool more = t + 1 < ceiling && tokens.at(t + 1).isWord() && tokens.at(t + 1).quote < 0
                && !tokens.at(t + 1).capitalised && (isPersonRoleNoun(tokens.at(t + 1).lower) || isOrganisationNoun(tokens.at(t + 1).lower));
            if (!word.capitalised && !more && (isPersonRoleNoun(word.lower) || isOrganisationNoun(word.lower))) {
                Phrase phrase = roleNounEndingAt(scan, t, first);
                if (!phrase.isValid() || phrase.first != first)
                    break;
                // Two-word roles: "the director general", "the chief executive officer".
                while (phrase.last < ceiling && tokens.at(phrase.last).isWord() && !tokens.at(phrase.last).capitalised
                       && tokens.at(phrase.last).quote < 0
                       && (isTitleWord(tokens.at(phrase.last).lower) || isPersonRoleNoun(tokens.at(phrase.last).lower)))
                    ++phrase.last;
                // Its complement says whose: "the head of French diplomacy", "a spokeswoman for the
                // ministry". Kept in the phrase, so its words can pick out the person.
                int k = phrase.last;
                if (k < ceiling && (tokens.at(k).is(u"of") || tokens.at(k).is(u"for") || tokens.at(k).is(u"at"))) {
                    int end = k + 1;
                    while (end < ceiling && end <= k + 4 && tokens.at(end).isWord() && tokens.at(end).quote < 0
                           && !isSpeechVerb(tokens.at(end).lower))
                        ++end;
                    if (end > k + 1)
                        phrase.last = end;
                }
                return phrase;
            }
        }
        // "the Health Ministry": a capitalised name after the article.
        if (token.is(u"the") && first + 1 < ceiling && tokens.at(first + 1).capitalised) {
            Phrase phrase = phraseStartingAt(scan, first + 1, ceiling);
            phrase.definite = true;
            return phrase;
        }
        return {};
    }
    if (token.capitalised || isTitleWord(token.lower)) {
        if (token.capitalised && !token.acronym && isCommonCapitalised(token.lower) && !isTitleWord(token.lower))
            return {};
        int last = first;
        while (last + 1 < ceiling) {
            if (tokens.at(last).possessive && !(tokens.at(last + 1).capitalised && nameish(scan, last + 1, false)))
                break;
            if (nameish(scan, last + 1, false))
                ++last;
            else if (joinsName(scan, last + 1, ceiling))
                last += 2;
            else
                break;
        }
        Phrase phrase = nameFromRange(scan, first, last + 1);
        if (phrase.isValid() && tokens.at(phrase.last - 1).possessive)
            return {};
        return phrase;
    }
    return {};
}

Phrase possessorAt(const TextScan &scan, int first, int ceiling)
{
    const auto &tokens = scan.tokens();
    int last = first;
    while (last < ceiling && nameish(scan, last, false) && !tokens.at(last).possessive)
        ++last;
    if (last >= ceiling || !tokens.at(last).possessive || !tokens.at(last).capitalised)
        return {};
    Phrase phrase = nameFromRange(scan, first, last + 1);
    if (!phrase.isValid() || phrase.organisation)
        return {};
    return phrase;
}

QString phraseText(const TextScan &scan, int first, int last)
{
    if (first < 0 || last <= first)
        return {};
    const auto &tokens = scan.tokens();
    QString text = scan.slice(tokens.at(first).start, tokens.at(last - 1).end).toString();
    text.replace(u'\u00A0', u' ');
    return text;
}

QString nameOf(const TextScan &scan, const Phrase &phrase)
{
    if (phrase.kind != Phrase::Kind::Name)
        return {};
    QString name = phraseText(scan, phrase.nameFirst, phrase.last);
    if (name.endsWith(u"'s") || name.endsWith(u"\u2019s"))
        name.chop(2);
    return name;
}

QString roleOf(const TextScan &scan, const Phrase &phrase)
{
    if (phrase.kind != Phrase::Kind::Name || phrase.nameFirst <= phrase.first)
        return {};
    return phraseText(scan, phrase.first, phrase.nameFirst);
}

bool namesOrganisation(const TextScan &, const Phrase &phrase)
{
    return phrase.kind == Phrase::Kind::Name && phrase.organisation;
}

bool namesPlace(const TextScan &scan, const Phrase &phrase)
{
    if (phrase.kind != Phrase::Kind::Name)
        return false;
    for (int t = phrase.nameFirst; t < phrase.last; ++t) {
        const QString &w = scan.tokens().at(t).lower;
        if (!isPlaceOrNationality(w) && w != u"kremlin" && w != u"pentagon" && w != u"white" && w != u"house"
            && w != u"downing" && w != u"street" && w != u"elysee" && w != u"élysée")
            return false;
    }
    return true;
}

} // namespace gloss::quotes
