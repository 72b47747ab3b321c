#include "ArticleSpeakers.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss::quotes {

namespace {

Gender genderOf(const TextScan &scan, const Phrase &phrase)
{
    for (int t = phrase.first; t < phrase.nameFirst; ++t) {
        const Gender g = titleGender(scan.tokens().at(t).lower);
        if (g != Gender::Unknown)
            return g;
    }
    if (phrase.last - phrase.nameFirst >= 2)
        return firstNameGender(scan.tokens().at(phrase.nameFirst).lower);
    return Gender::Unknown;
}

bool compatible(Gender a, Gender b)
{
    return a == Gender::Unknown || b == Gender::Unknown || a == b;
}

QStringList wordsOf(const QString &name)
{
    QStringList words;
    for (const QString &w : name.toLower().split(u' ', Qt::SkipEmptyParts))
        if (!isNameParticle(w))
            words.append(w);
    return words;
}

} // namespace

ArticleSpeakers::ArticleSpeakers(const TextScan &scan)
    : m_scan(scan)
{
    collectNames();
}

bool ArticleSpeakers::isSubjectPosition(int sentence, int token) const
{
    const Sentence &s = m_scan.sentences().at(sentence);
    const auto &tokens = m_scan.tokens();
    // The sentence starts here, or after a preposed phrase ("At the start of the meeting, Xi said"),
    // or after nothing but a determiner and role words ("The glaciologist Ursula Gerber ...").
    int start = s.first;
    for (int t = s.first; t < token; ++t) {
        if (tokens.at(t).quote >= 0)
            return false;
        if (tokens.at(t).is(u","))
            start = t + 1;
    }
    if (start > s.first && start == token)
        return true;
    if (token - start > 4)
        return false;
    for (int t = start; t < token; ++t) {
        const Token &w = tokens.at(t);
        const bool describes = t == start ? (w.is(u"the") || w.is(u"a") || w.is(u"an") || isTitleWord(w.lower))
                                          : (!w.capitalised || isTitleWord(w.lower));
        if (!w.isWord() || !describes)
            return false;
    }
    return true;
}

void ArticleSpeakers::collectNames()
{
    const auto &tokens = m_scan.tokens();
    const auto &sentences = m_scan.sentences();
    // First the full names, so that a surname used before the full name still finds its person.
    struct Found {
        Phrase phrase;
        int sentence;
    };
    QList<Found> found;
    for (int s = 0; s < sentences.size(); ++s) {
        const Sentence &sentence = sentences.at(s);
        for (int t = sentence.first; t < sentence.last; ++t) {
            const Token &token = tokens.at(t);
            if (token.quote >= 0 || !token.isWord() || !token.capitalised || isCommonCapitalised(token.lower))
                continue;
            Phrase phrase = phraseStartingAt(m_scan, t, sentence.last);
            if (!phrase.isValid() || phrase.kind != Phrase::Kind::Name) {
                continue;
            }
            // Titles written in lower case before the run belong to it ("spokesman Dmitry Peskov").
            found.append({phrase, s});
            t = phrase.last - 1;
        }
    }
    for (const Found &f : found) {
        const int words = f.phrase.last - f.phrase.nameFirst;
        if (namesPlace(m_scan, f.phrase))
            continue;
        if (namesOrganisation(m_scan, f.phrase) || words >= 2 || f.phrase.nameFirst > f.phrase.first)
            addName(f.phrase);
    }
    // A single unknown name that leads a sentence and is nobody's surname is an organisation
    // ("Nordbank closed 41 branches"); registering it lets "it" and "the bank" find it.
    for (const Found &f : found) {
        if (f.phrase.last - f.phrase.first != 1 || namesPlace(m_scan, f.phrase) || !isSubjectPosition(f.sentence, f.phrase.first))
            continue;
        // "a Democrat", "the Italian": a noun with an article is a description, not a name.
        if (f.phrase.first > 0 && (tokens.at(f.phrase.first - 1).is(u"a") || tokens.at(f.phrase.first - 1).is(u"an")
                                   || tokens.at(f.phrase.first - 1).is(u"the")))
            continue;
        const QString &word = tokens.at(f.phrase.first).lower;
        // A proper name is capitalised wherever it stands; "Names, addresses …" only at a start.
        bool midSentence = false;
        for (const Found &g : found)
            midSentence = midSentence || (g.phrase.first == g.phrase.last - 1 && tokens.at(g.phrase.first).lower == word
                                          && g.phrase.first != sentences.at(g.sentence).first);
        if (midSentence && !m_byName.contains(word) && findBySurname(word, -1) < 0)
            organisationNamed(phraseText(m_scan, f.phrase.first, f.phrase.last));
    }
    // Such a single name may be a person after all ("Sumarni does not remember … she sat"): the
    // pronouns that follow its sentences say which.
    QHash<int, int> personVotes;
    QHash<int, Gender> votedGender;
    for (const Found &f : found) {
        if (f.phrase.last - f.phrase.first != 1 || !isSubjectPosition(f.sentence, f.phrase.first) || tokens.at(f.phrase.first).acronym)
            continue; // "IPMA", "UNHCR": acronyms name organisations
        const int speaker = m_byName.value(tokens.at(f.phrase.first).lower, -1);
        if (speaker < 0 || !m_speakers.at(speaker).organisation || m_speakers.at(speaker).words.size() != 1)
            continue;
        for (int t = f.phrase.last; t < tokens.size() && t < f.phrase.last + 30; ++t) {
            const Token &w = tokens.at(t);
            if (!w.isWord() || w.quote >= 0)
                continue;
            const Gender g = pronounGender(w.lower);
            if (g != Gender::Unknown) {
                personVotes[speaker] += 1;
                votedGender[speaker] = g;
                break;
            }
            if (w.is(u"it") || w.is(u"its") || w.is(u"they") || w.is(u"their")) {
                personVotes[speaker] -= 1;
                break;
            }
        }
    }
    for (auto it = personVotes.cbegin(); it != personVotes.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        m_speakers[it.key()].organisation = false;
        m_speakers[it.key()].gender = votedGender.value(it.key());
    }
    // "Mr. Hutchins's own proposal would …": the owner leads the sentence as much as its subject does.
    for (int s = 0; s < sentences.size(); ++s) {
        const Phrase owner = possessorAt(m_scan, sentences.at(s).first, sentences.at(s).last);
        if (!owner.isValid())
            continue;
        QString name = nameOf(m_scan, owner);
        int speaker = m_byName.value(name.toLower(), -1);
        if (speaker < 0 && owner.last - owner.nameFirst == 1)
            speaker = findBySurname(tokens.at(owner.nameFirst).lower, -1);
        if (speaker >= 0)
            found.append({owner, s});
    }
    for (const Found &f : found) {
        if (namesPlace(m_scan, f.phrase))
            continue;
        int speaker = m_byName.value(nameOf(m_scan, f.phrase).toLower(), -1);
        if (namesOrganisation(m_scan, f.phrase))
            speaker = m_byName.value(phraseText(m_scan, f.phrase.first, f.phrase.last).toLower(), speaker);
        if (speaker < 0 && f.phrase.last - f.phrase.nameFirst == 1)
            speaker = findBySurname(tokens.at(f.phrase.nameFirst).lower, -1);
        if (speaker < 0)
            continue;
        addAlias(speaker, phraseText(m_scan, f.phrase.first, f.phrase.last));
        addMention(f.phrase.first, speaker, isSubjectPosition(f.sentence, f.phrase.first));
        // Role words written before the name in lower case: "Northbridge head coach Marco Bellandi".
        int from = f.phrase.nameFirst;
        while (from - 1 >= sentences.at(f.sentence).first && from > f.phrase.nameFirst - 5) {
            const Token &w = tokens.at(from - 1);
            if (!w.isWord() || w.quote >= 0 || !(isTitleWord(w.lower) || isPersonRoleNoun(w.lower) || (w.capitalised && !isCommonCapitalised(w.lower))))
                break;
            --from;
        }
        if (from < f.phrase.nameFirst && !m_speakers.at(speaker).organisation)
            noteRole(speaker, phraseText(m_scan, from, f.phrase.nameFirst));
    }
}

int ArticleSpeakers::addName(const Phrase &phrase)
{
    const bool organisation = namesOrganisation(m_scan, phrase);
    const QString name = organisation ? phraseText(m_scan, phrase.first, phrase.last) : nameOf(m_scan, phrase);
    const QString key = name.toLower();
    if (const auto it = m_byName.constFind(key); it != m_byName.constEnd())
        return *it;
    // "President Xi" after "Xi Jinping" is the same person.
    if (!organisation && phrase.last - phrase.nameFirst == 1) {
        const int known = findBySurname(key, -1);
        if (known >= 0) {
            m_byName.insert(key, known);
            return known;
        }
    }
    ArticleSpeaker speaker;
    speaker.name = name;
    speaker.organisation = organisation;
    speaker.role = organisation ? QString() : roleOf(m_scan, phrase);
    speaker.words = wordsOf(name);
    speaker.gender = organisation ? Gender::Unknown : genderOf(m_scan, phrase);
    m_speakers.append(speaker);
    const int index = int(m_speakers.size()) - 1;
    m_byName.insert(key, index);
    return index;
}

void ArticleSpeakers::addAlias(int speaker, const QString &alias)
{
    ArticleSpeaker &s = m_speakers[speaker];
    if (alias.compare(s.name, Qt::CaseInsensitive) != 0 && !s.aliases.contains(alias, Qt::CaseInsensitive))
        s.aliases.append(alias);
    if (s.role.isEmpty() && !s.organisation && alias.size() > s.name.size() && alias.endsWith(s.name))
        s.role = alias.left(alias.size() - s.name.size()).trimmed();
}

void ArticleSpeakers::addMention(int token, int speaker, bool salient, bool spoke)
{
    Mention mention{token, speaker, salient, spoke};
    auto it = std::lower_bound(m_mentions.begin(), m_mentions.end(), token,
                               [](const Mention &m, int t) { return m.token < t; });
    if (it != m_mentions.end() && it->token == token) {
        it->speaker = speaker;
        it->salient = it->salient || salient;
        it->spoke = it->spoke || spoke;
        return;
    }
    m_mentions.insert(it, mention);
}

void ArticleSpeakers::noteSpeaker(int speaker, int token)
{
    if (speaker >= 0)
        addMention(token, speaker, true, true);
}

void ArticleSpeakers::noteRole(int speaker, const QString &role)
{
    if (speaker >= 0 && m_speakers.at(speaker).role.isEmpty() && !m_speakers.at(speaker).organisation)
        m_speakers[speaker].role = role;
}

int ArticleSpeakers::salientPersonBefore(int token) const
{
    for (auto it = m_mentions.crbegin(); it != m_mentions.crend(); ++it)
        if (it->token < token && it->salient && !m_speakers.at(it->speaker).organisation)
            return it->speaker;
    return -1;
}

int ArticleSpeakers::findBySurname(QStringView word, int beforeToken) const
{
    // The last word of a name first ("Putin" -> Vladimir Putin), then any word ("Xi" -> Xi Jinping).
    int best = -1;
    int bestRank = 3;
    for (int i = 0; i < m_speakers.size(); ++i) {
        const ArticleSpeaker &s = m_speakers.at(i);
        if (s.organisation || s.words.size() < 2)
            continue;
        int rank = 3;
        if (s.words.last() == word)
            rank = 0;
        else if (s.words.contains(word))
            rank = 1;
        if (rank < bestRank) {
            best = i;
            bestRank = rank;
        } else if (rank == bestRank && rank < 3 && beforeToken >= 0) {
            // Two people share the word: the one mentioned last before this point.
            for (auto it = m_mentions.crbegin(); it != m_mentions.crend(); ++it) {
                if (it->token >= beforeToken)
                    continue;
                if (it->speaker == i) {
                    best = i;
                    break;
                }
                if (it->speaker == best)
                    break;
            }
        }
    }
    return best;
}

int ArticleSpeakers::organisationNamed(const QString &name)
{
    const QString key = name.toLower();
    if (const auto it = m_byName.constFind(key); it != m_byName.constEnd())
        return *it;
    ArticleSpeaker speaker;
    speaker.name = name;
    speaker.organisation = true;
    speaker.words = wordsOf(name);
    m_speakers.append(speaker);
    m_byName.insert(key, int(m_speakers.size()) - 1);
    return int(m_speakers.size()) - 1;
}

int ArticleSpeakers::byPronoun(const QString &pronoun, int beforeToken)
{
    if (isGroupPronoun(pronoun) || pronoun == u"it") {
        // "they" and "it" stand for an organisation that spoke or led a sentence just before.
        int seen = 0;
        for (auto it = m_mentions.crbegin(); it != m_mentions.crend(); ++it) {
            if (it->token >= beforeToken)
                continue;
            if (++seen > 6)
                break;
            if (m_speakers.at(it->speaker).organisation && it->salient)
                return it->speaker;
        }
        return -1;
    }
    const Gender gender = pronounGender(pronoun);
    // First the people who led a sentence or spoke, then anyone compatible.
    for (int pass = 0; pass < 2; ++pass) {
        for (auto it = m_mentions.crbegin(); it != m_mentions.crend(); ++it) {
            if (it->token >= beforeToken)
                continue;
            const ArticleSpeaker &s = m_speakers.at(it->speaker);
            if (s.organisation || !compatible(s.gender, gender))
                continue;
            if (pass == 0 && !it->salient)
                continue;
            // A pronoun teaches the person's gender, which tells alternating speakers apart later.
            if (s.gender == Gender::Unknown)
                m_speakers[it->speaker].gender = gender;
            return it->speaker;
        }
    }
    return -1;
}

int ArticleSpeakers::byRoleNoun(const Phrase &phrase)
{
    const auto &tokens = m_scan.tokens();
    const QString &head = phrase.head;
    if (isOrganisationNoun(head) && !isPersonRoleNoun(head)) {
        // "the ministry" -> the Health Ministry named earlier, "the bank" -> Nordbank (the one named
        // most often when several fit); else the organisation that spoke last; else the noun itself.
        // Counts by speaker in the order first met, the most recent mention first: equal counts keep
        // the first found, which is the most recent. (A QHash would break ties by its own order,
        // which changes from one run to the next.)
        using Tally = QList<std::pair<int, int>>;
        const auto add = [](Tally &tally, int speaker, int count) {
            const auto at = std::find_if(tally.begin(), tally.end(), [speaker](const auto &p) { return p.first == speaker; });
            if (at == tally.end())
                tally.append({speaker, count});
            else
                at->second += count;
        };
        Tally fits;
        Tally speaking; // organisations that spoke, by how often the article names them
        for (auto it = m_mentions.crbegin(); it != m_mentions.crend(); ++it) {
            if (it->token >= phrase.first)
                continue;
            const ArticleSpeaker &s = m_speakers.at(it->speaker);
            if (!s.organisation)
                continue;
            if (std::any_of(s.words.begin(), s.words.end(), [&](const QString &w) { return w.endsWith(head); }))
                add(fits, it->speaker, 1);
            add(speaking, it->speaker, it->spoke ? 1001 : 1);
        }
        // Several fit: the one named most often (the story's subject).
        const auto most = [](const Tally &tally, int floor) {
            int best = -1;
            int bestCount = floor;
            for (const auto &[speaker, count] : tally) {
                if (count > bestCount) {
                    best = speaker;
                    bestCount = count;
                }
            }
            return best;
        };
        if (const int best = most(fits, 0); best >= 0)
            return best;
        // "the company" for an organisation named otherwise: the one that has spoken, named most often.
        if (const int best = most(speaking, 1000); best >= 0 && phrase.definite)
            return best;
        int first = phrase.first;
        if (tokens.at(first).is(u"the") || tokens.at(first).is(u"a") || tokens.at(first).is(u"an"))
            ++first;
        return organisationNamed(phraseText(m_scan, first, phrase.last));
    }
    QStringList modifiers;
    for (int t = phrase.first; t < phrase.last; ++t) {
        const Token &w = tokens.at(t);
        if (w.isWord() && !w.is(u"the") && !w.is(u"a") && !w.is(u"an") && !w.is(u"of") && !w.is(u"for") && w.lower != head)
            modifiers.append(w.lower);
    }
    // The best match of role words, the most recent among equals: "the Italian minister" is the
    // minister whose role says Italian, not merely the last minister named.
    int best = -1;
    int bestScore = 0;
    int anySalient = -1;
    int anyone = -1;
    for (auto it = m_mentions.crbegin(); it != m_mentions.crend(); ++it) {
        if (it->token >= phrase.first)
            continue;
        const ArticleSpeaker &s = m_speakers.at(it->speaker);
        if (s.organisation)
            continue;
        const QStringList role = s.role.toLower().split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
        int score = role.contains(head) ? 2 : 0;
        for (const QString &m : std::as_const(modifiers))
            if (role.contains(m))
                score += 3;
        if (score > bestScore) {
            best = it->speaker;
            bestScore = score;
        }
        if (anySalient < 0 && it->salient)
            anySalient = it->speaker;
        if (anyone < 0)
            anyone = it->speaker;
    }
    if (best >= 0)
        return best;
    if (anySalient >= 0 || anyone >= 0)
        return anySalient >= 0 ? anySalient : anyone;
    // Nobody yet: a story may open with the role and name the person after ("A former procurement
    // director … told the court …" and then "J.K. Amponsah, 58, …").
    for (const Mention &m : std::as_const(m_mentions))
        if (m.token >= phrase.last && !m_speakers.at(m.speaker).organisation)
            return m.speaker;
    return -1;
}

int ArticleSpeakers::resolve(const Phrase &phrase)
{
    switch (phrase.kind) {
    case Phrase::Kind::None:
        return -1;
    case Phrase::Kind::Pronoun: {
        // "he" or "she" speaking is someone named before this sentence ("Alpes Vivantes had, he
        // recalled, …" is not Alpes Vivantes); "it" may be the sentence's own subject ("Nordbank
        // closed branches under what it calls …").
        const int sentence = m_scan.sentenceOfToken(phrase.first);
        const int before = isPersonPronoun(phrase.head) && sentence >= 0 ? m_scan.sentences().at(sentence).first : phrase.first;
        return byPronoun(phrase.head, before);
    }
    case Phrase::Kind::RoleNoun:
        return byRoleNoun(phrase);
    case Phrase::Kind::Name:
        break;
    }
    if (namesPlace(m_scan, phrase))
        return -1;
    const QString full = phraseText(m_scan, phrase.first, phrase.last);
    if (namesOrganisation(m_scan, phrase)) {
        const int organisation = organisationNamed(full);
        addMention(phrase.first, organisation, true);
        return organisation;
    }
    const QString name = nameOf(m_scan, phrase);
    int speaker = m_byName.value(name.toLower(), -1);
    if (speaker < 0 && phrase.last - phrase.nameFirst == 1)
        speaker = findBySurname(m_scan.tokens().at(phrase.nameFirst).lower, phrase.first);
    if (speaker < 0) {
        // A single unknown capitalised word ("Nordbank said") names an organisation; more words or a
        // title make a person not seen before.
        if (phrase.last - phrase.nameFirst == 1 && phrase.nameFirst == phrase.first) {
            const int organisation = organisationNamed(name);
            addMention(phrase.first, organisation, true);
            return organisation;
        }
        speaker = addName(phrase);
    }
    addAlias(speaker, full);
    addMention(phrase.first, speaker, true);
    return speaker;
}

} // namespace gloss::quotes
