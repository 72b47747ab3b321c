# Feed refresh at scale against newsboat (bench_refresh). Included from tests/benchmarks/CMakeLists.txt.
gloss_add_benchmark(bench_refresh
  ${CMAKE_CURRENT_LIST_DIR}/bench_refresh.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bench_refresh_corpus.h ${CMAKE_CURRENT_LIST_DIR}/bench_refresh_corpus.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bench_refresh_probe.h ${CMAKE_CURRENT_LIST_DIR}/bench_refresh_probe.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bench_refresh_stages.h ${CMAKE_CURRENT_LIST_DIR}/bench_refresh_stages.cpp)
target_link_libraries(bench_refresh PRIVATE gloss_feedrefresh gloss_testhttpserver gloss_ui)
