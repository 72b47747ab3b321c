# Feed parsing: bytes -> ParsedFeed (RSS, RDF, Atom, JSON Feed) and OPML lists. Pure functions over
# value types (QtCore only): no store, no network.
add_library(gloss_feedparse STATIC
  ${CMAKE_CURRENT_LIST_DIR}/ParsedFeed.h
  ${CMAKE_CURRENT_LIST_DIR}/FeedLog.h ${CMAKE_CURRENT_LIST_DIR}/FeedLog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FeedNamespaces.h
  ${CMAKE_CURRENT_LIST_DIR}/EncodingDetection.h ${CMAKE_CURRENT_LIST_DIR}/EncodingDetection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/XmlEntities.h ${CMAKE_CURRENT_LIST_DIR}/XmlEntities.cpp
  ${CMAKE_CURRENT_LIST_DIR}/XmlPrepare.h ${CMAKE_CURRENT_LIST_DIR}/XmlPrepare.cpp
  ${CMAKE_CURRENT_LIST_DIR}/XmlTree.h ${CMAKE_CURRENT_LIST_DIR}/XmlTree.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DateParsing.h ${CMAKE_CURRENT_LIST_DIR}/DateParsing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FeedText.h ${CMAKE_CURRENT_LIST_DIR}/FeedText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FeedElements.h ${CMAKE_CURRENT_LIST_DIR}/FeedElements.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RssParser.h ${CMAKE_CURRENT_LIST_DIR}/RssParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AtomParser.h ${CMAKE_CURRENT_LIST_DIR}/AtomParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FeedCdfParser.h ${CMAKE_CURRENT_LIST_DIR}/FeedCdfParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/JsonFeedParser.h ${CMAKE_CURRENT_LIST_DIR}/JsonFeedParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FeedParser.h ${CMAKE_CURRENT_LIST_DIR}/FeedParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OpmlParser.h ${CMAKE_CURRENT_LIST_DIR}/OpmlParser.cpp
)
# Consumers include "feeds/FeedParser.h"; the core/ folder is the include root.
target_include_directories(gloss_feedparse PUBLIC ${PROJECT_SOURCE_DIR}/core)
target_link_libraries(gloss_feedparse PUBLIC gloss_document Qt6::Core)
