// The people and organisations an article mentions, and who a speaker phrase refers to at a given
// point of the text. Built in one pass over the names in the article ("Russian President Vladimir
// Putin" is one person with a role); later references resolve to them: a surname ("Putin"), a
// pronoun (the most recent compatible person who spoke or was a sentence's subject), a role noun
// ("the minister": the most recent person whose role says so), an organisation noun ("the ministry").
#pragma once

#include "Lexicon.h"
#include "Phrases.h"

#include <QHash>

namespace gloss::quotes {

struct ArticleSpeaker {
    QString name;          // the fullest form of the name in the article
    QString role;
    QStringList aliases;   // every other way the article names them
    QStringList words;     // the name's words in lower case
    Gender gender = Gender::Unknown;
    bool organisation = false;
};

class ArticleSpeakers {
public:
    explicit ArticleSpeakers(const TextScan &scan);

    // The speaker `phrase` (which sits at its own tokens) refers to, or -1.
    int resolve(const Phrase &phrase);
    // Marks that `speaker` spoke at `token`: the first choice for a later "he" or "she".
    void noteSpeaker(int speaker, int token);
    // Records a role for a speaker the article names without one ("the director general of FMR,
    // Nathalie Perrin"), so a later "the director general" finds her.
    void noteRole(int speaker, const QString &role);
    // The person most recently mentioned as a subject or speaker before `token`, or -1.
    int salientPersonBefore(int token) const;

    const ArticleSpeaker &at(int index) const { return m_speakers.at(index); }
    int count() const { return int(m_speakers.size()); }

private:
    struct Mention {
        int token = 0;
        int speaker = -1;
        bool salient = false; // the subject of its sentence or a speaker
        bool spoke = false;   // a speaker
    };

    void collectNames();
    int addName(const Phrase &phrase);
    int findBySurname(QStringView word, int beforeToken) const;
    int byPronoun(const QString &pronoun, int beforeToken);
    int byRoleNoun(const Phrase &phrase);
    int organisationNamed(const QString &name);
    void addMention(int token, int speaker, bool salient, bool spoke = false);
    void addAlias(int speaker, const QString &alias);
    bool isSubjectPosition(int sentence, int token) const;

    const TextScan &m_scan;
    QList<ArticleSpeaker> m_speakers;
    QList<Mention> m_mentions; // in text order
    QHash<QString, int> m_byName;
};

} // namespace gloss::quotes
