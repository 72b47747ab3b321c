# Selectors, folded quote search and re-anchoring (gloss_anchoring). Included from
# tests/annotation/CMakeLists.txt.
gloss_add_test(NAME tst_anchoring SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_anchoring.cpp LIBS gloss_anchoring)
gloss_add_test(NAME tst_textmatch SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_textmatch.cpp LIBS gloss_anchoring)
