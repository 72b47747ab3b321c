// The word lists the quote rules lean on: attribution verbs, titles and role nouns that are peeled off
// a name, pronouns, words that mark an organisation or a place, and first names whose gender lets a
// pronoun find its person. All lookups take a lower-case word; the lists are small and written for
// English news prose.
#pragma once

#include <QString>
#include <QStringView>

namespace gloss::quotes {

enum class Gender { Unknown, Male, Female };

// "said", "says", "told", "added", "according" (of "according to"), ...: words that introduce speech.
bool isSpeechVerb(QStringView lower);
// Speech verbs that take the hearer as object before the content ("told reporters that", "urged X to").
bool takesHearerObject(QStringView lower);
// Verbs that frame a partial quote without being speech verbs ("described the plan as", "called it").
bool isFramingVerb(QStringView lower);
// Words between a subject and its verb that do not change who speaks ("also", "later", "had").
bool isVerbModifier(QStringView lower);

// Titles and role words that precede a name ("president", "minister", "dr", "sen", "spokesman").
bool isTitleWord(QStringView lower);
// Role nouns that stand for a person already mentioned ("the minister", "the striker").
bool isPersonRoleNoun(QStringView lower);
// Nouns that stand for an organisation ("the ministry", "the council", "police").
bool isOrganisationNoun(QStringView lower);
// Words inside a capitalised name that make it an organisation or a place, not a person
// ("Ministry", "Court", "University", "Street").
bool isOrganisationWord(QStringView lower);
// Country, nationality and regional words ("germany", "german", "us", "eu") and big places.
bool isPlaceOrNationality(QStringView lower);
// Capitalised words that begin sentences without being names ("the", "but", "earlier", "monday").
bool isCommonCapitalised(QStringView lower);
// Connectors inside names ("de", "van", "bin") and inside titles ("of").
bool isNameParticle(QStringView lower);

Gender pronounGender(QStringView lower);       // he/him/his -> Male, she/her -> Female
bool isPersonPronoun(QStringView lower);       // he, she
bool isGroupPronoun(QStringView lower);        // they, we
Gender firstNameGender(QStringView lower);     // "maria" -> Female, "tom" -> Male
Gender titleGender(QStringView lower);         // "mr" -> Male, "mrs" -> Female

// Abbreviations after which a period does not end a sentence ("mr", "dr", "sen", "jan", "u.s").
bool isAbbreviation(QStringView lower);

} // namespace gloss::quotes
