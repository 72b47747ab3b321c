# Selectors and re-anchoring (see Anchoring.h): pure functions over QString, QtCore only, so the store,
# the exporters and the CLI can all use them. Included from core/annotation/CMakeLists.txt.
add_library(gloss_anchoring STATIC
  ${CMAKE_CURRENT_LIST_DIR}/Selectors.h ${CMAKE_CURRENT_LIST_DIR}/Selectors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TextMatch.h ${CMAKE_CURRENT_LIST_DIR}/TextMatch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Anchoring.h ${CMAKE_CURRENT_LIST_DIR}/Anchoring.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnchorSearch.h ${CMAKE_CURRENT_LIST_DIR}/AnchorContext.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnchorExact.cpp ${CMAKE_CURRENT_LIST_DIR}/AnchorApprox.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnchorScoring.h ${CMAKE_CURRENT_LIST_DIR}/AnchorScoring.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnchorFuzzy.h ${CMAKE_CURRENT_LIST_DIR}/AnchorFuzzy.cpp
)
target_include_directories(gloss_anchoring PUBLIC ${PROJECT_SOURCE_DIR}/core)
target_link_libraries(gloss_anchoring PUBLIC Qt6::Core)
