#include "ArticleSpeakers.h"

#include <algorithm>

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
    if (token == s.first)
        return true;
    // After a preposed phrase: "At the start of the meeting, Xi said ...", "On Monday, the minister ..."
    if (token > s.first && m_scan.tokens().at(token - 1).is(u",")) {
        for (int t = s.first; t < token - 1; ++t)
            if (m_scan.tokens().at(t).is(u",") || m_scan.tokens().at(t).quote >= 0)
                return false;
        return true;
    }
    return false;
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

void ArticleSpeakers::addMention(int token, int speaker, bool salient)
{
    Mention mention{token, speaker, salient};
    auto it = std::lower_bound(m_mentions.begin(), m_mentions.end(), token,
                               [](const Mention &m, int t) { return m.token < t; });
    if (it != m_mentions.end() && it->token == token) {
        it->speaker = speaker;
        it->salient = it->salient || salient;
        return;
    }
    m_mentions.insert(it, mention);
}

void ArticleSpeakers::noteSpeaker(int speaker, int token)
{
    if (speaker >= 0)
        addMention(token, speaker, true);
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
        // "the ministry" -> the Health Ministry named earlier; else the noun itself ("police").
        for (auto it = m_mentions.crbegin(); it != m_mentions.crend(); ++it) {
            if (it->token >= phrase.first)
                continue;
            const ArticleSpeaker &s = m_speakers.at(it->speaker);
            if (s.organisation && s.words.contains(head))
                return it->speaker;
        }
        int first = phrase.first;
        if (tokens.at(first).is(u"the") || tokens.at(first).is(u"a") || tokens.at(first).is(u"an"))
            ++first;
        return organisationNamed(phraseText(m_scan, first, phrase.last));
    }
    QStringList modifiers;
    for (int t = phrase.first; t < phrase.last - 1; ++t)
        if (tokens.at(t).isWord() && !tokens.at(t).is(u"the") && !tokens.at(t).is(u"a") && !tokens.at(t).is(u"an"))
            modifiers.append(tokens.at(t).lower);
    int byModifier = -1;
    int anySalient = -1;
    for (auto it = m_mentions.crbegin(); it != m_mentions.crend(); ++it) {
        if (it->token >= phrase.first)
            continue;
        const ArticleSpeaker &s = m_speakers.at(it->speaker);
        if (s.organisation)
            continue;
        const QStringList role = s.role.toLower().split(u' ', Qt::SkipEmptyParts);
        if (role.contains(head))
            return it->speaker;
        if (byModifier < 0)
            for (const QString &m : modifiers)
                if (role.contains(m))
                    byModifier = it->speaker;
        if (anySalient < 0 && it->salient)
            anySalient = it->speaker;
    }
    return byModifier >= 0 ? byModifier : anySalient;
}

int ArticleSpeakers::resolve(const Phrase &phrase)
{
    switch (phrase.kind) {
    case Phrase::Kind::None:
        return -1;
    case Phrase::Kind::Pronoun:
        return byPronoun(phrase.head, phrase.first);
    case Phrase::Kind::RoleNoun:
        return byRoleNoun(phrase);
    case Phrase::Kind::Name:
        break;
    }
    if (namesPlace(m_scan, phrase))
        return -1;
    const QString full = phraseText(m_scan, phrase.first, phrase.last);
    if (namesOrganisation(m_scan, phrase))
        return organisationNamed(full);
    const QString name = nameOf(m_scan, phrase);
    int speaker = m_byName.value(name.toLower(), -1);
    if (speaker < 0 && phrase.last - phrase.nameFirst == 1)
        speaker = findBySurname(m_scan.tokens().at(phrase.nameFirst).lower, phrase.first);
    if (speaker < 0) {
        // A single unknown capitalised word ("Nordbank said") names an organisation; more words or a
        // title make a person not seen before.
        if (phrase.last - phrase.nameFirst == 1 && phrase.nameFirst == phrase.first)
            return organisationNamed(name);
        speaker = addName(phrase);
    }
    addAlias(speaker, full);
    return speaker;
}

} // namespace gloss::quotes
