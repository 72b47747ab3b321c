# Fetching feed URLs over http(s) (see Fetcher.h): QtNetwork + QtCore only; no store, no parsing.
# Included from core/feeds/CMakeLists.txt.
add_library(gloss_feedfetch STATIC
  ${CMAKE_CURRENT_LIST_DIR}/FetchTypes.h
  ${CMAKE_CURRENT_LIST_DIR}/FetchOptions.h
  ${CMAKE_CURRENT_LIST_DIR}/FetchLog.h ${CMAKE_CURRENT_LIST_DIR}/FetchLog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FetchPolicy.h ${CMAKE_CURRENT_LIST_DIR}/FetchPolicy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FetchJob.h ${CMAKE_CURRENT_LIST_DIR}/FetchJob.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Fetcher.h ${CMAKE_CURRENT_LIST_DIR}/Fetcher.cpp
)
target_include_directories(gloss_feedfetch PUBLIC ${PROJECT_SOURCE_DIR}/core)
target_link_libraries(gloss_feedfetch PUBLIC Qt6::Network Qt6::Core)
