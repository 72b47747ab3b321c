# Fetcher tests and the test HTTP server they run against. gloss_testhttpserver is meant for reuse
# (refresh tests, benchmarks): link it and include "TestHttpServer.h".
add_library(gloss_testhttpserver STATIC
  ${CMAKE_CURRENT_LIST_DIR}/TestHttpServer.h ${CMAKE_CURRENT_LIST_DIR}/TestHttpServer.cpp)
target_include_directories(gloss_testhttpserver PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(gloss_testhttpserver PUBLIC Qt6::Network Qt6::Core)

gloss_add_test(NAME tst_fetch SOURCES tst_fetch.cpp LIBS gloss_feedfetch gloss_testhttpserver)
gloss_add_test(NAME tst_fetchlimits SOURCES tst_fetchlimits.cpp LIBS gloss_feedfetch gloss_testhttpserver)
gloss_add_test(NAME tst_fetchpolicy SOURCES tst_fetchpolicy.cpp LIBS gloss_feedfetch)
