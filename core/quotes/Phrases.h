// Reading the phrase that names a speaker, next to an attribution verb: a name with its titles
// ("German Defence Minister Boris Pistorius"), a pronoun ("she"), or a role noun ("the minister",
// "a spokeswoman for the ministry"). Phrases never cross a quotation's marks or a sentence.
#pragma once

#include "Lexicon.h"
#include "TextScan.h"

namespace gloss::quotes {

struct Phrase {
    enum class Kind { None, Name, Pronoun, RoleNoun };
    Kind kind = Kind::None;
    int first = -1;      // tokens [first, last): the whole phrase, titles included
    int last = -1;
    int nameFirst = -1;  // Name: the first token of the name after its titles
    QString head;        // Pronoun: the pronoun; RoleNoun: the head noun (lower case)
    bool definite = false;
    bool organisation = false; // Name: an organisation's ("Health Ministry"), not a person's

    bool isValid() const { return kind != Kind::None; }
};

// The phrase whose last token is `last`, reading back no further than `floor`.
Phrase phraseEndingAt(const TextScan &scan, int last, int floor);
// The phrase that starts at `first`, reading on no further than `ceiling` (exclusive).
Phrase phraseStartingAt(const TextScan &scan, int first, int ceiling);

// The name that owns what follows it, starting at `first`: "Mr. Hutchins's" of "Mr. Hutchins's own
// proposal would …" (invalid when the name there is not possessive).
Phrase possessorAt(const TextScan &scan, int first, int ceiling);

// Text helpers over a phrase.
QString phraseText(const TextScan &scan, int first, int last);         // as written
QString nameOf(const TextScan &scan, const Phrase &phrase);             // the name without titles
QString roleOf(const TextScan &scan, const Phrase &phrase);             // the peeled titles, if any

// Whether a name phrase names an organisation (contains "Ministry", "Court", ...).
bool namesOrganisation(const TextScan &scan, const Phrase &phrase);
// Whether a name phrase names only places or nationalities ("Russia", "the Kremlin", "Moscow").
bool namesPlace(const TextScan &scan, const Phrase &phrase);

} // namespace gloss::quotes
