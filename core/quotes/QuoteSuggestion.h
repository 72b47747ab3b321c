// What the quote finder proposes for one passage: where it is on the canonical text, what kind of
// quotation it is, the verb that attributes it, who said it and how sure the rules are.
#pragma once

#include <QString>
#include <QStringList>

namespace gloss::quotes {

enum class QuoteKind { Direct, Partial, Reported };

QString quoteKindName(QuoteKind kind); // "direct", "partial", "reported"

struct QuoteSuggestion {
    int start = 0;          // the quoted words on the canonical text: [start, end)
    int end = 0;
    QString exact;
    QuoteKind kind = QuoteKind::Direct;
    int cueStart = -1;      // the attribution verb ("said", "according to"), or -1 when there is none
    int cueEnd = -1;
    QString cue;
    QString speaker;        // the person or organisation, or empty when no one is named
    QString speakerRole;    // titles peeled off the name ("German Defence Minister")
    QStringList speakerAliases; // how the article refers to the speaker ("Pistorius", "the minister")
    bool speakerIsOrganisation = false;
    double confidence = 0;  // 0..1
    QString reason;         // the rule that made the suggestion, for the curious ("after-quote: X said")
};

} // namespace gloss::quotes
