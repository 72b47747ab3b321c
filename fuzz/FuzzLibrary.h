// The library the notes and search targets write to and read from: in memory, made once per
// process, with two articles whose URLs the seed annotations point at, so imports reach placement
// and re-anchoring and searches have text to match and snippet. Entries wrap their writes in a
// transaction they roll back, so every input meets the same library.
#pragma once

namespace gloss {
class Database;
}

namespace gloss::fuzz {

Database &fuzzLibrary();

} // namespace gloss::fuzz
