# Refresh tests: Refresher against TestHttpServer on a real library file.
gloss_add_test(NAME tst_refresh SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_refresh.cpp LIBS gloss_feedrefresh gloss_testhttpserver)
gloss_add_test(NAME tst_refreshitems SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_refreshitems.cpp LIBS gloss_feedrefresh)
gloss_add_test(NAME tst_refreshbatch SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_refreshbatch.cpp LIBS gloss_feedrefresh)
