# Refreshing feeds: fetch (gloss_feedfetch) + parse (gloss_feedparse) + write through the stores.
# Included from core/feeds/CMakeLists.txt.
add_library(gloss_feedrefresh STATIC
  ${CMAKE_CURRENT_LIST_DIR}/BackgroundPriority.h ${CMAKE_CURRENT_LIST_DIR}/BackgroundPriority.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FeedDiscovery.h ${CMAKE_CURRENT_LIST_DIR}/FeedDiscovery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OpmlSubscriptions.h ${CMAKE_CURRENT_LIST_DIR}/OpmlSubscriptions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RefreshBatch.h ${CMAKE_CURRENT_LIST_DIR}/RefreshBatch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RefreshItems.h ${CMAKE_CURRENT_LIST_DIR}/RefreshItems.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RefreshResult.h
  ${CMAKE_CURRENT_LIST_DIR}/Refresher.h ${CMAKE_CURRENT_LIST_DIR}/Refresher.cpp
)
target_include_directories(gloss_feedrefresh PUBLIC ${PROJECT_SOURCE_DIR}/core)
target_link_libraries(gloss_feedrefresh PUBLIC gloss_feedfetch gloss_feedparse gloss_importing gloss_store
                      Qt6::Concurrent Qt6::Core)
