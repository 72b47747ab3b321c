# Feed parsing tests: unit tests with fixtures in tests/data/feeds, and the conformance suites from
# ../shared/conformance (skipped with a message where that folder is absent).
gloss_add_test(NAME tst_feedparser SOURCES tst_feedparser.cpp LIBS gloss_feedparse)
gloss_add_test(NAME tst_feeddates SOURCES tst_feeddates.cpp LIBS gloss_feedparse)
gloss_add_test(NAME tst_opml SOURCES tst_opml.cpp LIBS gloss_feedparse)
gloss_add_test(NAME tst_xml_hostile SOURCES tst_xml_hostile.cpp LIBS gloss_feedparse)
gloss_add_test(NAME tst_conformance_feedparser
               SOURCES tst_conformance_feedparser.cpp tst_conformance_expect.h tst_conformance_expect.cpp
               LIBS gloss_feedparse)
gloss_add_test(NAME tst_conformance_opml SOURCES tst_conformance_opml.cpp LIBS gloss_feedparse)
