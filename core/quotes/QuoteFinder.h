// Finds the quotations in an article's canonical text and proposes who said each — rule-based,
// offline and explainable (every suggestion carries the rule that made it).
//
// Direct quotes are the text between double quotation marks that someone is said to have said
// ("…," Putin said; Okafor said: "…"; "…," she said, "…"); partial quotes are quoted fragments inside
// the writer's own sentence (described the plan as "reckless"), suggested only when the sentence says
// who used the words, so scare quotes are left alone; reported speech is a sentence whose subject
// says, tells, warns, ... that something is so, without quotation marks. Speakers are resolved across
// the article by ArticleSpeakers.
#pragma once

#include "QuoteSuggestion.h"

#include <QList>

namespace gloss::quotes {

// The suggestions for `text`, in text order.
QList<QuoteSuggestion> findQuotes(const QString &text);

} // namespace gloss::quotes
